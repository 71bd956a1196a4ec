/**
 * The app's state in the address bar (pure):
 * `?scenario=rabbit-hole&step=3&model=naive&reply=1&theme=dark&mode=talk`.
 * Defaults are left out (step 0, model real, reply off, the system theme, the normal page);
 * values that make no sense are read as the default or clamped, never rejected.
 */
import type { TraceModel } from '../../sim';

/** The themes `data-theme` knows (contrast is the projector theme of talk mode). */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** The themes, in the order the URL accepts them. */
export const THEMES: readonly ThemeName[] = ['light', 'dark', 'contrast'];

/** The page's modes besides the normal one: full-screen talk, the speaker's window, an iframe. */
export type AppMode = 'talk' | 'presenter' | 'embed';

/** The modes, in the order the URL accepts them. */
export const MODES: readonly AppMode[] = ['talk', 'presenter', 'embed'];

/** What the URL says. */
export interface UrlState {
  /** `metadata.name` of a bundled scenario; absent: the default (or an opened file). */
  scenario?: string;
  /** 0..: legs 1..step done (clamped to the trace by the player). */
  step: number;
  model: TraceModel;
  reply: boolean;
  /** Absent: follow prefers-color-scheme (talk mode: contrast). */
  theme?: ThemeName;
  /** Absent: the normal page (header, diagram, side panel). */
  mode?: AppMode;
}

/** The parameters this module owns; any other parameter in the URL is kept as it is. */
export const URL_KEYS = ['scenario', 'step', 'model', 'reply', 'theme', 'mode'] as const;

/**
 * Reads a step number: negative or garbage gives 0, fractions round down, huge values stay
 * huge (the player clamps them to the last step).
 * @param raw - the parameter's value, or null when absent
 * @returns an integer >= 0
 */
export function parseStep(raw: string | null): number {
  if (raw === null || raw.trim() === '') return 0;
  const n = Number(raw);
  if (Number.isNaN(n)) return 0;
  return Math.max(0, Math.floor(Math.min(n, Number.MAX_SAFE_INTEGER)));
}

function parseTheme(raw: string | null): ThemeName | undefined {
  return THEMES.find((t) => t === raw?.toLowerCase());
}

function parseMode(raw: string | null): AppMode | undefined {
  return MODES.find((m) => m === raw?.trim().toLowerCase());
}

/**
 * Reads the app's state from a query string.
 * @param search - `location.search` (with or without the leading `?`)
 * @returns the state; absent or unknown values are the defaults
 */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {
    step: parseStep(params.get('step')),
    model: params.get('model')?.toLowerCase() === 'naive' ? 'naive' : 'real',
    reply: ['1', 'true', 'yes', 'on'].includes(params.get('reply')?.toLowerCase() ?? ''),
  };
  const scenario = params.get('scenario')?.trim();
  if (scenario) state.scenario = scenario;
  const theme = parseTheme(params.get('theme'));
  if (theme !== undefined) state.theme = theme;
  const mode = parseMode(params.get('mode'));
  if (mode !== undefined) state.mode = mode;
  return state;
}

/**
 * Writes the app's state into a query string, keeping parameters it does not own.
 * @param state - the state
 * @param base - the current `location.search`, whose other parameters are kept (after ours)
 * @returns `?scenario=…&step=…`, or `''` when there is nothing to say
 */
export function serializeUrlState(state: UrlState, base = ''): string {
  const params = new URLSearchParams();
  if (state.scenario !== undefined) params.set('scenario', state.scenario);
  if (state.step > 0) params.set('step', String(state.step));
  if (state.model === 'naive') params.set('model', 'naive');
  if (state.reply) params.set('reply', '1');
  if (state.theme !== undefined) params.set('theme', state.theme);
  if (state.mode !== undefined) params.set('mode', state.mode);
  for (const [key, value] of new URLSearchParams(base)) {
    if (!(URL_KEYS as readonly string[]).includes(key)) params.append(key, value);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
