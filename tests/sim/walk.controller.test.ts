import { describe, expect, it } from 'vitest';
import { walk } from '../../src/sim';
import {
  backend,
  controllerService,
  domainScenario,
  ingress,
  pod,
  port,
  redService,
  service,
} from './fixtures';
import { lines, rewrite, step } from './helpers';

describe('walk, the ingress controller (DOMAIN.md §8)', () => {
  it('answers 404 itself when no rule matches and there is no default backend', () => {
    const t = walk(domainScenario({ path: '/pathology' }));
    expect(t).toMatchObject({
      delivered: false,
      hops: 2,
      outcome: '404: no rule matches /pathology',
    });
    expect(t.end).toMatchObject({
      kind: 'http-error',
      status: 404,
      at: 'ingress-nginx-controller',
      by: 'ingress controller',
    });
    expect(t.steps).toHaveLength(3);
    expect(step(t, 3).note).toContain('404');
  });

  it('mentions the host in a 404 when the request has one', () => {
    const t = walk(domainScenario({ path: '/nope', host: 'shop.example.com' }));
    expect(t.outcome).toBe('404: no rule matches /nope for host shop.example.com');
  });

  it('answers 503 when the matched Service has no endpoints', () => {
    const t = walk(domainScenario({ red: [] }));
    expect(t).toMatchObject({
      delivered: false,
      hops: 2,
      outcome: '503: default/red has no endpoints',
    });
    expect(t.end).toMatchObject({
      kind: 'http-error',
      status: 503,
      at: 'ingress-nginx-controller',
    });
    expect(t.end?.rule).toContain('Service "default/red" does not have any active Endpoint.');
  });

  it('routes to spec.defaultBackend when no rule matches', () => {
    const other = service({
      name: 'fallback',
      clusterIP: '10.96.7.7',
      selector: { app: 'fb' },
      ports: [port({ port: 80, targetPort: 9000 })],
    });
    const s = domainScenario({
      path: '/elsewhere',
      services: [controllerService(), redService(), other],
      ingresses: [ingress({ name: 'red', rules: [], defaultBackend: backend('fallback') })],
    });
    s.cluster.pods.push(pod('fb-1', 3, '10.244.3.20', { app: 'fb' }));
    const t = walk(s);
    expect(t.outcome).toBe('delivered to fb-1');
    expect(step(t, 4).packet.dst).toBe('10.244.3.20:9000');
    expect(rewrite(step(t, 4), 'proxy').rule).toContain('spec.defaultBackend');
  });

  it('resolves a named targetPort per pod, leaving out pods without that port', () => {
    const named = service({
      name: 'red',
      clusterIP: '10.96.45.20',
      selector: { app: 'red' },
      ports: [port({ name: 'http', port: 80, targetPort: 'web' })],
    });
    const red = [
      pod('red-0', 2, '10.244.2.6', { app: 'red' }),
      pod('red-1', 2, '10.244.2.7', { app: 'red' }, [{ name: 'web', containerPort: 8081 }]),
    ];
    const t = walk(domainScenario({ red, services: [controllerService(), named] }));
    expect(step(t, 4)).toMatchObject({ to: 'red-1', packet: { dst: '10.244.2.7:8081' } });
  });

  it('with service-upstream, dials the ClusterIP; kube-proxy on the controller node DNATs it (DOMAIN.md §2.3)', () => {
    const t = walk(domainScenario({ serviceUpstream: true }));
    const s = step(t, 4);
    expect(t.hops).toBe(3);
    expect(s.rewrites.map((r) => [r.kind, r.at])).toEqual([
      ['proxy', 'ingress-nginx-controller'],
      ['DNAT', 'node-1'],
    ]);
    expect(rewrite(s, 'proxy').after).toMatch(/^10\.244\.1\.5:\d+ -> 10\.96\.45\.20:80$/);
    const dnat = rewrite(s, 'DNAT');
    expect(dnat).toMatchObject({
      before: '10.96.45.20:80',
      after: '10.244.2.7:8080',
      by: 'kube-proxy (iptables)',
    });
    const rule = lines(dnat.rule);
    for (const line of [
      '-A KUBE-SERVICES -m comment --comment "default/red:http cluster IP" -m tcp -p tcp -d 10.96.45.20 --dport 80 -j KUBE-SVC-NULG766P52RZA6AE',
      '-A KUBE-SVC-NULG766P52RZA6AE -m comment --comment "default/red:http cluster IP" -m tcp -p tcp -d 10.96.45.20 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ',
      '-A KUBE-SVC-NULG766P52RZA6AE -m comment --comment "default/red:http -> 10.244.2.7:8080" -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-HKWVDNHHHQIYU2WJ',
      '-A KUBE-SVC-NULG766P52RZA6AE -m comment --comment "default/red:http -> 10.244.3.8:8080" -j KUBE-SEP-6TJWB7VQCI5ERC3W',
      '-A KUBE-SEP-HKWVDNHHHQIYU2WJ -m comment --comment default/red:http -m tcp -p tcp -j DNAT --to-destination 10.244.2.7:8080',
    ]) {
      expect(rule).toContain(line);
    }
    expect(s.packet).toEqual({
      src: rewrite(s, 'proxy').after.split(' -> ')[0],
      dst: '10.244.2.7:8080',
    });
    expect(s.rewrites.some((r) => r.kind === 'SNAT')).toBe(false);
  });

  it('with service-upstream under eBPF, the DNAT is Cilium socket-LB on the controller node', () => {
    const dnat = rewrite(
      step(walk(domainScenario({ serviceUpstream: true, mode: 'ebpf' })), 4),
      'DNAT',
    );
    expect(dnat).toMatchObject({ at: 'node-1', by: 'cilium (eBPF)' });
    expect(dnat.rule).toContain('10.96.45.20:80/TCP');
    expect(dnat.rule).toContain('socket-LB');
  });

  it('delivers in two hops when the LB forwards straight to an app NodePort Service', () => {
    const app = service({
      name: 'red',
      type: 'NodePort',
      clusterIP: '10.96.45.20',
      selector: { app: 'red' },
      ports: [port({ name: 'http', port: 80, targetPort: 8080, nodePort: 31080 })],
    });
    const s = domainScenario({ services: [controllerService(), app] });
    s.loadBalancer.service = 'red';
    const t = walk(s);
    expect(t).toMatchObject({ delivered: true, hops: 2, outcome: 'delivered to red-1' });
    expect(step(t, 3)).toMatchObject({ from: 'node-3', to: 'red-1', via: ['node-2'] });
    expect(rewrite(step(t, 2), 'DNAT').after).toBe('192.168.10.13:31080');
  });
});
