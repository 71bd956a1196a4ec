/**
 * Resolves the Service an Ingress match points to, its port and its endpoints, and the
 * endpoint the controller picks (`request.choose.endpoint`, else the first).
 */
import type { IngressBackend, IngressMatch, Service, ServicePort } from '../../model/query';
import {
  type Endpoint,
  findService,
  findServicePort,
  portEndpoints,
  serviceEndpoints,
} from '../../model/query';
import { servicePortName } from '../rules/chainNames';
import { upstreamName } from '../rules/nginx';
import type { ServicePortView } from '../rules/types';
import type { WalkContext } from './types';

/** A routed-to backend: what it is called, and what serves it. */
export interface Backend {
  /** `namespace/name` of the Service, as written. */
  service: string;
  /** ingress-nginx's upstream name, `namespace-service-port`. */
  upstream: string;
  /** The Service port, when the Service and port exist. */
  view?: ServicePortView;
  endpoints: Endpoint[];
  /** Index of the endpoint taken (meaningful when there are endpoints). */
  chosen: number;
}

function portLabel(backend: IngressBackend): string | number {
  return backend.service.port.number ?? backend.service.port.name ?? '';
}

/**
 * Resolves a match's backend Service in the Ingress's namespace.
 * @param ctx - the walk context
 * @param match - a rule or default-backend match
 */
export function resolveBackend(
  ctx: WalkContext,
  match: Exclude<IngressMatch, { kind: 'none' }>,
): Backend {
  const namespace = match.ingress.namespace;
  const name = match.backend.service.name;
  const upstream = upstreamName(namespace, name, portLabel(match.backend));
  const service: Service | undefined = findService(ctx.index, name, namespace);
  const port: ServicePort | undefined =
    service && findServicePort(service, match.backend.service.port);
  if (!service || !port)
    return { service: `${namespace}/${name}`, upstream, endpoints: [], chosen: 0 };
  const endpoints = portEndpoints(serviceEndpoints(ctx.scenario, service), port);
  const wanted = ctx.scenario.request.choose.endpoint;
  const chosen = Math.max(
    0,
    endpoints.findIndex((ep) => ep.pod.name === wanted),
  );
  const view = { service, port, name: servicePortName(service, port) };
  return { service: `${namespace}/${name}`, upstream, view, endpoints, chosen };
}
