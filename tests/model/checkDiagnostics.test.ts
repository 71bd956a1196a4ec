/**
 * Cross-check diagnostics, table-driven: each row replaces lines of the base scenario
 * (tests/model/helpers.ts) and expects one diagnostic at an exact line and column.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/model';
import { baseWith } from './helpers';

type Expected = [line: number, column: number, path: string, message: string, severity?: 'warning'];
type Case = [name: string, lines: Record<number, string>, expected: Expected];

const ENDPOINT_MESSAGE =
  'pod ingress is not an endpoint of Service default/web, the backend of Ingress web for path /web (candidates: web-1, web-2)';

const cases: Case[] = [
  [
    'unknown node of a pod',
    { 15: '    - { name: web-1, node: node-9, labels: { app: web } }' },
    [
      15,
      28,
      'cluster.pods.1.node',
      'unknown node `node-9`; did you mean `node-1`? (known: node-1, node-2)',
    ],
  ],
  [
    'duplicate node name',
    { 10: '    - name: node-1' },
    [
      10,
      13,
      'cluster.nodes.1.name',
      'duplicate node name `node-1` (first defined at cluster.nodes.0)',
    ],
  ],
  [
    'duplicate pod name',
    { 16: '    - { name: web-1, node: node-2, labels: { app: web }, ip: 10.244.2.9 }' },
    [16, 15, 'cluster.pods.2.name', 'duplicate pod name `web-1` (first defined at cluster.pods.1)'],
  ],
  [
    'duplicate Service name',
    { 24: '  - metadata: { name: ingress }' },
    [
      24,
      23,
      'services.1.metadata.name',
      'duplicate Service name `default/ingress` (first defined at services.0)',
    ],
  ],
  [
    'duplicate node IP',
    { 11: '      ip: 10.0.0.11' },
    [11, 11, 'cluster.nodes.1.ip', 'duplicate IP 10.0.0.11 (already used by node node-1)'],
  ],
  [
    'duplicate pod IP',
    { 15: '    - { name: web-1, node: node-2, labels: { app: web }, ip: 10.244.2.9 }' },
    [16, 62, 'cluster.pods.2.ip', 'duplicate IP 10.244.2.9 (already used by pod web-1)'],
  ],
  [
    'pod IP equal to a node IP',
    { 11: '      ip: 10.244.2.9' },
    [16, 62, 'cluster.pods.2.ip', 'duplicate IP 10.244.2.9 (already used by node node-2)'],
  ],
  [
    'duplicate ClusterIP',
    { 22: '      clusterIP: 10.96.100.1' },
    [
      26,
      18,
      'services.1.spec.clusterIP',
      'duplicate ClusterIP 10.96.100.1 (already used by Service default/ingress)',
    ],
  ],
  [
    'overlapping podCIDRs',
    { 12: '      podCIDR: 10.244.0.0/16' },
    [
      12,
      16,
      'cluster.nodes.1.podCIDR',
      "podCIDR 10.244.0.0/16 of node-2 overlaps node-1's 10.244.1.0/24",
    ],
  ],
  [
    'a podCIDR too small',
    { 12: '      podCIDR: 10.244.2.0/31' },
    [
      12,
      16,
      'cluster.nodes.1.podCIDR',
      'podCIDR 10.244.2.0/31 is too small: a /31 or /32 leaves no room for the bridge (.1) and a pod',
    ],
  ],
  [
    'pod IP outside its podCIDR',
    { 16: '    - { name: web-2, node: node-2, labels: { app: web }, ip: 10.244.3.9 }' },
    [16, 62, 'cluster.pods.2.ip', "pod IP 10.244.3.9 is outside node-2's podCIDR 10.244.2.0/24"],
  ],
  [
    'pod IP on the network address',
    { 16: '    - { name: web-2, node: node-2, labels: { app: web }, ip: 10.244.2.0 }' },
    [
      16,
      62,
      'cluster.pods.2.ip',
      "pod IP 10.244.2.0 is the network address of node-2's podCIDR 10.244.2.0/24",
    ],
  ],
  [
    'pod IP on the broadcast address',
    { 16: '    - { name: web-2, node: node-2, labels: { app: web }, ip: 10.244.2.255 }' },
    [
      16,
      62,
      'cluster.pods.2.ip',
      "pod IP 10.244.2.255 is the broadcast address of node-2's podCIDR 10.244.2.0/24",
    ],
  ],
  [
    'pod IP on the bridge address',
    { 16: '    - { name: web-2, node: node-2, labels: { app: web }, ip: 10.244.2.1 }' },
    [16, 62, 'cluster.pods.2.ip', "pod IP 10.244.2.1 is node-2's bridge (cni0) address"],
  ],
  [
    'a pod named like a node',
    { 16: '    - { name: node-1, node: node-2, labels: { app: web }, ip: 10.244.2.9 }' },
    [
      16,
      15,
      'cluster.pods.2.name',
      'entity id `node-1` is already used by node node-1; nodes, pods and the load balancer need distinct names',
    ],
  ],
  [
    'a node named client',
    { 9: '    - name: client' },
    [9, 13, 'cluster.nodes.0.name', '`client` is reserved: it is the entity id of the client'],
  ],
  [
    'a load balancer named like a node',
    { 43: '  name: node-2' },
    [
      43,
      9,
      'loadBalancer.name',
      'entity id `node-2` is already used by node node-2; nodes, pods and the load balancer need distinct names',
    ],
  ],
  [
    'duplicate nodePort',
    {
      26: '      type: NodePort',
      28: '      ports: [{ name: http, port: 80, targetPort: 8080, nodePort: 30080 }]',
    },
    [
      28,
      67,
      'services.1.spec.ports.0.nodePort',
      'duplicate nodePort 30080 (already used by Service default/ingress)',
    ],
  ],
  [
    'nodePort on a ClusterIP Service',
    { 28: '      ports: [{ name: http, port: 80, targetPort: 8080, nodePort: 30081 }]' },
    [
      28,
      67,
      'services.1.spec.ports.0.nodePort',
      'nodePort is only allowed when `type` is NodePort or LoadBalancer (this Service is ClusterIP)',
    ],
  ],
  [
    'unknown ingress controller Service',
    { 39: '  service: ingres' },
    [
      39,
      12,
      'ingressController.service',
      'unknown Service `ingres`; did you mean `ingress`? (known: ingress, web)',
    ],
  ],
  [
    'unknown load balancer Service',
    { 41: '  service: nginx' },
    [41, 12, 'loadBalancer.service', 'unknown Service `nginx` (known: ingress, web)'],
  ],
  [
    'load balancer Service of type ClusterIP',
    { 41: '  service: web', 46: '  host: example.com' },
    [
      41,
      12,
      'loadBalancer.service',
      'Service web is ClusterIP; the load balancer needs a NodePort or LoadBalancer Service to forward to its nodePort',
    ],
  ],
  [
    'unknown load balancer target',
    { 42: '  targets: [node-1, node-3]' },
    [
      42,
      21,
      'loadBalancer.targets.1',
      'unknown node `node-3`; did you mean `node-1`? (known: node-1, node-2)',
    ],
  ],
  [
    'a load balancer target listed twice',
    { 42: '  targets: [node-1, node-1]' },
    [42, 21, 'loadBalancer.targets.1', 'node node-1 is listed twice'],
  ],
  [
    'unknown backend Service',
    { 37: '                backend: { service: { name: wbe, port: { number: 80 } } }' },
    [
      37,
      45,
      'ingresses.0.spec.rules.0.http.paths.0.backend.service.name',
      'unknown Service in namespace default `wbe`; did you mean `web`? (known: ingress, web)',
    ],
  ],
  [
    'backend port number not a Service port',
    { 37: '                backend: { service: { name: web, port: { number: 81 } } }' },
    [
      37,
      66,
      'ingresses.0.spec.rules.0.http.paths.0.backend.service.port.number',
      'Service web has no port 81 (its ports: 80)',
    ],
  ],
  [
    'backend port name not a Service port name',
    { 37: '                backend: { service: { name: web, port: { name: https } } }' },
    [
      37,
      64,
      'ingresses.0.spec.rules.0.http.paths.0.backend.service.port.name',
      'Service web has no port named `https` (its port names: http)',
    ],
  ],
  [
    'named targetPort the pods do not declare',
    { 28: '      ports: [{ name: http, port: 80, targetPort: web }]' },
    [
      28,
      51,
      'services.1.spec.ports.0.targetPort',
      'targetPort `web` is not a container port name of the selected pods web-1, web-2',
    ],
  ],
  [
    'choose.target not a target',
    { 42: '  targets: [node-2]' },
    [
      46,
      21,
      'request.choose.target',
      'node node-1 is not a target of the load balancer (its targets: node-2)',
    ],
  ],
  [
    'choose.target failing the health check',
    {
      22: '      externalTrafficPolicy: Local',
      46: '  choose: { target: node-2, ingressPod: ingress, endpoint: web-1 }',
    },
    [
      46,
      21,
      'request.choose.target',
      "node node-2 fails the load balancer's health check: Service ingress has externalTrafficPolicy Local and no endpoint on node-2, so the load balancer never picks it (candidates: node-1)",
    ],
  ],
  [
    'choose.ingressPod not an endpoint',
    { 46: '  choose: { target: node-1, ingressPod: web-2, endpoint: web-1 }' },
    [
      46,
      41,
      'request.choose.ingressPod',
      'pod web-2 is not an endpoint of Service ingress (its endpoints: ingress)',
    ],
  ],
  [
    'choose.ingressPod not on the chosen node under Local',
    {
      21: '      selector: { app: web }',
      22: '      externalTrafficPolicy: Local',
      43: '  healthCheck: false',
      46: '  choose: { target: node-1, ingressPod: web-2, endpoint: web-1 }',
    },
    [
      46,
      41,
      'request.choose.ingressPod',
      'pod web-2 runs on node-2, but under externalTrafficPolicy Local node node-1 only forwards to its own endpoints of Service ingress (candidates: (none))',
    ],
  ],
  [
    'choose.endpoint unknown pod',
    { 46: '  choose: { target: node-1, ingressPod: ingress, endpoint: web-3 }' },
    [
      46,
      60,
      'request.choose.endpoint',
      'unknown pod `web-3`; did you mean `web-1`? (known: ingress, web-1, web-2)',
    ],
  ],
  [
    'choose.endpoint not a backend pod',
    { 46: '  choose: { target: node-1, ingressPod: ingress, endpoint: ingress }' },
    [46, 60, 'request.choose.endpoint', ENDPOINT_MESSAGE],
  ],
  [
    'choose.endpoint selected by a Service the matched rule does not use',
    { 37: '                backend: { service: { name: ingress, port: { number: 80 } } }' },
    [
      46,
      60,
      'request.choose.endpoint',
      'pod web-1 is not an endpoint of Service default/ingress, the backend of Ingress web for path /web (candidates: ingress)',
    ],
  ],
  [
    'choose.endpoint when no Ingress rule matches',
    { 45: '  path: /other' },
    [
      46,
      60,
      'request.choose.endpoint',
      'pod web-1 cannot be chosen: no Ingress rule matches path /other, so the walk ends in a 404 before an endpoint is picked',
    ],
  ],
  [
    'ingress controller selecting no pod is a warning',
    { 21: '      selector: { app: nothing }', 46: '  host: example.com' },
    [
      39,
      12,
      'ingressController.service',
      'Service ingress selects no pod, so there is no ingress controller: the walk ends in a reject',
      'warning',
    ],
  ],
];

describe('cross-check diagnostics', () => {
  it.each(cases)('%s', (_name, lines, [line, column, path, message, severity]) => {
    const text = baseWith(lines);
    const result = loadScenario(text);
    const found = result.ok ? result.warnings : result.diagnostics;
    expect(result.ok).toBe(severity === 'warning');
    expect(found).toContainEqual({ message, path, line, column, severity: severity ?? 'error' });
    // The positioned parser for large files (js-yaml events) points at the same places.
    expect(loadScenario(text, { positioned: 'js-yaml' })).toEqual(result);
  });
});
