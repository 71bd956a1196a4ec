/**
 * Where the packet is: reads the packet's position (its `data-x`/`data-y`, in diagram units,
 * written at rest; and where it is drawn right now, in screen pixels, while it travels) and
 * the boxes of the drawn entities, so tests can say how far it rests from an entity.
 */
import type { Page } from 'playwright-core';

/** The packet's state as the DOM shows it. */
export interface PacketState {
  step: number;
  x: number;
  y: number;
  /** The centre of the packet as drawn this frame, in CSS pixels (it moves while in flight). */
  screen: { x: number; y: number };
  /** Distance from the packet's resting point to each drawn entity's box, in diagram units. */
  distances: Record<string, number>;
}

/** Reads the packet's step, position and nearest entity. */
export function readPacket(page: Page): Promise<PacketState> {
  return page.evaluate(() => {
    const packet = document.querySelector<SVGGElement>('[data-entity="packet"]');
    if (!packet) throw new Error('no packet');
    const x = Number(packet.getAttribute('data-x'));
    const y = Number(packet.getAttribute('data-y'));
    const distances: Record<string, number> = {};
    for (const el of document.querySelectorAll<SVGGraphicsElement>('svg [data-entity]')) {
      const id = el.getAttribute('data-entity') ?? '';
      if (id === 'packet' || el.closest('[data-entity="packet"]')) continue;
      const box = el.getBBox();
      const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
      const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
      distances[id] = Math.min(distances[id] ?? Number.POSITIVE_INFINITY, Math.hypot(dx, dy));
    }
    const drawn = packet.getBoundingClientRect();
    const screen = { x: drawn.x + drawn.width / 2, y: drawn.y + drawn.height / 2 };
    return { step: Number(packet.getAttribute('data-step')), x, y, screen, distances };
  });
}

/**
 * Waits until the packet shows step `n` and rests (the diagram sets `data-at` to the entity
 * it rests at once the leg's progress reaches 1, and empties it while the packet travels).
 */
export async function waitForRest(page: Page, n: number): Promise<PacketState & { at: string }> {
  const packet = page.locator(
    `[data-entity="packet"][data-step="${n}"][data-at]:not([data-at=""])`,
  );
  await packet.waitFor({ state: 'attached' });
  const at = (await packet.getAttribute('data-at')) ?? '';
  return { ...(await readPacket(page)), at };
}
