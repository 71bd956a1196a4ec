/**
 * The Vite plugin behind `virtual:packetwalk/scenarios`: every file of `scenarios/`, loaded
 * with the real loader when the module is built, served as plain data. The browser gets
 * JSON, so the first load carries no YAML parser, no zod and no loader. In dev, creating,
 * editing or deleting a scenario file hot-updates the module (the app keeps its place).
 */
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';
import type { BundledScenario } from '../scenarios/types';
import { collectScenarios, isScenarioFileName, type ScenarioLoader } from './collectScenarios.ts';

/** The id the app imports. */
export const SCENARIOS_MODULE_ID = 'virtual:packetwalk/scenarios';
/** The resolved id (the `\0` prefix keeps other plugins away from it). */
export const RESOLVED_SCENARIOS_ID = `\0${SCENARIOS_MODULE_ID}`;

/** Options of {@link scenariosPlugin}. */
export interface ScenariosPluginOptions {
  /** The folder of scenario files, relative to Vite's root or absolute. @default 'scenarios' */
  dir?: string;
  /** The loader; by default src/model's `loadScenario`, imported on first use. */
  load?: ScenarioLoader;
}

/**
 * The module's source: the entries as a JSON string parsed at run time (JSON.parse is faster
 * to start than the same object literal, and shows the data is data).
 * @param entries - the bundled scenarios
 * @returns ES module code exporting `scenarios`
 */
export function renderScenariosModule(entries: BundledScenario[]): string {
  return `export const scenarios = JSON.parse(${JSON.stringify(JSON.stringify(entries))});\n`;
}

/**
 * src/model through Vite's module runner, on first use. Importing it statically would bundle
 * the TypeScript loader into vite.config.ts, which Vite's future native config loader rejects.
 */
function lazyLoader(): () => Promise<ScenarioLoader> {
  let pending: Promise<ScenarioLoader> | undefined;
  return () => {
    const entry = fileURLToPath(new URL('../../model/index.ts', import.meta.url));
    pending ??= runnerImport<{ loadScenario: ScenarioLoader }>(entry).then(
      (result) => result.module.loadScenario,
    );
    return pending;
  };
}

/**
 * Creates the plugin.
 * @param options - where the scenario files are, and the loader
 * @returns the Vite plugin
 * @example
 * export default defineConfig({ plugins: [react(), scenariosPlugin()] });
 */
export function scenariosPlugin(options: ScenariosPluginOptions = {}): Plugin {
  let dir = resolve(options.dir ?? 'scenarios');
  const loader = options.load;
  const getLoader = loader ? async () => loader : lazyLoader();
  const inDir = (file: string) =>
    resolve(dirname(file)) === dir && isScenarioFileName(basename(file));
  return {
    name: 'packetwalk:scenarios',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'scenarios');
    },
    resolveId(id) {
      return id === SCENARIOS_MODULE_ID ? RESOLVED_SCENARIOS_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_SCENARIOS_ID) return undefined;
      const entries = collectScenarios(dir, await getLoader());
      // Build watch mode re-runs on these; dev HMR goes through hotUpdate below.
      for (const entry of entries) this.addWatchFile(resolve(dir, entry.fileName));
      return renderScenariosModule(entries);
    },
    configureServer(server) {
      // The root is watched already unless `dir` lies outside it; adding twice is harmless.
      server.watcher.add(dir);
    },
    hotUpdate({ file }) {
      if (!inDir(file)) return undefined;
      const mod = this.environment.moduleGraph.getModuleById(RESOLVED_SCENARIOS_ID);
      // Returning the module makes Vite invalidate it and send it to the app's accept handler.
      return mod ? [mod] : [];
    },
  };
}
