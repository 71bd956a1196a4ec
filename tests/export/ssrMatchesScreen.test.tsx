import { motionValue } from 'motion/react';
import { describe, expect, it } from 'vitest';
import { renderDiagramMarkup } from '../../src/export/svg/renderDiagramMarkup';
import { build } from '../diagram/fixtures';
import { nextFrame, renderDiagram, setMotion } from '../diagram/render';
import { canonicalSvg } from './support/canonicalSvg';

// The animated exports draw every frame with react-dom/server. These check that a frame so drawn
// is the frame the screen shows: the same elements, attributes, texts, packet position and
// opacities as NetworkDiagram rendered live (React DOM, motion values applied by motion).

async function screenAt(name: string, step: number, p: number): Promise<string> {
  const built = build(name, { reply: true });
  const progress = motionValue(1);
  const { container } = renderDiagram(built, { step, progress });
  await setMotion(progress, p);
  await nextFrame();
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return new XMLSerializer().serializeToString(svg);
}

describe('a frame drawn by react-dom/server is the frame on screen', () => {
  it.each([
    ['rabbit-hole', 0, 1],
    ['rabbit-hole', 3, 1],
    ['rabbit-hole', 3, 0.15],
    ['rabbit-hole', 3, 0.6],
    ['service-upstream', 4, 0.3],
    ['path-miss-404', 6, 0.95],
    ['rabbit-hole', 7, 0.5],
  ])('%s at step %i, progress %d', async (name, step, p) => {
    const built = build(name, { reply: true });
    const ssr = renderDiagramMarkup(built, step, p);
    const [screen, frame] = canonicalSvg([await screenAt(name, step, p), ssr]);
    expect(frame).toEqual(screen);
    expect(screen.filter((l) => l.includes('data-entity=')).length).toBeGreaterThan(5);
  });
});

describe('the comparison itself', () => {
  it('tells frames of the same step apart (packet position, opacities)', async () => {
    const built = build('rabbit-hole', { reply: true });
    const [screen, frame] = canonicalSvg([
      await screenAt('rabbit-hole', 3, 0.15),
      renderDiagramMarkup(built, 3, 0.6),
    ]);
    const differing = frame.filter((line, i) => line !== screen[i]);
    expect(
      differing.some((l) => l.includes('data-entity="packet"') && l.includes('@translate=')),
    ).toBe(true);
  });
});
