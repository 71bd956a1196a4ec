// Public surface of modes/: talk mode, the presenter view and embed mode, with the protocols
// that link them (BroadcastChannel between windows, postMessage with a host page). Data in
// (a Trace, the player state, a diagram element), markup and messages out. Import from here.

// Time (the only code in modes/ that reads it)

export type { ManualWallClock, WallClock } from './clock';
export { createManualWallClock, createWallClock, createWindowId } from './clock';

// Shared

export type { CopyLinkButtonProps } from './CopyLinkButton';
export { CopyLinkButton } from './CopyLinkButton';
export type { ModeIconName, ModeIconProps } from './ModeIcon';
export { ModeIcon } from './ModeIcon';
export type { TalkKeyHandlers } from './modeShortcuts';
export { enterTalkShortcut, presenterShortcuts, talkShortcuts } from './modeShortcuts';
export { hopLabel, outcomeAt, packetAt, stepHeadline, stepRoute } from './stepText';

// Talk mode

export type { AutoHide, AutoHideOptions } from './talk/createAutoHide';
export { AUTO_HIDE_MS, createAutoHide } from './talk/createAutoHide';
export { toggleFullscreen } from './talk/fullscreen';
export type { TalkCaptionProps } from './talk/TalkCaption';
export { TalkCaption } from './talk/TalkCaption';
export type { TalkControlsProps } from './talk/TalkControls';
export { TalkControls } from './talk/TalkControls';
export type { TalkViewProps } from './talk/TalkView';
export { TalkView } from './talk/TalkView';
export type { AutoHideControl } from './talk/useAutoHide';
export { useAutoHide } from './talk/useAutoHide';

// Presenter view

export type { CurrentStepProps } from './presenter/CurrentStep';
export { CurrentStep } from './presenter/CurrentStep';
export type { NextStepProps } from './presenter/NextStep';
export { NextStep } from './presenter/NextStep';
export type { PresenterViewProps } from './presenter/PresenterView';
export { PresenterView } from './presenter/PresenterView';
export type { TimerAction, TimerState } from './presenter/timer';
export {
  elapsedMs,
  formatElapsed,
  formatTimeOfDay,
  TIMER_ZERO,
  timerReducer,
} from './presenter/timer';
export type { PresenterTimer } from './presenter/usePresenterTimer';
export { usePresenterTimer } from './presenter/usePresenterTimer';

// Sync between windows (BroadcastChannel)

export { parseSyncMessage } from './sync/parseSyncMessage';
export type { SyncChannel, SyncPort, SyncPortFactory } from './sync/syncChannel';
export { broadcastChannelPort, openSyncChannel } from './sync/syncChannel';
export {
  createSyncRecord,
  joinMessages,
  localSyncChange,
  receiveSync,
  sameSyncState,
} from './sync/syncProtocol';
export type {
  HelloMessage,
  StateMessage,
  SyncMessage,
  SyncRecord,
  SyncState,
  SyncStep,
} from './sync/syncTypes';
export { SYNC_CHANNEL } from './sync/syncTypes';
export type { TalkSync, TalkSyncOptions } from './sync/useTalkSync';
export { useTalkSync } from './sync/useTalkSync';

// Embed mode (postMessage)

export type { EmbedBarProps } from './embed/EmbedBar';
export { EmbedBar } from './embed/EmbedBar';
export type { EmbedViewProps } from './embed/EmbedView';
export { EmbedView } from './embed/EmbedView';
export type { EmbedOptions } from './embed/embedOptions';
export { acceptsMessage, parseEmbedOptions, targetOrigin } from './embed/embedOptions';
export type {
  EmbedCommand,
  EmbedReadyMessage,
  EmbedStatus,
  EmbedStepMessage,
  PlainCommand,
} from './embed/embedProtocol';
export { commandAction, embedStatus, parseEmbedCommand } from './embed/embedProtocol';
export type { EmbedBridgeOptions, EmbedHost } from './embed/useEmbedBridge';
export { useEmbedBridge } from './embed/useEmbedBridge';
