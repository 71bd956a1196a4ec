import { describe, expect, it } from 'vitest';
import { walk } from '../../src/sim';
import { domainScenario } from './fixtures';
import { lines, portOf, rewrite, step } from './helpers';

// DOMAIN.md §10.A: externalTrafficPolicy Cluster, ingress pod on node-1 (10.244.1.5), the LB
// picks node-3, nginx picks red 10.244.2.7 on node-2, pass-through LB, iptables mode. Our
// network is routed, so the SNAT address is node-3's IP instead of flannel.1's.
describe('walk, DOMAIN.md §10.A (Cluster)', () => {
  const trace = walk(domainScenario());

  it('delivers to red-1 in three counted hops', () => {
    expect(trace).toMatchObject({
      scenario: 'domain',
      model: 'real',
      delivered: true,
      hops: 3,
      outcome: 'delivered to red-1',
    });
    expect(trace.end).toEqual({ kind: 'delivered', at: 'red-1' });
    expect(trace.steps.map((s) => [s.from, s.to, s.counted, s.hop])).toEqual([
      ['client', 'cloud-lb', false, undefined],
      ['cloud-lb', 'node-3', true, 1],
      ['node-3', 'ingress-nginx-controller', true, 2],
      ['ingress-nginx-controller', 'red-1', true, 3],
    ]);
    expect(trace.steps.every((s) => s.direction === 'request' && s.note.length > 0)).toBe(true);
  });

  it('row 0: client -> LB is not rewritten and not counted', () => {
    const s = step(trace, 1);
    expect(s.packet).toEqual({ src: '203.0.113.50:51000', dst: '198.51.100.10:80' });
    expect(s.rewrites).toEqual([]);
    expect(s.via).toEqual([]);
  });

  it('row 1: the LB rewrites the destination to node-3:32000 and keeps the client source', () => {
    const s = step(trace, 2);
    expect(s.packet).toEqual({ src: '203.0.113.50:51000', dst: '192.168.10.13:32000' });
    expect(s.rewrites).toHaveLength(1);
    const dnat = rewrite(s, 'DNAT');
    expect(dnat).toMatchObject({
      at: 'cloud-lb',
      before: '198.51.100.10:80',
      after: '192.168.10.13:32000',
      by: 'cloud load balancer',
    });
    expect(dnat.rule).toContain('node-3       192.168.10.13:32000    healthy   <- picked');
    expect(dnat.rule).toContain('node-4       192.168.10.14:32000    healthy');
  });

  it('rows 2, 3, 5: node-3 DNATs to 10.244.1.5:80, masquerades to its own IP, crosses node-1', () => {
    const s = step(trace, 3);
    const dnat = rewrite(s, 'DNAT');
    const snat = rewrite(s, 'SNAT');
    expect(s.rewrites.map((r) => r.kind)).toEqual(['DNAT', 'SNAT']);
    expect(dnat).toMatchObject({
      at: 'node-3',
      before: '192.168.10.13:32000',
      after: '10.244.1.5:80',
      by: 'kube-proxy (iptables)',
    });
    expect(snat).toMatchObject({
      at: 'node-3',
      before: '203.0.113.50:51000',
      by: 'kube-proxy (iptables)',
    });
    expect(snat.after).toMatch(/^192\.168\.10\.13:\d+$/);
    expect(portOf(snat.after)).toBeGreaterThanOrEqual(32768);
    expect(s.packet).toEqual({ src: snat.after, dst: '10.244.1.5:80' });
    expect(s.via).toEqual(['node-1']);
    expect(s.note).toContain('not a hop');
  });

  it('shows the iptables-save lines of DOMAIN.md §2.2 at the DNAT step', () => {
    const rule = lines(rewrite(step(trace, 3), 'DNAT').rule);
    for (const line of [
      '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
      '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
      '-A KUBE-NODEPORTS -m comment --comment ingress-nginx/ingress-nginx-controller:http -m tcp -p tcp --dport 32000 -j KUBE-EXT-CG5I4G2RS3ZVWGLK',
      '-A KUBE-EXT-CG5I4G2RS3ZVWGLK -m comment --comment "masquerade traffic for ingress-nginx/ingress-nginx-controller:http external destinations" -j KUBE-MARK-MASQ',
      '-A KUBE-EXT-CG5I4G2RS3ZVWGLK -j KUBE-SVC-CG5I4G2RS3ZVWGLK',
      '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
      '-A KUBE-SVC-CG5I4G2RS3ZVWGLK -m comment --comment "ingress-nginx/ingress-nginx-controller:http cluster IP" -m tcp -p tcp -d 10.96.120.10 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ',
      '-A KUBE-SVC-CG5I4G2RS3ZVWGLK -m comment --comment "ingress-nginx/ingress-nginx-controller:http -> 10.244.1.5:80" -j KUBE-SEP-2YSQEZKP3IGSTWSJ',
      '-A KUBE-SEP-2YSQEZKP3IGSTWSJ -m comment --comment ingress-nginx/ingress-nginx-controller:http -s 10.244.1.5 -j KUBE-MARK-MASQ',
      '-A KUBE-SEP-2YSQEZKP3IGSTWSJ -m comment --comment ingress-nginx/ingress-nginx-controller:http -m tcp -p tcp -j DNAT --to-destination 10.244.1.5:80',
    ]) {
      expect(rule).toContain(line);
    }
    expect(lines(rewrite(step(trace, 3), 'SNAT').rule)).toEqual(
      expect.arrayContaining([
        '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
        '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
        '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
        '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
      ]),
    );
  });

  it('row 6: nginx opens a new connection from its pod IP straight to 10.244.2.7:8080 (hop 3)', () => {
    const incoming = step(trace, 3).packet;
    const s = step(trace, 4);
    const proxy = rewrite(s, 'proxy');
    expect(s.rewrites).toHaveLength(1);
    expect(proxy).toMatchObject({
      at: 'ingress-nginx-controller',
      by: 'ingress controller',
      before: `${incoming.src} -> 10.244.1.5:80`,
    });
    expect(proxy.after).toMatch(/^10\.244\.1\.5:\d+ -> 10\.244\.2\.7:8080$/);
    expect(s.packet).toEqual({ src: proxy.after.split(' -> ')[0], dst: '10.244.2.7:8080' });
    expect(s.via).toEqual(['node-1', 'node-2']);
    expect(proxy.rule).toContain('location /path');
    expect(proxy.rule).toContain('10.244.2.7:8080        red-1   <- picked');
    expect(proxy.rule).toContain('10.244.3.8:8080        red-2');
  });

  it('takes request.choose: target, ingress pod and endpoint', () => {
    const t = walk(domainScenario({ choose: { target: 'node-4', endpoint: 'red-2' } }));
    expect(step(t, 2).to).toBe('node-4');
    expect(step(t, 3).via).toEqual(['node-1']);
    expect(step(t, 4)).toMatchObject({
      to: 'red-2',
      via: ['node-1', 'node-3'],
      packet: { dst: '10.244.3.8:8080' },
    });
    expect(t.outcome).toBe('delivered to red-2');
  });

  it('replaces the source with the LB address when it does not preserve the client IP', () => {
    const t = walk(domainScenario({ preserveClientIP: false }));
    const s = step(t, 2);
    expect(s.rewrites.map((r) => [r.kind, r.at])).toEqual([
      ['DNAT', 'cloud-lb'],
      ['SNAT', 'cloud-lb'],
    ]);
    const snat = rewrite(s, 'SNAT');
    expect(snat.before).toBe('203.0.113.50:51000');
    expect(snat.after).toMatch(/^198\.51\.100\.10:\d+$/);
    expect(s.packet.src).toBe(snat.after);
    expect(rewrite(step(t, 3), 'SNAT').before).toBe(snat.after);
  });
});
