import { describe, expect, it } from 'vitest';
import { walk } from '../../src/sim';
import { domainScenario, pod } from './fixtures';
import { lines, rewrite, step } from './helpers';

const LOCAL_CTRL = { node: 4, ip: '10.244.4.5' };

// DOMAIN.md §10.B: externalTrafficPolicy Local, ingress pod on node-4 (10.244.4.5).
describe('walk, DOMAIN.md §10.B (Local)', () => {
  const trace = walk(domainScenario({ policy: 'Local', controller: LOCAL_CTRL }));

  it('skips node-3, which fails the health check, and lands on node-4', () => {
    const s = step(trace, 2);
    expect(s.to).toBe('node-4');
    expect(s.packet).toEqual({ src: '203.0.113.50:51000', dst: '192.168.10.14:32000' });
    const rule = rewrite(s, 'DNAT').rule;
    expect(rule).toContain('node-3       192.168.10.13:32000    UNHEALTHY (no local endpoint)');
    expect(rule).toContain('node-4       192.168.10.14:32000    healthy   <- picked');
  });

  it('row 2: node-4 DNATs to its own pod with no mark and no SNAT', () => {
    const s = step(trace, 3);
    expect(s.rewrites.map((r) => r.kind)).toEqual(['DNAT']);
    expect(rewrite(s, 'DNAT')).toMatchObject({
      at: 'node-4',
      before: '192.168.10.14:32000',
      after: '10.244.4.5:80',
    });
    expect(s.packet).toEqual({ src: '203.0.113.50:51000', dst: '10.244.4.5:80' });
    expect(s.via).toEqual([]);
    expect(s.note).toContain('203.0.113.50:51000');
  });

  it('shows the Local EXT chain of DOMAIN.md §2.2: short-circuit rules, then KUBE-SVL', () => {
    const rule = lines(rewrite(step(trace, 3), 'DNAT').rule);
    for (const line of [
      '-A KUBE-EXT-CG5I4G2RS3ZVWGLK -m comment --comment "pod traffic for ingress-nginx/ingress-nginx-controller:http external destinations" -s 10.244.0.0/16 -j KUBE-SVC-CG5I4G2RS3ZVWGLK',
      '-A KUBE-EXT-CG5I4G2RS3ZVWGLK -m comment --comment "masquerade LOCAL traffic for ingress-nginx/ingress-nginx-controller:http external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ',
      '-A KUBE-EXT-CG5I4G2RS3ZVWGLK -m comment --comment "route LOCAL traffic for ingress-nginx/ingress-nginx-controller:http external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-CG5I4G2RS3ZVWGLK',
      '-A KUBE-EXT-CG5I4G2RS3ZVWGLK -j KUBE-SVL-CG5I4G2RS3ZVWGLK',
      '-A KUBE-SVL-CG5I4G2RS3ZVWGLK -m comment --comment "ingress-nginx/ingress-nginx-controller:http -> 10.244.4.5:80" -j KUBE-SEP-55NG7BOCLGLPOHAU',
    ]) {
      expect(rule).toContain(line);
    }
    expect(rule.join('\n')).not.toContain('masquerade traffic for');
  });

  it('row 3: nginx connects from 10.244.4.5 to 10.244.2.7:8080, crossing node-4 and node-2', () => {
    const s = step(trace, 4);
    expect(s.packet.dst).toBe('10.244.2.7:8080');
    expect(s.packet.src).toMatch(/^10\.244\.4\.5:\d+$/);
    expect(s.via).toEqual(['node-4', 'node-2']);
    expect(rewrite(s, 'proxy').before).toBe('203.0.113.50:51000 -> 10.244.4.5:80');
    expect(trace.hops).toBe(3);
  });

  it("lets the pod see the LB's address under Local when the LB does not preserve the client IP", () => {
    const t = walk(
      domainScenario({ policy: 'Local', controller: LOCAL_CTRL, preserveClientIP: false }),
    );
    const lbSnat = rewrite(step(t, 2), 'SNAT');
    expect(step(t, 3).packet.src).toBe(lbSnat.after);
    expect(step(t, 3).rewrites.map((r) => r.kind)).toEqual(['DNAT']);
  });

  it('only uses this node’s endpoints, even when choose.ingressPod names a remote one', () => {
    const s = domainScenario({
      policy: 'Local',
      controller: LOCAL_CTRL,
      choose: { target: 'node-4' },
    });
    s.cluster.pods.push(
      pod('ctrl-remote', 2, '10.244.2.50', { 'app.kubernetes.io/name': 'ingress-nginx' }),
    );
    s.request.choose.ingressPod = 'ctrl-remote';
    expect(step(walk(s), 3).to).toBe('ingress-nginx-controller');
  });
});

// DOMAIN.md §10.B′: the failure cases of Local.
describe('walk, DOMAIN.md §10.B′ (Local failures)', () => {
  it('drops at node-3 (KUBE-EXTERNAL-SERVICES) when the LB has no health check', () => {
    const t = walk(
      domainScenario({ policy: 'Local', controller: LOCAL_CTRL, healthCheck: false }),
      { reply: true },
    );
    expect(t).toMatchObject({
      delivered: false,
      hops: 1,
      outcome:
        'dropped: node-3 has no local endpoint for ingress-nginx/ingress-nginx-controller (externalTrafficPolicy: Local)',
    });
    expect(t.steps).toHaveLength(2);
    expect(step(t, 2).to).toBe('node-3');
    expect(step(t, 2).note).toContain('times out');
    expect(rewrite(step(t, 2), 'DNAT').rule).toContain('not checked');
    expect(t.end).toMatchObject({ kind: 'dropped', at: 'node-3', by: 'kube-proxy (iptables)' });
    expect(lines(t.end?.rule)).toContain(
      '-A KUBE-EXTERNAL-SERVICES -m comment --comment "ingress-nginx/ingress-nginx-controller:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 32000 -j DROP',
    );
  });

  it('has no healthy target when the only ingress pod runs on an untargeted node: full outage', () => {
    const t = walk(domainScenario({ policy: 'Local' }), { reply: true });
    expect(t).toMatchObject({ delivered: false, hops: 0, outcome: 'dropped: no healthy target' });
    expect(t.steps).toHaveLength(1);
    expect(step(t, 1)).toMatchObject({ from: 'client', to: 'cloud-lb', counted: false });
    expect(step(t, 1).note).toContain('times out');
    expect(t.end).toMatchObject({ kind: 'dropped', at: 'cloud-lb', by: 'cloud load balancer' });
    expect(t.end?.rule).toContain(
      'node-3       192.168.10.13:32000    UNHEALTHY (no local endpoint)',
    );
    expect(t.end?.rule).toContain(
      'node-4       192.168.10.14:32000    UNHEALTHY (no local endpoint)',
    );
  });

  it('passes over a chosen target that fails the health check', () => {
    const t = walk(
      domainScenario({ policy: 'Local', controller: LOCAL_CTRL, choose: { target: 'node-3' } }),
    );
    expect(step(t, 2).to).toBe('node-4');
    expect(step(t, 2).note).toContain('request.choose asked for node-3');
  });
});
