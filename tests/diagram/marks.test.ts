import { describe, expect, it } from 'vitest';
import { snatTag, stepMarks } from '../../src/diagram';
import type { Step } from '../../src/sim';
import { build } from './fixtures';

const INGRESS_RULE = 'ingress-nginx/ingress-nginx-controller';

describe('stepMarks', () => {
  const { layout, trace } = build('rabbit-hole');

  it('marks nothing at step 0', () => {
    const marks = stepMarks(layout, trace, 0);
    expect(marks.entities).toEqual({});
    expect([...marks.rules]).toEqual([]);
  });

  it.each([
    [1, { 'cloud-lb': 'target' }, []],
    [2, { 'cloud-lb': 'active', 'node-3': 'target' }, []],
    [
      3,
      { 'node-3': 'active', 'ingress-nginx-controller': 'target' },
      [`rule:node-3:${INGRESS_RULE}`],
    ],
    [4, { 'ingress-nginx-controller': 'active', 'red-1': 'target' }, []],
    [7, { 'node-3': 'active', 'cloud-lb': 'target' }, [`rule:node-3:${INGRESS_RULE}`]],
    [8, { 'cloud-lb': 'active', client: 'target' }, []],
  ])('step %i marks %o and fires %o', (step, entities, rules) => {
    const marks = stepMarks(layout, trace, step);
    expect(marks.entities).toEqual(entities);
    expect([...marks.rules]).toEqual(rules);
  });
});

describe('the rule line that fired', () => {
  it.each([
    ['proxy-ipvs', 3, `rule:node-3:${INGRESS_RULE}`],
    ['proxy-ebpf', 3, `rule:node-3:${INGRESS_RULE}`],
    ['proxy-nftables', 3, `rule:node-3:${INGRESS_RULE}`],
    ['proxy-nftables', 7, `rule:node-3:${INGRESS_RULE}`],
    ['service-upstream', 4, 'rule:node-1:default/red'],
    ['service-upstream', 6, 'rule:node-1:default/red'],
    ['local-policy', 3, `rule:node-4:${INGRESS_RULE}`],
  ])('%s step %i fires %s', (name, step, rule) => {
    const { layout, trace } = build(name);
    expect([...stepMarks(layout, trace, step).rules]).toContain(rule);
  });

  it('fires a NodePort rule even at minimal detail, where rules carry no text', () => {
    const { layout, trace } = build('generated-50');
    expect(layout.detail).toBe('minimal');
    const rules = [...stepMarks(layout, trace, 3).rules];
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatch(/^rule:node-49:ingress-nginx\/ingress-nginx$/);
  });
});

describe('snatTag', () => {
  const nodes = new Set(['node-1', 'node-4']);
  const leg = (over: Partial<Step>): Step => ({
    index: 3,
    from: 'node-4',
    to: 'pod',
    counted: true,
    via: [],
    direction: 'request',
    packet: { src: 'a', dst: 'b' },
    rewrites: [
      { at: 'node-4', kind: 'SNAT', before: 'a', after: 'c', by: 'kube-proxy (iptables)' },
    ],
    note: '',
    ...over,
  });

  it.each([
    ['a SNAT and a crossing', leg({ via: ['node-1'] }), 'SNAT + node crossing'],
    ['a SNAT to a local pod', leg({}), '+ SNAT'],
    ['no SNAT', leg({ rewrites: [] }), null],
    ['an uncounted leg', leg({ counted: false }), null],
    [
      'a reply undoing the SNAT',
      leg({
        rewrites: [
          {
            at: 'node-4',
            kind: 'SNAT',
            before: 'a',
            after: 'c',
            by: 'kube-proxy (iptables)',
            undo: true,
          },
        ],
      }),
      null,
    ],
  ])('%s', (_, step, expected) => {
    expect(snatTag(step, nodes)).toBe(expected);
  });
});
