/**
 * The cloud load balancer's own view (DOMAIN.md §9): its forwarding rule and target pool
 * with health marks, its source NAT, and its connection table for the reply.
 */
import type { LoadBalancer, Node } from '../../model/query';

/** One target of the pool and what the health check says about it. */
export interface PoolEntry {
  node: Node;
  /** `unchecked` when the check is off or cannot fail (Cluster policy: every node forwards). */
  health: 'healthy' | 'unhealthy' | 'unchecked';
}

const MARK: Record<PoolEntry['health'], string> = {
  healthy: 'healthy',
  unhealthy: 'UNHEALTHY (no local endpoint)',
  unchecked: 'not checked',
};

function poolLines(pool: readonly PoolEntry[], nodePort: number, chosen?: string): string[] {
  return pool.map((t) => {
    const address = `${t.node.ip}:${nodePort}`;
    const pick = t.node.name === chosen ? '   <- picked' : '';
    return `  ${t.node.name.padEnd(12)} ${address.padEnd(22)} ${MARK[t.health]}${pick}`;
  });
}

/**
 * The forwarding rule and target pool, as a cloud console would list them.
 * @param lb - the load balancer
 * @param pool - every target, with health marks
 * @param nodePort - the port targets are sent to
 * @param chosen - the target picked for this connection
 */
export function forwardingRule(
  lb: LoadBalancer,
  pool: readonly PoolEntry[],
  nodePort: number,
  chosen: string,
): string {
  const check = lb.healthCheck ? `health check TCP :${nodePort}` : 'no health check';
  return [
    `# ${lb.name} forwarding rule`,
    `TCP ${lb.ip}:${lb.port} -> target pool ${lb.name}-pool, port ${nodePort} (${check})`,
    ...poolLines(pool, nodePort, chosen),
  ].join('\n');
}

/**
 * The health-check report when no target is healthy.
 * @param lb - the load balancer
 * @param pool - every target (all unhealthy)
 * @param nodePort - the port checked
 * @param service - the Service that has no local endpoints on them, `ns/name`
 */
export function healthReport(
  lb: LoadBalancer,
  pool: readonly PoolEntry[],
  nodePort: number,
  service: string,
): string {
  return [
    `# ${lb.name} target pool health (TCP :${nodePort}; externalTrafficPolicy Local on ${service})`,
    ...poolLines(pool, nodePort),
    '# no healthy target: the load balancer has nowhere to send the connection',
  ].join('\n');
}

/**
 * The LB's source NAT when it does not preserve the client IP.
 * @param lb - the load balancer
 * @param before - client `ip:port`
 * @param after - the LB's `ip:port`
 */
export function lbSnatRule(lb: LoadBalancer, before: string, after: string): string {
  return `# ${lb.name}: client IP preservation off\nsource NAT ${before} -> ${after} (the LB's own address)`;
}

/**
 * One entry of the LB's connection table: the client side and the backend side.
 * @param lb - the load balancer
 * @param client - the client-side connection (`src -> dst`)
 * @param backend - the backend-side connection (`src -> dst`)
 * @param target - the target node
 */
export function lbConnection(
  lb: LoadBalancer,
  client: string,
  backend: string,
  target: string,
): string {
  return `# ${lb.name} connection table\nTCP ${client}  <=>  ${backend} (${target}) ESTABLISHED`;
}
