/**
 * The resolved scenario: what `loadScenario` returns once a YAML file has been parsed,
 * validated, defaulted and cross-checked. Every default of contract v1 (DESIGN.md,
 * "Scenario file — contract v1") is already applied, every reference already resolved
 * to a name that exists, so `sim/` and `layout/` never have to re-check anything.
 *
 * Field names follow the file format; additions made here are marked "(added)".
 */

/** How the node rewrites NodePort / ClusterIP traffic (DOMAIN.md §2-§4). */
export type ProxyMode = 'iptables' | 'ipvs' | 'nftables' | 'ebpf';
/** Service `spec.externalTrafficPolicy` (DOMAIN.md §5). */
export type TrafficPolicy = 'Cluster' | 'Local';
/** Service `spec.type`; ExternalName is not modelled. */
export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer';
/** Ingress v1 `pathType`; ImplementationSpecific is treated as Prefix (DOMAIN.md §8). */
export type PathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';

/** `metadata` of the scenario. */
export interface ScenarioMeta {
  /** DNS-1123 label; the scenario's id (`?scenario=` in the app). */
  name: string;
  /** Defaults to `name`. */
  title: string;
  /** The question the scenario answers, shown above the diagram. */
  question?: string;
  /** (added) A longer explanation, plain text. */
  description?: string;
}

/** A cluster node. */
export interface Node {
  /** Unique entity id. */
  name: string;
  /** Default `10.0.0.10 + i` (1-based position, address arithmetic). */
  ip: string;
  /** Default `10.244.0.0 + 256*i` as a /24. Always in canonical `a.b.c.d/len` form. */
  podCIDR: string;
  /** (added) The bridge (`cni0`) address: the first host address of `podCIDR` (the `.1`). */
  bridgeIP: string;
}

/** A container port a pod exposes; lets a Service use a named `targetPort` (added). */
export interface ContainerPort {
  name?: string;
  containerPort: number;
}

/** A pod. All pods are Running and Ready. */
export interface Pod {
  /** Unique entity id. */
  name: string;
  /** Name of the node it runs on (resolved). */
  node: string;
  /** Default: next free address from `.2` in the node's podCIDR, in file order. */
  ip: string;
  labels: Record<string, string>;
  /** (added) Optional named ports, for `targetPort: <name>`. */
  ports: ContainerPort[];
}

/** One entry of a Service's `spec.ports`. */
export interface ServicePort {
  /** Port name; required by Kubernetes when a Service has several ports. */
  name?: string;
  /** Always `TCP` in v1. */
  protocol: 'TCP';
  port: number;
  /** Default: `port`. A string names a container port (resolved per pod by the walk). */
  targetPort: number | string;
  /** NodePort/LoadBalancer only; 30000-32767. Default: a stable free port derived from the name. */
  nodePort?: number;
}

/** A Kubernetes Service (the fields PacketWalk reads; everything else in a pasted manifest is ignored). */
export interface Service {
  name: string;
  /** Default `default`. */
  namespace: string;
  type: ServiceType;
  /** Default: a stable address in 10.96.0.0/12 derived from `namespace/name`. */
  clusterIP: string;
  /** No selector means no endpoints. */
  selector?: Record<string, string>;
  /** Default `Cluster`. */
  externalTrafficPolicy: TrafficPolicy;
  ports: ServicePort[];
  annotations: Record<string, string>;
}

/** An Ingress backend (`service` form only). */
export interface IngressBackend {
  service: { name: string; port: { number?: number; name?: string } };
}

/** One `http.paths` entry. */
export interface IngressPath {
  /** Default `/`. */
  path: string;
  pathType: PathType;
  backend: IngressBackend;
}

/** One `spec.rules` entry. */
export interface IngressRule {
  /** Exact host or a `*.` wildcard; absent matches every host. */
  host?: string;
  paths: IngressPath[];
}

/** A networking.k8s.io/v1 Ingress. */
export interface Ingress {
  name: string;
  namespace: string;
  annotations: Record<string, string>;
  ingressClassName?: string;
  defaultBackend?: IngressBackend;
  rules: IngressRule[];
  /** (added) `nginx.ingress.kubernetes.io/service-upstream: "true"` is set (DOMAIN.md §8). */
  serviceUpstream: boolean;
}

/** The cloud load balancer in front of the cluster (DOMAIN.md §9). */
export interface LoadBalancer {
  /** Entity id; default `cloud-lb`. */
  name: string;
  /** Default `203.0.113.10`. */
  ip: string;
  /** Default 80. */
  port: number;
  /** The NodePort/LoadBalancer Service it forwards to (its nodePort is the target port). */
  service: string;
  /** Node names, default: every node, in node order. */
  targets: string[];
  /** Default true (pass-through L4). false: the LB's own IP becomes the source. */
  preserveClientIP: boolean;
  /** Default true: under Local policy, a node without a local endpoint fails the check. */
  healthCheck: boolean;
}

/** The client and what it asks for. */
export interface Request {
  /** Default `198.51.100.7:51515`. */
  client: { ip: string; port: number };
  /** Default `/`. */
  path: string;
  host?: string;
  /** Which candidate each choice takes; absent: the first candidate in file order. */
  choose: { target?: string; ingressPod?: string; endpoint?: string };
}

/** A presenter note attached to a step number. */
export interface Note {
  step: number;
  text: string;
}

/** A fully resolved, valid scenario. */
export interface Scenario {
  apiVersion: 'packetwalk/v1';
  kind: 'Scenario';
  metadata: ScenarioMeta;
  cluster: {
    /** Default `iptables`. */
    proxyMode: ProxyMode;
    /** (added) The cluster-wide pod CIDR, default `10.244.0.0/16` (used in `! -s` masquerade rules). */
    clusterCIDR: string;
    nodes: Node[];
    pods: Pod[];
  };
  services: Service[];
  ingresses: Ingress[];
  ingressController: { service: string };
  loadBalancer: LoadBalancer;
  request: Request;
  notes: Note[];
}

/** A problem found while loading a scenario. Lines and columns are 1-based. */
export interface Diagnostic {
  /** One sentence, naming the field and, for unknown fields, the closest known name. */
  message: string;
  /** Path of the offending field, e.g. `services.1.spec.ports.0.nodePort`; empty for the whole file. */
  path: string;
  line: number;
  column: number;
  /** `error` stops the scenario from loading; `warning` does not. Default `error`. */
  severity: 'error' | 'warning';
}

/** What `loadScenario` returns: never throws on user input. */
export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };
