import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  computeRoute,
  type Layout,
  type LayoutOptions,
  type Rect,
  TALK_MIN_FONT_SIZE,
  VIEW_MARGIN,
} from '../../src/layout';
import type { Scenario } from '../../src/model';
import { gridScenario, QUIZ_STEPS, quizScenario } from './fixtures';
import { distanceToRoute, innerBoxes, outside, overlapping } from './helpers';

// Everything drawn: cards, nodes and their insides, buses, links, the packet at every rest.
function drawn(layout: Layout): Array<Rect & { id: string }> {
  const { width, height } = layout.packet;
  const packets = Object.entries(layout.entities).map(([id, e]) => ({
    id: `packet@${id}`,
    x: e.rest.x - width / 2,
    y: e.rest.y - height / 2,
    width,
    height,
  }));
  const lines = [
    ...layout.buses.map((b) => ({ id: b.id, x: b.x1, y: b.y, width: b.x2 - b.x1, height: 0 })),
    ...layout.links.flatMap((l) => l.points.map((p) => ({ id: l.id, ...p, width: 0, height: 0 }))),
  ];
  const cards = [layout.client, layout.loadBalancer, ...layout.serviceBoxes, ...layout.nodes];
  // The naive caption: two body lines (1.25 em apart) 6 units above each Service box.
  const caption = 6 + 2 * Math.round(layout.fonts.body.size * 1.25);
  const captions = layout.serviceBoxes.map((b) => ({ ...b, id: 'caption', y: b.y - caption }));
  return [...cards, ...innerBoxes(layout), ...lines, ...packets, ...captions];
}

function bounds(rects: Rect[]) {
  return {
    left: Math.min(...rects.map((r) => r.x)),
    top: Math.min(...rects.map((r) => r.y)),
    right: Math.max(...rects.map((r) => r.x + r.width)),
    bottom: Math.max(...rects.map((r) => r.y + r.height)),
  };
}

const cases: Array<[string, Scenario, LayoutOptions]> = [
  ['the quiz', quizScenario(), {}],
  ['the quiz, talk size', quizScenario(), { minFontSize: TALK_MIN_FONT_SIZE, aspect: 16 / 9 }],
  ['the quiz on a portrait phone', quizScenario(), { aspect: 9 / 16 }],
  ['the naive quiz', quizScenario(), { model: 'naive', aspect: 1.6 }],
  ['8 nodes', gridScenario(8, 3), {}],
  ['50 nodes', gridScenario(50, 2), { aspect: 1.6 }],
];

describe('viewBox', () => {
  it.each(cases)('holds everything drawn in %s, plus the margin and no more', (_, scenario, o) => {
    const layout = computeLayout(scenario, o);
    const vb = layout.viewBox;
    const all = drawn(layout);
    expect(outside(vb, all)).toEqual([]);
    const b = bounds(all);
    // Tight: the margin (16) plus at most 0.5 of rounding on each side.
    for (const gap of [b.left - vb.x, b.top - vb.y, vb.x + vb.width - b.right]) {
      expect(gap).toBeGreaterThanOrEqual(VIEW_MARGIN);
      expect(gap).toBeLessThanOrEqual(VIEW_MARGIN + 0.5);
    }
    expect(vb.y + vb.height - b.bottom).toBeGreaterThanOrEqual(VIEW_MARGIN);
    expect(vb.y + vb.height - b.bottom).toBeLessThanOrEqual(VIEW_MARGIN + 0.5);
    // It never asks for more height than the canvas: the SVG fills a container of its aspect.
    expect(vb.height).toBeLessThanOrEqual(layout.height);
  });

  it('holds every route of the quiz', () => {
    const layout = computeLayout(quizScenario());
    for (const leg of QUIZ_STEPS) {
      const points = computeRoute(layout, leg).points.map((p) => ({ ...p, width: 0, height: 0 }));
      expect(outside(layout.viewBox, points)).toEqual([]);
    }
  });

  it('leaves room for the naive caption above the Service box', () => {
    const layout = computeLayout(quizScenario(), { model: 'naive' });
    const box = layout.serviceBoxes[0];
    const caption = 6 + 2 * Math.round(layout.fonts.body.size * 1.25);
    expect(box && box.y - caption).toBeGreaterThanOrEqual(layout.viewBox.y + VIEW_MARGIN);
  });
});

describe('the container aspect', () => {
  // In a container of that shape (aspect x 1), the SVG scales by min(aspect / vb.width,
  // 1 / vb.height): never less than content spanning the canvas width (1600 - 2 x 16) gives.
  it('derives the height from it, so the content is never height-bound in that container', () => {
    for (const aspect of [9 / 16, 1, 1.6, 16 / 9, 2.4]) {
      const layout = computeLayout(quizScenario(), { aspect });
      const vb = layout.viewBox;
      expect(layout.height).toBe(Math.round((1600 - 32) / aspect));
      const scale = Math.min(aspect / vb.width, 1 / vb.height);
      expect(scale).toBeGreaterThanOrEqual(aspect / 1568 - 1e-9);
    }
  });

  it('puts 4 nodes 4 across on 16:9 and 2 x 2 on a portrait phone', () => {
    expect(computeLayout(quizScenario(), { aspect: 16 / 9 }).grid).toEqual({ columns: 4, rows: 1 });
    const tall = computeLayout(quizScenario(), { aspect: 9 / 16 });
    expect(tall.grid).toEqual({ columns: 2, rows: 2 });
    expect(tall.detail).toBe('full');
    expect(overlapping([...tall.nodes, tall.client, tall.loadBalancer])).toEqual([]);
    // Narrower content: the same type shows bigger on a narrow screen.
    expect(tall.viewBox.width).toBeLessThan(computeLayout(quizScenario()).viewBox.width);
    // Rows are joined by the trunk, and routes still run from rest to rest through it.
    const trunk = tall.links.find((l) => l.kind === 'trunk');
    expect(trunk).toBeDefined();
    const leg = { from: 'ingress-nginx-controller', to: 'red-2', via: ['node-1', 'node-4'] };
    const route = computeRoute(tall, leg);
    expect(route.points[0]).toEqual(tall.entities['ingress-nginx-controller']?.rest);
    expect(route.points.at(-1)).toEqual(tall.entities['red-2']?.rest);
    const [top, bottom] = trunk?.points ?? [];
    const middle = { x: top?.x ?? 0, y: ((top?.y ?? 0) + (bottom?.y ?? 0)) / 2 };
    expect(distanceToRoute(route, middle)).toBe(0);
  });
});
