import { describe, expect, it } from 'vitest';
import { calloutShape } from '../../src/diagram/geometry/callout';
import { rewriteNotes } from '../../src/diagram/state/rewriteNotes';
import { noteInset } from '../../src/layout';
import { noteRoom } from '../../src/layout/noteRoom';
import { buildWith } from './fixtures';

// layout/noteRoom.ts reserves room for a NAT note without importing the diagram: its formula
// must stay the height of the stacked two-row callout plus its insets.
describe('noteRoom', () => {
  for (const minFontSize of [14, 20, 24, 32]) {
    it(`is a stacked two-row callout plus its insets (minFontSize ${minFontSize})`, () => {
      const { layout, trace } = buildWith('rabbit-hole', { width: 1600, height: 900, minFontSize });
      const note = rewriteNotes(trace, 3).find((n) => n.rows.length === 2);
      const node = layout.nodes[0];
      if (!note || !node) throw new Error('no two-row note');
      const stacked = calloutShape(note, layout.fonts, 'stacked');
      expect(noteRoom(layout.fonts, node.radius)).toBe(stacked.height + 2 * noteInset(node.radius));
    });
  }
});
