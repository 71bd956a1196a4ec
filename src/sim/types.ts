/**
 * The trace: contract v1 (DESIGN.md, "Trace — contract v1"). `walk()` produces it, the CLI
 * prints it, the player steps through it and the diagram draws it. Every field of v1 keeps
 * its meaning; fields marked "(added)" are optional extras that v1 readers may ignore.
 */

/** Which picture of the network the walk follows. */
export type TraceModel = 'real' | 'naive';

/** The component that made a rewrite, spelled as contract v1 lists them. */
export type RewriteBy =
  | 'cloud load balancer'
  | 'kube-proxy (iptables)'
  | 'kube-proxy (ipvs)'
  | 'kube-proxy (nftables)'
  | 'cilium (eBPF)'
  | 'ingress controller';

/** One address translation, made at `at` before the leg it is attached to. */
export interface Rewrite {
  /** Entity id where it happens. */
  at: string;
  /** `proxy`: an L7 proxy closed one connection and opened another. */
  kind: 'DNAT' | 'SNAT' | 'proxy';
  /** `ip:port`; for `proxy`, `"src -> dst"` of each connection. */
  before: string;
  after: string;
  by: RewriteBy;
  /** What that component's own tooling would show (iptables-save lines, ipvsadm rows, ...). */
  rule?: string;
  /** (added) True on reply legs: this rewrite undoes a request-side translation (conntrack). */
  undo?: boolean;
  /** (added) `namespace/name` of the Service whose rule made it (kube-proxy, cilium and LB rewrites). */
  service?: string;
}

/** One leg of the walk. */
export interface Step {
  /** 1-based. */
  index: number;
  /** Entity ids: `client`, the LB's name, node names, pod names; `service/<name>` only in naive. */
  from: string;
  to: string;
  /** A hop in the quiz's sense (client -> LB is not; reply legs are not). */
  counted: boolean;
  /** Nodes crossed on the way, in order, other than `from` and `to` themselves. */
  via: string[];
  direction: 'request' | 'reply';
  /** `ip:port` on this leg, after the rewrites below. */
  packet: { src: string; dst: string };
  /** Translations made before this leg, in the order they were applied. */
  rewrites: Rewrite[];
  /** One or two sentences of narration. */
  note: string;
  /** (added) The hop number (1-based) when `counted`. */
  hop?: number;
}

/** (added) How the walk ended, for the outcome panel. */
export interface TraceEnd {
  kind: 'delivered' | 'dropped' | 'rejected' | 'http-error';
  /** Entity id where it ended (the receiving pod, or where it was dropped / answered). */
  at: string;
  /** The HTTP status for `http-error` (404, 503). */
  status?: number;
  by?: RewriteBy | 'kubelet' | 'kernel';
  /** The rule that dropped or rejected it, in that component's own format. */
  rule?: string;
}

/** The whole walk. */
export interface Trace {
  /** `metadata.name`. */
  scenario: string;
  model: TraceModel;
  delivered: boolean;
  /** e.g. "delivered to red-2", "404: no rule matches /x", "dropped: no healthy target". */
  outcome: string;
  /** Counted hops, from the load balancer on (the quiz's count). */
  hops: number;
  steps: Step[];
  /** (added) Structured form of `outcome`. */
  end?: TraceEnd;
}

/** Options of `walk()`. */
export interface WalkOptions {
  /** Default `real`. */
  model?: TraceModel;
  /** Append the reply legs. Default false. */
  reply?: boolean;
}
