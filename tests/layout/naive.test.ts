import { describe, expect, it } from 'vitest';
import { computeLayout, computeRoute } from '../../src/layout';
import { quizScenario } from './fixtures';
import { canvas, outside, overlapping } from './helpers';

describe('computeLayout: the naive model', () => {
  const layout = computeLayout(quizScenario(), { model: 'naive' });

  it('adds a dashed box per app Service, right of the load balancer, wired to the bus', () => {
    expect(layout.model).toBe('naive');
    const [box] = layout.serviceBoxes;
    expect(layout.serviceBoxes).toHaveLength(1);
    expect([box?.id, box?.kind, box?.dashed]).toEqual(['service/red', 'service', true]);
    expect(box?.labels.map((t) => t.text)).toEqual([
      'Service red',
      'ClusterIP 10.96.0.10:80',
      'selects 2 pods',
    ]);
    expect(box?.x).toBeGreaterThanOrEqual(layout.loadBalancer.x + layout.loadBalancer.width);
    expect(layout.links.find((l) => l.id === 'link:service/red')?.points).toEqual([
      box?.anchor,
      { x: box?.anchor.x, y: layout.buses[0]?.y },
    ]);
    const mid = ((box?.anchor.y ?? 0) + (layout.buses[0]?.y ?? 0)) / 2;
    expect(box?.rest.y).toBe(Math.round(mid * 2) / 2);
    expect(layout.entities['service/red']?.kind).toBe('service');
  });

  it('keeps the top cards apart and on the canvas', () => {
    const cards = [layout.client, layout.loadBalancer, ...layout.serviceBoxes];
    expect(overlapping(cards)).toEqual([]);
    expect(outside(canvas(layout), cards)).toEqual([]);
  });

  it('leaves the real model without Service boxes', () => {
    const real = computeLayout(quizScenario());
    expect(real.serviceBoxes).toEqual([]);
    expect(real.entities['service/red']).toBeUndefined();
    // Same nodes and pods either way: only the top band differs (and the node height, as the
    // caption above the Service box takes some of the canvas height).
    const withoutHeight = (l: typeof layout) => l.nodes.map(({ height: _, ...n }) => n);
    expect(withoutHeight(real)).toEqual(withoutHeight(layout));
    expect(real.pods).toEqual(layout.pods);
  });

  it('packs several Service boxes side by side', () => {
    const many = computeLayout(quizScenario({ apps: ['red', 'blue', 'green', 'gold'] }), {
      model: 'naive',
    });
    expect(many.serviceBoxes.map((b) => b.id).sort()).toEqual([
      'service/blue',
      'service/gold',
      'service/green',
      'service/red',
    ]);
    expect(overlapping([many.loadBalancer, ...many.serviceBoxes])).toEqual([]);
    expect(outside(canvas(many), many.serviceBoxes)).toEqual([]);
  });

  it('routes the controller up to the Service box and back down to the pod', () => {
    const box = layout.serviceBoxes[0];
    expect(box?.id).toBe('service/red');
    const toBox = computeRoute(layout, {
      from: 'ingress-nginx-controller',
      to: 'service/red',
      via: ['node-1'],
    });
    const toPod = computeRoute(layout, { from: 'service/red', to: 'red-2', via: ['node-4'] });
    expect(toBox.points.at(-1)).toEqual(box?.rest);
    expect(toPod.points[0]).toEqual(box?.rest);
    expect(Math.min(...toBox.points.map((p) => p.y))).toBe(box?.rest.y);
  });
});
