// Public surface of sim/: Scenario -> Trace. Other folders import from here only.

// Scenario queries the walk uses, defined in model/ and re-exported for sim's callers
export type { Endpoint, IngressMatch } from '../model/query';
export {
  matchIngress,
  pathMatches,
  portEndpoints,
  requestPath,
  resolveTargetPort,
  serviceEndpoints,
} from '../model/query';
export { base32 } from './hash/base32';
export { ephemeralPort, fnv1a32 } from './hash/fnv';
export { sha256, toHex } from './hash/sha256';
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
