/**
 * Deterministic "random" ports. Real kernels pick ephemeral ports at random; the walk
 * must give the same trace for the same scenario, so it derives them from the flow, with the
 * FNV-1a hash the loader uses for default ClusterIPs (defined in model/, re-exported here).
 */
import { fnv1a32 } from '../../model/query';

export { fnv1a32 };

/** First port of Linux's default `net.ipv4.ip_local_port_range` (32768-60999). */
export const EPHEMERAL_FIRST = 32768;
/** Number of ports in that range. */
export const EPHEMERAL_COUNT = 60999 - 32768 + 1;

/**
 * Picks a port from Linux's ephemeral range, stably, from the flow it is used for
 * (`MASQUERADE --random-fully`, a proxy's outgoing connection, an LB's SNAT).
 * @param seed - the flow tuple and where it is translated, e.g. `node-3|203.0.113.50:51000|10.244.1.5:80`
 * @returns a port in 32768-60999
 */
export function ephemeralPort(seed: string): number {
  return EPHEMERAL_FIRST + (fnv1a32(seed) % EPHEMERAL_COUNT);
}
