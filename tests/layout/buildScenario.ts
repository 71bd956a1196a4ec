/**
 * A small typed builder of resolved Scenarios for layout tests, applying contract v1's defaults
 * (node i: ip 10.0.0.10+i, podCIDR 10.244.0.0+256*i /24; pod IPs from .2 in file order), so the
 * layout tests do not depend on the loader.
 */
import type { Ingress, Pod, ProxyMode, Scenario, Service, TrafficPolicy } from '../../src/model';

// Address arithmetic, kept local so these fixtures depend on model types only.
function addToIPv4(ip: string, offset: number): string {
  const value = ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0) + offset;
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** A pod to place: name, node, `app` label. */
export interface PodSpec {
  name: string;
  node: string;
  app: string;
}

/** What a fixture varies. */
export interface ScenarioSpec {
  nodes: string[];
  pods: PodSpec[];
  proxyMode?: ProxyMode;
  policy?: TrafficPolicy;
  targets?: string[];
  /** Extra ClusterIP Services selecting `app: <name>`. */
  apps?: string[];
}

function service(
  name: string,
  app: string,
  clusterIP: string,
  nodePort?: number,
  policy?: TrafficPolicy,
): Service {
  return {
    name,
    namespace: 'default',
    type: nodePort ? 'NodePort' : 'ClusterIP',
    clusterIP,
    selector: { app },
    externalTrafficPolicy: policy ?? 'Cluster',
    ports: [
      {
        protocol: 'TCP',
        port: 80,
        targetPort: nodePort ? 80 : 8080,
        ...(nodePort ? { nodePort } : {}),
      },
    ],
    annotations: {},
  };
}

function pods(spec: ScenarioSpec): Pod[] {
  const used = new Map<string, number>();
  return spec.pods.map((p) => {
    const index = spec.nodes.indexOf(p.node) + 1;
    const next = (used.get(p.node) ?? 1) + 1;
    used.set(p.node, next);
    return {
      name: p.name,
      node: p.node,
      ip: addToIPv4('10.244.0.0', 256 * index + next),
      labels: { app: p.app },
      ports: [],
    };
  });
}

function nodes(names: string[]): Scenario['cluster']['nodes'] {
  return names.map((name, i) => ({
    name,
    ip: addToIPv4('10.0.0.10', i + 1),
    podCIDR: `${addToIPv4('10.244.0.0', 256 * (i + 1))}/24`,
    bridgeIP: addToIPv4('10.244.0.1', 256 * (i + 1)),
  }));
}

// One Ingress: `/testpath` to the `red` Service.
const INGRESS: Ingress = {
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
};

/**
 * Builds a resolved Scenario.
 * @param spec - nodes, pods and options
 */
export function buildScenario(spec: ScenarioSpec): Scenario {
  const apps = spec.apps ?? ['red'];
  const services = [
    service('ingress-nginx', 'ingress-nginx', '10.96.0.2', 32000, spec.policy),
    ...apps.map((app, i) => service(app, app, `10.96.0.${10 + i}`)),
  ];
  const lb = { name: 'cloud-lb', ip: '203.0.113.10', port: 80, service: 'ingress-nginx' };
  return {
    apiVersion: 'packetwalk/v1',
    kind: 'Scenario',
    metadata: { name: 'fixture', title: 'fixture' },
    cluster: {
      proxyMode: spec.proxyMode ?? 'iptables',
      clusterCIDR: '10.244.0.0/16',
      nodes: nodes(spec.nodes),
      pods: pods(spec),
    },
    services,
    ingresses: [structuredClone(INGRESS)],
    ingressController: { service: 'ingress-nginx' },
    loadBalancer: {
      ...lb,
      targets: spec.targets ?? spec.nodes,
      preserveClientIP: true,
      healthCheck: true,
    },
    request: { client: { ip: '198.51.100.7', port: 51515 }, path: '/testpath', choose: {} },
    notes: [],
  };
}
