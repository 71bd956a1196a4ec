/**
 * The benchmark's generator (tests/support/generateCluster.ts) writes a valid, quiz-shaped
 * scenario of the requested size.
 */
import { describe, expect, it } from 'vitest';
import { generateClusterYaml } from '../support/generateCluster';
import { mustLoad } from './helpers';

describe('generateClusterYaml', () => {
  it('writes about 650 KB for 1,000 nodes x 10 pods, and it loads', () => {
    const text = generateClusterYaml(1000, 10);
    expect(text.length).toBeGreaterThan(600_000);
    expect(text.length).toBeLessThan(700_000);
    const { scenario, warnings } = mustLoad(text);
    expect(warnings).toEqual([]);
    expect(scenario.cluster.nodes).toHaveLength(1000);
    expect(scenario.cluster.pods).toHaveLength(10_000);
    expect(scenario.cluster.pods[0]).toMatchObject({
      name: 'ingress-nginx-controller',
      node: 'node-1',
    });
    expect(scenario.services.map((s) => [s.name, s.type, s.ports[0]?.nodePort])).toEqual([
      ['ingress-nginx', 'NodePort', 32000],
      ['red', 'ClusterIP', undefined],
    ]);
    expect(scenario.loadBalancer.targets).toEqual(['node-999', 'node-1000']);
    expect(scenario.ingresses[0]?.rules[0]?.paths[0]?.backend.service.name).toBe('red');
    expect(scenario.request.path).toBe('/red');
  }, 30_000);

  it('scales down to two nodes', () => {
    const { scenario } = mustLoad(generateClusterYaml(2, 1));
    expect(scenario.cluster.pods.map((p) => `${p.name}@${p.node}`)).toEqual([
      'ingress-nginx-controller@node-1',
      'red-1@node-2',
    ]);
  });
});
