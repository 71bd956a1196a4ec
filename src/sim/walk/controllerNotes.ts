/**
 * Narration of the controller -> backend legs (DOMAIN.md §2.3, §8).
 */
import type { Route } from './upstream';

function asked(route: Route): string {
  const { host, path } = route.ctx.scenario.request;
  return `${host ?? ''}${path}`;
}

function routedBy(route: Route): string {
  const { match, view } = route;
  const ingress = `Ingress ${match.ingress.namespace}/${match.ingress.name}`;
  const svc = `Service ${view.service.name}:${view.port.port}`;
  if (match.kind === 'default') return `the default backend of ${ingress} (${svc})`;
  return `${ingress}'s path ${match.path.path} (${match.path.pathType}) -> ${svc}`;
}

function picked(route: Route): { pod: string; address: string } {
  const ep = route.backend.endpoints[route.backend.chosen];
  return { pod: ep?.pod.name ?? '', address: ep?.address ?? '' };
}

/**
 * Real, default: nginx dials the pod IP it learned from EndpointSlices.
 * @param route - the routing decision
 * @param src - the controller's side of the new connection
 */
export function directNote(route: Route, src: string): string {
  const ep = picked(route);
  return `The ingress controller ${route.pod.name} matches ${asked(route)} to ${routedBy(route)} and opens a new connection from ${src} straight to ${ep.pod} at ${ep.address}, an address its Lua balancer learned from EndpointSlices. No ClusterIP and no kube-proxy rule is involved.`;
}

/**
 * Real, service-upstream: nginx dials the ClusterIP; the controller's node rewrites it.
 * @param route - the routing decision
 * @param src - the controller's side of the new connection
 */
export function serviceUpstreamNote(route: Route, src: string): string {
  const ep = picked(route);
  const cip = `${route.view.service.clusterIP}:${route.view.port.port}`;
  return `The ingress controller ${route.pod.name} matches ${asked(route)} to ${routedBy(route)}; the service-upstream annotation makes it connect from ${src} to the ClusterIP ${cip}, which ${route.ctx.rules.by} on ${route.pod.node} rewrites to ${ep.pod} at ${ep.address} before the packet leaves the node. The Service is still a rule, not a hop.`;
}

/**
 * Naive, leg to the Service box.
 * @param route - the routing decision
 */
export function naiveBoxNote(route: Route): string {
  const cip = `${route.view.service.clusterIP}:${route.view.port.port}`;
  return `Misconception: the controller ${route.pod.name} sends the request to the Service ${route.view.service.name} at ${cip}, as if the Service were a box on the network. No such box exists: a ClusterIP is only a rewrite rule on every node.`;
}

/**
 * Naive, leg from the Service box to the pod.
 * @param route - the routing decision
 */
export function naiveForwardNote(route: Route): string {
  const ep = picked(route);
  return `Misconception: the "Service" forwards the packet to ${ep.pod} at ${ep.address} as a hop of its own. In reality the packet goes straight from the controller's pod to this pod, which makes three hops, not four.`;
}
