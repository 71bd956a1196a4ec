/**
 * What the rule-text renderers are given: one translation, described with the names and
 * addresses each proxy mode's own tooling would print.
 */
import type { Endpoint, Node, Service, ServicePort, TrafficPolicy } from '../../model/query';
import type { RewriteBy } from '../types';

/** A Service port and the name kube-proxy gives it (`ns/name` + `:port` when named). */
export interface ServicePortView {
  service: Service;
  port: ServicePort;
  /** e.g. `default/red:http`. */
  name: string;
}

/** A DNAT to an endpoint, through a NodePort or a ClusterIP. */
export interface DnatView {
  svc: ServicePortView;
  kind: 'NodePort' | 'ClusterIP';
  /** The address the packet was sent to: `nodeIP:nodePort` or `clusterIP:port`. */
  frontend: { ip: string; port: number };
  /** NodePort only: the Service's externalTrafficPolicy. */
  policy: TrafficPolicy;
  /** The endpoints this node's rules choose from (under Local: this node's only). */
  endpoints: Endpoint[];
  /** Index into `endpoints` of the one taken. */
  chosen: number;
  /** The node whose rules these are. */
  node: Node;
  /** The cluster's pod CIDR (`! -s` in masquerade rules). */
  clusterCIDR: string;
}

/** A masquerade (SNAT) of the source on the way out of a node. */
export interface SnatView {
  node: Node;
  /** `ip:port` before and after. */
  before: string;
  after: string;
  /** Destination after DNAT, `ip:port`. */
  dst: string;
  /** `node`: toward another node, the node IP; `bridge`: toward a local pod, the cni0 address. */
  egress: 'node' | 'bridge';
}

/** A NodePort that cannot be served on this node. */
export interface RefusalView {
  svc: ServicePortView;
  node: Node;
  nodePort: number;
}

/** One proxy mode's rule text (DOMAIN.md §2-§4). */
export interface ProxyRules {
  by: RewriteBy;
  /** Rules that DNAT a NodePort or ClusterIP packet to the chosen endpoint. */
  dnat(view: DnatView): string;
  /** Rules that masquerade the source. */
  snat(view: SnatView): string;
  /** The Service has no endpoints at all. */
  reject(view: RefusalView): string;
  /** externalTrafficPolicy Local and no endpoint on this node. */
  dropNoLocal(view: RefusalView): string;
}
