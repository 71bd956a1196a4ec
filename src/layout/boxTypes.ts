/**
 * The boxes a layout is made of. Every number is in canvas units (the SVG viewBox), rounded to
 * 0.5 so snapshots are stable.
 */
import type { NodeDetail, PodDetail, Point, Rect, TextLine } from './primitives';

export type {
  FontRole,
  FontSpec,
  NodeDetail,
  PodDetail,
  Point,
  Rect,
  TextLine,
} from './primitives';

/** What an entity is. */
export type EntityKind = 'client' | 'loadBalancer' | 'node' | 'pod' | 'service';

/** The part of every drawn entity that routes and the packet need. */
export interface EntityBox extends Rect {
  /** Entity id as the trace uses it (`client`, LB name, node name, pod name, `service/<name>`). */
  id: string;
  kind: EntityKind;
  /** Centre of the packet card while it waits at this entity (never over the entity's name). */
  rest: Point;
  /** Where links and routes attach (node: its port; pod: top centre; LB: bottom centre). */
  anchor: Point;
}

/** A small pill drawn on a card, e.g. `ingress controller`. */
export interface Badge extends Rect {
  label: TextLine;
}

/** A titled card: the client, the load balancer, a naive Service box. */
export interface CardBox extends EntityBox {
  /** Title first, then address lines. */
  labels: TextLine[];
  /** Drawn dashed: the naive picture's imaginary Service box. */
  dashed: boolean;
  /** SVG path of the packet's way through the card (load balancer: left edge to uplink), or `null`. */
  lane: string | null;
}

/** A pod, inside its node. */
export interface PodBox extends EntityBox {
  kind: 'pod';
  node: string;
  ip: string;
  detail: PodDetail;
  /** Name, then IP (cards); name only (chips); nothing (dots). */
  labels: TextLine[];
  /** A pod of the ingress controller's Service. */
  ingressController: boolean;
  /** The `ingress controller` badge; `null` when not one, or no room (then mark it by colour). */
  badge: Badge | null;
  /** Column and row inside the node's pod grid (column-major). */
  column: number;
  row: number;
}

/** One Service rule as programmed on a node (kube-proxy / eBPF). */
export interface RuleLine extends Rect {
  /** `rule:<node>:<namespace>/<service>`: highlight it when this rule fires. */
  id: string;
  /** `<namespace>/<service>`. */
  service: string;
  kind: 'NodePort' | 'ClusterIP';
  /** Endpoints this rule may pick on this node (Local: only the node's own). */
  endpoints: number;
  /** `externalTrafficPolicy: Local` on a NodePort rule. */
  localOnly: boolean;
  /** Text lines (none at `minimal` detail: the rule is a thin stripe). */
  lines: TextLine[];
}

/** The rule table drawn inside a node. */
export interface RulePanel extends Rect {
  /** e.g. `kube-proxy (iptables)` or `eBPF (cilium)`; `null` when there is no room. */
  title: TextLine | null;
  rules: RuleLine[];
  /** Rules left out for lack of room (then `more` says so). */
  hidden: number;
  more: TextLine | null;
}

/** The cni0 bridge: a vertical lane inside the node from its port down to the pod rows. */
export interface BridgeLane {
  x: number;
  y1: number;
  y2: number;
  /** SVG path of the lane. */
  d: string;
}

/** A cluster node. */
export interface NodeBox extends EntityBox {
  kind: 'node';
  detail: NodeDetail;
  /** Same as `anchor`: the point on the top edge where its link arrives. */
  port: Point;
  /** Grid position. */
  row: number;
  column: number;
  ip: string;
  podCIDR: string;
  /** Header band (name, addresses). */
  header: Rect;
  labels: TextLine[];
  rules: RulePanel | null;
  /** `null` when the node has no pods. */
  bridge: BridgeLane | null;
  /** Names of its pods, in file order. */
  pods: string[];
  /** Corner radius of the node rectangle. */
  radius: number;
}
