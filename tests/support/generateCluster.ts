/**
 * Generates a large, valid scenario shaped like the quiz (DESIGN.md): ingress-nginx behind a
 * NodePort Service on 32000 with its controller pod on node-1, an app `red` with many
 * replicas behind a ClusterIP Service, an Ingress sending `/red` to it, and a load balancer
 * that targets the last two nodes. Pods are written in flow style, one per line; 1,000 nodes
 * with 10 pods each make about 650 KB. Used by the model tests and the benchmark.
 */

function nodeLines(nodeCount: number): string[] {
  return Array.from({ length: nodeCount }, (_, i) => `    - name: node-${i + 1}`);
}

function podLines(nodeCount: number, podsPerNode: number): string[] {
  const lines = [
    '    - { name: ingress-nginx-controller, node: node-1, labels: { app: ingress-nginx } }',
  ];
  let replica = 0;
  for (let n = 1; n <= nodeCount; n++) {
    const count = n === 1 ? podsPerNode - 1 : podsPerNode;
    for (let p = 0; p < count; p++) {
      replica++;
      lines.push(`    - { name: red-${replica}, node: node-${n}, labels: { app: red } }`);
    }
  }
  return lines;
}

/** Services, Ingress, controller, load balancer (on the last two nodes) and request. */
function tailLines(nodeCount: number): string[] {
  const last = Math.max(1, nodeCount - 1);
  return [
    'services:',
    '  - metadata: { name: ingress-nginx, namespace: ingress-nginx }',
    '    spec:',
    '      type: NodePort',
    '      selector: { app: ingress-nginx }',
    '      ports: [{ name: http, port: 80, targetPort: 80, nodePort: 32000 }]',
    '  - metadata: { name: red }',
    '    spec:',
    '      selector: { app: red }',
    '      ports: [{ name: http, port: 80, targetPort: 8080 }]',
    'ingresses:',
    '  - metadata: { name: red }',
    '    spec:',
    '      ingressClassName: nginx',
    '      rules:',
    '        - http:',
    '            paths:',
    '              - { path: /red, pathType: Prefix, backend: { service: { name: red, port: { number: 80 } } } }',
    'ingressController:',
    '  service: ingress-nginx',
    'loadBalancer:',
    '  service: ingress-nginx',
    `  targets: [node-${last}, node-${nodeCount}]`,
    'request:',
    '  path: /red',
    '',
  ];
}

/**
 * Builds the YAML text of a valid scenario with many nodes and pods.
 * @param nodeCount - number of nodes, at least 2 (the load balancer targets the last two)
 * @param podsPerNode - pods on each node (node-1 counts the ingress controller), 1-253
 * @returns the scenario file's text
 */
export function generateClusterYaml(nodeCount: number, podsPerNode: number): string {
  return [
    'apiVersion: packetwalk/v1',
    'kind: Scenario',
    'metadata:',
    `  name: generated-${nodeCount}x${podsPerNode}`,
    `  title: Generated cluster, ${nodeCount} nodes x ${podsPerNode} pods`,
    'cluster:',
    '  nodes:',
    ...nodeLines(nodeCount),
    '  pods:',
    ...podLines(nodeCount, podsPerNode),
    ...tailLines(nodeCount),
  ].join('\n');
}
