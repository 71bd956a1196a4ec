/**
 * A small valid scenario, line by line, so that table-driven tests can replace one line
 * and expect a diagnostic at an exact line and column.
 */
import { expect } from 'vitest';
import type { Diagnostic, LoadResult, Scenario } from '../../src/model';
import { loadScenario } from '../../src/model';

/** The base scenario; `BASE[n - 1]` is line n. */
export const BASE: readonly string[] = [
  'apiVersion: packetwalk/v1',
  'kind: Scenario',
  'metadata:',
  '  name: mini',
  '  title: Mini',
  'cluster:',
  '  proxyMode: iptables',
  '  nodes:',
  '    - name: node-1',
  '    - name: node-2',
  '      ip: 10.0.0.12',
  '      podCIDR: 10.244.2.0/24',
  '  pods:',
  '    - { name: ingress, node: node-1, labels: { app: ingress } }',
  '    - { name: web-1, node: node-2, labels: { app: web } }',
  '    - { name: web-2, node: node-2, labels: { app: web }, ip: 10.244.2.9 }',
  'services:',
  '  - metadata: { name: ingress }',
  '    spec:',
  '      type: NodePort',
  '      selector: { app: ingress }',
  '      externalTrafficPolicy: Cluster',
  '      ports: [{ port: 80, targetPort: 80, nodePort: 30080 }]',
  '  - metadata: { name: web }',
  '    spec:',
  '      clusterIP: 10.96.100.1',
  '      selector: { app: web }',
  '      ports: [{ name: http, port: 80, targetPort: 8080 }]',
  'ingresses:',
  '  - metadata: { name: web }',
  '    spec:',
  '      rules:',
  '        - http:',
  '            paths:',
  '              - path: /web',
  '                pathType: Prefix',
  '                backend: { service: { name: web, port: { number: 80 } } }',
  'ingressController:',
  '  service: ingress',
  'loadBalancer:',
  '  service: ingress',
  '  targets: [node-1, node-2]',
  '  healthCheck: true',
  'request:',
  '  path: /web',
  '  choose: { target: node-1, ingressPod: ingress, endpoint: web-1 }',
  'notes:',
  '  - { step: 1, text: hello }',
];

/**
 * The base scenario with some lines replaced (1-based line numbers; the count stays).
 * @param lines - replacement text by line number
 * @returns the file's text
 */
export function baseWith(lines: Record<number, string> = {}): string {
  return `${BASE.map((line, i) => lines[i + 1] ?? line).join('\n')}\n`;
}

/** Loads a text and fails the test unless it loads. */
export function mustLoad(text: string): { scenario: Scenario; warnings: Diagnostic[] } {
  const result = loadScenario(text);
  if (!result.ok)
    expect.fail(`expected the scenario to load:\n${JSON.stringify(result.diagnostics, null, 2)}`);
  return result;
}

/** Loads a text and fails the test if it loads; returns the diagnostics. */
export function mustFail(text: string): Diagnostic[] {
  const result: LoadResult = loadScenario(text);
  if (result.ok) expect.fail('expected diagnostics, the scenario loaded');
  return result.diagnostics;
}
