/** A one-line description of the machine and runtime, for BENCHMARKS.md. */
import { cpus, loadavg, totalmem } from 'node:os';

/** e.g. `2 × Intel Xeon … , 24 GiB, Linux x64, Node v20.20.2` */
export function describeMachine(): string {
  const cores = cpus();
  const model = cores[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  const gib = Math.round(totalmem() / 2 ** 30);
  return `${cores.length} × ${model}, ${gib} GiB RAM, ${process.platform} ${process.arch}, Node ${process.version}`;
}

/** The 1-minute load average now, e.g. `load average 0.4` (other work slows every figure). */
export function describeLoad(): string {
  return `1-minute load average ${(loadavg()[0] ?? 0).toFixed(1)} when it started`;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
