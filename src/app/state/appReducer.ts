/**
 * The app reducer: pure, so the controller can run it ahead of React to size the player for
 * the trace the new state will show (one render, one history entry).
 */
import type { BundledScenario } from '../scenarios/types';
import type { AppMode, ThemeName, UrlState } from '../url/urlState';
import { failedFileReport, toEntries } from './reports';
import { DEFAULT_SCENARIO, followBundledUpdate, selectBundled } from './selectBundled';
import type { AppAction, AppState } from './types';

/**
 * The state the app starts in, from the URL.
 * @param url - the parsed URL
 * @param bundled - the bundled scenarios
 * @returns the initial state
 */
export function initialAppState(url: UrlState, bundled: readonly BundledScenario[]): AppState {
  const selection = selectBundled(bundled, url.scenario ?? DEFAULT_SCENARIO, null);
  const state: AppState = { ...selection, opened: null, model: url.model, reply: url.reply };
  if (url.theme !== undefined) state.theme = url.theme;
  if (url.mode !== undefined) state.mode = url.mode;
  return state;
}

function withTheme(state: AppState, theme: ThemeName | undefined): AppState {
  const { theme: _old, ...rest } = state;
  return theme === undefined ? rest : { ...rest, theme };
}

function withMode(state: AppState, mode: AppMode | undefined): AppState {
  const { mode: _old, ...rest } = state;
  return mode === undefined ? rest : { ...rest, mode };
}

function restore(state: AppState, action: AppAction & { type: 'restore' }): AppState {
  const { url } = action;
  const themed = withTheme({ ...state, model: url.model, reply: url.reply }, url.theme);
  const flags = withMode(themed, url.mode);
  if (action.local && state.opened !== null) {
    return { ...flags, shown: state.opened, report: null };
  }
  const name = url.scenario ?? DEFAULT_SCENARIO;
  return { ...flags, ...selectBundled(action.bundled, name, state.shown) };
}

/** Follows another window: its scenario only when it is a bundled one (files stay local). */
function follow(state: AppState, action: AppAction & { type: 'follow' }): AppState {
  const { scenario, model, reply, bundled } = action;
  const current = state.shown?.scenario.metadata.name;
  const known = bundled.some((b) => b.name === scenario && b.result.ok);
  const switches = current !== scenario && known;
  if (!switches && state.model === model && state.reply === reply) return state;
  const selection = switches ? selectBundled(bundled, scenario, state.shown) : {};
  return { ...state, ...selection, model, reply };
}

function opened(state: AppState, action: AppAction & { type: 'openedFile' }): AppState {
  const { fileName, result } = action;
  if (!result.ok) {
    return { ...state, report: failedFileReport(fileName, result.diagnostics, state.shown) };
  }
  const shown = { origin: { kind: 'file' as const, fileName }, scenario: result.scenario };
  const report =
    result.warnings.length > 0
      ? { title: `${fileName} loaded with warnings`, entries: toEntries(fileName, result.warnings) }
      : null;
  return { ...state, shown, opened: shown, report };
}

/**
 * Applies an action.
 * @param state - the current state
 * @param action - what happened
 * @returns the next state (the same object when nothing changed)
 */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'selectBundled':
      return { ...state, ...selectBundled(action.bundled, action.name, state.shown) };
    case 'openedFile':
      return opened(state, action);
    case 'openFailed': {
      const entries = [{ file: action.fileName, message: action.message }];
      return { ...state, report: { title: `${action.fileName} could not be opened`, entries } };
    }
    case 'bundledChanged':
      return { ...state, ...followBundledUpdate(state, action.bundled) };
    case 'setModel':
      return state.model === action.model ? state : { ...state, model: action.model };
    case 'setReply':
      return state.reply === action.reply ? state : { ...state, reply: action.reply };
    case 'setTheme':
      return state.theme === action.theme ? state : withTheme(state, action.theme);
    case 'setMode':
      return state.mode === action.mode ? state : withMode(state, action.mode);
    case 'follow':
      return follow(state, action);
    case 'restore':
      return restore(state, action);
    case 'dismissReport':
      return state.report === null ? state : { ...state, report: null };
  }
}
