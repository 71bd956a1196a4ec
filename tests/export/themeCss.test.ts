import { describe, expect, it } from 'vitest';
import {
  cssBlocks,
  declarations,
  resolveVars,
  splitTopLevel,
  stripComments,
} from '../../src/export/svg/cssBlocks';
import { themedCss, themeTokens } from '../../src/export/svg/themeCss';
import { realStyles } from './support/styles';

describe('theme tokens', () => {
  const { themeCss } = realStyles();

  it('gives every theme the shared tokens and its own colours', () => {
    const light = themeTokens(themeCss, 'light');
    const dark = themeTokens(themeCss, 'dark');
    const contrast = themeTokens(themeCss, 'contrast');
    expect(light['--pw-bg']).toBe('#f6f8fa');
    expect(dark['--pw-bg']).toBe('#0d1117');
    expect(contrast['--pw-fg']).toBe('#000000');
    for (const t of [light, dark, contrast]) expect(t['--pw-font-mono']).toMatch(/monospace$/);
  });

  it('reads minified blocks too (unquoted attribute values)', () => {
    const css =
      ':root,:root[data-theme=light]{--a:1px;--b:var(--a)}:root[data-theme=dark]{--a:2px}';
    expect(themeTokens(css, 'dark')).toEqual({ '--a': '2px', '--b': 'var(--a)' });
    expect(resolveVars('var(--b)', themeTokens(css, 'dark'))).toBe('2px');
  });
});

describe('the diagram stylesheet, resolved for one theme', () => {
  const { themeCss, diagramCss } = realStyles();

  it('leaves no custom property and keeps every rule of the diagram', () => {
    for (const theme of ['light', 'dark', 'contrast'] as const) {
      const css = themedCss(diagramCss, theme, themeTokens(themeCss, theme));
      expect(css).not.toMatch(/var\(|--pw-/);
      expect(css).toContain('.pw-packet-card{');
      expect(css).toContain('.pw-diagram{');
    }
    const dark = themedCss(diagramCss, 'dark', themeTokens(themeCss, 'dark'));
    expect(dark).toContain('.pw-text{fill:#e6edf3}');
  });

  it("keeps a theme's own rules only for that theme, without the :root prefix", () => {
    const css =
      ':root[data-theme="contrast"] .x{stroke-width:3}\n:root .y{fill:red}\n.z{fill:var(--c,blue)}';
    expect(themedCss(css, 'contrast', {})).toBe('.x{stroke-width:3}\n.y{fill:red}\n.z{fill:blue}');
    expect(themedCss(css, 'light', {})).toBe('.y{fill:red}\n.z{fill:blue}');
  });

  it('keeps at-rule blocks with their rules resolved', () => {
    const css = '@media print{.a{fill:var(--f)}}';
    expect(themedCss(css, 'light', { '--f': '#000' })).toBe('@media print{.a{fill:#000}}');
  });
});

describe('cssBlocks and friends', () => {
  it('split, declare and resolve', () => {
    expect(stripComments('a/* x */b')).toBe('ab');
    expect(cssBlocks('a{x:1}b,c{y:2}')).toEqual([
      { prelude: 'a', body: 'x:1' },
      { prelude: 'b,c', body: 'y:2' },
    ]);
    expect(splitTopLevel('a, rgba(1, 2, 3), "x,y"', ',')).toEqual(['a', 'rgba(1, 2, 3)', '"x,y"']);
    expect(declarations('fill: none; font: 1rem / 1 var(--f)')).toEqual([
      ['fill', 'none'],
      ['font', '1rem / 1 var(--f)'],
    ]);
    const tokens = { '--a': '#111', '--b': 'color-mix(in srgb, var(--a) 14%, var(--c, white))' };
    expect(resolveVars('var(--b)', tokens)).toBe('color-mix(in srgb, #111 14%, white)');
    expect(resolveVars('var(--missing)', tokens)).toBe('initial');
    expect(resolveVars('var(--loop)', { '--loop': 'var(--loop)' })).toContain('var(--loop)');
  });
});
