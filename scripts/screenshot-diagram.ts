// Screenshots of the diagram preview (src/diagram/preview/preview.html) in Debian's Chromium:
// test-results/diagram/<name>.png, each with the on-screen size of its smallest SVG text (CSS
// px). Starts its own Vite server on port 5198 and stops it.
// Run: node scripts/run-ts.mjs scripts/screenshot-diagram.ts [filter]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

interface Shot {
  name: string;
  query: string;
  width?: number;
  height?: number;
}

const rabbitSteps = Array.from({ length: 9 }, (_, step) => ({
  name: `rabbit-step${step}`,
  query: `scenario=rabbit-hole&step=${step}`,
}));

const shots: Shot[] = [
  ...rabbitSteps,
  { name: 'rabbit-step3-p0.1', query: 'scenario=rabbit-hole&step=3&progress=0.1' },
  { name: 'rabbit-step3-p0.25', query: 'scenario=rabbit-hole&step=3&progress=0.25' },
  { name: 'rabbit-step3-p0.5', query: 'scenario=rabbit-hole&step=3&progress=0.5' },
  { name: 'rabbit-step4-p0.5', query: 'scenario=rabbit-hole&step=4&progress=0.5' },
  { name: 'rabbit-step7-p0.2', query: 'scenario=rabbit-hole&step=7&progress=0.2' },
  { name: 'rabbit-step3-dark', query: 'scenario=rabbit-hole&step=3&theme=dark' },
  { name: 'rabbit-step8-dark', query: 'scenario=rabbit-hole&step=8&theme=dark' },
  { name: 'rabbit-step4-contrast', query: 'scenario=rabbit-hole&step=4&theme=contrast' },
  { name: 'rabbit-step3-1280', query: 'scenario=rabbit-hole&step=3', width: 1280, height: 720 },
  {
    name: 'rabbit-step4-1280-dark',
    query: 'scenario=rabbit-hole&step=4&theme=dark',
    width: 1280,
    height: 720,
  },
  { name: 'rabbit-step3-reduced', query: 'scenario=rabbit-hole&step=3&progress=0.2&reduced=1' },
  { name: 'naive-step5', query: 'scenario=rabbit-hole&model=naive&reply=0&step=5' },
  { name: 'naive-step4-dark', query: 'scenario=rabbit-hole&model=naive&reply=0&step=4&theme=dark' },
  { name: 'local-outage-step1', query: 'scenario=local-outage&step=1' },
  { name: 'path-miss-404-step3', query: 'scenario=path-miss-404&step=3' },
  { name: 'path-miss-404-step6', query: 'scenario=path-miss-404&step=6' },
  { name: 'service-upstream-step4', query: 'scenario=service-upstream&step=4' },
  { name: 'local-policy-step3', query: 'scenario=local-policy&step=3' },
  { name: 'gen50-step3', query: 'scenario=generated-50&step=3' },
  { name: 'gen50-step4-p0.5', query: 'scenario=generated-50&step=4&progress=0.5' },
  { name: 'gen50-step8-dark', query: 'scenario=generated-50&step=8&theme=dark' },
  { name: 'legend', query: 'scenario=rabbit-hole&step=0&legend=1' },
  { name: 'rabbit-step5-turn-p0.05', query: 'scenario=rabbit-hole&step=5&progress=0.05' },
  { name: 'rabbit-step5-turn-p0.12', query: 'scenario=rabbit-hole&step=5&progress=0.12' },
  { name: 'rabbit-step5-turn-p0.3', query: 'scenario=rabbit-hole&step=5&progress=0.3' },
  ...[3, 4, 7].map((step) => ({
    name: `talk-rabbit-step${step}`,
    query: `scenario=rabbit-hole&step=${step}&min=24&aspect=auto`,
    width: 1920,
    height: 1080,
  })),
  {
    name: 'talk-stage-rabbit-step4',
    query: 'scenario=rabbit-hole&step=4&min=24&aspect=auto',
    width: 1892,
    height: 756,
  },
  {
    name: 'portrait-rabbit-step3',
    query: 'scenario=rabbit-hole&step=3&aspect=auto',
    width: 390,
    height: 844,
  },
];

// The smallest SVG text on screen, in CSS px (font size times the SVG's scale).
function smallestText(): { text: string; px: number } {
  let best = { text: '', px: Number.POSITIVE_INFINITY };
  for (const t of document.querySelectorAll<SVGTextElement>('svg.pw-diagram text')) {
    if (!t.textContent?.trim() || t.getBoundingClientRect().height === 0) continue;
    const px = Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
    if (px < best.px) best = { text: t.textContent, px: Math.round(px * 100) / 100 };
  }
  return best;
}

const filter = process.argv[2];

// `perf`: fly legs of the 50-node scenario and report frame times (60 fps = 16.7 ms).
async function perf(browser: Awaited<ReturnType<typeof chromium.launch>>): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(
    'http://localhost:5198/src/diagram/preview/preview.html?scenario=generated-50&step=0',
  );
  await page.waitForSelector('[data-entity="packet"]');
  for (const step of [2, 3, 4]) {
    const gaps = await page.evaluate((s) => window.pwPreview?.fly(s, 1800) ?? [], step);
    const sorted = [...gaps].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    const mean = gaps.reduce((sum, g) => sum + g, 0) / Math.max(1, gaps.length);
    console.log(
      `leg ${step}: ${gaps.length} frames, mean ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...gaps).toFixed(1)} ms`,
    );
  }
  await page.close();
}
const server = await createServer({
  logLevel: 'warn',
  server: { port: 5198, strictPort: true, open: false },
});
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  mkdirSync('test-results/diagram', { recursive: true });
  if (filter === 'perf') await perf(browser);
  for (const shot of shots.filter(
    (s) => filter !== 'perf' && (!filter || s.name.includes(filter)),
  )) {
    const page = await browser.newPage({
      viewport: { width: shot.width ?? 1600, height: shot.height ?? 900 },
    });
    page.on('pageerror', (error) => console.error(`${shot.name}: ${error.message}`));
    try {
      await page.goto(`http://localhost:5198/src/diagram/preview/preview.html?${shot.query}`);
      await page.waitForSelector('[data-entity="packet"]', { timeout: 15000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      await page.screenshot({ path: `test-results/diagram/${shot.name}.png` });
      const small = await page.evaluate(smallestText);
      console.log(
        `test-results/diagram/${shot.name}.png  smallest text ${small.px} px (${small.text})`,
      );
    } catch (error) {
      console.error(`${shot.name}: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
