import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout';
import { quizScenario } from './fixtures';
import { canvas, innerBoxes, outside, overlapping } from './helpers';

// The quiz at 1600 x 900, full detail. Derivation of the numbers below:
// - nodes: (1600 - 2*24 margin - 3*24 gutter) / 4 = 370 wide, at x = 24 + i*394;
// - link gap (bus to node top, top cards to bus) = packet 54 + 2*10 = 74;
// - node height = tallest content (pod card bottom + 14 padding = 317.5) + one spare card slot
//   (62 gap + 54 card) = 433.5; the drawing (96 + 2*74 + 433.5) is centred: top = 111;
// - bus at 111 + 96 + 74 = 281, node tops at 281 + 74 = 355;
// - node port 28 from the right edge; node rest left of its link: port.x - 10 - 220/2, mid-gap.
describe('computeLayout: the 4-node quiz', () => {
  const layout = computeLayout(quizScenario());

  it('puts four full-detail nodes side by side', () => {
    expect(layout.grid).toEqual({ columns: 4, rows: 1 });
    expect(layout.detail).toBe('full');
    expect(layout.nodes.map((n) => [n.id, n.x, n.y, n.width, n.height])).toEqual([
      ['node-1', 24, 355, 370, 433.5],
      ['node-2', 418, 355, 370, 433.5],
      ['node-3', 812, 355, 370, 433.5],
      ['node-4', 1206, 355, 370, 433.5],
    ]);
    expect(layout.nodes.map((n) => [n.port.x, n.port.y, n.rest.x, n.rest.y])).toEqual([
      [366, 355, 246, 318],
      [760, 355, 640, 318],
      [1154, 355, 1034, 318],
      [1548, 355, 1428, 318],
    ]);
  });

  it('places the client top-left and the load balancer top-centre', () => {
    const { client, loadBalancer: lb } = layout;
    expect([client.x, client.y, client.width, client.height]).toEqual([24, 111, 280, 96]);
    expect(client.anchor).toEqual({ x: 304, y: 159 });
    expect(client.rest).toEqual({ x: 424, y: 159 });
    expect([lb.x, lb.y, lb.width, lb.height]).toEqual([650, 111, 300, 96]);
    expect(lb.anchor).toEqual({ x: 678, y: 207 });
    expect(lb.rest).toEqual({ x: 678, y: 244 });
    expect(lb.labels.map((t) => t.text)).toEqual([
      'cloud-lb',
      '203.0.113.10:80',
      'targets: node-3, node-4',
    ]);
  });

  it('wires the LB and every node to one bus', () => {
    expect(layout.buses.map((b) => [b.id, b.x1, b.x2, b.y, b.label?.text])).toEqual([
      ['bus:0', 24, 1576, 281, 'node network'],
    ]);
    expect(layout.links.map((l) => [l.id, l.kind, l.d])).toEqual([
      ['link:client', 'internet', 'M304,159L650,159'],
      ['link:cloud-lb', 'uplink', 'M678,207L678,281'],
      ['link:node-1', 'node', 'M366,281L366,355'],
      ['link:node-2', 'node', 'M760,281L760,355'],
      ['link:node-3', 'node', 'M1154,281L1154,355'],
      ['link:node-4', 'node', 'M1548,281L1548,355'],
    ]);
  });

  it('draws pods as cards inside their nodes, the packet resting above each', () => {
    expect(layout.pods.map((p) => [p.id, p.node, p.detail, p.x, p.y, p.width, p.height])).toEqual([
      ['ingress-nginx-controller', 'node-1', 'card', 38, 604.5, 314, 54],
      ['red-1', 'node-2', 'card', 432, 604.5, 314, 54],
      ['red-2', 'node-4', 'card', 1220, 604.5, 314, 54],
    ]);
    expect(layout.pods.map((p) => [p.rest, p.anchor])).toEqual([
      [
        { x: 195, y: 573.5 },
        { x: 195, y: 604.5 },
      ],
      [
        { x: 589, y: 573.5 },
        { x: 589, y: 604.5 },
      ],
      [
        { x: 1377, y: 573.5 },
        { x: 1377, y: 604.5 },
      ],
    ]);
    expect(layout.pods.map((p) => p.labels.map((t) => t.text))).toEqual([
      ['ingress-nginx-controller', '10.244.1.2'],
      ['red-1', '10.244.2.2'],
      ['red-2', '10.244.4.2'],
    ]);
  });

  it('badges the ingress controller pod', () => {
    const [controller, red1] = layout.pods;
    expect(controller?.ingressController).toBe(true);
    expect(controller?.badge?.label.text).toBe('ingress controller');
    expect(red1?.ingressController).toBe(false);
    expect(red1?.badge).toBeNull();
  });

  it('runs a bridge lane from each port down to its lowest pod row', () => {
    expect(layout.nodes.map((n) => n.bridge?.d ?? null)).toEqual([
      'M366,355V573.5',
      'M760,355V573.5',
      null,
      'M1548,355V573.5',
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
      x: 1377,
      y: 573.5,
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
