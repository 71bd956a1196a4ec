/** Times whole `packetwalk` processes (bundled CLI on plain Node), as a user runs them. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Sample, summarize } from './measure';

/**
 * Runs `packetwalk trace FILE --json` repeatedly and times each process from spawn to exit.
 * @param file - scenario path
 * @param runs - timed runs after two warm-up runs (file cache, bundle freshness check)
 */
export function timeCli(file: string, runs = 15): Sample {
  const bin = join(process.cwd(), 'bin', 'packetwalk.mjs');
  const run = () => {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [bin, 'trace', file, '--json'], {
      encoding: 'utf8',
    });
    const elapsed = performance.now() - t0;
    if (result.status !== 0) throw new Error(`packetwalk trace ${file} failed: ${result.stderr}`);
    return elapsed;
  };
  run();
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(run());
  return summarize(times);
}
