import { describe, expect, it } from 'vitest';
import { calloutShape } from '../../src/diagram/geometry/callout';
import { placeCallout } from '../../src/diagram/geometry/calloutPlacement';
import { NAIVE_CAPTION, naiveCaption } from '../../src/diagram/geometry/caption';
import { overlapArea } from '../../src/diagram/geometry/rects';
import { placeTag, tagSize } from '../../src/diagram/geometry/tagPlacement';
import { rewriteNotes } from '../../src/diagram/state/rewriteNotes';
import { badgeObstacles, textWidth } from '../../src/layout';
import { build } from './fixtures';

describe('placeTag', () => {
  const { layout } = build('rabbit-hole');
  it('sizes a pill around its text', () => {
    const size = tagSize('HTTP 404', 14);
    expect(size.width).toBeGreaterThan(textWidth('HTTP 404', 14, 'sans', 600));
    expect(size.height).toBeGreaterThan(14);
  });

  it('prefers the first side that covers nothing and stays on the canvas', () => {
    const pod = layout.pods.find((p) => p.id === 'red-1');
    if (!pod) throw new Error('no red-1');
    const tag = placeTag(pod, '✓ delivered', 14, layout, {
      sides: ['below', 'right'],
      ignore: pod,
    });
    expect(tag.y).toBeGreaterThanOrEqual(pod.y + pod.height);
    for (const box of badgeObstacles(layout).filter((b) => b !== pod))
      expect(overlapArea(tag, box)).toBe(0);
  });

  it('falls back to the canvas when every side is off it', () => {
    const tag = placeTag({ x: 1590, y: 890, width: 10, height: 10 }, 'x', 14, layout, {
      sides: ['right'],
    });
    expect(tag.x + tag.width).toBeLessThanOrEqual(layout.width);
    expect(tag.y + tag.height).toBeLessThanOrEqual(layout.height);
  });
});

describe('callouts', () => {
  const { layout, trace } = build('rabbit-hole');
  const [note] = rewriteNotes(trace, 3);
  if (!note) throw new Error('no note');
  const shape = calloutShape(note, layout.fonts);

  it('gives every field two lines, the new value under the old one', () => {
    expect(shape.rows).toHaveLength(2);
    for (const row of shape.rows) expect(row.newY).toBeGreaterThan(row.oldY);
    expect(shape.height).toBeGreaterThan(shape.rows[1]?.newY ?? 0);
    expect(shape.width).toBeGreaterThanOrEqual(
      (shape.rows[0]?.valueX ?? 0) + textWidth('192.168.10.13:39605', 14, 'mono'),
    );
  });

  it('puts the NAT event inside the node that made it, below its rule table', () => {
    const box = placeCallout(layout, 'node-3', shape, []);
    const node = layout.nodes.find((n) => n.id === 'node-3');
    if (!node?.rules) throw new Error('no node-3 rules');
    expect(box.x).toBeGreaterThanOrEqual(node.x);
    expect(box.x + box.width).toBeLessThanOrEqual(node.x + node.width);
    expect(box.y).toBeGreaterThanOrEqual(node.rules.y + node.rules.height);
    expect(box.y + box.height).toBeLessThanOrEqual(node.y + node.height);
  });

  it('places a load balancer note beside the card, off the other cards', () => {
    const [lbNote] = rewriteNotes(trace, 2);
    if (!lbNote) throw new Error('no LB note');
    const box = placeCallout(layout, 'cloud-lb', calloutShape(lbNote, layout.fonts), []);
    for (const card of badgeObstacles(layout)) expect(overlapArea(box, card)).toBe(0);
  });
});

describe('naiveCaption', () => {
  it('sits above the Service box when there is room, centred, two lines', () => {
    const lines = naiveCaption(
      { x: 100, y: 100, width: 260, height: 96 },
      { family: 'sans', size: 15, weight: 400, lineHeight: 20 },
    );
    expect(lines.map((l) => l.text)).toEqual([...NAIVE_CAPTION]);
    for (const line of lines) {
      expect(line.y).toBeLessThan(100);
      expect(line.x).toBe(230);
    }
  });

  it('goes below when the box is at the top edge, and shrinks to the box width', () => {
    const lines = naiveCaption(
      { x: 0, y: 10, width: 100, height: 96 },
      { family: 'sans', size: 15, weight: 400, lineHeight: 20 },
    );
    expect(lines[0]?.y).toBeGreaterThan(106);
    for (const line of lines)
      expect(textWidth(line.text, line.fontSize, 'sans', 600)).toBeLessThanOrEqual(100.01);
  });
});
