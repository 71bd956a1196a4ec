// Renders layouts and the routes of a sample walk to static SVG files, to look at the geometry
// without the app: test-results/layout-preview-{4,4-naive,4-local,4-talk,4-portrait,8,16,50}.svg
// (each in its tight viewBox). Packets are drawn at every rest point of the request legs, hop
// badges at hopBadgePosition.
// Run: node scripts/run-ts.mjs scripts/preview-layout.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  computeLayout,
  computeRoutes,
  FONT_FAMILIES,
  hopBadgePosition,
  type Layout,
  type LayoutOptions,
  type Point,
  type Rect,
  TALK_MIN_FONT_SIZE,
  type TextLine,
} from '../src/layout';
import { loadScenario, type Scenario } from '../src/model';
import { type Trace, walk } from '../src/sim';
import { generateClusterYaml } from '../tests/support/generateCluster';

const COLORS = '#2563eb #dc2626 #16a34a #9333ea #ea580c #0891b2 #be185d #4d7c0f'.split(' ');
const DASH = { 'stroke-dasharray': '4 4', fill: 'none' };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const family = (key: 'sans' | 'mono') => FONT_FAMILIES[key].replace(/"/g, "'");

function el(name: string, attrs: Record<string, string | number>, body = ''): string {
  const list = Object.entries(attrs).map(([k, v]) => `${k}="${v}"`);
  return body
    ? `<${name} ${list.join(' ')}>${esc(body)}</${name}>`
    : `<${name} ${list.join(' ')}/>`;
}

function text(t: TextLine, fill = '#0f172a'): string {
  const attrs = {
    x: t.x,
    y: t.y,
    'font-size': t.fontSize,
    'font-weight': t.weight,
    'text-anchor': t.anchor,
  };
  return el('text', { ...attrs, 'font-family': family(t.family), fill }, t.text);
}

function box(
  b: Rect,
  fill: string,
  stroke: string,
  rx: number,
  extra: Record<string, string> = {},
): string {
  return el('rect', {
    x: b.x,
    y: b.y,
    width: b.width,
    height: b.height,
    rx,
    fill,
    stroke,
    'stroke-width': 2,
    ...extra,
  });
}

const path = (
  d: string,
  stroke: string,
  width: number,
  extra: Record<string, string | number> = {},
) => el('path', { d, stroke, 'stroke-width': width, fill: 'none', ...extra });

function network(layout: Layout): string[] {
  const links = layout.links.map((l) =>
    path(
      l.d,
      '#64748b',
      l.kind === 'trunk' ? 5 : 3,
      l.kind === 'internet' ? { 'stroke-dasharray': '6 5' } : {},
    ),
  );
  const buses = layout.buses.flatMap((b) => [
    path(b.d, '#475569', 5),
    ...(b.label ? [text(b.label, '#475569')] : []),
  ]);
  return [...links, ...buses];
}

function cards(layout: Layout): string[] {
  return [layout.client, layout.loadBalancer, ...layout.serviceBoxes].flatMap((card) => [
    card.dashed
      ? box(card, '#fefce8', '#ca8a04', 10, { 'stroke-dasharray': '8 6' })
      : box(card, '#f8fafc', '#334155', 10),
    ...(card.lane ? [path(card.lane, '#94a3b8', 2, DASH)] : []),
    ...card.labels.map((t) => text(t)),
  ]);
}

function nodes(layout: Layout): string[] {
  return layout.nodes.flatMap((node) => {
    const out = [box(node, '#f1f5f9', '#475569', node.radius), ...node.labels.map((t) => text(t))];
    if (node.bridge) out.push(path(node.bridge.d, '#94a3b8', 2, DASH));
    out.push(
      el('circle', {
        cx: node.port.x,
        cy: node.port.y,
        r: Math.max(2, node.radius / 2.5),
        fill: '#475569',
      }),
    );
    const panel = node.rules;
    if (!panel) return out;
    out.push(
      box(panel, '#fff7ed', '#fdba74', 6),
      ...(panel.title ? [text(panel.title, '#9a3412')] : []),
    );
    for (const rule of panel.rules) {
      if (rule.lines.length === 0) out.push(box(rule, '#fb923c', '#fb923c', 0));
      out.push(...rule.lines.map((t) => text(t, '#7c2d12')));
    }
    return panel.more ? [...out, text(panel.more, '#9a3412')] : out;
  });
}

function pods(layout: Layout): string[] {
  return layout.pods.flatMap((pod) => [
    box(
      pod,
      pod.ingressController ? '#ede9fe' : '#ecfeff',
      pod.ingressController ? '#7c3aed' : '#0891b2',
      pod.detail === 'dot' ? 2 : 8,
    ),
    ...pod.labels.map((t) => text(t)),
    ...(pod.badge
      ? [box(pod.badge, '#7c3aed', '#7c3aed', pod.badge.height / 2), text(pod.badge.label, '#fff')]
      : []),
  ]);
}

function routes(layout: Layout, trace: Trace): string[] {
  const placed: Point[] = [];
  return computeRoutes(layout, trace).flatMap((route, i) => {
    const color = COLORS[i % COLORS.length] ?? '#000';
    const p = hopBadgePosition(route, { layout, avoid: placed });
    placed.push(p);
    const label = {
      x: p.x,
      y: p.y + 6,
      'font-size': 16,
      'font-weight': 700,
      'text-anchor': 'middle',
      fill: '#fff',
    };
    return [
      path(route.d, color, 4, { opacity: 0.75 }),
      el('circle', { cx: p.x, cy: p.y, r: 16, fill: color }),
      el('text', { ...label, 'font-family': family('sans') }, String(i + 1)),
    ];
  });
}

function packets(layout: Layout, trace: Trace): string[] {
  const { width, height, fontSize } = layout.packet;
  const first = trace.steps[0]?.packet ?? { src: '', dst: '' };
  const stops = [
    { at: 'client', ...first },
    ...trace.steps.filter((s) => s.direction === 'request').map((s) => ({ at: s.to, ...s.packet })),
  ];
  return stops.flatMap(({ at, src, dst }) => {
    const rest = layout.entities[at]?.rest;
    if (!rest) return [];
    const [x, y] = [rest.x - width / 2, rest.y - height / 2];
    const line = (dy: number, body: string) =>
      el(
        'text',
        { x: x + 10, y: y + height * dy, 'font-family': family('mono'), 'font-size': fontSize },
        body,
      );
    const card = {
      x,
      y,
      width,
      height,
      rx: 8,
      fill: '#fde68a',
      stroke: '#b45309',
      'stroke-width': 2,
      opacity: 0.85,
    };
    return [el('rect', card), line(0.42, `src ${src}`), line(0.8, `dst ${dst}`)];
  });
}

function render(layout: Layout, trace: Trace): string {
  const parts = [network, cards, nodes, pods].flatMap((draw) => draw(layout));
  const body = [...parts, ...routes(layout, trace), ...packets(layout, trace)].join('\n');
  const { x, y, width, height } = layout.viewBox;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}" width="${width}" height="${height}">\n<rect x="${x}" y="${y}" width="100%" height="100%" fill="#fff"/>\n${body}\n</svg>\n`;
}

function load(text: string): Scenario {
  const result = loadScenario(text);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.scenario;
}

const file = (name: string) => load(readFileSync(`scenarios/${name}.yaml`, 'utf8'));
const samples: Array<[string, Scenario, LayoutOptions]> = [
  ['4', file('rabbit-hole'), {}],
  ['4-naive', file('rabbit-hole'), { model: 'naive' }],
  ['4-local', file('local-policy'), {}],
  ['4-talk', file('rabbit-hole'), { minFontSize: TALK_MIN_FONT_SIZE, aspect: 16 / 9 }],
  ['4-portrait', file('rabbit-hole'), { aspect: 9 / 16 }],
  ['8', load(generateClusterYaml(8, 3)), {}],
  ['16', load(generateClusterYaml(16, 3)), {}],
  ['50', load(generateClusterYaml(50, 2)), {}],
];
mkdirSync('test-results', { recursive: true });
for (const [name, scenario, options] of samples) {
  const model = options.model ?? 'real';
  const layout = computeLayout(scenario, options);
  const trace = walk(scenario, { model, reply: true });
  const out = `test-results/layout-preview-${name}.svg`;
  writeFileSync(out, render(layout, trace));
  console.log(
    `${out}: ${layout.grid.columns}x${layout.grid.rows} ${layout.detail} (scale ${layout.scale.toFixed(2)}), ${trace.steps.length} steps`,
  );
}
