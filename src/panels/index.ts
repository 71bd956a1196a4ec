// Public surface of panels/: the HTML side panels. Data in (a Trace, a step, notes), markup
// out; no state of their own beyond a Copy button's. Other folders import from here only.

// Panels

export type { DiagnosticsPanelProps } from './DiagnosticsPanel';
export { DiagnosticsPanel } from './DiagnosticsPanel';
export type { HopCounterProps } from './HopCounter';
export { HopCounter } from './HopCounter';
export type { NarrationProps } from './Narration';
export { Narration } from './Narration';
export type { OutcomePanelProps } from './OutcomePanel';
export { OutcomePanel } from './OutcomePanel';
export type { PacketHeaderProps } from './PacketHeader';
export { PacketHeader } from './PacketHeader';
export type { RewriteListProps } from './RewriteList';
export { RewriteList } from './RewriteList';
export type { RulePanelProps } from './RulePanel';
export { RulePanel } from './RulePanel';
export type { StepListProps } from './StepList';
export { StepList } from './StepList';

// Building blocks

export type { AddressChainProps } from './AddressChain';
export { AddressChain } from './AddressChain';
export type { ConnectionTextProps } from './ConnectionText';
export { ConnectionText } from './ConnectionText';
export type { CopyButtonProps } from './CopyButton';
export { CopyButton } from './CopyButton';
export type { KindBadgeProps } from './KindBadge';
export { KindBadge } from './KindBadge';
export type { PanelSectionProps } from './PanelSection';
export { PanelSection } from './PanelSection';
export type { RewriteItemProps } from './RewriteItem';
export { RewriteItem } from './RewriteItem';
export type { RuleBlockProps } from './RuleBlock';
export { RuleBlock } from './RuleBlock';

// Pure helpers (no React, no DOM)

export type { Connection } from './connection';
export { splitConnection } from './connection';
export type { DiagnosticEntry, DiagnosticsReport } from './diagnostics';
export { formatDiagnosticEntry } from './diagnostics';
export type { FieldChanges, FieldValue, RewriteKind } from './fieldChanges';
export { fieldChanges } from './fieldChanges';
export type { HopStatus } from './hopStatus';
export { formatHops, hopStatus } from './hopStatus';
export { hopsUpTo, isOutcomeReached, isOutcomeStep, lastRequestStep, legAt } from './legs';
export type { OutcomeKind, OutcomeSummary } from './outcome';
export { summarizeOutcome } from './outcome';
export type { RuleBlockData } from './ruleBlocks';
export { ruleBlocks } from './ruleBlocks';

// Clipboard

export { copyText, legacyCopy } from './copyText';
