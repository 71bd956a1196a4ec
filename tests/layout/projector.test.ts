import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  DEFAULT_MIN_FONT_SIZE,
  type Layout,
  TALK_MIN_FONT_SIZE,
  type TextLine,
} from '../../src/layout';
import { quizScenario } from './fixtures';
import { canvas, innerBoxes, outside, overlapping, packetAt, textBox } from './helpers';

// Every text line of a layout: top cards, node headers, rule panels, pods, badges, bus label.
function allText(layout: Layout): TextLine[] {
  const panels = layout.nodes.flatMap((n) => [
    ...(n.rules?.title ? [n.rules.title] : []),
    ...(n.rules?.rules.flatMap((r) => r.lines) ?? []),
    ...(n.rules?.more ? [n.rules.more] : []),
  ]);
  return [
    ...[layout.client, layout.loadBalancer, ...layout.serviceBoxes].flatMap((c) => c.labels),
    ...layout.nodes.flatMap((n) => n.labels),
    ...panels,
    ...layout.pods.flatMap((p) => [...p.labels, ...(p.badge ? [p.badge.label] : [])]),
    ...layout.buses.flatMap((b) => (b.label ? [b.label] : [])),
  ];
}

// What the projector (and a 1280 x 720 laptop) shows: the resting packet never hides a name,
// text fits its box, type stays at least `minFontSize` at full detail.
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

  it('keeps every text line within its box: headers left of the port, rules in their panel', () => {
    for (const line of [...layout.client.labels, ...layout.loadBalancer.labels]) {
      expect(line.text).toBe(line.full);
    }
    for (const node of layout.nodes) {
      for (const line of node.labels) {
        const box = textBox(line);
        expect(box.x + box.width).toBeLessThanOrEqual(node.port.x);
      }
      const panel = node.rules;
      for (const line of panel?.rules.flatMap((r) => r.lines) ?? []) {
        const box = textBox(line);
        expect(box.x + box.width).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
      }
    }
  });
});

describe('minFontSize', () => {
  it.each([
    [14, 14, 20],
    [DEFAULT_MIN_FONT_SIZE, 20, 29],
    [TALK_MIN_FONT_SIZE, 24, 34.5],
  ])('at %i keeps every text line at full detail at least that big', (min, mono, title) => {
    const layout = computeLayout(quizScenario(), { minFontSize: min });
    expect(layout.detail).toBe('full');
    expect(layout.minFontSize).toBe(min);
    expect(layout.scale).toBeCloseTo(min / 14, 12);
    const sizes = allText(layout).map((t) => t.fontSize);
    expect(Math.min(...sizes)).toBe(min);
    expect(layout.nodeFonts.mono.size).toBe(mono);
    expect(layout.fonts.title.size).toBe(title);
    // The packet card and the paddings grow with the text.
    expect(layout.packet.fontSize).toBe(min);
    expect(layout.packet.width).toBe(Math.round(220 * (min / 14) * 2) / 2);
  });

  it('shortens labels that no longer fit, keeping the full text for the tooltip', () => {
    const talk = computeLayout(quizScenario(), { minFontSize: TALK_MIN_FONT_SIZE });
    const shortened = allText(talk).filter((t) => t.text !== t.full);
    expect(shortened.length).toBeGreaterThan(0);
    for (const line of shortened) {
      expect(line.text.endsWith('…') || line.full.length > line.text.length).toBe(true);
    }
    expect(overlapping(innerBoxes(talk))).toEqual([]);
  });

  it('switches to a less detailed level when the text does not fit the height', () => {
    // Talk mode on a stage of 1920 x 756 px (aspect 2.5): full detail needs more height.
    const wide = computeLayout(quizScenario(), { minFontSize: TALK_MIN_FONT_SIZE, aspect: 2.5 });
    expect(wide.detail).toBe('compact');
    expect(wide.pods.every((p) => p.detail === 'chip')).toBe(true);
    expect(wide.nodes.every((n) => (n.rules?.rules.length ?? 0) === 2)).toBe(true);
    // On a 16:9 screen the same type keeps full detail.
    const full = computeLayout(quizScenario(), { minFontSize: TALK_MIN_FONT_SIZE, aspect: 16 / 9 });
    expect(full.detail).toBe('full');
    expect(Math.min(...allText(full).map((t) => t.fontSize))).toBe(TALK_MIN_FONT_SIZE);
  });

  it('with strictMinFont keeps every text at minFontSize at every level of detail (talk mode)', () => {
    // The talk stage at 1920 x 1080 with the caption's two lines: aspect 2.1, compact detail.
    for (const aspect of [16 / 9, 2.1, 2.5]) {
      const talk = computeLayout(quizScenario(), {
        minFontSize: TALK_MIN_FONT_SIZE,
        aspect,
        strictMinFont: true,
      });
      const sizes = allText(talk).map((t) => t.fontSize);
      expect(Math.min(...sizes), `aspect ${aspect}`).toBeGreaterThanOrEqual(TALK_MIN_FONT_SIZE);
      for (const font of Object.values(talk.nodeFonts)) {
        expect(font.size).toBeGreaterThanOrEqual(TALK_MIN_FONT_SIZE);
      }
      expect(talk.packet.fontSize).toBeGreaterThanOrEqual(TALK_MIN_FONT_SIZE);
      expect(overlapping(innerBoxes(talk)), `aspect ${aspect}`).toEqual([]);
    }
    const wide = computeLayout(quizScenario(), {
      minFontSize: TALK_MIN_FONT_SIZE,
      aspect: 2.1,
      strictMinFont: true,
    });
    expect(wide.detail).toBe('compact');
    // A wider stage drops to minimal detail: its node text is scaled up to the floor, but
    // the cards keep the floor's own scale, so nothing overflows the canvas.
    const wider = computeLayout(quizScenario(), {
      minFontSize: TALK_MIN_FONT_SIZE,
      aspect: 2.8,
      strictMinFont: true,
    });
    expect(wider.detail).toBe('minimal');
    expect(wider.fonts.title.size).toBe(wide.fonts.title.size);
    expect(wider.viewBox.width).toBeLessThan(1600);
    // The rule panel's title drops the mode (it is in the callout) rather than being cut.
    expect(wide.nodes.map((n) => n.rules?.title?.text)).toEqual(Array(4).fill('kube-proxy'));
  });
});
