import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout, type Rect } from '../../src/layout';
import { buildScenario, gridScenario } from './fixtures';
import { canvas, outside, overlapping } from './helpers';

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

  it('fills rows of 10 nodes at minimal detail with smaller type', () => {
    expect(layout.grid).toEqual({ columns: 10, rows: 5 });
    expect(layout.detail).toBe('minimal');
    expect(layout.nodes.every((n) => n.detail === 'minimal')).toBe(true);
    expect(layout.fonts.title.size).toBe(12);
    expect(layout.fonts.mono.size).toBe(10);
    expect(layout.packet).toEqual({ width: 158.5, height: 39, fontSize: 10 });
    const first = layout.nodes[0];
    expect([first?.x, first?.width, first?.height]).toEqual([24, 144.5, 87]);
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
      for (const n of nodes) expect(bus.y).toBe(n.y - 49);
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
});

describe('computeLayout: other cluster sizes', () => {
  it('centres one node under the load balancer', () => {
    const layout = computeLayout(
      buildScenario({ nodes: ['solo'], pods: [{ name: 'web', node: 'solo', app: 'red' }] }),
    );
    const solo = layout.nodes[0];
    expect([solo?.x, solo?.width, layout.detail]).toEqual([580, 440, 'full']);
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
