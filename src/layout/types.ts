/**
 * The layout and its routes: what `computeLayout` / `computeRoute` return. Plain data only
 * (JSON-serialisable), so the diagram can render it and tests can snapshot it.
 */
import type {
  CardBox,
  EntityKind,
  FontRole,
  FontSpec,
  NodeBox,
  NodeDetail,
  PodBox,
  Point,
  Rect,
  TextLine,
} from './boxTypes';

/** Options of `computeLayout`. */
export interface LayoutOptions {
  /** Canvas width in units (the content spans it, minus a margin). @default 1600 */
  width?: number;
  /** Canvas height in units: the most the content may use. Ignored when `aspect` is set. @default 900 */
  height?: number;
  /** Width / height of the container: the height is derived so the viewBox can match it (tall: 2 x 2). */
  aspect?: number;
  /** `naive` adds a dashed Service box per app Service. @default 'real' */
  model?: 'real' | 'naive';
  /** Smallest text at full detail, in canvas units; every text role, text padding and the packet card scale with it. @default 20 (`DEFAULT_MIN_FONT_SIZE`) */
  minFontSize?: number;
  /**
   * Keep every text at `minFontSize` or more at every level of detail (talk mode: type read
   * from the back of a hall); a less detailed level then only drops content. @default false
   */
  strictMinFont?: boolean;
}

/** A horizontal segment of the node network, one per row of nodes. */
export interface BusLine {
  /** `bus:<row>`. */
  id: string;
  row: number;
  x1: number;
  x2: number;
  y: number;
  /** SVG path. */
  d: string;
  /** `node network` on the first bus only. */
  label: TextLine | null;
}

/** A static link drawn between two things. */
export interface LinkLine {
  /** `link:<entity id>` or `trunk`. */
  id: string;
  /** `internet`: client to LB; `uplink`: LB / Service box to the bus; `node`: bus to a node port; `trunk`: joins buses. */
  kind: 'internet' | 'uplink' | 'node' | 'trunk';
  /** Entity ids (or `bus:<row>`) at both ends. */
  from: string;
  to: string;
  points: Point[];
  /** SVG path. */
  d: string;
}

/** Size of the packet envelope card at this layout's scale; rest points are its centre. */
export interface PacketSize {
  width: number;
  height: number;
  /** Monospace size of its `src` / `dst` lines. */
  fontSize: number;
}

/** Minimal per-entity facts, keyed by entity id. */
export interface EntityRef extends Rect {
  kind: EntityKind;
  rest: Point;
  anchor: Point;
  /** Index in `graph.vertices` of the vertex where a route to or from this entity ends. */
  vertex: number;
  /** Host node of a pod. */
  node?: string;
}

/** One waypoint of the routing tree. */
export interface GraphVertex {
  /** e.g. `rest:red-2`, `port:node-4`, `lane:node-4:0`, `j:<row>:<x>` (bus junction). */
  id: string;
  x: number;
  y: number;
  /** Index of the parent vertex; -1 at the root. */
  parent: number;
}

/** The routing tree: every route follows its unique path between two vertices. */
export interface RouteGraph {
  /** Index of the root (the LB's junction on the first bus). */
  root: number;
  vertices: GraphVertex[];
  /** Node name to the index of its port vertex. */
  ports: Record<string, number>;
}

/** Everything the diagram draws, in canvas units. */
export interface Layout {
  /** The canvas the layout was computed for (`height` derived from `aspect` when given). */
  width: number;
  height: number;
  /** Tight bounds of everything drawn plus `VIEW_MARGIN`: the SVG viewBox. */
  viewBox: Rect;
  model: 'real' | 'naive';
  /** The `minFontSize` asked for. */
  minFontSize: number;
  /** Text scale used (1 = base sizes); below `minFontSize / 14` only at minimal detail. */
  scale: number;
  /** Font sizes of the cards at the top; nodes and pods carry their own sizes on each TextLine. */
  fonts: Record<FontRole, FontSpec>;
  /** Font sizes of the nodes' level of detail. */
  nodeFonts: Record<FontRole, FontSpec>;
  /** The level of detail chosen for the nodes (all nodes share one): the most detailed that fits. */
  detail: NodeDetail;
  /** Node grid shape. */
  grid: { columns: number; rows: number };
  packet: PacketSize;
  /** Corner radius used to round routes. */
  cornerRadius: number;
  entities: Record<string, EntityRef>;
  client: CardBox;
  loadBalancer: CardBox;
  /** Naive model only; empty otherwise. */
  serviceBoxes: CardBox[];
  nodes: NodeBox[];
  pods: PodBox[];
  buses: BusLine[];
  links: LinkLine[];
  graph: RouteGraph;
}

/** A path the packet follows for one step. */
export interface Route {
  /** SVG path: straight runs joined by rounded corners. */
  d: string;
  /** The same path as a polyline (corners sampled), from the `from` rest to the `to` rest. */
  points: Point[];
  /** Arc length of `points`. */
  length: number;
}

/** A position along a route, with the direction of travel in degrees (0 = right, 90 = down). */
export interface RoutePoint extends Point {
  angle: number;
}
