/**
 * A small typed builder of resolved Scenarios for the walk's unit tests: DOMAIN.md §10's
 * cluster with its own addresses (client 203.0.113.50:51000, LB VIP 198.51.100.10:80), and
 * the piece builders of builders.ts, re-exported.
 */
import type { Ingress, Pod, ProxyMode, Scenario, Service, TrafficPolicy } from '../../src/model';
import { backend, controllerService, ingress, node, pod, redService } from './builders';

export {
  backend,
  controllerService,
  ingress,
  node,
  pod,
  port,
  redService,
  service,
} from './builders';

/** Knobs of {@link domainScenario}. */
export interface DomainOptions {
  policy?: TrafficPolicy;
  mode?: ProxyMode;
  /** Node index and IP of the single controller pod; default node-1, 10.244.1.5 (§10.A). */
  controller?: { node: number; ip: string } | null;
  /** Default: red-1 10.244.2.7 on node-2 and red-2 10.244.3.8 on node-3 (§1). */
  red?: Pod[];
  targets?: string[];
  choose?: Scenario['request']['choose'];
  preserveClientIP?: boolean;
  healthCheck?: boolean;
  serviceUpstream?: boolean;
  path?: string;
  host?: string;
  ingresses?: Ingress[];
  services?: Service[];
}

const RED: Pod[] = [
  pod('red-1', 2, '10.244.2.7', { app: 'red' }),
  pod('red-2', 3, '10.244.3.8', { app: 'red' }),
];

/**
 * DOMAIN.md §10's cluster: 4 nodes, one ingress-nginx pod, app red, Ingress `/path` -> red,
 * an LB on 198.51.100.10:80 targeting node-3 and node-4.
 * @param o - what to change
 */
export function domainScenario(o: DomainOptions = {}): Scenario {
  const ctrl = o.controller === undefined ? { node: 1, ip: '10.244.1.5' } : o.controller;
  const ctrlPods = ctrl
    ? [
        pod('ingress-nginx-controller', ctrl.node, ctrl.ip, {
          'app.kubernetes.io/name': 'ingress-nginx',
        }),
      ]
    : [];
  const paths = [{ path: '/path', pathType: 'Prefix' as const, backend: backend('red') }];
  const ing = ingress({
    name: 'red',
    rules: [{ paths }],
    serviceUpstream: o.serviceUpstream ?? false,
  });
  return {
    apiVersion: 'packetwalk/v1',
    kind: 'Scenario',
    metadata: { name: 'domain', title: 'DOMAIN.md §10' },
    cluster: {
      proxyMode: o.mode ?? 'iptables',
      clusterCIDR: '10.244.0.0/16',
      nodes: [1, 2, 3, 4].map(node),
      pods: [...ctrlPods, ...(o.red ?? RED)],
    },
    services: o.services ?? [controllerService(o.policy), redService()],
    ingresses: o.ingresses ?? [ing],
    ingressController: { service: 'ingress-nginx/ingress-nginx-controller' },
    loadBalancer: loadBalancer(o),
    request: {
      client: { ip: '203.0.113.50', port: 51000 },
      path: o.path ?? '/path',
      ...(o.host ? { host: o.host } : {}),
      choose: o.choose ?? {},
    },
    notes: [],
  };
}

/** DOMAIN.md §1's load balancer: VIP 198.51.100.10:80, targets node-3 and node-4. */
function loadBalancer(o: DomainOptions): Scenario['loadBalancer'] {
  return {
    name: 'cloud-lb',
    ip: '198.51.100.10',
    port: 80,
    service: 'ingress-nginx/ingress-nginx-controller',
    targets: o.targets ?? ['node-3', 'node-4'],
    preserveClientIP: o.preserveClientIP ?? true,
    healthCheck: o.healthCheck ?? true,
  };
}
