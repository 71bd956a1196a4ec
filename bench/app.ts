/**
 * The app benchmark (issue "The app", item 7): first-load JavaScript gzipped, time from
 * navigation to the diagram drawn, and frame intervals while the packet moves in headless
 * Chromium at 1600x900 for rabbit-hole and the 50-node scenario. Writes BENCHMARKS.md.
 */
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { expectedTrace } from '../tests/e2e/support/trace';
import { frameIntervals, timeToDiagram } from './browser';
import { firstLoad, totalKb } from './bundle';
import { describeLoad, describeMachine, today } from './machine';
import { ms } from './measure';
import { writeSection } from './report';
import { serveBuild } from './serveBuild';

/** Read before anything runs: the load others put on the machine, not ours. */
const loadAtStart = describeLoad();

const root = process.cwd();
const server = await serveBuild(root, 'bench-dist');
const load = firstLoad(server.outDir);
const { base } = server;
const browser = await launchChromium();
try {
  const drawn = await timeToDiagram(browser, `${base}?scenario=rabbit-hole`);
  const rows = [];
  for (const name of ['rabbit-hole', 'fifty-nodes']) {
    const legs = expectedTrace(name).steps.length;
    const stats = await frameIntervals(browser, `${base}?scenario=${name}`, legs);
    rows.push(
      `| ${name} | ${stats.frames} | ${ms(stats.p50)} | ${ms(stats.p95)} | ${ms(stats.max)} | ${stats.p95 <= 17.5 && stats.max <= 50 ? 'met' : 'MISSED'} |`,
    );
    console.error(`frames measured for ${name}`);
  }
  const jsKb = totalKb(load.js);
  const body = `## App: first load, first draw, frames (\`npm run bench\`)

Run on ${today()} — ${describeMachine()}; ${loadAtStart}; headless Chromium (Debian), no GPU, 1600x900.

First load (production build, gzip -9): JavaScript ${jsKb.toFixed(1)} KB in ${load.js.length} file(s)
(${load.js.map((f) => `\`${f.file}\` ${(f.gzip / 1024).toFixed(1)} KB`).join(', ')}), CSS ${totalKb(load.css).toFixed(1)} KB.
Target: under 150 KB (aim 130): ${jsKb < 150 ? 'met' : 'MISSED'}${jsKb < 130 ? ', aim met' : ''}.

Navigation start → diagram drawn (rabbit-hole, vite preview on loopback, fresh context each,
median of ${drawn.runs}): ${ms(drawn.median)} (p10 ${ms(drawn.p10)}, p90 ${ms(drawn.p90)}).

Frame intervals while the packet moves (every leg played with "Next step"):

| scenario | frames | p50 | p95 | max | target p95 ≤ 17.5 ms, none over 50 ms |
|---|---:|---:|---:|---:|---|
${rows.join('\n')}`;
  console.log(body);
  writeSection(join(root, 'BENCHMARKS.md'), 'app', body);
} finally {
  await browser.close();
  await server.close();
}
