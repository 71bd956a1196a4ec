/**
 * What an export is made from and how it reports back. Plain data: the app builds an
 * {@link ExportSource} from what is on screen, the command line from a file and its flags.
 */
import type { Scenario } from '../model';
import type { Trace } from '../sim';

/** A theme of src/app/theme.css (`<html data-theme>`). */
export type ExportTheme = 'light' | 'dark' | 'contrast';

/** The formats the Export menu offers. */
export type ExportFormat = 'svg' | 'png' | 'pdf' | 'gif' | 'webm';

/** Everything an export needs to draw what the screen draws. */
export interface ExportSource {
  /** The scenario shown. */
  scenario: Scenario;
  /** Its walk, for the model and reply legs shown. */
  trace: Trace;
  /** The player's step (0..trace.steps.length); still images show it at rest. */
  step: number;
  /** The theme whose tokens are resolved into the file. */
  theme: ExportTheme;
  /**
   * The diagram as the screen shows it (`XMLSerializer` of its `<svg class="pw-diagram">`): still
   * images use it as is, laid out as on screen. Without it they are drawn from the scene at rest.
   */
  screen?: string;
}

/** Progress of a running export. */
export interface ExportProgress {
  /** 0..1 of the work done. */
  fraction: number;
  /** What is being done, for the status line (e.g. `Frame 12 of 149`). */
  label: string;
}

/** Options every browser export takes. */
export interface ExportRunOptions {
  /** Stops the export; the promise then rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** Called as the work goes on (at most once per frame or page). */
  onProgress?: (progress: ExportProgress) => void;
}

/** A finished export: the file's bytes and the name to save it under. */
export interface ExportResult {
  /** e.g. `rabbit-hole-step3.svg`. */
  fileName: string;
  /** The file. */
  blob: Blob;
}
