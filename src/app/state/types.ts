/**
 * The app's own state (what is shown and how), apart from the player's step: the player
 * store owns that. Pure data; `appReducer` changes it.
 */
import type { Scenario } from '../../model';
import type { DiagnosticsReport } from '../../panels';
import type { TraceModel } from '../../sim';
import type { BundledScenario } from '../scenarios/types';
import type { AppMode, ThemeName, UrlState } from '../url/urlState';

/** Where the scenario on screen came from. */
export type Origin =
  | { kind: 'bundled'; name: string; fileName: string }
  | { kind: 'file'; fileName: string };

/** A scenario that loaded, with where it came from. */
export interface Shown {
  origin: Origin;
  scenario: Scenario;
}

/** What the app shows and how. */
export interface AppState {
  /** The scenario on screen: always the last one that loaded (null only if none ever did). */
  shown: Shown | null;
  /** The last opened file that loaded, kept for the browser's back and forward buttons. */
  opened: Shown | null;
  /** Problems to show (a failing file, an unknown `?scenario=`), or null. */
  report: DiagnosticsReport | null;
  model: TraceModel;
  reply: boolean;
  /** An explicit theme; undefined follows prefers-color-scheme (talk mode: contrast). */
  theme?: ThemeName;
  /** Talk, presenter or embed; undefined is the normal page. */
  mode?: AppMode;
}

/** A loader result for an opened file (the shape `loadScenario` returns). */
export type OpenedResult = BundledScenario['result'];

/** Everything that changes {@link AppState}. */
export type AppAction =
  /** Pick a bundled scenario by `metadata.name` (the picker, `?scenario=`). */
  | { type: 'selectBundled'; name: string; bundled: readonly BundledScenario[] }
  /** A local file was read and loaded (or failed to). */
  | { type: 'openedFile'; fileName: string; result: OpenedResult }
  /** A file could not be read at all (not YAML, too big, the loader failed to download). */
  | { type: 'openFailed'; fileName: string; message: string }
  /** The bundled scenarios changed (a dev-server hot update). */
  | { type: 'bundledChanged'; bundled: readonly BundledScenario[] }
  | { type: 'setModel'; model: TraceModel }
  | { type: 'setReply'; reply: boolean }
  | { type: 'setTheme'; theme: ThemeName | undefined }
  | { type: 'setMode'; mode: AppMode | undefined }
  /** Another window of the talk (presenter view) moved: show its scenario (when bundled), model and reply. */
  | {
      type: 'follow';
      scenario: string;
      model: TraceModel;
      reply: boolean;
      bundled: readonly BundledScenario[];
    }
  /** The browser went back or forward: show what that history entry says. */
  | { type: 'restore'; url: UrlState; local: boolean; bundled: readonly BundledScenario[] }
  | { type: 'dismissReport' };
