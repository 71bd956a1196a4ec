import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../src/model';
import { type Rewrite, type Step, type Trace, walk } from '../../src/sim';
import { arbitraryScenarioYaml } from '../support/arbitraryScenario';

function load(text: string): Scenario {
  const result = loadScenario(text, { fileName: 'arbitrary.yaml' });
  if (!result.ok)
    throw new Error(
      `arbitrary scenario does not load:\n${result.diagnostics.map((d) => d.message).join('\n')}\n${text}`,
    );
  return result.scenario;
}

const ipOf = (address: string) => address.slice(0, address.lastIndexOf(':'));
const swap = (p: Step['packet']) => ({ src: p.dst, dst: p.src });

/** The address each entity id stands for (DESIGN.md trace contract). */
function addressOf(s: Scenario, entity: string): string | undefined {
  if (entity === s.loadBalancer.name) return s.loadBalancer.ip;
  if (entity.startsWith('service/'))
    return s.services.find((x) => `service/${x.name}` === entity)?.clusterIP;
  return (
    s.cluster.nodes.find((n) => n.name === entity)?.ip ??
    s.cluster.pods.find((p) => p.name === entity)?.ip
  );
}

/** Replays rewrites on a packet: DNAT sets the destination, SNAT the source, proxy both. */
function apply(packet: Step['packet'], rewrites: readonly Rewrite[]): Step['packet'] {
  return rewrites.reduce((p, r) => {
    if (r.kind === 'DNAT') return { src: p.src, dst: r.after };
    if (r.kind === 'SNAT') return { src: r.after, dst: p.dst };
    const [src = '', dst = ''] = r.after.split(' -> ');
    return { src, dst };
  }, packet);
}

function checkTrace(s: Scenario, t: Trace): void {
  const request = t.steps.filter((x) => x.direction === 'request');
  const reply = t.steps.filter((x) => x.direction === 'reply');
  expect(t.steps.map((x) => x.index)).toEqual(t.steps.map((_, i) => i + 1));
  expect(t.steps.filter((x) => x.counted)).toHaveLength(t.hops);
  expect(t.steps.filter((x) => x.counted).map((x) => x.hop)).toEqual(
    Array.from({ length: t.hops }, (_, i) => i + 1),
  );
  expect(t.steps.slice(0, request.length)).toEqual(request);
  for (const [k, leg] of request.entries()) {
    expect(ipOf(leg.packet.dst), `step ${leg.index} -> ${leg.to}`).toBe(addressOf(s, leg.to));
    expect(leg.via).not.toContain(leg.from);
    expect(leg.via).not.toContain(leg.to);
    if (k > 0) {
      expect(leg.from).toBe(request[k - 1]?.to);
      expect(apply(request[k - 1]?.packet as Step['packet'], leg.rewrites)).toEqual(leg.packet);
    }
  }
  if (reply.length === 0) return;
  expect(reply).toHaveLength(request.length);
  for (const [j, back] of reply.entries()) {
    const leg = request[request.length - 1 - j] as Step;
    expect(back.packet).toEqual(swap(leg.packet));
    expect([back.from, back.to]).toEqual([leg.to, leg.from]);
    expect(back.rewrites.every((r) => r.undo === true)).toBe(true);
    if (j > 0)
      expect(apply(reply[j - 1]?.packet as Step['packet'], back.rewrites)).toEqual(back.packet);
  }
  expect(reply[reply.length - 1]?.packet.dst).toBe(
    `${s.request.client.ip}:${s.request.client.port}`,
  );
}

describe('walk over arbitrary valid scenarios', () => {
  it('never throws and keeps the trace invariants, real and naive, with replies', () => {
    fc.assert(
      fc.property(arbitraryScenarioYaml, (text) => {
        const s = load(text);
        for (const model of ['real', 'naive'] as const) {
          const t = walk(s, { model, reply: true });
          checkTrace(s, t);
          expect(t.steps.some((x) => x.direction === 'reply')).toBe(
            t.end?.kind === 'delivered' || t.end?.kind === 'http-error',
          );
          if (t.delivered) expect(t.outcome).toBe(`delivered to ${t.end?.at}`);
          expect(t.hops).toBeLessThanOrEqual(model === 'naive' ? 4 : 3);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('is deterministic and leaves the scenario unchanged', () => {
    fc.assert(
      fc.property(
        arbitraryScenarioYaml,
        fc.constantFrom('real', 'naive'),
        fc.boolean(),
        (text, model, reply) => {
          const s = load(text);
          const before = structuredClone(s);
          expect(walk(s, { model, reply })).toEqual(walk(load(text), { model, reply }));
          expect(s).toEqual(before);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('counts the same hops in real and naive up to the controller, naive adding one for the Service box', () => {
    fc.assert(
      fc.property(arbitraryScenarioYaml, (text) => {
        const s = load(text);
        const real = walk(s);
        const naive = walk(s, { model: 'naive' });
        const boxed = naive.steps.some((x) => x.to.startsWith('service/'));
        expect(naive.hops).toBe(real.hops + (boxed ? 1 : 0));
        expect(naive.outcome).toBe(real.outcome);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
