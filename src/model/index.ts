// Public surface of model/: YAML text -> Scenario | Diagnostic[]. Other folders import from here only.

// Types
export type {
  ContainerPort,
  Diagnostic,
  Ingress,
  IngressBackend,
  IngressPath,
  IngressRule,
  LoadBalancer,
  LoadResult,
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
} from './types';

// Address arithmetic
export type { Cidr } from './net';
export {
  addToIPv4,
  blockSize,
  cidrContains,
  formatCidr,
  formatIPv4,
  hostPort,
  parseCidr,
  parseIPv4,
} from './net';
