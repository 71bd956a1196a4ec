/**
 * The light-weight public surface of model/: queries over a resolved scenario, with no loader,
 * schema or YAML parser behind them. The walk (sim/) imports from here so that the app's first
 * load, which gets its scenarios pre-parsed, never pulls zod and the YAML parsers in.
 */

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
export type { IngressMatch } from './matchIngress';
export { matchIngress } from './matchIngress';
export { pathMatches, requestPath } from './paths';
export { serviceId } from './serviceId';
