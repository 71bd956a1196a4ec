// Public surface of app/build/: the build-time (Node) side of the app. vite.config.ts
// imports it; the browser never does.

// The scenarios plugin

export type { ScenariosPluginOptions } from './scenariosPlugin.ts';
export {
  RESOLVED_SCENARIOS_ID,
  renderScenariosModule,
  SCENARIOS_MODULE_ID,
  scenariosPlugin,
} from './scenariosPlugin.ts';

// Loading and ordering

export type { ScenarioLoader } from './collectScenarios.ts';
export { bundleScenario, collectScenarios, isScenarioFileName } from './collectScenarios.ts';
export type { TopicGroup } from './teachingOrder.ts';
export { OTHER_TOPIC, TEACHING_ORDER, teachingRank } from './teachingOrder.ts';
