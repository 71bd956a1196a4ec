// Public surface of model/: YAML text -> Scenario | Diagnostic[]. Other folders import from here,
// or from ./query (queries and types only: no loader, schema or YAML parser behind it).
// (Groups follow biome's export order: by module path.)

// Loading
export { formatDiagnostic } from './formatDiagnostic';
export type { LoadOptions } from './loadScenario';
export { loadScenario } from './loadScenario';
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
// Largest scenario file accepted (1 MiB, counted in UTF-8 bytes)
export { MAX_FILE_BYTES } from './parse/text';
// Queries over a resolved scenario (shared by the loader's cross-checks and the walk)
export type { Endpoint } from './query/endpoints';
export {
  findServicePort,
  loadBalancerPort,
  portEndpoints,
  resolveTargetPort,
  selects,
  serviceEndpoints,
} from './query/endpoints';
export type { IngressMatch } from './query/matchIngress';
export { matchIngress } from './query/matchIngress';
export { pathMatches, requestPath } from './query/paths';
export { serviceId } from './query/serviceId';
// JSON Schema of the file, generated from the zod schema (scripts/gen-schema.ts)
export { JSON_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from './schema/jsonSchema';
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
