/**
 * `npm run bench` — the core benchmark (issue "Core", item 8): loading (YAML text -> Scenario)
 * and walking (Scenario -> Trace) timed separately, for rabbit-hole and generated clusters of
 * 10, 100 and 1,000 nodes (10 pods each), plus whole `packetwalk trace` processes. Prints a
 * report and writes it into BENCHMARKS.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, type Scenario } from '../src/model';
import { walk } from '../src/sim';
import { generateClusterYaml } from '../tests/support/generateCluster';
import { timeCli } from './cli';
import { describeLoad, describeMachine, today } from './machine';
import { measure, ms, type Sample } from './measure';
import { writeSection } from './report';

/** Read before anything runs: the load others put on the machine, not ours. */
const loadAtStart = describeLoad();

interface Row {
  name: string;
  nodes: number;
  bytes: number;
  load: Sample;
  walk: Sample;
}

function loaded(text: string, name: string): Scenario {
  const result = loadScenario(text, { fileName: name });
  if (!result.ok) throw new Error(`${name} does not load: ${result.diagnostics[0]?.message}`);
  return result.scenario;
}

function benchText(name: string, nodes: number, text: string): Row {
  const scenario = loaded(text, name);
  const load = measure(() => loadScenario(text, { fileName: name }));
  const walked = measure(() => walk(scenario, { model: 'real', reply: true }), { minTimeMs: 1000 });
  return { name, nodes, bytes: Buffer.byteLength(text), load, walk: walked };
}

const root = process.cwd();
const generatedDir = join(root, 'bench', '.generated');
mkdirSync(generatedDir, { recursive: true });

const rabbitPath = join(root, 'scenarios', 'rabbit-hole.yaml');
const rows: Row[] = [benchText('rabbit-hole', 4, readFileSync(rabbitPath, 'utf8'))];
let bigPath = '';
for (const nodes of [10, 100, 1000]) {
  const text = generateClusterYaml(nodes, 10);
  const path = join(generatedDir, `cluster-${nodes}.yaml`);
  writeFileSync(path, text);
  if (nodes === 1000) bigPath = path;
  rows.push(benchText(`generated ${nodes} nodes`, nodes, text));
  console.error(`measured ${nodes} nodes`);
}

const cliRabbit = timeCli(rabbitPath);
const cliBig = timeCli(bigPath);

const mbps = (r: Row) => (r.bytes / 2 ** 20 / (r.load.median / 1000)).toFixed(1);
const kb = (r: Row) => `${(r.bytes / 1024).toFixed(1)} KB`;
const table = [
  '| input | nodes | size | load (median) | load MB/s | walk (median, warm) |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.nodes} | ${kb(r)} | ${ms(r.load.median)} | ${mbps(r)} | ${ms(r.walk.median)} |`,
  ),
];
const gen = rows.slice(1);
const growth = (pick: (r: Row) => number) =>
  gen
    .slice(1)
    .map((r, i) => `${gen[i]?.nodes}→${r.nodes}: ×${(pick(r) / pick(gen[i] as Row)).toFixed(1)}`)
    .join(', ');
const big = rows[rows.length - 1] as Row;
const rabbit = rows[0] as Row;
const ratio = cliBig.median / cliRabbit.median;
const body = `## Core: load, walk, CLI (\`npm run bench\`)

Run on ${today()} — ${describeMachine()}; ${loadAtStart}.

${table.join('\n')}

Growth for 10× more nodes (ideal: ×10) — load: ${growth((r) => r.load.median)}; walk: ${growth((r) => r.walk.median)}.

Whole process, \`packetwalk trace FILE --json\` (median of ${cliRabbit.runs} runs each): rabbit-hole ${ms(cliRabbit.median)}, 1,000 nodes ${ms(cliBig.median)} — ratio ×${ratio.toFixed(2)}.

Targets: walk rabbit-hole < 1 ms warm (${ms(rabbit.walk.median)}: ${rabbit.walk.median < 1 ? 'met' : 'MISSED'}); walk 1,000 nodes < 100 ms (${ms(big.walk.median)}: ${big.walk.median < 100 ? 'met' : 'MISSED'}); load 1,000 nodes < 300 ms (${ms(big.load.median)}: ${big.load.median < 300 ? 'met' : 'MISSED'}); CLI for 1,000 nodes ≤ 2× rabbit-hole's (×${ratio.toFixed(2)}: ${ratio <= 2 ? 'met' : 'MISSED'}).`;

console.log(body);
writeSection(join(root, 'BENCHMARKS.md'), 'core', body);
