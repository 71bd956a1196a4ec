/** The lazy door to the export code (kit.ts): one dynamic import, its own chunk. */

/** Everything kit.ts exports. */
export type ExportKit = typeof import('./kit');

let pending: Promise<ExportKit> | null = null;

/**
 * Loads the export code once (later calls share the same promise; a failed load is retried).
 * @returns the kit
 */
export function loadExportKit(): Promise<ExportKit> {
  pending ??= import('./kit').catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}
