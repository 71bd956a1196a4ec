/**
 * Which pods back a Service, and on which port: the EndpointSlice controller's view,
 * reduced to what the walk needs. All pods are Running and Ready (model/types.ts).
 */
import type { Pod, Scenario, Service, ServicePort } from '../types';

/** A ready endpoint of one Service port: a pod and the port it listens on. */
export interface Endpoint {
  pod: Pod;
  ip: string;
  port: number;
  /** `ip:port`. */
  address: string;
}

/**
 * Tells whether a Service's selector picks a pod. No selector, or an empty one, picks
 * nothing: such a Service has no managed endpoints.
 * @param service - the Service
 * @param pod - the pod
 */
export function selects(service: Service, pod: Pod): boolean {
  const selector = service.selector;
  if (!selector) return false;
  let any = false;
  for (const [key, value] of Object.entries(selector)) {
    if (pod.labels[key] !== value) return false;
    any = true;
  }
  return any;
}

/**
 * The pods a Service selects, in file order.
 * @param scenario - a resolved scenario
 * @param service - one of its Services
 * @returns the selected pods (a new array)
 */
export function serviceEndpoints(scenario: Scenario, service: Service): Pod[] {
  return scenario.cluster.pods.filter((pod) => selects(service, pod));
}

/**
 * Resolves a Service port's `targetPort` for one pod: a number is taken as is, a name is
 * looked up in the pod's named container ports.
 * @param pod - the endpoint pod
 * @param port - the Service port
 * @returns the pod's port, or `undefined` when the pod has no port of that name
 */
export function resolveTargetPort(pod: Pod, port: ServicePort): number | undefined {
  if (typeof port.targetPort === 'number') return port.targetPort;
  return pod.ports.find((p) => p.name === port.targetPort)?.containerPort;
}

/**
 * The endpoints of one Service port. A pod that lacks a named targetPort is left out, as
 * the EndpointSlice controller leaves it out of that port's slice.
 * @param pods - the Service's selected pods
 * @param port - the Service port
 */
export function portEndpoints(pods: readonly Pod[], port: ServicePort): Endpoint[] {
  const endpoints: Endpoint[] = [];
  for (const pod of pods) {
    const target = resolveTargetPort(pod, port);
    if (target === undefined) continue;
    endpoints.push({ pod, ip: pod.ip, port: target, address: `${pod.ip}:${target}` });
  }
  return endpoints;
}

/**
 * Finds a Service port by number or by name, as an Ingress backend names it.
 * @param service - the Service
 * @param ref - `{ number }` or `{ name }`
 * @returns the port, or the Service's only port when the reference is empty
 */
export function findServicePort(
  service: Service,
  ref: { number?: number; name?: string },
): ServicePort | undefined {
  if (ref.number !== undefined) return service.ports.find((p) => p.port === ref.number);
  if (ref.name !== undefined) return service.ports.find((p) => p.name === ref.name);
  return service.ports.length === 1 ? service.ports[0] : undefined;
}

/**
 * The Service port a load balancer forwards to: the one whose `port` equals the LB's port,
 * else the first.
 * @param service - the LB's Service
 * @param lbPort - `loadBalancer.port`
 */
export function loadBalancerPort(service: Service, lbPort: number): ServicePort | undefined {
  return service.ports.find((p) => p.port === lbPort) ?? service.ports[0];
}
