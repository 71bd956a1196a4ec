/**
 * Schema diagnostics, table-driven: each row replaces lines of the base scenario
 * (tests/model/helpers.ts) and expects one diagnostic at an exact line and column.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/model';
import { baseWith } from './helpers';

type Expected = [line: number, column: number, path: string, message: string, severity?: 'warning'];
type Case = [name: string, lines: Record<number, string>, expected: Expected];

const cases: Case[] = [
  [
    'unknown field with a suggestion',
    { 7: '  proxymode: iptables' },
    [7, 3, 'cluster.proxymode', 'unknown field `proxymode` in cluster; did you mean `proxyMode`?'],
  ],
  [
    'unknown top-level field',
    { 47: 'noets:' },
    [47, 1, 'noets', 'unknown field `noets` at the top level; did you mean `notes`?'],
  ],
  [
    'unknown field in a node',
    { 11: '      IP: 10.0.0.12' },
    [11, 7, 'cluster.nodes.1.IP', 'unknown field `IP` in cluster.nodes.1; did you mean `ip`?'],
  ],
  [
    'unknown field without a close name',
    { 43: '  zzzzzz: true' },
    [
      43,
      3,
      'loadBalancer.zzzzzz',
      'unknown field `zzzzzz` in loadBalancer; known fields: `name`, `ip`, `port`, `service`, `targets`, `preserveClientIP`, `healthCheck`',
    ],
  ],
  [
    'a number where a string is wanted',
    { 4: '  name: 42' },
    [4, 9, 'metadata.name', '`metadata.name` must be a string, got number 42'],
  ],
  [
    'a quoted port is a string',
    { 23: '      ports: [{ port: "80", targetPort: 80, nodePort: 30080 }]' },
    [
      23,
      23,
      'services.0.spec.ports.0.port',
      '`services.0.spec.ports.0.port` must be a number, got string "80"',
    ],
  ],
  [
    'a numeric node name',
    { 9: '    - name: 123' },
    [9, 13, 'cluster.nodes.0.name', '`cluster.nodes.0.name` must be a string, got number 123'],
  ],
  [
    'a boolean label value',
    { 21: '      selector: { app: true }' },
    [
      21,
      24,
      'services.0.spec.selector.app',
      '`services.0.spec.selector.app` must be a string, got boolean true',
    ],
  ],
  [
    'a string where a boolean is wanted',
    { 43: '  healthCheck: "yes"' },
    [
      43,
      16,
      'loadBalancer.healthCheck',
      '`loadBalancer.healthCheck` must be true or false, got string "yes"',
    ],
  ],
  [
    'a mapping where a list is wanted',
    { 42: '  targets: { a: b }' },
    [42, 12, 'loadBalancer.targets', '`loadBalancer.targets` must be a list, got a mapping'],
  ],
  [
    'an empty value',
    { 4: '  name:' },
    [4, 8, 'metadata.name', '`metadata.name` must be a string, got an empty value'],
  ],
  [
    'a name that is not a DNS-1123 label',
    { 10: '    - name: Node_2' },
    [
      10,
      13,
      'cluster.nodes.1.name',
      '`cluster.nodes.1.name` must be a DNS-1123 label (lowercase letters, digits and \'-\', starting and ending with a letter or digit, at most 63 characters), got string "Node_2"',
    ],
  ],
  [
    'an invalid IP',
    { 11: '      ip: 10.0.0.300' },
    [
      11,
      11,
      'cluster.nodes.1.ip',
      '`cluster.nodes.1.ip` must be an IPv4 address in dotted-quad form, such as 10.0.0.11, got string "10.0.0.300"',
    ],
  ],
  [
    'a podCIDR with host bits',
    { 12: '      podCIDR: 10.244.2.1/24' },
    [
      12,
      16,
      'cluster.nodes.1.podCIDR',
      '`cluster.nodes.1.podCIDR` must have its host bits zero (the address must be the first of the block), got string "10.244.2.1/24"',
    ],
  ],
  [
    'a podCIDR that is not a CIDR',
    { 12: '      podCIDR: 10.244.2.0' },
    [
      12,
      16,
      'cluster.nodes.1.podCIDR',
      '`cluster.nodes.1.podCIDR` must be an IPv4 CIDR block such as 10.244.1.0/24, got string "10.244.2.0"',
    ],
  ],
  [
    'a nodePort below the range',
    { 23: '      ports: [{ port: 80, targetPort: 80, nodePort: 8080 }]' },
    [
      23,
      53,
      'services.0.spec.ports.0.nodePort',
      '`services.0.spec.ports.0.nodePort` must be between 30000 and 32767, got number 8080',
    ],
  ],
  [
    'a port above 65535',
    { 28: '      ports: [{ name: http, port: 80, targetPort: 70000 }]' },
    [
      28,
      51,
      'services.1.spec.ports.0.targetPort',
      '`services.1.spec.ports.0.targetPort` must be between 1 and 65535, got number 70000',
    ],
  ],
  [
    'a port of 0',
    { 23: '      ports: [{ port: 0, targetPort: 80, nodePort: 30080 }]' },
    [
      23,
      23,
      'services.0.spec.ports.0.port',
      '`services.0.spec.ports.0.port` must be between 1 and 65535, got number 0',
    ],
  ],
  [
    'a fractional port',
    { 23: '      ports: [{ port: 80.5, targetPort: 80, nodePort: 30080 }]' },
    [
      23,
      23,
      'services.0.spec.ports.0.port',
      '`services.0.spec.ports.0.port` must be an integer, got number 80.5',
    ],
  ],
  [
    'a boolean targetPort',
    { 28: '      ports: [{ name: http, port: 80, targetPort: true }]' },
    [
      28,
      51,
      'services.1.spec.ports.0.targetPort',
      '`services.1.spec.ports.0.targetPort` must be a port number (1-65535) or a container port name, got boolean true',
    ],
  ],
  [
    'proxyMode enum',
    { 7: '  proxyMode: iptable' },
    [
      7,
      14,
      'cluster.proxyMode',
      '`cluster.proxyMode` must be one of iptables, ipvs, nftables, ebpf, got string "iptable"; did you mean `iptables`?',
    ],
  ],
  [
    'externalTrafficPolicy enum',
    { 22: '      externalTrafficPolicy: local' },
    [
      22,
      30,
      'services.0.spec.externalTrafficPolicy',
      '`services.0.spec.externalTrafficPolicy` must be one of Cluster, Local, got string "local"; did you mean `Local`?',
    ],
  ],
  [
    'Service type enum',
    { 20: '      type: ExternalName' },
    [
      20,
      13,
      'services.0.spec.type',
      '`services.0.spec.type` must be one of ClusterIP, NodePort, LoadBalancer, got string "ExternalName"',
    ],
  ],
  [
    'pathType enum',
    { 36: '                pathType: Regex' },
    [
      36,
      27,
      'ingresses.0.spec.rules.0.http.paths.0.pathType',
      '`ingresses.0.spec.rules.0.http.paths.0.pathType` must be one of Exact, Prefix, ImplementationSpecific, got string "Regex"',
    ],
  ],
  [
    'pathType is required',
    { 36: '                # pathType left out' },
    [
      35,
      17,
      'ingresses.0.spec.rules.0.http.paths.0.pathType',
      'missing required field `pathType` in ingresses.0.spec.rules.0.http.paths.0; must be one of Exact, Prefix, ImplementationSpecific',
    ],
  ],
  [
    'metadata.name is required',
    { 4: '  # no name' },
    [5, 3, 'metadata.name', 'missing required field `name` in metadata'],
  ],
  [
    'wrong apiVersion',
    { 1: 'apiVersion: packetwalk/v2' },
    [1, 13, 'apiVersion', '`apiVersion` must be packetwalk/v1, got string "packetwalk/v2"'],
  ],
  [
    'only TCP',
    { 23: '      ports: [{ port: 80, protocol: UDP, nodePort: 30080 }]' },
    [
      23,
      37,
      'services.0.spec.ports.0.protocol',
      '`services.0.spec.ports.0.protocol` must be TCP (only TCP is modelled), got string "UDP"',
    ],
  ],
  [
    'a Service with a wrong kind',
    {
      18: '  - { kind: Pod, metadata: { name: ingress }, spec: { type: NodePort, selector: { app: ingress }, ports: [{ port: 80, nodePort: 30080 }] } }',
      19: '',
      20: '',
      21: '',
      22: '',
      23: '',
    },
    [18, 13, 'services.0.kind', '`services.0.kind` must be Service, got string "Pod"'],
  ],
  [
    'an Ingress backend port with both number and name',
    { 37: '                backend: { service: { name: web, port: { number: 80, name: http } } }' },
    [
      37,
      56,
      'ingresses.0.spec.rules.0.http.paths.0.backend.service.port',
      '`ingresses.0.spec.rules.0.http.paths.0.backend.service.port` must set exactly one of `number` and `name`, got a mapping',
    ],
  ],
  [
    'a resource backend',
    { 37: '                backend: { resource: { kind: Bucket, name: b } }' },
    [
      37,
      38,
      'ingresses.0.spec.rules.0.http.paths.0.backend.resource',
      '`ingresses.0.spec.rules.0.http.paths.0.backend.resource` is not modelled; use a `service` backend',
    ],
  ],
  [
    'a relative path',
    { 35: '              - path: web' },
    [
      35,
      23,
      'ingresses.0.spec.rules.0.http.paths.0.path',
      '`ingresses.0.spec.rules.0.http.paths.0.path` must be an absolute path starting with \'/\', got string "web"',
    ],
  ],
  [
    'a note step of 0',
    { 48: '  - { step: 0, text: hello }' },
    [48, 13, 'notes.0.step', '`notes.0.step` must be 1 or more, got number 0'],
  ],
  [
    'a bad label key',
    { 14: '    - { name: ingress, node: node-1, labels: { -app: ingress } }' },
    [
      14,
      48,
      'cluster.pods.0.labels.-app',
      "key `-app` must be a label key: an optional DNS prefix and '/', then 1-63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
    ],
  ],
];

describe('diagnostics', () => {
  it.each(cases)('%s', (_name, lines, [line, column, path, message, severity]) => {
    const text = baseWith(lines);
    const result = loadScenario(text);
    const found = result.ok ? result.warnings : result.diagnostics;
    expect(result.ok).toBe(severity === 'warning');
    expect(found).toContainEqual({ message, path, line, column, severity: severity ?? 'error' });
    // The positioned parser for large files (js-yaml events) points at the same places.
    expect(loadScenario(text, { positioned: 'js-yaml' })).toEqual(result);
  });

  it('sorts diagnostics by position and reports every schema problem at once', () => {
    const result = loadScenario(
      baseWith({ 4: '  name: 42', 7: '  proxymode: x', 23: '      ports: [{ port: "80" }]' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => [d.line, d.column])).toEqual([
      [4, 9],
      [7, 3],
      [23, 23],
    ]);
  });
});
