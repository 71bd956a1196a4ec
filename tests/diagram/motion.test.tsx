import { motionValue } from 'motion/react';
import { describe, expect, it, vi } from 'vitest';
import { legTimeline, travelT } from '../../src/diagram';
import { trailDash, trailPaths, trailStyle } from '../../src/diagram/geometry/trails';
import { pointAlong } from '../../src/layout';
import { build } from './fixtures';
import { nextFrame, packetAt, packetOf, renderDiagram, setMotion } from './render';

// Counts renders of the scene's text leaf: the static scene renders it, nothing else re-renders it.
const texts = vi.hoisted(() => ({ renders: 0 }));
vi.mock('../../src/diagram/scene/SceneText', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/diagram/scene/SceneText')>();
  return {
    SceneText: (props: Parameters<typeof original.SceneText>[0]) => {
      texts.renders += 1;
      return original.SceneText(props);
    },
  };
});

const rabbit = build('rabbit-hole');
const leg3 = rabbit.trace.steps[2];
const route3 = rabbit.routes[2];
if (!leg3 || !route3) throw new Error('rabbit-hole has no leg 3');

function rest(id: string) {
  const point = rabbit.layout.entities[id]?.rest;
  if (!point) throw new Error(`no rest for ${id}`);
  return { x: Math.round(point.x), y: Math.round(point.y) };
}

function opacity(element: Element | null): number {
  return Number((element as SVGElement | null)?.style.opacity ?? Number.NaN);
}

describe('progress drives the packet without React renders', () => {
  it('moves the packet along the leg, between its two rest points, and re-renders nothing', async () => {
    let commits = 0;
    const { container, progress } = renderDiagram(rabbit, {
      step: 3,
      onCommit: () => (commits += 1),
    });
    expect(packetAt(container)).toEqual(rest('ingress-nginx-controller'));
    const before = { commits, texts: texts.renders };
    await setMotion(progress, 0.5);
    const expected = pointAlong(route3, travelT(0.5, legTimeline(leg3)));
    expect(packetAt(container)).toEqual({ x: Math.round(expected.x), y: Math.round(expected.y) });
    expect(packetAt(container)).not.toEqual(rest('node-3'));
    expect(packetAt(container)).not.toEqual(rest('ingress-nginx-controller'));
    expect({ commits, texts: texts.renders }).toEqual(before);
  });

  it('names the entity it rests at in data-at, and empties it while travelling', async () => {
    const { container, progress } = renderDiagram(rabbit, { step: 3 });
    expect(packetOf(container).getAttribute('data-at')).toBe('ingress-nginx-controller');
    await setMotion(progress, 0.5);
    expect(packetOf(container).getAttribute('data-at')).toBe('');
    await setMotion(progress, 1);
    expect(packetOf(container).getAttribute('data-at')).toBe('ingress-nginx-controller');
    const start = renderDiagram(rabbit, { step: 0 });
    expect(packetOf(start.container).getAttribute('data-at')).toBe('client');
  });

  it('holds the packet at `from` during the rewrite moment: old value struck, new one not yet', async () => {
    const { container, progress } = renderDiagram(rabbit, { step: 3 });
    await setMotion(progress, 0.1);
    expect(packetAt(container)).toEqual(rest('node-3'));
    const dst = packetOf(container).querySelector('[data-field="dst"]');
    expect(opacity(dst?.querySelector('[data-value="old"]') ?? null)).toBe(1);
    expect(opacity(dst?.querySelector('[data-value="new"]') ?? null)).toBe(0);
    expect(opacity(container.querySelector('.pw-pulses'))).toBeGreaterThan(0);
    await setMotion(progress, 1);
    expect(opacity(dst?.querySelector('[data-value="old"]') ?? null)).toBe(0);
    expect(opacity(dst?.querySelector('[data-value="new"]') ?? null)).toBe(1);
    expect(opacity(container.querySelector('.pw-pulses'))).toBe(0);
  });

  it("grows the current leg's trail and fades its hop badge in as the packet leaves", async () => {
    const { container, progress } = renderDiagram(rabbit, { step: 3 });
    const trail = () => container.querySelector('[data-trail="current"]');
    const badge = () => container.querySelector('[data-hop="2"]');
    const { length } = trailPaths([route3], trailStyle(rabbit.layout).offset)[0] ?? { length: 0 };
    await setMotion(progress, 0);
    expect(trail()).toHaveAttribute('stroke-dasharray', trailDash(length, 0));
    expect(opacity(badge())).toBe(0);
    await setMotion(progress, 0.7);
    const grown = travelT(0.7, legTimeline(leg3));
    expect(trail()).toHaveAttribute('stroke-dasharray', trailDash(length, grown));
    expect(opacity(badge())).toBe(1);
  });

  it('keeps 50 nodes still while the packet flies: no commit, no scene render', async () => {
    const big = build('generated-50');
    let commits = 0;
    const { container, progress } = renderDiagram(big, { step: 4, onCommit: () => (commits += 1) });
    const before = { commits, texts: texts.renders };
    const leg = big.trace.steps[3];
    const route = big.routes[3];
    if (!leg || !route) throw new Error('no leg 4');
    for (let i = 0; i <= 20; i += 1) {
      await setMotion(progress, i / 20);
      const at = pointAlong(route, travelT(i / 20, legTimeline(leg)));
      expect(packetAt(container)).toEqual({ x: Math.round(at.x), y: Math.round(at.y) });
    }
    expect({ commits, texts: texts.renders }).toEqual(before);
  });
});

describe('a reply leg', () => {
  it('grows its trail dashed, the dashes anchored at the start', async () => {
    const { container, progress } = renderDiagram(rabbit, { step: 6 });
    const route = rabbit.routes[5];
    if (!route) throw new Error('no leg 6');
    const { length } = trailPaths([route], trailStyle(rabbit.layout).offset)[0] ?? { length: 0 };
    await setMotion(progress, 0.8);
    const grown = travelT(0.8, legTimeline(rabbit.trace.steps[5]));
    const dash = container
      .querySelector('[data-trail="current"]')
      ?.getAttribute('stroke-dasharray');
    expect(dash).toBe(trailDash(length, grown, [10, 7]));
    expect(dash?.startsWith('10 7 10 7')).toBe(true);
  });
});

describe('stepping', () => {
  it('re-renders only the marked wrappers, never the static scene', async () => {
    const { container, setStep } = renderDiagram(rabbit, { step: 2 });
    const before = texts.renders;
    expect(container.querySelector('[data-entity="node-3"]')).not.toHaveAttribute('data-active');
    setStep(3);
    await nextFrame();
    expect(container.querySelector('[data-entity="node-3"]')).toHaveAttribute(
      'data-active',
      'true',
    );
    expect(container.querySelector('[data-entity="cloud-lb"]')).not.toHaveAttribute('data-active');
    expect(
      container.querySelector('[data-rule$="ingress-nginx-controller"][data-active]'),
    ).not.toBeNull();
    expect(texts.renders).toBe(before);
  });
});

describe('reduced motion', () => {
  it('changes steps in place: at rest at `to`, final values, nothing pulses', async () => {
    const progress = motionValue(0.2);
    const { container } = renderDiagram(rabbit, { step: 3, progress, reducedMotion: true });
    await nextFrame();
    expect(packetAt(container)).toEqual(rest('ingress-nginx-controller'));
    const dst = packetOf(container).querySelector('[data-field="dst"]');
    expect(dst).toHaveAttribute('data-changed', 'DNAT');
    expect(opacity(dst?.querySelector('[data-value="new"]') ?? null)).toBe(1);
    expect(opacity(dst?.querySelector('[data-value="old"]') ?? null)).toBe(0);
    expect(container.querySelector('.pw-pulses')).toBeNull();
    expect(container.querySelector('svg')).toHaveClass('pw-diagram--still');
  });
});
