import { describe, expect, it } from 'vitest';
import { calloutShape } from '../../src/diagram/geometry/callout';
import { placeCallout } from '../../src/diagram/geometry/calloutPlacement';
import { NAIVE_CAPTION, naiveCaption } from '../../src/diagram/geometry/caption';
import { overlapArea } from '../../src/diagram/geometry/rects';
import { nameBoxes, placeTag, tagSize } from '../../src/diagram/geometry/tagPlacement';
import { rewriteNotes } from '../../src/diagram/state/rewriteNotes';
import { badgeObstacles, textWidth } from '../../src/layout';
import { build, buildWith } from './fixtures';

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
  const wide = calloutShape(note, layout.fonts, 'wide');
  const node3 = layout.nodes.find((n) => n.id === 'node-3');
  if (!node3?.rules) throw new Error('no node-3 rules');
  const narrow = node3.width - 2 * Math.round(node3.radius * 0.7);
  const stacked = calloutShape(note, layout.fonts, 'stacked', narrow);

  it('gives every field two lines in the wide form, the new value under the old one', () => {
    expect(wide.rows).toHaveLength(2);
    for (const row of wide.rows) expect(row.new.y).toBeGreaterThan(row.old.y);
    expect(wide.height).toBeGreaterThan(wide.rows[1]?.new.y ?? 0);
    expect(wide.width).toBeGreaterThanOrEqual(
      (wide.rows[0]?.old.x ?? 0) + textWidth('192.168.10.13:39605', 20, 'mono'),
    );
  });

  it('stacks pill, old and new value on three lines to fit a node, heading shortened', () => {
    expect(wide.width).toBeGreaterThan(narrow);
    expect(stacked.width).toBeLessThanOrEqual(narrow);
    for (const row of stacked.rows) {
      expect(row.old.y).toBeGreaterThan(row.field.y);
      expect(row.new.y).toBeGreaterThan(row.old.y);
    }
    expect(stacked.heading?.full).toBe('kube-proxy (iptables)');
  });

  it('writes one line per field, without heading, at minimal detail', () => {
    const inline = calloutShape(note, layout.nodeFonts, 'inline');
    expect(inline.heading).toBeNull();
    for (const row of inline.rows) {
      expect(row.new.y).toBe(row.old.y);
      expect(row.new.x).toBeGreaterThan(row.old.x);
    }
  });

  it('puts the NAT event inside the node that made it, below its rule table', () => {
    const { box, index, leader } = placeCallout(layout, 'node-3', [wide, stacked], []);
    expect(index).toBe(1);
    expect(leader).toBeNull();
    expect(box.x).toBeGreaterThanOrEqual(node3.x);
    expect(box.x + box.width).toBeLessThanOrEqual(node3.x + node3.width);
    expect(box.y).toBeGreaterThanOrEqual((node3.rules?.y ?? 0) + (node3.rules?.height ?? 0));
    expect(box.y + box.height).toBeLessThanOrEqual(node3.y + node3.height);
  });

  it('places a load balancer note beside the card, off the other cards', () => {
    const [lbNote] = rewriteNotes(trace, 2);
    if (!lbNote) throw new Error('no LB note');
    const shape = calloutShape(lbNote, layout.fonts);
    const { box } = placeCallout(layout, 'cloud-lb', [shape], []);
    for (const card of badgeObstacles(layout)) expect(overlapArea(box, card)).toBe(0);
    expect(overlapArea(box, layout.viewBox)).toBe(box.width * box.height);
  });

  it('fits a pod note inside its node when the container leaves the height, else leads to it', () => {
    const [proxy] = rewriteNotes(trace, 4);
    if (!proxy) throw new Error('no proxy note');
    const place = (aspect: number) => {
      const tall = buildWith('rabbit-hole', { aspect }).layout;
      const shapes = [
        calloutShape(proxy, tall.fonts, 'wide'),
        calloutShape(proxy, tall.fonts, 'stacked', narrow),
      ];
      return { layout: tall, ...placeCallout(tall, proxy.at, shapes, []) };
    };
    // A framed page of 1.6: the node rows keep a NAT note's room under the pods.
    const roomy = place(1.6);
    const node1 = roomy.layout.nodes[0];
    const pod = roomy.layout.pods.find((p) => p.id === proxy.at);
    expect(roomy.leader).toBeNull();
    expect(roomy.box.y).toBeGreaterThanOrEqual((pod?.y ?? 0) + (pod?.height ?? 0));
    expect(roomy.box.y + roomy.box.height).toBeLessThanOrEqual(
      (node1?.y ?? 0) + (node1?.height ?? 0),
    );
    // A wide 16:9 page: no room under the pod, so beside the load balancer, with a leader line.
    const tight = place(16 / 9);
    expect(tight.leader).not.toBeNull();
    for (const name of nameBoxes(tight.layout)) expect(overlapArea(tight.box, name)).toBe(0);
    for (const box of badgeObstacles(tight.layout)) expect(overlapArea(tight.box, box)).toBe(0);
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
