/**
 * Defaults of contract v1 (DESIGN.md): node and pod addresses, stable ClusterIPs and
 * nodePorts, load balancer, request and the smaller ones.
 */
import { describe, expect, it } from 'vitest';
import { generateClusterYaml } from '../support/generateCluster';
import { mustFail, mustLoad } from './helpers';

/** A minimal scenario: two nodes, the given pods and Services, LB on the first Service. */
function mini(pods: string[], services: string[], extra: string[] = []): string {
  return [
    'apiVersion: packetwalk/v1',
    'kind: Scenario',
    'metadata: { name: mini }',
    'cluster:',
    '  nodes: [{ name: node-1 }, { name: node-2 }]',
    '  pods:',
    ...pods.map((pod) => `    - ${pod}`),
    'services:',
    ...services.map((service) => `  - ${service}`),
    'ingressController: { service: a }',
    'loadBalancer: { service: a }',
    ...extra,
    '',
  ].join('\n');
}

const SVC_A =
  '{ metadata: { name: a }, spec: { type: NodePort, selector: { app: a }, ports: [{ port: 80 }] } }';
const SVC_B = '{ metadata: { name: b }, spec: { selector: { app: b }, ports: [{ port: 80 }] } }';
const POD_A = '{ name: pa, node: node-1, labels: { app: a } }';

describe('node defaults', () => {
  // DESIGN.md: ip = 10.0.0.10 + i and podCIDR = 10.244.0.0 + 256*i, by address arithmetic.
  // The node IP carries into the third octet at i = 246, the podCIDR into the second at
  // i = 256. (DESIGN.md's parenthesis pairs 10.245.0.0/24 with node 246; the formula it
  // states, which node-1's 10.244.1.0/24 pins down, gives that block to node 256.)
  const { scenario } = mustLoad(generateClusterYaml(256, 1));
  const node = (i: number) => scenario.cluster.nodes[i - 1];

  it('gives node 246 the IP 10.0.1.0', () => {
    expect(node(245)).toEqual({
      name: 'node-245',
      ip: '10.0.0.255',
      podCIDR: '10.244.245.0/24',
      bridgeIP: '10.244.245.1',
    });
    expect(node(246)).toEqual({
      name: 'node-246',
      ip: '10.0.1.0',
      podCIDR: '10.244.246.0/24',
      bridgeIP: '10.244.246.1',
    });
  });

  it('gives node 256 the podCIDR 10.245.0.0/24', () => {
    expect(node(255)?.podCIDR).toBe('10.244.255.0/24');
    expect(node(256)).toEqual({
      name: 'node-256',
      ip: '10.0.1.10',
      podCIDR: '10.245.0.0/24',
      bridgeIP: '10.245.0.1',
    });
  });
});

describe('pod IP defaults', () => {
  it('hands out .2 upwards in file order, skipping explicit addresses on the node', () => {
    const pods = [
      '{ name: p1, node: node-1 }',
      '{ name: p2, node: node-1, ip: 10.244.1.3 }',
      '{ name: p3, node: node-2 }',
      '{ name: p4, node: node-1 }',
      '{ name: p5, node: node-1, ip: 10.244.1.2 }',
      '{ name: p6, node: node-1 }',
      POD_A,
    ];
    const { scenario } = mustLoad(mini(pods, [SVC_A]));
    expect(scenario.cluster.pods.map((p) => `${p.name}=${p.ip}`)).toEqual([
      'p1=10.244.1.4',
      'p2=10.244.1.3',
      'p3=10.244.2.2',
      'p4=10.244.1.5',
      'p5=10.244.1.2',
      'p6=10.244.1.6',
      'pa=10.244.1.7',
    ]);
  });

  it('reports a podCIDR that runs out of addresses', () => {
    const text = mini([POD_A, '{ name: p2, node: node-1 }'], [SVC_A]).replace(
      '{ name: node-1 }',
      '{ name: node-1, podCIDR: 10.244.1.0/30 }',
    );
    expect(mustFail(text)).toContainEqual({
      message: "no free address left in node-1's podCIDR 10.244.1.0/30 for pod p2",
      path: 'cluster.pods.1',
      line: 8,
      column: 7,
      severity: 'error',
    });
  });
});

describe('stable ClusterIPs and nodePorts', () => {
  it('derives the ClusterIP from FNV-1a of namespace/name, independent of other Services', () => {
    const alone = mustLoad(mini([POD_A], [SVC_A])).scenario.services;
    const after = mustLoad(mini([POD_A], [SVC_A, SVC_B])).scenario.services;
    const before = mustLoad(mini([POD_A], [SVC_B, SVC_A])).scenario.services;
    // fnv1a32("default/a") = 0xca0af726; 10.96.0.0 + (hash mod 2^20) = 10.106.247.38
    expect(alone[0]?.clusterIP).toBe('10.106.247.38');
    expect(after[0]?.clusterIP).toBe('10.106.247.38');
    expect(before[1]?.clusterIP).toBe('10.106.247.38');
    expect(after[1]?.clusterIP).toBe(before[0]?.clusterIP);
  });

  it('probes linearly past an explicit ClusterIP', () => {
    const svcB = SVC_B.replace('spec: {', 'spec: { clusterIP: 10.106.247.38,');
    const { scenario } = mustLoad(mini([POD_A], [SVC_A, svcB]));
    expect(scenario.services.map((s) => s.clusterIP)).toEqual(['10.106.247.39', '10.106.247.38']);
  });

  it('derives nodePorts from namespace/name:port and probes past used ones', () => {
    // fnv1a32("default/a:80") mod 2768 = 1660
    expect(mustLoad(mini([POD_A], [SVC_A])).scenario.services[0]?.ports[0]?.nodePort).toBe(31660);
    const svcB = SVC_B.replace('spec: {', 'spec: { type: NodePort,').replace(
      'port: 80',
      'port: 80, nodePort: 31660',
    );
    const { scenario } = mustLoad(mini([POD_A], [SVC_A, svcB]));
    expect(scenario.services.map((s) => s.ports[0]?.nodePort)).toEqual([31661, 31660]);
  });

  it('gives ClusterIP Services no nodePort and defaults targetPort to port', () => {
    const { scenario } = mustLoad(mini([POD_A], [SVC_A, SVC_B]));
    expect(scenario.services[1]?.ports).toEqual([{ protocol: 'TCP', port: 80, targetPort: 80 }]);
    expect(scenario.services[1]).toMatchObject({
      namespace: 'default',
      type: 'ClusterIP',
      externalTrafficPolicy: 'Cluster',
    });
  });
});

describe('other defaults', () => {
  it('fills in the load balancer, the request, the title and the notes', () => {
    const { scenario } = mustLoad(mini([POD_A], [SVC_A]));
    expect(scenario.loadBalancer).toEqual({
      name: 'cloud-lb',
      ip: '203.0.113.10',
      port: 80,
      service: 'a',
      targets: ['node-1', 'node-2'],
      preserveClientIP: true,
      healthCheck: true,
    });
    expect(scenario.request).toEqual({
      client: { ip: '198.51.100.7', port: 51515 },
      path: '/',
      choose: {},
    });
    expect(scenario.metadata).toEqual({ name: 'mini', title: 'mini' });
    expect(scenario.notes).toEqual([]);
    expect(scenario.ingresses).toEqual([]);
    expect(scenario.cluster.proxyMode).toBe('iptables');
  });

  it('completes a partial client and reads the service-upstream annotation', () => {
    const ingress = [
      'ingresses:',
      '  - metadata:',
      '      name: up',
      "      annotations: { nginx.ingress.kubernetes.io/service-upstream: 'true' }",
      '    spec:',
      '      rules: [{ http: { paths: [{ pathType: Exact, backend: { service: { name: a, port: { number: 80 } } } }] } }]',
      'request: { client: { ip: 192.0.2.1 } }',
    ];
    const { scenario } = mustLoad(mini([POD_A], [SVC_A], ingress));
    expect(scenario.request.client).toEqual({ ip: '192.0.2.1', port: 51515 });
    expect(scenario.ingresses[0]?.serviceUpstream).toBe(true);
    expect(scenario.ingresses[0]?.rules[0]?.paths[0]?.path).toBe('/');
  });
});
