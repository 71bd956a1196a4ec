import { describe, expect, it } from 'vitest';
import { packetFieldsAt } from '../../src/diagram';
import { build, SCENARIOS } from './fixtures';

describe('packetFieldsAt', () => {
  const { trace } = build('rabbit-hole');

  it.each([
    [0, '203.0.113.50:51000', '198.51.100.10:80', {}],
    [1, '203.0.113.50:51000', '198.51.100.10:80', {}],
    [
      2,
      '203.0.113.50:51000',
      '192.168.10.13:32000',
      {
        dst: {
          before: '198.51.100.10:80',
          after: '192.168.10.13:32000',
          kind: 'DNAT',
          through: [],
        },
      },
    ],
    [
      3,
      '192.168.10.13:39605',
      '10.244.1.5:80',
      {
        dst: { before: '192.168.10.13:32000', after: '10.244.1.5:80', kind: 'DNAT', through: [] },
        src: {
          before: '203.0.113.50:51000',
          after: '192.168.10.13:39605',
          kind: 'SNAT',
          through: [],
        },
      },
    ],
    [
      4,
      '10.244.1.5:38011',
      '10.244.2.7:8080',
      {
        src: {
          before: '192.168.10.13:39605',
          after: '10.244.1.5:38011',
          kind: 'proxy',
          through: [],
        },
        dst: { before: '10.244.1.5:80', after: '10.244.2.7:8080', kind: 'proxy', through: [] },
      },
    ],
    [5, '10.244.2.7:8080', '10.244.1.5:38011', {}],
  ])('rabbit-hole step %i shows src %s, dst %s', (step, src, dst, changed) => {
    expect(packetFieldsAt(trace, step)).toEqual({ src, dst, changed });
  });

  it('keeps the value in between when a proxy and then kube-proxy touch one field', () => {
    const upstream = build('service-upstream').trace;
    expect(packetFieldsAt(upstream, 4).changed.dst).toEqual({
      before: '10.244.1.5:80',
      after: '10.244.2.7:8080',
      kind: 'DNAT',
      through: ['10.96.45.20:80'],
    });
  });

  it('clamps steps beyond the trace to its last leg and survives an empty trace', () => {
    const last = trace.steps[trace.steps.length - 1];
    expect(packetFieldsAt(trace, 99)).toMatchObject(last?.packet ?? {});
    expect(packetFieldsAt({ steps: [] }, 1)).toEqual({ src: '', dst: '', changed: {} });
  });

  // The packet never jumps in content: a leg starts showing, for each field, its old value
  // when a rewrite changes it, which is what the previous leg ended with; where the reply
  // starts, the answer goes back with the two addresses swapped.
  describe.each(SCENARIOS)('%s: each leg starts with what the previous one ended with', (name) => {
    it.each(['real', 'naive'] as const)('%s model', (model) => {
      const { trace: t } = build(name, { model });
      for (let step = 1; step < t.steps.length; step += 1) {
        const next = packetFieldsAt(t, step + 1);
        const start = {
          src: next.changed.src?.before ?? next.src,
          dst: next.changed.dst?.before ?? next.dst,
        };
        const end = packetFieldsAt(t, step);
        const turns = t.steps[step - 1]?.direction !== t.steps[step]?.direction;
        const expected = turns ? { src: end.dst, dst: end.src } : { src: end.src, dst: end.dst };
        expect(start, `step ${step + 1}`).toEqual(expected);
      }
    });
  });
});
