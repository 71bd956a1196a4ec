// Public surface of sim/: Scenario -> Trace. Other folders import from here only.

export type { Endpoint } from './cluster/endpoints';
export { portEndpoints, resolveTargetPort, serviceEndpoints } from './cluster/endpoints';
export { base32 } from './hash/base32';
export { ephemeralPort, fnv1a32 } from './hash/fnv';
export { sha256, toHex } from './hash/sha256';
export type { IngressMatch } from './ingress/matchIngress';
// Helpers for the loader's cross-checks and the diagram's rule tables
export { matchIngress } from './ingress/matchIngress';
export { pathMatches, requestPath } from './ingress/paths';
// kube-proxy naming (DOMAIN.md §2.4) and the hashing behind it
export {
  iptablesEndpointHash,
  iptablesServiceHash,
  nftablesBase,
  nftablesEndpointBase,
  nftablesHashed,
  servicePortName,
} from './rules/chainNames';
export type { NodeRuleEntry, NodeRules } from './rulesOnNode';
export { rulesOnNode } from './rulesOnNode';
// Types
export type {
  Rewrite,
  RewriteBy,
  Step,
  Trace,
  TraceEnd,
  TraceModel,
  WalkOptions,
} from './types';
// The walk
export { walk } from './walk/walk';
