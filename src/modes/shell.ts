// What the normal page needs of modes/ (the "Copy link" button, the T key, the talk session's
// sync): no talk, presenter or embed screen behind it, so those stay out of the first load
// and arrive with the app's lazily loaded ModeScreen. Everything else: import from index.ts.

export { CopyLinkButton } from './CopyLinkButton';
export type { WallClock } from './clock';
export { enterTalkShortcut } from './modeShortcuts';
export type { SyncPortFactory } from './sync/syncChannel';
export type { SyncState } from './sync/syncTypes';
export { useTalkSync } from './sync/useTalkSync';
