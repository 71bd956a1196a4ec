/**
 * The ingress controller's own view (DOMAIN.md §8): the matched Ingress rule, the nginx
 * location, the Lua balancer's endpoint list, 404 / 503 answers and its access log.
 */
import type { IngressMatch } from '../../model/query';
import { cappedLines } from './cap';

/** An upstream endpoint as the Lua balancer holds it. */
export interface UpstreamEntry {
  address: string;
  /** Pod name, or a note such as `ClusterIP` for service-upstream. */
  label: string;
}

/** ingress-nginx's upstream name: `namespace-service-port`. */
export function upstreamName(namespace: string, service: string, port: string | number): string {
  return `${namespace}-${service}-${port}`;
}

function ruleLine(match: Exclude<IngressMatch, { kind: 'none' }>, backend: string): string {
  const where = `Ingress ${match.ingress.namespace}/${match.ingress.name}`;
  if (match.kind === 'default')
    return `# ${where}: no rule matched; spec.defaultBackend -> ${backend}`;
  const host = match.rule.host ?? '*';
  return `# ${where}: host ${host}, path ${match.path.path} (${match.path.pathType}) -> ${backend}`;
}

/**
 * The routing the controller did: rule, location, and the upstream endpoints it picked from.
 * @param match - the matched rule or default backend
 * @param upstream - `namespace-service-port`
 * @param entries - the upstream endpoints (pod IPs, or the one ClusterIP under service-upstream)
 * @param chosen - index of the one picked
 * @param serviceUpstream - the upstream is the Service's ClusterIP, not its pods
 */
export function routeRule(
  match: Exclude<IngressMatch, { kind: 'none' }>,
  upstream: string,
  entries: readonly UpstreamEntry[],
  chosen: number,
  serviceUpstream = false,
): string {
  const location = match.kind === 'rule' ? match.path.path : '/';
  const rows = cappedLines(
    entries,
    chosen,
    (e, i) => `#   ${e.address.padEnd(22)} ${e.label}${i === chosen ? '   <- picked' : ''}`,
  );
  return [
    ruleLine(match, upstream),
    `location ${location} { set $proxy_upstream_name "${upstream}"; proxy_pass http://upstream_balancer; }`,
    serviceUpstream
      ? `# service-upstream: backend ${upstream} is the Service's ClusterIP only; kube-proxy picks the pod`
      : `# balancer_by_lua, backend ${upstream} (endpoints from EndpointSlices):`,
    ...rows,
  ].join('\n');
}

/**
 * Reads the upstream name back from a {@link routeRule} text.
 * @param rule - a route rule
 * @returns the upstream name, or `-` when there is none
 */
export function upstreamOf(rule: string | undefined): string {
  return /\$proxy_upstream_name "([^"]*)"/.exec(rule ?? '')?.[1] ?? '-';
}

/**
 * No rule and no default backend: the controller's default server answers 404.
 * @param host - the request host, if any
 * @param path - the request path
 */
export function notFoundRule(host: string | undefined, path: string): string {
  return [
    `# no Ingress rule matches ${host ?? '(any host)'} ${path}, and no Ingress has spec.defaultBackend`,
    'location / { set $proxy_upstream_name "upstream-default-backend"; }   # answers 404 Not Found',
  ].join('\n');
}

/**
 * The matched Service has no endpoints: the controller answers 503.
 * @param service - `namespace/name`
 * @param upstream - the upstream name
 */
export function noEndpointsRule(service: string, upstream: string): string {
  return [
    `# ingress-nginx log: Service "${service}" does not have any active Endpoint.`,
    `# backend ${upstream} has no endpoints: 503 Service Temporarily Unavailable`,
  ].join('\n');
}

/**
 * An access-log line in the spirit of ingress-nginx's default log format.
 * @param remote - the client address nginx saw (`ip`)
 * @param request - `GET /path`
 * @param status - HTTP status
 * @param upstream - upstream name
 * @param upstreamAddress - the endpoint that answered, or `-`
 */
export function accessLog(
  remote: string,
  request: string,
  status: number,
  upstream: string,
  upstreamAddress: string,
): string {
  return `# ingress-nginx access log\n${remote} - - "${request} HTTP/1.1" ${status} [${upstream}] ${upstreamAddress}`;
}
