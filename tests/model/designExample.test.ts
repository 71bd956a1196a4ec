/**
 * The example of DESIGN.md ("Scenario file — contract v1"), verbatim, loads with exactly
 * the documented defaults.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mustLoad } from './helpers';

const text = readFileSync(new URL('./fixtures/design-example.yaml', import.meta.url), 'utf8');
const { scenario, warnings } = mustLoad(text);

describe('the DESIGN.md example', () => {
  it('loads without warnings and keeps the header', () => {
    expect(warnings).toEqual([]);
    expect(scenario.apiVersion).toBe('packetwalk/v1');
    expect(scenario.kind).toBe('Scenario');
    expect(scenario.metadata).toEqual({
      name: 'rabbit-hole',
      title: 'Down the rabbit hole',
      question: 'How many hops from the load balancer to the pod?',
    });
    expect(scenario.cluster.proxyMode).toBe('iptables');
    expect(scenario.cluster.clusterCIDR).toBe('10.244.0.0/16');
  });

  it('numbers the nodes by position and keeps node-3 explicit', () => {
    expect(scenario.cluster.nodes).toEqual([
      { name: 'node-1', ip: '10.0.0.11', podCIDR: '10.244.1.0/24', bridgeIP: '10.244.1.1' },
      { name: 'node-2', ip: '10.0.0.12', podCIDR: '10.244.2.0/24', bridgeIP: '10.244.2.1' },
      { name: 'node-3', ip: '10.0.0.13', podCIDR: '10.244.3.0/24', bridgeIP: '10.244.3.1' },
      { name: 'node-4', ip: '10.0.0.14', podCIDR: '10.244.4.0/24', bridgeIP: '10.244.4.1' },
    ]);
  });

  it('gives pods the next free address from .2 and keeps red-2 at 10.244.4.7', () => {
    expect(scenario.cluster.pods).toEqual([
      {
        name: 'ingress-nginx-controller',
        node: 'node-1',
        ip: '10.244.1.2',
        labels: { app: 'ingress-nginx' },
        ports: [],
      },
      { name: 'red-1', node: 'node-2', ip: '10.244.2.2', labels: { app: 'red' }, ports: [] },
      { name: 'red-2', node: 'node-4', ip: '10.244.4.7', labels: { app: 'red' }, ports: [] },
    ]);
  });

  it('resolves both Services with their defaults', () => {
    const [nginx, red] = scenario.services;
    expect(nginx).toMatchObject({
      name: 'ingress-nginx',
      namespace: 'default',
      type: 'NodePort',
      selector: { app: 'ingress-nginx' },
      externalTrafficPolicy: 'Cluster',
      ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 32000 }],
      annotations: {},
    });
    expect(nginx?.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
    expect(red).toEqual({
      name: 'red',
      namespace: 'default',
      type: 'ClusterIP',
      clusterIP: '10.96.0.10',
      selector: { app: 'red' },
      externalTrafficPolicy: 'Cluster',
      ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
      annotations: {},
    });
  });

  it('resolves the Ingress', () => {
    expect(scenario.ingresses).toEqual([
      {
        name: 'minimal-ingress',
        namespace: 'default',
        annotations: {},
        rules: [
          {
            paths: [
              {
                path: '/testpath',
                pathType: 'Prefix',
                backend: { service: { name: 'red', port: { number: 80 } } },
              },
            ],
          },
        ],
        serviceUpstream: false,
      },
    ]);
  });

  it('keeps the load balancer, request and notes as written', () => {
    expect(scenario.ingressController).toEqual({ service: 'ingress-nginx' });
    expect(scenario.loadBalancer).toEqual({
      name: 'cloud-lb',
      ip: '203.0.113.10',
      port: 80,
      service: 'ingress-nginx',
      targets: ['node-3', 'node-4'],
      preserveClientIP: true,
      healthCheck: true,
    });
    expect(scenario.request).toEqual({
      client: { ip: '198.51.100.7', port: 51515 },
      path: '/testpath',
      host: 'example.com',
      choose: { target: 'node-3', ingressPod: 'ingress-nginx-controller', endpoint: 'red-2' },
    });
    expect(scenario.notes).toEqual([
      { step: 1, text: 'The load balancer only knows node-3 and node-4.' },
    ]);
  });
});
