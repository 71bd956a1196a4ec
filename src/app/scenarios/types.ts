/**
 * The bundled scenarios as the app receives them: parsed, validated and resolved at build
 * time by `build/scenariosPlugin.ts`, so the first load carries no YAML parser and no loader.
 */
import type { Diagnostic, Scenario } from '../../model';

/** What loading one bundled file gave: the same shape as the loader's result. */
export type BundledResult =
  | { ok: true; scenario: Scenario; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** One file of `scenarios/`, pre-loaded. */
export interface BundledScenario {
  /** `metadata.name` (the `?scenario=` value); the file name without `.yaml` when it fails. */
  name: string;
  /** The file's name inside `scenarios/`, e.g. `rabbit-hole.yaml`. */
  fileName: string;
  /** `metadata.title`; the file name when it fails. */
  title: string;
  /** `metadata.question`, when set. */
  question?: string;
  /** The topic the picker groups it under (teaching order). */
  topic: string;
  /** The loader's verdict. */
  result: BundledResult;
}
