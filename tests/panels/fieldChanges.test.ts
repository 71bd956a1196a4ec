import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../src/panels';
import { traceOf } from './fixtures';

function leg(name: string, index: number, options = {}) {
  const step = traceOf(name, options).steps[index - 1];
  if (step === undefined) throw new Error(`${name} has no leg ${index}`);
  return step;
}

describe('fieldChanges', () => {
  it('leaves both fields alone on a leg without rewrites (client -> LB)', () => {
    expect(fieldChanges(leg('rabbit-hole', 1))).toEqual({
      src: [{ value: '203.0.113.50:51000' }],
      dst: [{ value: '198.51.100.10:80' }],
    });
  });

  it('follows the LB DNAT on the destination only', () => {
    expect(fieldChanges(leg('rabbit-hole', 2))).toEqual({
      src: [{ value: '203.0.113.50:51000' }],
      dst: [{ value: '198.51.100.10:80' }, { value: '192.168.10.13:32000', kind: 'DNAT' }],
    });
  });

  it("splits node-3's DNAT + SNAT over the two fields", () => {
    expect(fieldChanges(leg('rabbit-hole', 3))).toEqual({
      src: [{ value: '203.0.113.50:51000' }, { value: '192.168.10.13:39605', kind: 'SNAT' }],
      dst: [{ value: '192.168.10.13:32000' }, { value: '10.244.1.5:80', kind: 'DNAT' }],
    });
  });

  it('reads a proxy rewrite as a new value for both fields', () => {
    expect(fieldChanges(leg('rabbit-hole', 4))).toEqual({
      src: [{ value: '192.168.10.13:39605' }, { value: '10.244.1.5:38011', kind: 'proxy' }],
      dst: [{ value: '10.244.1.5:80' }, { value: '10.244.2.7:8080', kind: 'proxy' }],
    });
  });

  it('chains a proxy and a DNAT on the same field (service-upstream)', () => {
    const { dst } = fieldChanges(leg('service-upstream', 4));
    expect(dst).toEqual([
      { value: '10.244.1.5:80' },
      { value: '10.96.45.20:80', kind: 'proxy' },
      { value: '10.244.2.7:8080', kind: 'DNAT' },
    ]);
  });

  it('ends every field on the value the packet carries, on every leg of every variant', () => {
    for (const name of ['rabbit-hole', 'service-upstream', 'local-policy', 'proxy-ebpf']) {
      for (const options of [{}, { reply: true }, { model: 'naive' as const, reply: true }]) {
        for (const step of traceOf(name, options).steps) {
          const changes = fieldChanges(step);
          expect(changes.src.at(-1)?.value).toBe(step.packet.src);
          expect(changes.dst.at(-1)?.value).toBe(step.packet.dst);
        }
      }
    }
  });

  it('treats conntrack on a reply leg like any rewrite (dst by DNAT, src by SNAT)', () => {
    const changes = fieldChanges(leg('rabbit-hole', 7, { reply: true }));
    expect(changes.dst).toEqual([
      { value: '192.168.10.13:39605' },
      { value: '203.0.113.50:51000', kind: 'DNAT' },
    ]);
    expect(changes.src).toEqual([
      { value: '10.244.1.5:80' },
      { value: '192.168.10.13:32000', kind: 'SNAT' },
    ]);
  });
});
