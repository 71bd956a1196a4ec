import { describe, expect, it } from 'vitest';
import { addToIPv4, type Pod, type Scenario } from '../../src/model';
import { rulesOnNode, walk } from '../../src/sim';
import { controllerService, domainScenario, redService } from './fixtures';
import { lines, rewrite, step } from './helpers';

/** 1,000 nodes, 10,000 pods: an ingress pod and 9 red pods per node. */
function largeScenario(): Scenario {
  const s = domainScenario({ services: [controllerService(), redService()] });
  const nodes = Array.from({ length: 1000 }, (_, i) => ({
    name: `node-${i + 1}`,
    ip: addToIPv4('192.168.0.0', i + 11),
    podCIDR: `10.${100 + Math.floor(i / 256)}.${i % 256}.0/24`,
    bridgeIP: `10.${100 + Math.floor(i / 256)}.${i % 256}.1`,
  }));
  const pods: Pod[] = nodes.flatMap((node, i) =>
    Array.from({ length: 10 }, (_, k) => ({
      name: k === 0 ? `ctrl-${i + 1}` : `red-${i + 1}-${k}`,
      node: node.name,
      ip: addToIPv4(node.podCIDR.split('/')[0] as string, k + 2),
      labels: (k === 0 ? { 'app.kubernetes.io/name': 'ingress-nginx' } : { app: 'red' }) as Record<
        string,
        string
      >,
      ports: [],
    })),
  );
  s.cluster = { ...s.cluster, clusterCIDR: '10.96.0.0/11', nodes, pods };
  s.loadBalancer = { ...s.loadBalancer, targets: nodes.map((n) => n.name) };
  s.request = { ...s.request, choose: { ingressPod: 'ctrl-900', endpoint: 'red-700-3' } };
  return s;
}

describe('a 1,000-node, 10,000-pod scenario', () => {
  const scenario = largeScenario();
  const trace = walk(scenario, { reply: true });

  it('walks to the chosen pods', () => {
    expect(trace.outcome).toBe('delivered to red-700-3');
    expect(step(trace, 3).to).toBe('ctrl-900');
    expect(trace.hops).toBe(3);
  });

  it('caps the endpoint listings at 8 lines, yet shows the chosen endpoint beyond the cap', () => {
    const dnat = lines(rewrite(step(trace, 3), 'DNAT').rule);
    const svcLines = dnat.filter((l) => l.startsWith('-A KUBE-SVC-') && l.includes(' -> '));
    expect(svcLines).toHaveLength(9);
    const ctrl900 = scenario.cluster.pods.find((p) => p.name === 'ctrl-900');
    expect(svcLines[8]).toContain(`-> ${ctrl900?.ip}:80"`);
    expect(dnat).toContain('# … 891 more endpoints');
    expect(dnat).toContain('# … 100 more endpoints');
    expect(dnat.length).toBeLessThan(30);
    const upstream = lines(rewrite(step(trace, 4), 'proxy').rule);
    expect(upstream.filter((l) => l.includes('<- picked'))).toHaveLength(1);
    expect(upstream.length).toBeLessThan(20);
  });

  it('summarises any node’s rules with capped lists', () => {
    const table = rulesOnNode(scenario, 'node-1000');
    expect(table?.entries.find((e) => e.kind === 'NodePort')).toMatchObject({ moreEndpoints: 992 });
    expect(table?.entries.find((e) => e.service === 'default/red:http')?.moreEndpoints).toBe(8992);
  });
});
