import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  type Clock,
  type PlayerAction,
  type PlayerStore,
  type UsePlayerResult,
  usePlayer,
} from '../../player';
import type { Trace } from '../../sim';
import type { BundledScenario } from '../scenarios/types';
import { parseUrlState, type UrlState } from '../url/urlState';
import { type HistoryMode, useUrlSync } from '../url/useUrlSync';
import { initialAppState } from './appReducer';
import { type AppStore, createAppStore } from './createAppStore';
import { traceFor } from './traceFor';
import type { AppAction, AppState } from './types';

/** Options of {@link useAppController}. */
export interface AppControllerOptions {
  /** The bundled scenarios (live). */
  bundled: readonly BundledScenario[];
  /** The player's clock (tests pass a manual one). */
  clock?: Clock;
  /** Forces reduced motion on or off; undefined follows the user's preference. */
  reducedMotion?: boolean;
}

/** How {@link AppController.apply} records and positions a change. */
export interface ApplyOptions {
  /** @default 'push' */
  history?: HistoryMode;
  /** The step to show afterwards; absent keeps the current one (clamped). */
  step?: number;
  /** Fly the requested step's leg from its start instead of showing it at rest. @default false */
  animate?: boolean;
}

/** The app's state, its trace, the player, and the two ways to change them. */
export interface AppController {
  state: AppState;
  trace: Trace | null;
  player: UsePlayerResult;
  /** Changes the app state, then sizes the player for the new trace in the same event. */
  apply: (action: AppAction, options?: ApplyOptions) => void;
  /** A player action the user asked for (recorded as a history entry). */
  userDispatch: (action: PlayerAction) => void;
}

function traceOf(state: AppState): Trace | null {
  return traceFor(state.shown?.scenario ?? null, state.model, state.reply);
}

function urlOf(state: AppState, step: number): UrlState {
  const url: UrlState = { step, model: state.model, reply: state.reply };
  if (state.shown?.origin.kind === 'bundled') url.scenario = state.shown.origin.name;
  if (state.theme !== undefined) url.theme = state.theme;
  if (state.mode !== undefined) url.mode = state.mode;
  return url;
}

/** Follows a changed bundled list (a hot update), never on the first render. */
function useBundledUpdates(bundled: readonly BundledScenario[], apply: AppController['apply']) {
  const seen = useRef(bundled);
  useEffect(() => {
    if (seen.current === bundled) return;
    seen.current = bundled;
    apply({ type: 'bundledChanged', bundled }, { history: 'replace' });
  }, [bundled, apply]);
}

/**
 * The controller's apply: runs the app reducer, then sizes the player for the new trace in
 * the same event (one render, one history entry): a new trace is loaded at the requested (or
 * current, clamped) step; the same trace only moves to a requested step.
 * @param store - the app store
 * @param player - the player store
 * @param mark - records how the resulting URL change goes into the history
 * @returns the apply function
 */
function createApply(
  store: AppStore,
  player: PlayerStore,
  mark: (mode: HistoryMode) => void,
): AppController['apply'] {
  return (action, opts = {}) => {
    const before = traceOf(store.getState());
    mark(opts.history ?? 'push');
    store.dispatch(action);
    const after = traceOf(store.getState());
    if (after !== before) {
      player.dispatch({ type: 'load', stepCount: after?.steps.length ?? 0, step: opts.step });
    } else if (opts.step !== undefined) {
      player.dispatch({ type: 'goto', step: opts.step, animate: opts.animate === true });
    }
  };
}

/**
 * Wires the app: the app store, the walk of what it shows, the player, and the address bar.
 * @param options - See {@link AppControllerOptions}.
 * @returns See {@link AppController}.
 */
export function useAppController(options: AppControllerOptions): AppController {
  const [initialUrl] = useState(() => parseUrlState(window.location.search));
  const [store] = useState<AppStore>(() =>
    createAppStore(initialAppState(initialUrl, options.bundled)),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const trace = traceOf(state);
  const player = usePlayer(trace?.steps.length ?? 0, {
    initialStep: initialUrl.step,
    clock: options.clock,
    reducedMotion: options.reducedMotion,
  });
  // `apply` runs only in events and effects, after `sync` below exists.
  const [apply] = useState(() => createApply(store, player.store, (mode) => sync.mark(mode)));
  const sync = useUrlSync({
    url: urlOf(state, player.state.step),
    local: state.shown?.origin.kind === 'file',
    onRestore: (url, local) => {
      const action: AppAction = { type: 'restore', url, local, bundled: options.bundled };
      apply(action, { history: 'replace', step: url.step });
    },
  });
  useBundledUpdates(options.bundled, apply);
  const [userDispatch] = useState(() => (action: PlayerAction) => {
    // Inside an iframe a pushed entry joins the host page's history (its Back button would
    // step the embed): embeds only replace.
    sync.mark(store.getState().mode === 'embed' ? 'replace' : 'push');
    player.store.dispatch(action);
  });
  return { state, trace, player, apply, userDispatch };
}
