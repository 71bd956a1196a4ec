import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/layout';
import { quizScenario } from './fixtures';
import { canvas, innerBoxes, outside, overlapping, packetAt, textBox } from './helpers';

// What the projector shows: the resting packet never hides a name, text fits its box, type
// stays at the minimum sizes (title 20, body 15, monospace 14).
describe('computeLayout: the quiz on a projector', () => {
  const layout = computeLayout(quizScenario());

  it('rests the packet where it hides no card, header, panel or text', () => {
    const solid = [layout.client, layout.loadBalancer, ...innerBoxes(layout)];
    const texts = [
      ...layout.client.labels,
      ...layout.loadBalancer.labels,
      ...layout.nodes.flatMap((n) => n.labels),
    ];
    for (const [id, entity] of Object.entries(layout.entities)) {
      const packet = { ...packetAt(layout, entity.rest), id: `packet@${id}` };
      expect(overlapping([packet, ...solid]).filter((pair) => pair.startsWith('packet@'))).toEqual(
        [],
      );
      expect(
        overlapping([packet, ...texts.map(textBox)]).filter((pair) => pair.startsWith('packet@')),
      ).toEqual([]);
      expect(outside(canvas(layout), [packet])).toEqual([]);
    }
  });

  it('keeps every text line within its box and at projector sizes', () => {
    for (const line of [...layout.client.labels, ...layout.loadBalancer.labels]) {
      expect(line.fontSize).toBeGreaterThanOrEqual(14);
      expect(line.text).toBe(line.full);
    }
    for (const node of layout.nodes) {
      for (const line of [...node.labels, ...(node.rules?.rules.flatMap((r) => r.lines) ?? [])]) {
        const box = textBox(line);
        expect(box.x + box.width).toBeLessThanOrEqual(node.port.x);
        expect(line.fontSize).toBeGreaterThanOrEqual(14);
      }
    }
    expect(layout.fonts.title.size).toBe(20);
    expect(layout.fonts.body.size).toBe(15);
    expect(layout.fonts.mono.size).toBe(14);
  });
});
