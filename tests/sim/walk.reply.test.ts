import { describe, expect, it } from 'vitest';
import type { Trace } from '../../src/sim';
import { walk } from '../../src/sim';
import { domainScenario } from './fixtures';
import { rewrite, step } from './helpers';

/** Reply legs of a trace. */
const replies = (t: Trace) => t.steps.filter((s) => s.direction === 'reply');

// DOMAIN.md §6 and §10.A rows R1-R3.
describe('reply legs, DOMAIN.md §10.A', () => {
  const plain = walk(domainScenario());
  const trace = walk(domainScenario(), { reply: true });
  const snatAddress = rewrite(step(trace, 3), 'SNAT').after;

  it('keeps the request legs as they were and adds one reply leg per request leg', () => {
    expect(trace.steps.slice(0, 4)).toEqual(plain.steps);
    expect(trace.hops).toBe(3);
    expect(replies(trace).map((s) => [s.index, s.from, s.to, s.counted, s.hop])).toEqual([
      [5, 'red-1', 'ingress-nginx-controller', false, undefined],
      [6, 'ingress-nginx-controller', 'node-3', false, undefined],
      [7, 'node-3', 'cloud-lb', false, undefined],
      [8, 'cloud-lb', 'client', false, undefined],
    ]);
  });

  it('R1: red answers nginx pod to pod, no NAT', () => {
    const s = step(trace, 5);
    expect(s.packet.src).toBe('10.244.2.7:8080');
    expect(s.packet.dst).toBe(step(trace, 4).packet.src);
    expect(s.rewrites).toEqual([]);
    expect(s.via).toEqual(['node-2', 'node-1']);
  });

  it('nginx moves the answer back onto the client-side connection', () => {
    const s = step(trace, 6);
    expect(s.packet).toEqual({ src: '10.244.1.5:80', dst: snatAddress });
    const proxy = rewrite(s, 'proxy');
    expect(proxy).toMatchObject({
      at: 'ingress-nginx-controller',
      undo: true,
      after: `10.244.1.5:80 -> ${snatAddress}`,
    });
    expect(proxy.before).toBe(`10.244.2.7:8080 -> ${step(trace, 4).packet.src}`);
  });

  it('R2: conntrack on node-3 un-DNATs and un-SNATs, so the reply retraces node-3', () => {
    const s = step(trace, 7);
    expect(s.packet).toEqual({ src: '192.168.10.13:32000', dst: '203.0.113.50:51000' });
    expect(s.rewrites.map((r) => [r.kind, r.at, r.before, r.after, r.undo])).toEqual([
      ['DNAT', 'node-3', snatAddress, '203.0.113.50:51000', true],
      ['SNAT', 'node-3', '10.244.1.5:80', '192.168.10.13:32000', true],
    ]);
    const port = snatAddress.split(':')[1];
    expect(s.rewrites[0]?.rule).toContain(
      `tcp      6 86399 ESTABLISHED src=203.0.113.50 dst=192.168.10.13 sport=51000 dport=32000 src=10.244.1.5 dst=192.168.10.13 sport=80 dport=${port} [ASSURED]`,
    );
    expect(s.note).toContain('come back through node-3');
  });

  it('R3: the LB restores its VIP as the source; the client sees 198.51.100.10:80', () => {
    const s = step(trace, 8);
    expect(s.packet).toEqual({ src: '198.51.100.10:80', dst: '203.0.113.50:51000' });
    expect(rewrite(s, 'SNAT')).toMatchObject({
      at: 'cloud-lb',
      before: '192.168.10.13:32000',
      after: '198.51.100.10:80',
      undo: true,
      by: 'cloud load balancer',
    });
    expect(rewrite(s, 'SNAT').rule).toContain('connection table');
  });
});

describe('reply legs, other cases', () => {
  it('undoes the LB SNAT last when the LB does not preserve the client IP', () => {
    const t = walk(domainScenario({ preserveClientIP: false }), { reply: true });
    const last = t.steps[t.steps.length - 1];
    expect(last?.packet).toEqual({ src: '198.51.100.10:80', dst: '203.0.113.50:51000' });
    expect(last?.rewrites.map((r) => r.kind)).toEqual(['DNAT', 'SNAT']);
    expect(last?.rewrites[0]).toMatchObject({
      before: rewrite(step(t, 2), 'SNAT').after,
      after: '203.0.113.50:51000',
    });
  });

  it('has only the un-DNAT on the node under Local (no SNAT was made)', () => {
    const t = walk(domainScenario({ policy: 'Local', controller: { node: 4, ip: '10.244.4.5' } }), {
      reply: true,
    });
    const s = step(t, 7);
    expect(s.rewrites.map((r) => [r.kind, r.before, r.after])).toEqual([
      ['SNAT', '10.244.4.5:80', '192.168.10.14:32000'],
    ]);
  });

  it('answers a 404 from the controller back to the client', () => {
    const t = walk(domainScenario({ path: '/nope' }), { reply: true });
    expect(replies(t).map((s) => [s.from, s.to])).toEqual([
      ['ingress-nginx-controller', 'node-3'],
      ['node-3', 'cloud-lb'],
      ['cloud-lb', 'client'],
    ]);
  });

  it('has no reply legs when the request is dropped or rejected', () => {
    for (const o of [
      { policy: 'Local' as const },
      { controller: null },
      { policy: 'Local' as const, healthCheck: false, controller: { node: 4, ip: '10.244.4.5' } },
    ]) {
      const t = walk(domainScenario(o), { reply: true });
      expect(replies(t)).toEqual([]);
    }
  });

  it('undoes the service-upstream DNAT on the controller node before nginx relays', () => {
    const t = walk(domainScenario({ serviceUpstream: true }), { reply: true });
    const s = step(t, 6);
    expect(s.rewrites.map((r) => [r.kind, r.at])).toEqual([
      ['SNAT', 'node-1'],
      ['proxy', 'ingress-nginx-controller'],
    ]);
    expect(s.rewrites[0]).toMatchObject({ before: '10.244.2.7:8080', after: '10.96.45.20:80' });
  });
});
