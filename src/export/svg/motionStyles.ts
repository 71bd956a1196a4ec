/**
 * framer-motion writes its per-frame values as inline CSS (`style="transform:translateX(…px)
 * translateY(…px);transform-origin:50% 50%;transform-box:fill-box"`, `style="opacity:0.4"`).
 * For a file that other SVG tools read too, translations and opacities become SVG attributes;
 * anything else (a scale about the fill box) stays CSS, which browsers render.
 */

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)(\s*\/?)>/g;
const ATTR = /\s+([\w:-]+)="([^"]*)"/g;
const FN = /([a-zA-Z]+)\(([^)]*)\)/g;

function round(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** The translation a CSS transform amounts to, or null when it does more than translate. */
function translation(transform: string): [number, number] | null {
  if (transform === 'none') return [0, 0];
  let x = 0;
  let y = 0;
  let rest = transform;
  for (const [all, name, args] of transform.matchAll(FN)) {
    rest = rest.replace(all, '');
    const values = (args as string).split(',').map((a) => Number.parseFloat(a));
    if (name === 'translateX') x += values[0] ?? 0;
    else if (name === 'translateY') y += values[0] ?? 0;
    else if (name === 'translate') [x, y] = [x + (values[0] ?? 0), y + (values[1] ?? 0)];
    else if (/^scale[XY]?$/.test(name as string) && values.every((v) => v === 1)) continue;
    else return null;
  }
  return rest.trim() === '' ? [x, y] : null;
}

function flattenTag(name: string, attrText: string, close: string): string {
  const attrs = new Map([...attrText.matchAll(ATTR)].map((m) => [m[1] as string, m[2] as string]));
  const style = attrs.get('style');
  if (style === undefined) return `<${name}${attrText}${close}>`;
  const decls = new Map<string, string>();
  for (const d of style.split(';')) {
    const colon = d.indexOf(':');
    if (colon > 0) decls.set(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
  }
  const moved = translation(decls.get('transform') ?? 'none');
  if (moved) {
    for (const key of ['transform', 'transform-origin', 'transform-box']) decls.delete(key);
    if (moved[0] !== 0 || moved[1] !== 0) {
      attrs.set('transform', `translate(${round(moved[0])} ${round(moved[1])})`);
    }
  }
  const opacity = decls.get('opacity');
  if (opacity !== undefined && !attrs.has('opacity')) {
    attrs.set('opacity', round(Number.parseFloat(opacity)));
    decls.delete('opacity');
  }
  attrs.delete('style');
  if (decls.size > 0) attrs.set('style', [...decls].map(([k, v]) => `${k}:${v}`).join(';'));
  const text = [...attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<${name}${text}${close}>`;
}

/**
 * Turns motion's inline translations and opacities into SVG attributes.
 * @param markup - SVG markup as `renderToStaticMarkup` writes it (double-quoted attributes)
 * @returns the same markup, with `transform="translate(x y)"` and `opacity="…"` attributes
 */
export function flattenMotionStyles(markup: string): string {
  return markup.replace(TAG, (_all, name: string, attrs: string, close: string) =>
    flattenTag(name, attrs, close),
  );
}
