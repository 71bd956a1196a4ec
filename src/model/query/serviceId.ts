import type { Service } from '../types';

/**
 * The `namespace/name` id of a Service, as kube-proxy's comments and the layout's rule ids spell it.
 * @param service - a resolved Service
 */
export function serviceId(service: Pick<Service, 'namespace' | 'name'>): string {
  return `${service.namespace}/${service.name}`;
}
