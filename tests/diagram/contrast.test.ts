/**
 * WCAG AA contrast of the diagram's text colours, in every theme. axe (the Storybook tests)
 * checks HTML text but not SVG text, so the pairs the diagram's stylesheets draw (text fill
 * on the fill under it) are checked here from the themes' own tokens (src/app/theme.css).
 */
import { describe, expect, it } from 'vitest';
import { themeTokens } from '../../src/export/svg/themeCss';
import { realStyles } from '../export/support/styles';

type Rgb = [number, number, number];

const hex = (value: string): Rgb => {
  const h = value.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
};

const mix = (a: Rgb, b: Rgb, share: number): Rgb =>
  a.map((v, i) => v * share + (b[i] ?? 0) * (1 - share)) as Rgb;

/** A token's colour, translucent ones laid over `base` (what they are drawn on). */
function colour(tokens: Record<string, string>, name: string, base?: Rgb): Rgb {
  const value = (tokens[name] ?? '').trim();
  if (value.startsWith('#')) return hex(value);
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(value);
  if (rgba) {
    const [, r, g, b, a] = rgba.map(Number) as number[];
    return mix([r ?? 0, g ?? 0, b ?? 0], base ?? colour(tokens, '--pw-surface'), a ?? 1);
  }
  const mixed = /^color-mix\(in srgb, var\((--[\w-]+)\) ([\d.]+)%, var\((--[\w-]+)\)\)$/.exec(
    value,
  );
  if (mixed) {
    const [, first = '', share = '0', second = ''] = mixed;
    return mix(colour(tokens, first), colour(tokens, second), Number(share) / 100);
  }
  throw new Error(`${name}: cannot read "${value}"`);
}

const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG 2 contrast ratio. */
const ratio = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

// [text token, the fill under it, where the diagram draws it]
const PAIRS: Array<[string, string, string]> = [
  ['--pw-fg', '--pw-bg', 'titles and labels on the canvas'],
  ['--pw-fg', '--pw-node-bg', 'node names and addresses'],
  ['--pw-muted', '--pw-node-bg', 'node details'],
  ['--pw-fg', '--pw-pod-bg', 'pod names'],
  ['--pw-muted', '--pw-pod-bg', 'pod addresses'],
  ['--pw-fg', '--pw-surface', 'cards, callout headings, packet values'],
  ['--pw-muted', '--pw-surface', 'packet labels, old values'],
  ['--pw-fg', '--pw-surface-2', 'rule panels'],
  ['--pw-fg', '--pw-accent-soft', 'the rule that fired'],
  ['--pw-accent-fg', '--pw-accent', 'hop numbers'],
  ['--pw-snat', '--pw-surface', 'the SNAT hop tag'],
  ['--pw-dnat', '--pw-surface', 'a new DNAT value'],
  ['--pw-snat', '--pw-surface', 'a new SNAT value'],
  ['--pw-proxy', '--pw-surface', 'a new proxied value'],
  ['--pw-dnat', '--pw-dnat-soft', 'the packet field DNAT changed'],
  ['--pw-snat', '--pw-snat-soft', 'the packet field SNAT changed'],
  ['--pw-proxy', '--pw-proxy-soft', 'the packet field the proxy changed'],
  ['--pw-accent-fg', '--pw-dnat', 'the DNAT pill'],
  ['--pw-accent-fg', '--pw-snat', 'the SNAT pill'],
  ['--pw-accent-fg', '--pw-proxy', 'the proxy pill'],
  ['--pw-accent-fg', '--pw-ok', '"delivered"'],
  ['--pw-accent-fg', '--pw-warn', 'an HTTP error'],
  ['--pw-accent-fg', '--pw-danger', '"dropped" / "rejected"'],
];

describe('diagram text contrast (WCAG AA, 4.5:1)', () => {
  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`${theme} theme`, () => {
      const tokens = themeTokens(realStyles().themeCss, theme);
      const failing = PAIRS.flatMap(([text, under, where]) => {
        const background = colour(tokens, under);
        const r = ratio(colour(tokens, text, background), background);
        return r < 4.5 ? [`${where}: ${text} on ${under} is ${r.toFixed(2)}:1`] : [];
      });
      expect(failing).toEqual([]);
    });
  }

  it('the contrast theme (talk mode) reaches AAA, 7:1, for every pair', () => {
    const tokens = themeTokens(realStyles().themeCss, 'contrast');
    const failing = PAIRS.flatMap(([text, under, where]) => {
      const background = colour(tokens, under);
      const r = ratio(colour(tokens, text, background), background);
      return r < 7 ? [`${where}: ${text} on ${under} is ${r.toFixed(2)}:1`] : [];
    });
    expect(failing).toEqual([]);
  });
});
