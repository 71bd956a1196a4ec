import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout';
import { quizScenario } from './fixtures';

// Inside the quiz's nodes at the default minFontSize 20 (see computeLayout.test.ts for the
// grid): node-1 at (32, 305), 366 wide, padding 17, port at x + 332.
describe('computeLayout: inside the quiz nodes', () => {
  const layout = computeLayout(quizScenario());

  // `10.0.0.11 · pods 10.244.1.0/24` is 30 monospace cells (360 units) for 298 of room.
  // Baselines: line boxes from 305 + 0.6 x 17, each baseline at half its line height + 0.35 em.
  it('writes the node header on two lines when `IP · pods CIDR` does not fit', () => {
    expect(layout.nodes[0]?.labels.map((t) => [t.text, t.fontSize, t.y])).toEqual([
      ['node-1', 29, 344],
      ['10.0.0.11', 20, 374],
      ['pods 10.244.1.0/24', 20, 402],
    ]);
  });

  // Pod cards: from the node's text inset (x + 17) to the lane's padding (port - 17), 298 wide;
  // name and IP lines (28 + 28) plus 2 x 7 padding = 70 tall, after a gap of 65.5 + 9 where the
  // packet rests.
  it('draws pods as cards inside their nodes, the packet resting above each', () => {
    expect(layout.pods.map((p) => [p.id, p.node, p.detail, p.x, p.y, p.width, p.height])).toEqual([
      ['ingress-nginx-controller', 'node-1', 'card', 49, 662, 298, 70],
      ['red-1', 'node-2', 'card', 439, 662, 298, 70],
      ['red-2', 'node-4', 'card', 1219, 662, 298, 70],
    ]);
    expect(layout.pods.map((p) => [p.rest, p.anchor])).toEqual([
      [
        { x: 198, y: 625 },
        { x: 198, y: 662 },
      ],
      [
        { x: 588, y: 625 },
        { x: 588, y: 662 },
      ],
      [
        { x: 1368, y: 625 },
        { x: 1368, y: 662 },
      ],
    ]);
    expect(layout.pods.map((p) => p.labels.map((t) => [t.text, t.full]))).toEqual([
      [
        ['ingress-nginx-contro…', 'ingress-nginx-controller'],
        ['10.244.1.2', '10.244.1.2'],
      ],
      [
        ['red-1', 'red-1'],
        ['10.244.2.2', '10.244.2.2'],
      ],
      [
        ['red-2', 'red-2'],
        ['10.244.4.2', '10.244.4.2'],
      ],
    ]);
  });

  it('marks the ingress controller pod, badged only when the badge fits beside its IP', () => {
    const [controller, red1] = layout.pods;
    expect(controller?.ingressController).toBe(true);
    expect(controller?.badge).toBeNull();
    expect(red1?.ingressController).toBe(false);
    const roomy = computeLayout(quizScenario(), { minFontSize: 14 });
    expect(roomy.pods[0]?.badge?.label.text).toBe('ingress controller');
  });

  it('runs a bridge lane from each port down to its lowest pod row', () => {
    expect(layout.nodes.map((n) => n.bridge?.d ?? null)).toEqual([
      'M364,305V625',
      'M754,305V625',
      null,
      'M1534,305V625',
    ]);
  });
});
