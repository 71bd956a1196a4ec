/**
 * Dev-only preview of the diagram, for looking at it and for screenshots: serve the repo with
 * `npx vite --port 5198 --strictPort` and open /src/diagram/preview/preview.html?scenario=
 * rabbit-hole&step=3&progress=0.5&model=real&reply=1&theme=dark&reduced=0 (scenario
 * `generated-50` is a 50-node cluster; `min=24` sets `minFontSize`, `aspect=auto` lays out for
 * the window's shape). `window.pwPreview.set(step, progress)` moves it.
 */
import { domAnimation, LazyMotion, motionValue } from 'motion/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { generateClusterYaml } from '../../../tests/support/generateCluster';
import { computeLayout, computeRoutes } from '../../layout';
import { loadScenario } from '../../model';
import { walk } from '../../sim';
import { DiagramLegend } from '../DiagramLegend';
import { NetworkDiagram } from '../NetworkDiagram';
import '../../app/theme.css';

const files = import.meta.glob('../../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const params = new URLSearchParams(window.location.search);
const name = params.get('scenario') ?? 'rabbit-hole';
const model = params.get('model') === 'naive' ? 'naive' : 'real';
const text =
  name === 'generated-50'
    ? generateClusterYaml(50, 2)
    : (files[`../../../scenarios/${name}.yaml`] ?? '');
const loaded = loadScenario(text);
if (!loaded.ok) throw new Error(`cannot load ${name}: ${loaded.diagnostics[0]?.message}`);
const scenario = loaded.scenario;
const min = params.get('min');
const aspect = params.get('aspect') === 'auto' ? window.innerWidth / window.innerHeight : undefined;
const layout = computeLayout(scenario, {
  width: 1600,
  height: 900,
  model,
  aspect,
  minFontSize: min ? Number(min) : undefined,
});
const trace = walk(scenario, { model, reply: params.get('reply') !== '0' });
const routes = computeRoutes(layout, trace);
const progress = motionValue(Number(params.get('progress') ?? 1));
document.documentElement.dataset.theme = params.get('theme') ?? 'light';

declare global {
  interface Window {
    pwPreview?: {
      set(step: number, p: number): void;
      fly(step: number, ms: number): Promise<number[]>;
      steps: number;
    };
  }
}

// Flies the current leg over `ms` on requestAnimationFrame; resolves with the frame times.
function flight(ms: number): Promise<number[]> {
  return new Promise((resolve) => {
    const gaps: number[] = [];
    let start = -1;
    let last = -1;
    const tick = (now: number) => {
      if (start < 0) start = now;
      if (last >= 0) gaps.push(now - last);
      last = now;
      progress.set(Math.min(1, (now - start) / ms));
      if (now - start < ms) requestAnimationFrame(tick);
      else resolve(gaps);
    };
    requestAnimationFrame(tick);
  });
}

function Preview() {
  const [step, setStep] = useState(Number(params.get('step') ?? 0));
  window.pwPreview = {
    set(next, p) {
      setStep(next);
      progress.set(p);
    },
    fly(next, ms) {
      setStep(next);
      progress.set(0);
      return flight(ms);
    },
    steps: trace.steps.length,
  };
  return (
    <LazyMotion features={domAnimation} strict>
      <NetworkDiagram
        layout={layout}
        trace={trace}
        routes={routes}
        step={step}
        progress={progress}
        reducedMotion={params.get('reduced') === '1'}
        title={scenario.metadata.title}
      />
      {params.get('legend') === '1' ? (
        <div
          style={{
            position: 'fixed',
            right: 16,
            bottom: 16,
            background: 'var(--pw-surface)',
            padding: 12,
          }}
        >
          <DiagramLegend />
        </div>
      ) : null}
    </LazyMotion>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Preview />);
