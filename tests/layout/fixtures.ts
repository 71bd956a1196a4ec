/** Scenarios and walk legs the layout tests share. */
import type { Scenario } from '../../src/model';
import type { Step } from '../../src/sim';
import { buildScenario, type PodSpec, type ScenarioSpec } from './buildScenario';

export { buildScenario };

/** The quiz: 4 nodes, the controller on node-1, red-1 on node-2, red-2 on node-4, LB to node-3/4. */
export function quizScenario(overrides: Partial<ScenarioSpec> = {}): Scenario {
  return buildScenario({
    nodes: ['node-1', 'node-2', 'node-3', 'node-4'],
    pods: [
      { name: 'ingress-nginx-controller', node: 'node-1', app: 'ingress-nginx' },
      { name: 'red-1', node: 'node-2', app: 'red' },
      { name: 'red-2', node: 'node-4', app: 'red' },
    ],
    targets: ['node-3', 'node-4'],
    ...overrides,
  });
}

/**
 * A cluster of `count` nodes with `podsPerNode` red pods each and the controller on node-1.
 * @param count - number of nodes
 * @param podsPerNode - red pods on every node
 */
export function gridScenario(count: number, podsPerNode = 1): Scenario {
  const nodes = Array.from({ length: count }, (_, i) => `node-${i + 1}`);
  const podSpecs: PodSpec[] = [
    { name: 'ingress-nginx-controller', node: 'node-1', app: 'ingress-nginx' },
  ];
  nodes.forEach((node, i) => {
    for (let k = 0; k < podsPerNode; k += 1)
      podSpecs.push({ name: `red-${i + 1}-${k + 1}`, node, app: 'red' });
  });
  return buildScenario({ nodes, pods: podSpecs });
}

/** A step's route inputs. */
export type Leg = Pick<Step, 'from' | 'to' | 'via'>;

/** The quiz walk's request legs (real model): client to red-2. */
export const QUIZ_STEPS: Leg[] = [
  { from: 'client', to: 'cloud-lb', via: [] },
  { from: 'cloud-lb', to: 'node-3', via: [] },
  { from: 'node-3', to: 'ingress-nginx-controller', via: [] },
  { from: 'ingress-nginx-controller', to: 'red-2', via: [] },
];
