import { describe, expect, it } from 'vitest';
import { packetFieldsAt, TURN_SHARE } from '../../src/diagram';
import { packetCard } from '../../src/diagram/geometry/packetCard';
import { build } from './fixtures';
import { packetAt, packetOf, renderDiagram, setMotion } from './render';

// rabbit-hole with replies: leg 4 brings the request to red-1, leg 5 is red-1's answer.
const rabbit = build('rabbit-hole');
const rowGap = (() => {
  const card = packetCard(rabbit.layout.packet);
  return card.rows.dst.baseline - card.rows.src.baseline;
})();

function swapOf(container: HTMLElement, field: 'src' | 'dst') {
  const row = packetOf(container).querySelector(`[data-field="${field}"]`);
  const group = row?.querySelector<SVGGElement>('[data-swap]');
  return { row, group, transform: group?.style.transform ?? '', text: row?.textContent ?? '' };
}

describe('the reply turnaround', () => {
  it('swaps src and dst in the card, not in one jump: each value starts in the other row', async () => {
    const request = packetFieldsAt(rabbit.trace, 4);
    const reply = packetFieldsAt(rabbit.trace, 5);
    expect([reply.src, reply.dst]).toEqual([request.dst, request.src]);
    let commits = 0;
    const { container, progress } = renderDiagram(rabbit, {
      step: 5,
      onCommit: () => (commits += 1),
    });
    expect(packetOf(container)).toHaveAttribute('data-turnaround', 'true');
    await setMotion(progress, 0);
    const before = commits;
    // At the start the reply's src (the request's dst) sits one row down, where dst was.
    const src = swapOf(container, 'src');
    const dst = swapOf(container, 'dst');
    expect(src.group).toHaveAttribute('data-swap', 'up');
    expect(dst.group).toHaveAttribute('data-swap', 'down');
    expect(src.text).toContain(reply.src);
    expect(src.transform).toContain(`translateY(${rowGap}px)`);
    expect(dst.transform).toContain(`translateY(${-rowGap}px)`);
    // Halfway through the turn both values are squeezed flat on the midline.
    await setMotion(progress, TURN_SHARE / 2);
    expect(swapOf(container, 'src').transform).toContain('scaleY(0)');
    // Turned: each value in its own row, the packet still at red-1; then it travels.
    await setMotion(progress, TURN_SHARE);
    expect(swapOf(container, 'src').transform).not.toContain('translateY');
    const red1 = rabbit.layout.entities['red-1']?.rest;
    expect(packetAt(container)).toEqual({
      x: Math.round(red1?.x ?? 0),
      y: Math.round(red1?.y ?? 0),
    });
    await setMotion(progress, 0.7);
    expect(packetAt(container)).not.toEqual({
      x: Math.round(red1?.x ?? 0),
      y: Math.round(red1?.y ?? 0),
    });
    // Driven by progress: no React render while it plays.
    expect(commits).toBe(before);
  });

  it('plays only on the first reply leg', () => {
    for (const step of [4, 6]) {
      const { container, unmount } = renderDiagram(rabbit, { step });
      expect(packetOf(container)).not.toHaveAttribute('data-turnaround');
      expect(packetOf(container).querySelector('[data-swap]')).toBeNull();
      unmount();
    }
  });
});
