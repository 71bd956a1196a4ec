/**
 * `npm run bench:export` (also run by `npm run bench`) — issue "Talk mode, deep links, embedding
 * and export", item 7: how long the app's Export menu takes, from the click on the menu item to
 * the file handed to the browser, for rabbit-hole in headless Chromium at 1600x900: the whole
 * walk as GIF and as WebM at 1280x720 (target: under 10 s each), plus the stills and the PDF.
 * Builds and serves the production app like the e2e tests. Writes BENCHMARKS.md.
 */
import { join } from 'node:path';
import { walkFrames } from '../src/export/frames/walkFrames';
import { launchChromium } from '../tests/e2e/support/chromium';
import { expectedTrace } from '../tests/e2e/support/trace';
import { exportThroughMenu } from '../tests/export/support/exportUi';
import { describeLoad, describeMachine, today } from './machine';
import { ms, summarize } from './measure';
import { writeSection } from './report';
import { serveBuild } from './serveBuild';

/** Read before anything runs: the load others put on the machine, not ours. */
const loadAtStart = describeLoad();

const RUNS = 3;
const root = process.cwd();
const server = await serveBuild(root, 'bench-export-dist');
const { base } = server;
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}?scenario=rabbit-hole&step=3`);
  await page.locator('[data-entity="packet"]').waitFor();
  // The first export also downloads the export chunk: time it apart.
  const first = await exportThroughMenu(page, 'svg');
  const rows: string[] = [];
  const medians: Record<string, number> = {};
  for (const format of ['svg', 'png', 'pdf', 'gif', 'webm'] as const) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < (format === 'gif' || format === 'webm' ? RUNS : 1); i++) {
      const file = await exportThroughMenu(page, format);
      times.push(file.elapsedMs);
      size = file.bytes.length;
      console.error(`${format}: ${ms(file.elapsedMs)}`);
    }
    const s = summarize(times);
    medians[format] = s.median;
    const spread = s.runs > 1 ? ` (${times.map(ms).join(', ')})` : '';
    rows.push(`| ${format} | ${ms(s.median)}${spread} | ${(size / 1024).toFixed(0)} KB |`);
  }
  await context.close();
  const legs = expectedTrace('rabbit-hole').steps.length;
  const verdict = (v = 0) => (v < 10_000 ? 'met' : 'MISSED');
  const body = `## Export: GIF and WebM of a whole walk (\`npm run bench:export\`)

Run on ${today()} — ${describeMachine()}; ${loadAtStart}
(other work on the machine slows every figure below). Headless Chromium (Debian), no GPU, the
production build on loopback, rabbit-hole (${legs} legs), the app at 1600x900, light theme.
Time from the click on the Export menu item to the browser's download event.

| format | time (median of ${RUNS} for gif, webm) | file |
|---|---:|---:|
${rows.join('\n')}

GIF: 1280x720, ${walkFrames(legs, { fps: 20 }).length} frames (20 fps in flight, rests as one long frame).
WebM: 1280x720 VP9, ${walkFrames(legs, { fps: 30 }).length + 1} frames (30 fps in flight), as long as the walk at 1x.
The first export of a session also loads the export code: SVG then took ${ms(first.elapsedMs)}.

Targets: GIF under 10 s (${ms(medians.gif ?? 0)}: ${verdict(medians.gif)}); WebM under 10 s (${ms(medians.webm ?? 0)}: ${verdict(medians.webm)}).`;
  console.log(body);
  writeSection(join(root, 'BENCHMARKS.md'), 'export', body);
} finally {
  await browser.close();
  await server.close();
}
