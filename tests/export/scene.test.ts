import { describe, expect, it } from 'vitest';
import { createScene, sceneSvg, splitLayers } from '../../src/export/kit';
import { pointAlong } from '../../src/layout';
import { SCENARIO_NAMES, scenarioAndTrace } from './support/scenarios';
import { realStyles } from './support/styles';
import { entityIds, parseSvg } from './support/svgDom';

const styles = realStyles();

describe('sceneSvg: a step as a standalone SVG document', () => {
  it('is well-formed XML with every entity of the layout and the packet, for every bundled scenario', () => {
    for (const name of SCENARIO_NAMES) {
      for (const model of ['real', 'naive'] as const) {
        const { scenario, trace } = scenarioAndTrace(name, { model, reply: true });
        const scene = createScene(scenario, trace, { styles });
        const expected = new Set([...Object.keys(scene.layout.entities), 'packet']);
        const step = model === 'real' ? trace.steps.length : 0;
        const root = parseSvg(sceneSvg(scene, step));
        expect(entityIds(root), `${name} ${model} step ${step}`).toEqual(expected);
        expect(root.getAttribute('data-step')).toBe(String(step));
      }
    }
  }, 60_000);

  it('stands alone: namespace, pixel size, resolved CSS after title and desc, background', () => {
    const { scenario, trace } = scenarioAndTrace('rabbit-hole');
    const svg = sceneSvg(createScene(scenario, trace, { theme: 'dark', styles }), 2);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"',
      ),
    ).toBe(true);
    const root = parseSvg(svg);
    expect([...root.children].map((c) => c.tagName).slice(0, 4)).toEqual([
      'title',
      'desc',
      'style',
      'rect',
    ]);
    const css = root.querySelector('style')?.textContent ?? '';
    expect(css).toContain('.pw-packet-card{fill:#161b22');
    expect(css).not.toMatch(/var\(/);
    expect(root.querySelector('rect.pw-export-background')?.getAttribute('fill')).toBe('#0d1117');
    expect(svg).not.toMatch(/style="transform:translate/);
  });

  it('puts the packet where the layout says, at rest and in flight', () => {
    const { scenario, trace } = scenarioAndTrace('rabbit-hole');
    const scene = createScene(scenario, trace, { styles });
    const route = scene.routes[1];
    if (!route) throw new Error('no route for leg 2');
    const end = pointAlong(route, 1);
    const packet = parseSvg(sceneSvg(scene, 2)).querySelector('[data-entity="packet"]');
    expect(packet?.getAttribute('data-x')).toBe(String(Math.round(end.x)));
    expect(packet?.getAttribute('data-y')).toBe(String(Math.round(end.y)));
    expect(packet?.getAttribute('transform')).toBe(`translate(${end.x} ${end.y})`);
    const moving = parseSvg(sceneSvg(scene, 2, 0.7)).querySelector('[data-entity="packet"]');
    expect(moving?.getAttribute('data-x')).not.toBe(packet?.getAttribute('data-x'));
  });

  it('lays out at the size asked for, with texts of the step on it', () => {
    const { scenario, trace } = scenarioAndTrace('rabbit-hole');
    const scene = createScene(scenario, trace, { width: 1280, height: 720, styles });
    const root = parseSvg(sceneSvg(scene, 3));
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1280', '720']);
    // The app's canvas (1600 units wide), shaped to the picture: drawn at 1280x720 the viewBox
    // keeps the 16:9 aspect, so nothing is stretched or letterboxed by more than a sliver.
    const [, , w = 0, h = 0] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(w).toBeGreaterThan(1400);
    expect(w).toBeLessThanOrEqual(1600);
    expect(w / h).toBeCloseTo(1280 / 720, 1);
    const text = root.textContent ?? '';
    const leg = trace.steps[2];
    expect(text).toContain(leg?.packet.src);
    for (const r of leg?.rewrites ?? []) expect(text).toContain(r.after);
  });
});

describe('splitLayers', () => {
  it('splits base (static scene) and overlay, both well-formed, together holding every element', () => {
    const { scenario, trace } = scenarioAndTrace('rabbit-hole');
    const scene = createScene(scenario, trace, { styles });
    const svg = sceneSvg(scene, 3, 0.5);
    const layers = splitLayers(svg);
    if (!layers) throw new Error('no layers');
    const base = parseSvg(layers.base);
    const overlay = parseSvg(layers.overlay);
    expect(base.querySelector('.pw-scene')).not.toBeNull();
    expect(overlay.querySelector('.pw-scene')).toBeNull();
    expect(overlay.querySelector('[data-entity="packet"]')).not.toBeNull();
    const overlayCss = overlay.querySelector('style')?.textContent ?? '';
    expect(overlayCss).toContain('.pw-packet-card{');
    expect(overlayCss).not.toContain('.pw-rules-panel{');
    expect(overlayCss).toMatch(/^\.pw-diagram\{[^}]*font-family/m);
    expect(overlayCss.length).toBeLessThan((base.querySelector('style')?.textContent ?? '').length);
    expect(overlay.querySelector('.pw-export-background')).toBeNull();
    const count = (r: Element) => r.querySelectorAll('*').length;
    expect(count(base) + count(overlay) - 1).toBe(count(parseSvg(svg)));
    expect(splitLayers(sceneSvg(scene, 3, 0.9))?.base).toBe(layers.base);
  });

  it('gives up on documents without a scene group', () => {
    expect(splitLayers('<svg><style>a{}</style><g class="x"></g></svg>')).toBeNull();
  });
});
