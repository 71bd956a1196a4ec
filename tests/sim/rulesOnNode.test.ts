import { describe, expect, it } from 'vitest';
import { rulesOnNode } from '../../src/sim';
import { domainScenario } from './fixtures';

describe('rulesOnNode', () => {
  it('lists a ClusterIP entry per Service port and a NodePort entry per NodePort Service port', () => {
    const table = rulesOnNode(domainScenario(), 'node-3');
    expect(table?.node).toBe('node-3');
    expect(table?.by).toBe('kube-proxy (iptables)');
    expect(table?.entries).toEqual([
      {
        service: 'ingress-nginx/ingress-nginx-controller:http',
        kind: 'ClusterIP',
        frontend: '10.96.120.10:80',
        endpoints: ['10.244.1.5:80'],
        moreEndpoints: 0,
        localOnly: false,
      },
      {
        service: 'ingress-nginx/ingress-nginx-controller:http',
        kind: 'NodePort',
        frontend: '192.168.10.13:32000',
        endpoints: ['10.244.1.5:80'],
        moreEndpoints: 0,
        localOnly: false,
      },
      {
        service: 'default/red:http',
        kind: 'ClusterIP',
        frontend: '10.96.45.20:80',
        endpoints: ['10.244.2.7:8080', '10.244.3.8:8080'],
        moreEndpoints: 0,
        localOnly: false,
      },
    ]);
  });

  it('keeps only the local endpoints of a NodePort under Local', () => {
    const s = domainScenario({ policy: 'Local', controller: { node: 4, ip: '10.244.4.5' } });
    const nodePort = (node: string) =>
      rulesOnNode(s, node)?.entries.find((e) => e.kind === 'NodePort');
    expect(nodePort('node-4')).toMatchObject({
      endpoints: ['10.244.4.5:80'],
      localOnly: true,
      frontend: '192.168.10.14:32000',
    });
    expect(nodePort('node-3')).toMatchObject({ endpoints: [], localOnly: true });
  });

  it('names the datapath of the proxy mode, and knows no unknown node', () => {
    expect(rulesOnNode(domainScenario({ mode: 'ebpf' }), 'node-1')?.by).toBe('cilium (eBPF)');
    expect(rulesOnNode(domainScenario(), 'node-9')).toBeUndefined();
  });

  it('caps the endpoint list at 8 and counts the rest', () => {
    const s = domainScenario({ red: [] });
    for (let i = 0; i < 20; i++)
      s.cluster.pods.push({
        name: `red-${i}`,
        node: 'node-2',
        ip: `10.244.2.${10 + i}`,
        labels: { app: 'red' },
        ports: [],
      });
    const red = rulesOnNode(s, 'node-1')?.entries.find((e) => e.service === 'default/red:http');
    expect(red?.endpoints).toHaveLength(8);
    expect(red?.moreEndpoints).toBe(12);
  });
});
