/**
 * The Playground's scenario as data: the quiz's cluster (4 nodes, a cloud LB, ingress-nginx
 * on NodePort 32000, app red behind a ClusterIP Service) with the knobs the controls turn.
 * It becomes YAML text with `yaml`'s stringify and is loaded with `loadScenario`, exactly
 * like a user's file, so a combination the loader refuses shows its diagnostics.
 */
import { stringify } from 'yaml';
import type { ProxyMode, TrafficPolicy } from '../../../src/model';

/** The file name the Playground's diagnostics cite. */
export const PLAYGROUND_FILE = 'playground.yaml';

/** The cluster's nodes. */
export const PLAYGROUND_NODES = ['node-1', 'node-2', 'node-3', 'node-4'] as const;

/** Where red replicas go, in order (red-1 on node-2 and red-2 on node-4, as in the quiz). */
const RED_PLACEMENT = ['node-2', 'node-4', 'node-1', 'node-3'] as const;

/** The most red replicas the control offers. */
export const MAX_RED_REPLICAS = 8;

/** The annotation that makes ingress-nginx connect to the ClusterIP instead of a pod. */
export const SERVICE_UPSTREAM = 'nginx.ingress.kubernetes.io/service-upstream';

/** The knobs of the Playground. */
export interface PlaygroundOptions {
  /** kube-proxy's mode (or Cilium's eBPF). */
  proxyMode: ProxyMode;
  /** The ingress controller Service's policy. */
  externalTrafficPolicy: TrafficPolicy;
  /** The nodes the cloud load balancer sends to (none: an invalid file). */
  lbTargets: readonly string[];
  /** The node the ingress controller pod runs on. */
  ingressNode: string;
  /** How many pods of app red (0: the Service has no endpoints). */
  redReplicas: number;
  /** The request's path; the Ingress routes `/testpath` (Prefix). */
  requestPath: string;
  /** ingress-nginx's service-upstream annotation on the Ingress. */
  serviceUpstream: boolean;
  /** `request.choose.target`: the LB target to take; empty: the first candidate. */
  chooseTarget: string;
}

/** The quiz's settings. */
export const QUIZ_OPTIONS: PlaygroundOptions = {
  proxyMode: 'iptables',
  externalTrafficPolicy: 'Cluster',
  lbTargets: ['node-3', 'node-4'],
  ingressNode: 'node-1',
  redReplicas: 2,
  requestPath: '/testpath',
  serviceUpstream: false,
  chooseTarget: '',
};

const INGRESS_LABELS = { 'app.kubernetes.io/name': 'ingress-nginx' };
const INGRESS_SERVICE = 'ingress-nginx/ingress-nginx-controller';

function redPods(count: number) {
  const n = Number.isFinite(count) ? Math.max(0, Math.min(MAX_RED_REPLICAS, Math.floor(count))) : 0;
  return Array.from({ length: n }, (_, i) => ({
    name: `red-${i + 1}`,
    node: RED_PLACEMENT[i % RED_PLACEMENT.length],
    labels: { app: 'red' },
  }));
}

function services(policy: TrafficPolicy) {
  return [
    {
      metadata: { name: 'ingress-nginx-controller', namespace: 'ingress-nginx' },
      spec: {
        type: 'NodePort',
        selector: INGRESS_LABELS,
        externalTrafficPolicy: policy,
        ports: [{ name: 'http', port: 80, targetPort: 80, nodePort: 32000 }],
      },
    },
    {
      metadata: { name: 'red' },
      spec: { selector: { app: 'red' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
    },
  ];
}

function ingress(serviceUpstream: boolean) {
  const metadata = serviceUpstream
    ? { name: 'minimal-ingress', annotations: { [SERVICE_UPSTREAM]: 'true' } }
    : { name: 'minimal-ingress' };
  const backend = { service: { name: 'red', port: { number: 80 } } };
  const paths = [{ path: '/testpath', pathType: 'Prefix', backend }];
  return { metadata, spec: { ingressClassName: 'nginx', rules: [{ http: { paths } }] } };
}

/**
 * The scenario file's data for a set of knobs.
 * @param options - the Playground's knobs
 * @returns plain data in the scenario file's shape (contract v1)
 */
export function playgroundData(options: PlaygroundOptions): Record<string, unknown> {
  const request: Record<string, unknown> = {
    client: { ip: '203.0.113.50', port: 51000 },
    path: options.requestPath,
  };
  if (options.chooseTarget !== '') request.choose = { target: options.chooseTarget };
  return {
    apiVersion: 'packetwalk/v1',
    kind: 'Scenario',
    metadata: {
      name: 'playground',
      title: 'Playground',
      question: 'How many hops from the load balancer to the pod?',
    },
    cluster: {
      proxyMode: options.proxyMode,
      nodes: PLAYGROUND_NODES.map((name, i) => ({
        name,
        ip: `192.168.10.${11 + i}`,
        podCIDR: `10.244.${i + 1}.0/24`,
      })),
      pods: [
        { name: 'ingress-nginx-controller', node: options.ingressNode, labels: INGRESS_LABELS },
        ...redPods(options.redReplicas),
      ],
    },
    services: services(options.externalTrafficPolicy),
    ingresses: [ingress(options.serviceUpstream)],
    ingressController: { service: INGRESS_SERVICE },
    loadBalancer: {
      name: 'cloud-lb',
      ip: '198.51.100.10',
      port: 80,
      service: INGRESS_SERVICE,
      targets: [...options.lbTargets],
    },
    request,
  };
}

/**
 * The scenario file's text for a set of knobs.
 * @param options - the Playground's knobs
 * @returns YAML text, as a user would write it
 */
export function playgroundYaml(options: PlaygroundOptions): string {
  return stringify(playgroundData(options), { lineWidth: 0, aliasDuplicateObjects: false });
}
