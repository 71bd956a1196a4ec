import { describe, expect, it } from 'vitest';
import type { ProxyMode } from '../../src/model';
import { walk } from '../../src/sim';
import { domainScenario } from './fixtures';
import { rewrite, step } from './helpers';

function nodeStep(mode: ProxyMode, o: Parameters<typeof domainScenario>[0] = {}) {
  return step(walk(domainScenario({ mode, ...o })), 3);
}

describe('masquerade address (DOMAIN.md §5)', () => {
  const allNodes = {
    targets: ['node-1', 'node-2', 'node-3', 'node-4'],
    choose: { target: 'node-1' },
  };

  it('uses the bridge address toward a pod on the receiving node (kube-proxy modes)', () => {
    for (const mode of ['iptables', 'ipvs', 'nftables'] as const) {
      const s = nodeStep(mode, allNodes);
      expect(s.via).toEqual([]);
      expect(rewrite(s, 'SNAT').after).toMatch(/^10\.244\.1\.1:\d+$/);
      expect(rewrite(s, 'SNAT').rule).toContain('cni0 bridge address');
    }
  });

  it('is skipped by Cilium toward a local backend, even under Cluster [inferred, §4]', () => {
    const s = nodeStep('ebpf', allNodes);
    expect(s.rewrites.map((r) => r.kind)).toEqual(['DNAT']);
    expect(s.packet.src).toBe('203.0.113.50:51000');
    expect(s.note).toContain('Cilium');
  });
});

describe('no endpoints at all: the node rejects (DOMAIN.md §2.1 step 8)', () => {
  it.each([
    [
      'iptables',
      '-A KUBE-EXTERNAL-SERVICES -m comment --comment "ingress-nginx/ingress-nginx-controller:http has no endpoints" -m addrtype --dst-type LOCAL -m tcp -p tcp --dport 32000 -j REJECT',
    ],
    [
      'nftables',
      'add element ip kube-proxy no-endpoint-nodeports { tcp . 32000 comment "ingress-nginx/ingress-nginx-controller:http" : goto reject-chain }',
    ],
    ['ipvs', 'TCP  192.168.10.13:32000 rr'],
    ['ebpf', '(no backends)'],
  ] as const)('%s', (mode, text) => {
    const t = walk(domainScenario({ mode, controller: null }), { reply: true });
    expect(t).toMatchObject({
      delivered: false,
      hops: 1,
      outcome: 'rejected: ingress-nginx/ingress-nginx-controller has no endpoints',
    });
    expect(t.end).toMatchObject({ kind: 'rejected', at: 'node-3' });
    expect(t.end?.rule).toContain(text);
    expect(t.steps).toHaveLength(2);
    expect(step(t, 2).note).toContain('refused');
  });
});

describe('Local without a local endpoint: the node drops', () => {
  it.each([
    ['iptables', '-j DROP'],
    [
      'nftables',
      'add element ip kube-proxy no-endpoint-nodeports { tcp . 32000 comment "ingress-nginx/ingress-nginx-controller:http" : drop }',
    ],
    ['ipvs', 'no real server'],
    ['ebpf', 'drops the packet'],
  ] as const)('%s', (mode, text) => {
    const t = walk(
      domainScenario({
        mode,
        policy: 'Local',
        controller: { node: 4, ip: '10.244.4.5' },
        healthCheck: false,
      }),
    );
    expect(t.end).toMatchObject({ kind: 'dropped', at: 'node-3' });
    expect(t.end?.rule).toContain(text);
  });
});
