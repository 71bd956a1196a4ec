/**
 * Stories generated from the folder: every `scenarios/*.yaml` is a story file. The indexer
 * lists its stories (Storybook's sidebar, `index.json`); the Vite plugin turns the YAML
 * import into the CSF module that renders them, in Storybook and in addon-vitest's test
 * runs alike. A new file gets its stories without code.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Indexer, IndexInput } from 'storybook/internal/types';
import { type Plugin, runnerImport } from 'vite';
import type { PreparedScenario } from './prepareScenario.ts';
import { renderScenarioCsf, SCENARIO_STORIES } from './renderScenarioCsf.ts';
import { isScenarioFile, scenarioTitle } from './scenarioTitle.ts';

export { SCENARIO_STORIES } from './renderScenarioCsf.ts';
export { SCENARIOS_GROUP, scenarioTitle } from './scenarioTitle.ts';

/** The render and play functions every generated story uses (stories/support). */
const COMPONENT_FILE = fileURLToPath(
  new URL('../../stories/support/scenarioStoryModule.tsx', import.meta.url),
);
const PREPARE_FILE = fileURLToPath(new URL('./prepareScenario.ts', import.meta.url));

/**
 * Storybook indexer for scenario files: four stories per file (Walk, Start, Naive, Reply)
 * under `Scenarios/<metadata.name>`. Add the folder's glob to `stories` in main.ts.
 */
export const scenarioIndexer: Indexer = {
  test: /\.ya?ml$/i,
  createIndex: async (fileName): Promise<IndexInput[]> => {
    const title = scenarioTitle(fileName);
    return SCENARIO_STORIES.map(({ exportName }) => ({
      type: 'story',
      importPath: fileName,
      exportName,
      title,
      tags: ['scenario'],
    }));
  },
};

/** Options of {@link scenarioStoriesPlugin}. */
export interface ScenarioStoriesPluginOptions {
  /** The folder of scenario files, relative to Vite's root or absolute. @default 'scenarios' */
  dir?: string;
}

type Prepare = (fileName: string, text: string) => PreparedScenario;

/** src/model and src/sim through Vite's module runner, once (as scenariosPlugin does). */
function lazyPrepare(): () => Promise<Prepare> {
  let pending: Promise<Prepare> | undefined;
  return () => {
    pending ??= runnerImport<{ prepareScenario: Prepare }>(PREPARE_FILE).then(
      (result) => result.module.prepareScenario,
    );
    return pending;
  };
}

/** Queries that ask for something else than the module (`?raw` text, `?url`, workers). */
const OTHER_QUERY = /(?:^|&)(?:raw|url|inline|worker|sharedworker)\b/;

function specifier(from: string, to: string): string {
  const path = relative(dirname(from), to).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * Vite plugin: a plain import of `scenarios/<file>.yaml` loads as a CSF module (see
 * renderScenarioCsf.ts); `?raw` and other queries are left alone. In dev, editing a file
 * re-renders its stories.
 * @param options - where the scenario files are
 * @returns the plugin
 */
export function scenarioStoriesPlugin(options: ScenarioStoriesPluginOptions = {}): Plugin {
  let dir = resolve(options.dir ?? 'scenarios');
  const prepare = lazyPrepare();
  const storyFile = (id: string): string | undefined => {
    const [path = '', query = ''] = id.split('?', 2);
    if (OTHER_QUERY.test(query) || !isScenarioFile(path)) return undefined;
    const file = resolve(path);
    return dirname(file) === dir ? file : undefined;
  };
  return {
    name: 'packetwalk:scenario-stories',
    enforce: 'pre',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'scenarios');
    },
    async load(id) {
      const file = storyFile(id);
      if (file === undefined) return null;
      const text = readFileSync(file, 'utf8');
      const prepared = (await prepare())(basename(file), text);
      const code = renderScenarioCsf({
        title: scenarioTitle(file, text),
        prepared,
        componentModule: specifier(file, COMPONENT_FILE),
      });
      return { code, moduleType: 'js' };
    },
    hotUpdate: {
      // After scenariosPlugin, which narrows a scenario file's update to its virtual module.
      order: 'post',
      handler({ file, modules }) {
        if (storyFile(file) === undefined) return undefined;
        const own = [...(this.environment.moduleGraph.getModulesByFile(file) ?? [])];
        return [...modules, ...own.filter((mod) => !modules.includes(mod))];
      },
    },
  };
}
