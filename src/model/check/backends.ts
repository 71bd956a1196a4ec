/**
 * Which pods `request.choose.endpoint` may name: the endpoints of the backend Service that
 * the request's Ingress match selects, computed exactly as the walk computes it (the same
 * `matchIngress` and `serviceEndpoints` queries, DOMAIN.md §8).
 */
import { serviceEndpoints } from '../query/endpoints';
import { findService } from '../query/lookup';
import { matchIngress } from '../query/matchIngress';
import { serviceId } from '../query/serviceId';
import type { Pod } from '../types';
import type { CheckContext } from './context';

/** The candidates for `choose.endpoint`, or why there are none. */
export interface EndpointCandidates {
  /** The backend Service, `namespace/name`; absent when no rule matches. */
  service?: string;
  /** What the request matched, for messages, e.g. `path /web`. */
  matched: string;
  pods: Pod[];
}

/**
 * Finds the endpoints the ingress controller can send this scenario's request to.
 * @param context - the lookups
 * @returns the backend Service of the matched rule (or default backend) and its pods, in file order
 */
export function endpointCandidates(context: CheckContext): EndpointCandidates {
  const { scenario } = context;
  const { host, path } = scenario.request;
  const request = `${host === undefined ? '' : `host ${host}, `}path ${path}`;
  const match = matchIngress(scenario, host, path);
  if (match.kind === 'none') return { matched: `no Ingress rule matches ${request}`, pods: [] };
  const { name } = match.backend.service;
  const service = findService(context, name, match.ingress.namespace);
  const matched =
    match.kind === 'rule'
      ? `the backend of Ingress ${match.ingress.name} for ${request}`
      : `the default backend of Ingress ${match.ingress.name}`;
  if (!service) return { service: `${match.ingress.namespace}/${name}`, matched, pods: [] };
  return {
    service: serviceId(service),
    matched,
    pods: serviceEndpoints(scenario, service),
  };
}
