/**
 * A canonical, line-per-element form of a diagram SVG, to compare the live `<svg>` with an
 * exported file: attributes sorted; ids and their references dropped (React's useId differs);
 * motion's inline `transform`/`opacity` and the file's SVG attributes both reduced to the
 * effective translation, scale and opacity; the file's own additions (`<style>`, background)
 * skipped. Runs in the browser (`page.evaluate(canonicalSvg, [live, file])`): self-contained.
 */

/**
 * Canonicalises two SVG documents.
 * @param docs - the SVG texts (an `<svg>` element's outerHTML, or a whole file)
 * @returns one line per element, in document order, for each
 */
export function canonicalSvg(docs: [string, string]): [string[], string[]] {
  const round = (v: number) => String(Math.round(v * 10) / 10);
  const IGNORED = new Set([
    'id',
    'aria-labelledby',
    'aria-describedby',
    'style',
    'xmlns',
    'transform',
    'opacity',
  ]);
  const geometry = (el: Element): string[] => {
    const css: Record<string, string> = {};
    for (const d of (el.getAttribute('style') ?? '').split(';')) {
      const [k, v] = d.split(':').map((s) => s.trim());
      if (k && v !== undefined) css[k] = v;
    }
    let [x, y] = [0, 0];
    const scales: string[] = [];
    const transform = css.transform ?? el.getAttribute('transform') ?? '';
    for (const [, fn, args] of transform.matchAll(/([a-zA-Z]+)\(([^)]*)\)/g)) {
      const v = (args ?? '').split(/[\s,]+/).map((a) => Number.parseFloat(a));
      if (fn === 'translateX') x += v[0] ?? 0;
      else if (fn === 'translateY') y += v[0] ?? 0;
      else if (fn === 'translate') [x, y] = [x + (v[0] ?? 0), y + (v[1] ?? 0)];
      else if (!v.every((n) => n === 1)) scales.push(`${fn}(${v.map(round).join(',')})`);
    }
    const out: string[] = [];
    if (x !== 0 || y !== 0) out.push(`@translate=${round(x)},${round(y)}`);
    if (scales.length > 0) out.push(`@scale=${scales.join(' ')}`);
    const opacity = Number.parseFloat(css.opacity ?? el.getAttribute('opacity') ?? '1');
    if (Math.abs(opacity - 1) > 0.005) out.push(`@opacity=${Math.round(opacity * 100) / 100}`);
    return out;
  };
  const canon = (text: string): string[] => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const lines: string[] = [];
    const walk = (el: Element, depth: number) => {
      if (el.localName === 'style' || el.classList.contains('pw-export-background')) return;
      const attrs = [...el.attributes]
        .filter(
          (a) =>
            !IGNORED.has(a.name) && !(depth === 0 && (a.name === 'width' || a.name === 'height')),
        )
        .map((a) => `${a.name}="${a.value}"`)
        .sort();
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent?.trim())
        .join('');
      lines.push(
        `${'  '.repeat(depth)}<${el.localName} ${[...attrs, ...geometry(el)].join(' ')}>${own}`,
      );
      for (const child of el.children) walk(child, depth + 1);
    };
    walk(doc.documentElement, 0);
    return lines;
  };
  return [canon(docs[0]), canon(docs[1])];
}
