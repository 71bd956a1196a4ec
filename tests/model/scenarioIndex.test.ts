/**
 * The scenario index shared by the loader's cross-checks and the walk (model/query/lookup.ts),
 * and the FNV-1a hash sim/ re-exports from model/.
 */
import { describe, expect, it } from 'vitest';
import { createScenarioIndex, findService, fnv1a32 } from '../../src/model/query';
import { fnv1a32 as simFnv1a32 } from '../../src/sim';
import { baseWith, mustLoad } from './helpers';

describe('createScenarioIndex / findService', () => {
  const { scenario } = mustLoad(baseWith());
  const index = createScenarioIndex(scenario);

  it('maps node, pod and Service names to the scenario objects', () => {
    expect(index.nodes.get('node-2')).toBe(scenario.cluster.nodes[1]);
    expect(index.pods.get('web-1')?.name).toBe('web-1');
    expect(index.services.get('default/web')?.name).toBe('web');
  });

  it('finds a Service by namespace/name, by bare name in a namespace, or by name alone', () => {
    const web = scenario.services.find((s) => s.name === 'web');
    expect(findService(index, 'default/web')).toBe(web);
    expect(findService(index, 'web', 'default')).toBe(web);
    expect(findService(index, 'web')).toBe(web);
    expect(findService(index, 'web', 'other')).toBeUndefined();
    expect(findService(index, 'nope')).toBeUndefined();
  });

  it('keeps the first object of each name in file order', () => {
    const [first, second] = scenario.cluster.nodes;
    if (!first || !second) throw new Error('the base scenario has two nodes');
    const twice = createScenarioIndex({
      ...scenario,
      cluster: { ...scenario.cluster, nodes: [first, { ...second, name: first.name }] },
    });
    expect(twice.nodes.get(first.name)).toBe(first);
  });
});

describe('fnv1a32', () => {
  it('is one function, defined in model/ and re-exported by sim/', () => {
    expect(simFnv1a32).toBe(fnv1a32);
  });
});
