// Public surface of diagram/: Layout + Trace + step/progress -> SVG. Other folders import from here only.

// Components
export type { DiagramLegendProps } from './DiagramLegend';
export { DiagramLegend } from './DiagramLegend';
export type { NetworkDiagramProps } from './NetworkDiagram';
export { NetworkDiagram } from './NetworkDiagram';
export type { FieldChange, PacketFields } from './packetFields';
export { packetFieldsAt, splitConnection } from './packetFields';
// Pure helpers: the timeline of a leg and what the packet shows
export {
  arrivedAt,
  departedAt,
  newValueOpacity,
  oldValueOpacity,
  pulseAt,
  strikeAt,
  swapShift,
  turnaroundAt,
  valueShift,
} from './phases';
export { describeStep } from './state/describeStep';
export type { EndMark } from './state/endMark';
export { endMark } from './state/endMark';
export type { HopBadgeSpec } from './state/hopBadges';
export { hopBadgeSpecs, snatTag } from './state/hopBadges';
export type { SceneMarks } from './state/stepMarks';
export { stepMarks } from './state/stepMarks';
export type { LegTimeline } from './timeline';
export {
  easeInOutCubic,
  legTimeline,
  legTimelineAt,
  REWRITE_SHARE,
  rewritePhase,
  TURN_SHARE,
  travelT,
} from './timeline';
