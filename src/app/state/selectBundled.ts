/**
 * Choosing a bundled scenario, and following a hot update of one: what goes on screen and
 * what gets reported. A scenario that fails never replaces the last good one.
 */
import type { BundledScenario } from '../scenarios/types';
import { failedFileReport, SCENARIOS_DIR, unknownScenarioReport } from './reports';
import type { AppState, Shown } from './types';

/** The scenario the app opens without `?scenario=`. */
export const DEFAULT_SCENARIO = 'rabbit-hole';

/**
 * A bundled entry as something to show.
 * @param entry - the entry
 * @returns the shown scenario, or null when the entry failed to load
 */
export function shownOf(entry: BundledScenario | undefined): Shown | null {
  if (entry === undefined || !entry.result.ok) return null;
  const origin = { kind: 'bundled' as const, name: entry.name, fileName: entry.fileName };
  return { origin, scenario: entry.result.scenario };
}

/** The default scenario, or else the first bundled one that loads. */
function fallback(bundled: readonly BundledScenario[]): Shown | null {
  const preferred = shownOf(bundled.find((b) => b.name === DEFAULT_SCENARIO));
  return preferred ?? shownOf(bundled.find((b) => b.result.ok));
}

type Selection = Pick<AppState, 'shown' | 'report'>;

/**
 * Picks a bundled scenario by name.
 * @param bundled - the bundled scenarios
 * @param name - `metadata.name`
 * @param current - what is on screen now
 * @returns the scenario to show and the report (null when all is well)
 */
export function selectBundled(
  bundled: readonly BundledScenario[],
  name: string,
  current: Shown | null,
): Selection {
  const entry = bundled.find((b) => b.name === name);
  if (entry === undefined) {
    const shown = fallback(bundled) ?? current;
    return { shown, report: unknownScenarioReport(name, bundled, shown) };
  }
  if (entry.result.ok) return { shown: shownOf(entry), report: null };
  const shown = current ?? fallback(bundled);
  const file = `${SCENARIOS_DIR}/${entry.fileName}`;
  return { shown, report: failedFileReport(file, entry.result.diagnostics, shown) };
}

/**
 * Follows a hot update: the bundled scenario on screen is replaced by its new version when
 * that loads, and otherwise stays (the last good diagram) with the new diagnostics.
 * @param state - the app state
 * @param bundled - the updated list
 * @returns the new shown scenario and report
 */
export function followBundledUpdate(
  state: AppState,
  bundled: readonly BundledScenario[],
): Selection {
  const { shown, report } = state;
  if (shown === null) return selectBundled(bundled, DEFAULT_SCENARIO, null);
  if (shown.origin.kind !== 'bundled') return { shown, report };
  const { fileName } = shown.origin;
  const entry = bundled.find((b) => b.fileName === fileName);
  if (entry === undefined) {
    const entries = [{ file: `${SCENARIOS_DIR}/${fileName}`, message: 'the file was removed' }];
    return { shown, report: { title: `${fileName} is gone`, entries } };
  }
  if (entry.result.ok) return { shown: shownOf(entry), report: null };
  const file = `${SCENARIOS_DIR}/${fileName}`;
  return { shown, report: failedFileReport(file, entry.result.diagnostics, shown) };
}
