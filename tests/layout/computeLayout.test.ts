import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout';
import { quizScenario } from './fixtures';
import { canvas, innerBoxes, outside, overlapping } from './helpers';

// The quiz at 1600 x 900 and the default minFontSize 20 (scale k = 20 / 14), full detail.
// Derivation of the numbers below:
// - fonts: title 20k = 29, body 15k = 21.5, monospace and badge 20 (rounded up to 0.5);
//   paddings grow half as fast as the text: node pad 14 x 1.21 = 17, rest pad 8 x 1.21 = 10;
// - nodes: (1600 - 2*32 margin - 3*24 gutter) / 4 = 366 wide, at x = 32 + i*390;
// - packet 220 x 46 at k: 314.5 x 65.5; link gap (bus to node top) = top gap (cards to bus)
//   = 65.5 + 2*10 = 85.5;
// - top cards: three lines (38 + 28 + 28) + 1.4 x 17 padding = 118 tall, at y = 16 (viewBox
//   margin); bus at 16 + 118 + 85.5 = 219.5, node tops at 219.5 + 85.5 = 305;
// - node height = the budget 900 - 16 - 305 = 579 (content 444 plus a NAT note's room would be
//   more); node port 2*17 from the right edge; node rest left of its link: port.x - 10 -
//   314.5/2, mid-gap.
describe('computeLayout: the 4-node quiz', () => {
  const layout = computeLayout(quizScenario());

  it('puts four full-detail nodes side by side', () => {
    expect(layout.grid).toEqual({ columns: 4, rows: 1 });
    expect(layout.detail).toBe('full');
    expect(layout.scale).toBeCloseTo(20 / 14, 12);
    expect(layout.nodes.map((n) => [n.id, n.x, n.y, n.width, n.height])).toEqual([
      ['node-1', 32, 305, 366, 579],
      ['node-2', 422, 305, 366, 579],
      ['node-3', 812, 305, 366, 579],
      ['node-4', 1202, 305, 366, 579],
    ]);
    expect(layout.nodes.map((n) => [n.port.x, n.port.y, n.rest.x, n.rest.y])).toEqual([
      [364, 305, 197, 262.5],
      [754, 305, 587, 262.5],
      [1144, 305, 977, 262.5],
      [1534, 305, 1367, 262.5],
    ]);
  });

  // Cards as wide as their text (client 252, LB 331 with its 40-unit lane); the LB centred
  // (uplink at 800 - 331/2 + 40), the client at the grid's left edge, its packet between them.
  it('places the client top-left and the load balancer top-centre', () => {
    const { client, loadBalancer: lb } = layout;
    expect([client.x, client.y, client.width, client.height]).toEqual([32, 16, 252, 118]);
    expect(client.anchor).toEqual({ x: 284, y: 75 });
    expect(client.rest).toEqual({ x: 451.5, y: 75 });
    expect([lb.x, lb.y, lb.width, lb.height]).toEqual([634.5, 16, 331, 118]);
    expect(lb.anchor).toEqual({ x: 674.5, y: 134 });
    expect(lb.rest).toEqual({ x: 674.5, y: 177 });
    expect(lb.labels.map((t) => t.text)).toEqual([
      'cloud-lb',
      '203.0.113.10:80',
      'targets: node-3, node-4',
    ]);
  });

  it('wires the LB and every node to one bus', () => {
    expect(layout.buses.map((b) => [b.id, b.x1, b.x2, b.y, b.label?.text])).toEqual([
      ['bus:0', 32, 1568, 219.5, 'node network'],
    ]);
    expect(layout.links.map((l) => [l.id, l.kind, l.d])).toEqual([
      ['link:client', 'internet', 'M284,75L634.5,75'],
      ['link:cloud-lb', 'uplink', 'M674.5,134L674.5,219.5'],
      ['link:node-1', 'node', 'M364,219.5L364,305'],
      ['link:node-2', 'node', 'M754,219.5L754,305'],
      ['link:node-3', 'node', 'M1144,219.5L1144,305'],
      ['link:node-4', 'node', 'M1534,219.5L1534,305'],
    ]);
  });

  it('keeps sibling boxes apart and everything on the canvas', () => {
    const top = [layout.client, layout.loadBalancer, ...layout.nodes];
    expect(overlapping(top)).toEqual([]);
    expect(overlapping(innerBoxes(layout))).toEqual([]);
    expect(outside(canvas(layout), [...top, ...innerBoxes(layout)])).toEqual([]);
    for (const node of layout.nodes) {
      const inner = innerBoxes(layout).filter(
        (b) => b.id.endsWith(`:${node.id}`) || node.pods.includes(b.id),
      );
      expect(outside(node, inner)).toEqual([]);
    }
  });

  it('lists every entity once, naming its routing vertex', () => {
    expect(Object.keys(layout.entities)).toEqual([
      'client',
      'cloud-lb',
      'node-1',
      'node-2',
      'node-3',
      'node-4',
      'ingress-nginx-controller',
      'red-1',
      'red-2',
    ]);
    const red2 = layout.entities['red-2'];
    expect(red2).toMatchObject({ kind: 'pod', node: 'node-4' });
    expect(layout.graph.vertices[red2?.vertex ?? -1]).toEqual({
      id: 'rest:red-2',
      x: 1368,
      y: 625,
      parent: expect.any(Number),
    });
  });

  it('is deterministic and matches the snapshot', async () => {
    expect(computeLayout(quizScenario())).toEqual(layout);
    await expect(`${JSON.stringify(layout, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/quiz-layout.json.snap',
    );
  });
});
