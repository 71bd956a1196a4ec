// Public surface of sim/: Scenario -> Trace. Other folders import from here only.

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
