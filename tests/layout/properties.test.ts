import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout, computeRoute } from '../../src/layout';
import { buildScenario, type PodSpec } from './buildScenario';
import { canvas, innerBoxes, outside, overlapping } from './helpers';

// Any cluster shape: 1-60 nodes, 0-6 pods each, at a few canvas sizes.
const cluster = fc.record({
  pods: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 60 }),
  size: fc.constantFrom(
    { width: 1600, height: 900 },
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ),
  model: fc.constantFrom('real' as const, 'naive' as const),
});

function scenarioOf(podCounts: number[]) {
  const nodes = podCounts.map((_, i) => `node-${i + 1}`);
  const pods: PodSpec[] = podCounts.flatMap((count, i) =>
    Array.from({ length: count }, (_, k) => ({
      name: `p-${i + 1}-${k + 1}`,
      node: `node-${i + 1}`,
      app: 'red',
    })),
  );
  return buildScenario({ nodes, pods });
}

describe('computeLayout: properties', () => {
  it('keeps boxes apart and on the canvas for any cluster shape', () => {
    fc.assert(
      fc.property(cluster, ({ pods, size: { width, height }, model }) => {
        const layout = computeLayout(scenarioOf(pods), { width, height, model });
        const top = [layout.client, layout.loadBalancer, ...layout.serviceBoxes, ...layout.nodes];
        expect(overlapping(top)).toEqual([]);
        expect(overlapping(innerBoxes(layout))).toEqual([]);
        expect(outside(canvas(layout), [...top, ...innerBoxes(layout)])).toEqual([]);
      }),
      { seed: 20240601, numRuns: 40 },
    );
  });

  it('routes between any two entities from rest to rest, the reply reversed', () => {
    fc.assert(
      fc.property(cluster, fc.nat(), fc.nat(), ({ pods, model }, a, b) => {
        const layout = computeLayout(scenarioOf(pods), { model });
        const ids = Object.keys(layout.entities);
        const from = ids[a % ids.length] ?? 'client';
        const to = ids[b % ids.length] ?? 'client';
        const route = computeRoute(layout, { from, to, via: [] });
        expect(route.points[0]).toEqual(layout.entities[from]?.rest);
        expect(route.points.at(-1)).toEqual(layout.entities[to]?.rest);
        expect(route.length).toBeGreaterThan(0);
        expect(computeRoute(layout, { from: to, to: from, via: [] }).points).toEqual(
          [...route.points].reverse(),
        );
      }),
      { seed: 20240602, numRuns: 60 },
    );
  });
});
