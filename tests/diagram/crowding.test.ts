import { describe, expect, it } from 'vitest';
import { placeNotes } from '../../src/diagram/geometry/notePlacement';
import { overlapArea } from '../../src/diagram/geometry/rects';
import { hopBadgeSpecs, hopTags } from '../../src/diagram/state/hopBadges';
import type { Rect } from '../../src/layout';
import { build } from './fixtures';

const inside = (outer: Rect, inner: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

// At 50 nodes every name is small and close to the next: NAT notes and the hop tag must not
// sit on another node's header (its name and IP).
describe('a 50-node cluster', () => {
  const { layout, trace, routes } = build('generated-50');

  it('is drawn at minimal detail', () => {
    expect(layout.detail).toBe('minimal');
  });

  it.each(Array.from({ length: trace.steps.length }, (_, i) => i + 1))(
    'step %i: NAT notes are small, inside the viewBox, on no other node’s name',
    (step) => {
      for (const placed of placeNotes(layout, trace, routes, step)) {
        expect(placed.shape.form).toBe('inline');
        expect(placed.shape.monoSize).toBe(layout.nodeFonts.mono.size);
        expect(inside(layout.viewBox, placed.box)).toBe(true);
        const host = layout.entities[placed.note.at];
        const own = host?.kind === 'node' ? placed.note.at : host?.node;
        for (const node of layout.nodes.filter((n) => n.id !== own))
          expect(overlapArea(placed.box, node.header), node.id).toBe(0);
      }
    },
  );

  it('puts the "SNAT + node crossing" tag on no node name, in small type', () => {
    const specs = hopBadgeSpecs(layout, trace, routes);
    const tags = hopTags(layout, specs);
    expect(tags.filter(Boolean)).toHaveLength(1);
    for (const tag of tags) {
      if (!tag) continue;
      expect(tag.fontSize).toBe(Math.max(9, layout.nodeFonts.badge.size));
      for (const node of layout.nodes) expect(overlapArea(tag, node.header), node.id).toBe(0);
      for (const card of [layout.client, layout.loadBalancer])
        expect(overlapArea(tag, card)).toBe(0);
    }
  });
});
