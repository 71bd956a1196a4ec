/**
 * Every NAT note of a step laid out and placed: one callout per acting entity, in the form that
 * fits (wide, or stacked to fit inside a node; inline at minimal detail), clear of where the
 * packet waits and lands, of the hop badges shown and of each other.
 */
import { type Layout, noteInset, type Rect, type Route } from '../../layout';
import type { Trace } from '../../sim';
import { type HopBadgeSpec, hopBadgeSpecs } from '../state/hopBadges';
import { type RewriteNote, rewriteNotes } from '../state/rewriteNotes';
import { type CalloutShape, calloutShape } from './callout';
import { type CalloutPlace, placeCallout } from './calloutPlacement';
import { centredRect } from './rects';

/** A note, its shape and where it goes. */
export interface PlacedNote extends CalloutPlace {
  note: RewriteNote;
  shape: CalloutShape;
}

// Wide, then stacked (as narrow as a node); at minimal detail one small inline form.
function shapesOf(layout: Layout, note: RewriteNote): CalloutShape[] {
  if (layout.detail === 'minimal') return [calloutShape(note, layout.nodeFonts, 'inline')];
  const node = layout.nodes[0];
  const narrow = node ? node.width - 2 * noteInset(node.radius) : undefined;
  return [
    calloutShape(note, layout.fonts, 'wide'),
    calloutShape(note, layout.fonts, 'stacked', narrow),
  ];
}

/**
 * Places the notes of a step.
 * @param layout - the layout
 * @param trace - the walk
 * @param routes - `computeRoutes(layout, trace)` (the hop badges on them are kept clear)
 * @param step - 0..steps.length
 * @param badges - `hopBadgeSpecs(layout, trace, routes)`, when the caller has them already
 * @returns one placed note per acting entity, in the order they acted
 */
export function placeNotes(
  layout: Layout,
  trace: Pick<Trace, 'steps'>,
  routes: Route[],
  step: number,
  badges: HopBadgeSpec[] = hopBadgeSpecs(layout, trace, routes),
): PlacedNote[] {
  const leg = trace.steps[step - 1];
  const { width, height } = layout.packet;
  const avoid: Rect[] = [leg?.from, leg?.to].flatMap((id) => {
    const rest = id ? layout.entities[id]?.rest : undefined;
    return rest ? [centredRect(rest, width + 8, height + 8)] : [];
  });
  for (const b of badges) if (b.step <= step) avoid.push(centredRect(b, 2 * b.r, 2 * b.r));
  return rewriteNotes(trace, step).map((note) => {
    const shapes = shapesOf(layout, note);
    const place = placeCallout(layout, note.at, shapes, avoid);
    avoid.push(place.box);
    return { note, shape: shapes[place.index] ?? (shapes[0] as CalloutShape), ...place };
  });
}
