/**
 * `packetwalk render FILE` — a still of the diagram: SVG with no browser (the app's React
 * components rendered by react-dom/server, CSS embedded), PNG and PDF through headless
 * Chromium. Same scene code as the app's Export menu (src/export).
 */
import { type ExportKit, loadExportKit } from '../export';
import type { Scenario } from '../model';
import { type Trace, walk } from '../sim';
import type { ParsedArgs } from './args';
import type { CliIO } from './main';
import { type RenderRequest, renderRequest, stepsToRender } from './renderArgs';
import { ChromiumUnavailable, withChromium } from './renderChromium';
import { writeAtomically, writeError } from './renderWrite';

/** Loads a scenario file, printing its diagnostics (main.ts's loader). */
export type ScenarioLoader = (file: string) => { ok: true; scenario: Scenario } | { ok: false };

async function draw(
  kit: ExportKit,
  request: RenderRequest,
  scenario: Scenario,
  trace: Trace,
  steps: number[],
): Promise<Uint8Array | string> {
  const { width, height, theme } = request;
  const scene = kit.createScene(scenario, trace, { theme, width, height });
  if (request.format === 'svg') return kit.sceneSvg(scene, steps[0] ?? 0);
  return withChromium(async (raster) => {
    if (request.format === 'png')
      return raster.png(kit.sceneSvg(scene, steps[0] ?? 0), width, height, 1);
    const pages = [];
    for (const step of steps) {
      const png = await raster.png(kit.sceneSvg(scene, step), width, height, kit.PDF_IMAGE_SCALE);
      pages.push({ png, caption: kit.stepCaption(trace, step, scenario) });
    }
    return kit.buildPdf(pages, {
      title: `${scenario.metadata.title} — PacketWalk`,
      aspect: width / height,
    });
  });
}

/**
 * Runs `packetwalk render`.
 * @param args - the parsed command line
 * @param io - output sinks
 * @param load - the scenario loader (prints diagnostics)
 * @returns the exit code: 0 written, 1 the file does not load / no Chromium / cannot write, 2 usage
 */
export async function runRender(
  args: ParsedArgs,
  io: CliIO,
  load: ScenarioLoader,
): Promise<number> {
  const request = renderRequest(args);
  if ('error' in request) {
    io.stderr(`packetwalk render: ${request.error}\n`);
    return 2;
  }
  const loaded = load(request.file);
  if (!loaded.ok) return 1;
  const trace = walk(loaded.scenario, { model: request.model, reply: request.reply });
  const steps = stepsToRender(request, trace.steps.length);
  if (steps === null) {
    io.stderr(`packetwalk render: --step must be 0..${trace.steps.length}\n`);
    return 2;
  }
  let data: Uint8Array | string;
  try {
    data = await draw(await loadExportKit(), request, loaded.scenario, trace, steps);
  } catch (error) {
    // Never a stack trace: a missing browser has its own message, anything else one line.
    const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(
      error instanceof ChromiumUnavailable ? `${first}\n` : `packetwalk render: ${first}\n`,
    );
    return 1;
  }
  if (request.out === '-') {
    io.stdout(typeof data === 'string' ? data : '');
    return 0;
  }
  try {
    writeAtomically(request.out, data);
  } catch (error) {
    io.stderr(`packetwalk render: ${writeError(request.out, error)}\n`);
    return 1;
  }
  return 0;
}
