import { describe, expect, it } from 'vitest';
import { computeLayout, computeRoute, type Layout, type Point, type Rect } from '../../src/layout';
import { buildScenario, gridScenario } from './fixtures';
import { canvas, distanceToRoute, outside, overlapping } from './helpers';

// Pods and panels of one node must stay inside it and apart from each other.
function nodeProblems(layout: Layout): string[] {
  const podsOf = new Map(layout.nodes.map((n) => [n.id, [] as Array<Rect & { id: string }>]));
  for (const pod of layout.pods) podsOf.get(pod.node)?.push(pod);
  return layout.nodes.flatMap((node) => {
    const inner = [{ ...node.header, id: `header:${node.id}` }, ...(podsOf.get(node.id) ?? [])];
    if (node.rules) inner.push({ ...node.rules, id: `rules:${node.id}` });
    return [...overlapping(inner), ...outside(node, inner)];
  });
}

describe('computeLayout: a 50-node grid', () => {
  const layout = computeLayout(gridScenario(50, 2));

  // Three pods on node-1: above the base scale they would be dots, so minimal detail stays at
  // the base sizes (title 12, monospace 10); the top cards too (title 20).
  // Nodes: (1600 - 2*32 - 9*12) / 10 = 142.8 wide (143 rounded).
  it('fills rows of 10 nodes at minimal detail with smaller type', () => {
    expect(layout.grid).toEqual({ columns: 10, rows: 5 });
    expect(layout.detail).toBe('minimal');
    expect(layout.scale).toBe(1);
    expect(layout.nodes.every((n) => n.detail === 'minimal')).toBe(true);
    expect(layout.fonts.title.size).toBe(20);
    expect(layout.nodeFonts.title.size).toBe(12);
    expect(layout.nodeFonts.mono.size).toBe(10);
    expect(layout.packet).toEqual({ width: 158.5, height: 33, fontSize: 10 });
    const first = layout.nodes[0];
    expect([first?.x, first?.width, first?.height]).toEqual([32, 143, 93.5]);
    expect(first?.labels.map((t) => t.text)).toEqual(['node-1', '10.0.0.11']);
  });

  it('keeps all nodes apart and on the canvas, their contents inside them', () => {
    expect(overlapping(layout.nodes)).toEqual([]);
    expect(outside(canvas(layout), [layout.client, layout.loadBalancer, ...layout.nodes])).toEqual(
      [],
    );
    expect(nodeProblems(layout)).toEqual([]);
  });

  it('shows pods as chips (or dots when crowded) and rules as stripes', () => {
    expect(new Set(layout.pods.map((p) => p.detail))).toEqual(new Set(['chip', 'dot']));
    const node2 = layout.nodes[1];
    expect(node2?.rules?.title).toBeNull();
    expect(node2?.rules?.rules.map((r) => [r.id, r.lines.length, r.height])).toEqual([
      ['rule:node-2:default/ingress-nginx', 0, 4],
      ['rule:node-2:default/red', 0, 4],
    ]);
  });

  it('gives each row a bus above it and joins the buses with a trunk under the LB', () => {
    expect(layout.buses).toHaveLength(5);
    layout.buses.forEach((bus, row) => {
      const nodes = layout.nodes.filter((n) => n.row === row);
      expect(nodes).toHaveLength(10);
      // Link gap: packet 33 + 2 x 5.
      for (const n of nodes) expect(bus.y).toBe(n.y - 43);
    });
    const trunk = layout.links.find((l) => l.kind === 'trunk');
    expect(trunk?.points).toEqual([
      { x: layout.loadBalancer.anchor.x, y: layout.buses[0]?.y },
      { x: layout.loadBalancer.anchor.x, y: layout.buses[4]?.y },
    ]);
    // The trunk runs in the gutter between the 5th and 6th columns.
    const [left, right] = [layout.nodes[4], layout.nodes[5]];
    expect(trunk?.points[0]?.x).toBeGreaterThan((left?.x ?? 0) + (left?.width ?? 0));
    expect(trunk?.points[0]?.x).toBeLessThan(right?.x ?? 0);
  });

  it('is deterministic', () => {
    expect(computeLayout(gridScenario(50, 2))).toEqual(layout);
  });

  it('crosses rows through the trunk in a grid', () => {
    const grid = layout;
    const trunk = grid.links.find((l) => l.kind === 'trunk');
    const route = computeRoute(grid, {
      from: 'red-1-1',
      to: 'red-50-1',
      via: ['node-1', 'node-50'],
    });
    const [top, bottom] = [trunk?.points[0], trunk?.points[1]] as Point[];
    expect(
      distanceToRoute(route, { x: top?.x ?? 0, y: ((top?.y ?? 0) + (bottom?.y ?? 0)) / 2 }),
    ).toBe(0);
  });
});

describe('computeLayout: other cluster sizes', () => {
  // A node is at most 1.2 x its preferred 370 units wide (at scale 20/14: 635), centred; the
  // client moves next to the LB, and the viewBox hugs them.
  it('centres one node under the load balancer', () => {
    const layout = computeLayout(
      buildScenario({ nodes: ['solo'], pods: [{ name: 'web', node: 'solo', app: 'red' }] }),
    );
    const solo = layout.nodes[0];
    const lb = layout.loadBalancer;
    expect([solo?.x, solo?.width, layout.detail]).toEqual([482.5, 635, 'full']);
    expect(lb.x + lb.width / 2).toBe(800);
    expect(layout.client.x).toBeGreaterThan(32);
    expect(layout.viewBox.x).toBe(layout.client.x - 16);
    expect(layout.links.filter((l) => l.kind === 'trunk')).toEqual([]);
  });

  it('lays out 8 nodes as 4 x 2 at compact detail', () => {
    const layout = computeLayout(gridScenario(8, 3));
    expect([layout.grid.columns, layout.grid.rows, layout.detail]).toEqual([4, 2, 'compact']);
    expect(nodeProblems(layout)).toEqual([]);
    expect(overlapping(layout.nodes)).toEqual([]);
  });

  it('still fits 1,000 nodes with 10 pods each on the canvas', () => {
    const layout = computeLayout(gridScenario(1000, 10));
    expect(layout.nodes).toHaveLength(1000);
    expect(layout.pods).toHaveLength(10001);
    expect(Object.keys(layout.entities)).toHaveLength(2 + 1000 + 10001);
    expect(overlapping(layout.nodes)).toEqual([]);
    expect(outside(canvas(layout), layout.nodes)).toEqual([]);
    expect(nodeProblems(layout)).toEqual([]);
  });

  it('wraps many pods of one node into columns', () => {
    const pods = Array.from({ length: 12 }, (_, i) => ({
      name: `red-${i + 1}`,
      node: 'node-2',
      app: 'red',
    }));
    const layout = computeLayout(
      buildScenario({ nodes: ['node-1', 'node-2', 'node-3', 'node-4'], pods }),
    );
    const columns = new Set(layout.pods.map((p) => p.column));
    expect(columns.size).toBeGreaterThan(1);
    expect(nodeProblems(layout)).toEqual([]);
  });
});
