/**
 * The light-weight public surface of model/: queries over a resolved scenario, with no loader,
 * schema or YAML parser behind them. The walk (sim/) imports from here so that the app's first
 * load, which gets its scenarios pre-parsed, never pulls zod and the YAML parsers in.
 * `fnv1a32` (the hash behind default ClusterIPs) is here too: the walk derives its
 * ephemeral ports from it.
 */

export { fnv1a32 } from '../resolve/hash';
export type {
  ContainerPort,
  Ingress,
  IngressBackend,
  IngressPath,
  IngressRule,
  LoadBalancer,
  Node,
  Note,
  PathType,
  Pod,
  ProxyMode,
  Request,
  Scenario,
  ScenarioMeta,
  Service,
  ServicePort,
  ServiceType,
  TrafficPolicy,
} from '../types';
export type { Endpoint } from './endpoints';
export {
  findServicePort,
  loadBalancerPort,
  portEndpoints,
  resolveTargetPort,
  selects,
  serviceEndpoints,
} from './endpoints';
export type { ScenarioIndex } from './lookup';
export { createScenarioIndex, findService } from './lookup';
export type { IngressMatch } from './matchIngress';
export { matchIngress } from './matchIngress';
export { pathMatches, requestPath } from './paths';
export { serviceId } from './serviceId';
