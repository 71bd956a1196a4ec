/**
 * Sizes of the diagram's own marks (rings, badges, tags, the packet card's rows), scaled with
 * the layout's level of detail so a 50-node cluster gets smaller marks than a 4-node one.
 */
import { type Layout, PACKET } from '../../layout';

/**
 * The layout's scale relative to the full projector design (1 at `full` detail).
 * @param layout - the layout (its packet card size)
 * @returns packet width / full packet width
 */
export function detailScale(layout: Pick<Layout, 'packet'>): number {
  return layout.packet.width / PACKET.width;
}

/**
 * Radius of a numbered hop badge.
 * @param layout - the layout
 * @returns 16 units at full detail, never below 10
 */
export function hopBadgeRadius(layout: Pick<Layout, 'packet'>): number {
  return Math.round(Math.max(10, 16 * detailScale(layout)));
}

/**
 * Gap between an entity's outline and its highlight ring.
 * @param layout - the layout
 * @returns 5 units at full detail, never below 2
 */
export function ringGap(layout: Pick<Layout, 'packet'>): number {
  return Math.max(2, Math.round(5 * detailScale(layout)));
}

/**
 * Font size of small tags (hop tag, end marker): the badge font of the top cards, or of the
 * nodes at minimal detail (a 50-node grid gets small tags), never below 9.
 * @param layout - the layout
 */
export function tagFontSize(layout: Pick<Layout, 'fonts' | 'nodeFonts' | 'detail'>): number {
  const fonts = layout.detail === 'minimal' ? layout.nodeFonts : layout.fonts;
  return Math.max(9, fonts.badge.size);
}
