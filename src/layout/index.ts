// Public surface of layout/: Scenario -> Layout (boxes, lines, text), Step -> Route. Pure, no DOM.

// Types
export type {
  Badge,
  BridgeLane,
  CardBox,
  EntityBox,
  EntityKind,
  FontRole,
  FontSpec,
  NodeBox,
  NodeDetail,
  PodBox,
  PodDetail,
  Point,
  Rect,
  RuleLine,
  RulePanel,
  TextLine,
} from './boxTypes';
// Layout
export { computeLayout, heightForAspect } from './computeLayout';
// Geometry helpers
export { clamp, contains, overlaps, polylineLength } from './geometry';
export type { HopBadgeOptions } from './hopBadge';
export { badgeObstacles, hopBadgePosition } from './hopBadge';
export { noteInset } from './noteRoom';
export { pointAlong } from './pointAlong';
// Sizes
export { MARGIN, PACKET, VIEW_MARGIN } from './presets';
export { curveRounded, roundedPath } from './roundedPath';
// Routes and motion
export { computeRoute, computeRoutes, treePath } from './route';
export { BASE_MIN_FONT_SIZE, DEFAULT_MIN_FONT_SIZE, TALK_MIN_FONT_SIZE } from './scale';
export type { FontFamily } from './text';
// Text
export { ellipsize, FONT_FAMILIES, textWidth } from './text';
export type {
  BusLine,
  EntityRef,
  GraphVertex,
  Layout,
  LayoutOptions,
  LinkLine,
  PacketSize,
  Route,
  RouteGraph,
  RoutePoint,
} from './types';
