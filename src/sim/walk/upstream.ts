/**
 * The controller -> backend legs. Real: one new connection to the pod IP (or, with
 * service-upstream, to the ClusterIP, DNATed on the controller's node). Naive: the
 * ClusterIP Service drawn as a box and counted as a hop (the misconception).
 */
import type { Endpoint, IngressMatch, Pod } from '../../model/query';
import { serviceId } from '../../model/query';
import { ephemeralPort } from '../hash/fnv';
import { routeRule } from '../rules/nginx';
import type { DnatView, ServicePortView } from '../rules/types';
import type { Rewrite } from '../types';
import type { Backend } from './backend';
import { directNote, naiveBoxNote, naiveForwardNote, serviceUpstreamNote } from './controllerNotes';
import type { Leg, WalkContext } from './types';

/** Everything the controller's routing decided. */
export interface Route {
  ctx: WalkContext;
  /** The controller pod. */
  pod: Pod;
  /** The leg that brought the request to it. */
  incoming: Leg;
  match: Exclude<IngressMatch, { kind: 'none' }>;
  backend: Backend;
  view: ServicePortView;
}

function target(route: Route): Endpoint {
  return route.backend.endpoints[route.backend.chosen] as Endpoint;
}

function clusterIpAddress(view: ServicePortView): string {
  return `${view.service.clusterIP}:${view.port.port}`;
}

/** The L7 proxy step: nginx ends the client's connection and opens its own to `dst`. */
function proxyRewrite(route: Route, dst: string, viaClusterIp: boolean): Rewrite {
  const { pod, incoming, backend } = route;
  const port = ephemeralPort(`${pod.name}|${incoming.packet.src}|${dst}`);
  const entries = viaClusterIp
    ? [{ address: dst, label: 'ClusterIP (service-upstream)' }]
    : backend.endpoints.map((ep) => ({ address: ep.address, label: ep.pod.name }));
  return {
    at: pod.name,
    kind: 'proxy',
    before: `${incoming.packet.src} -> ${incoming.packet.dst}`,
    after: `${pod.ip}:${port} -> ${dst}`,
    by: 'ingress controller',
    rule: routeRule(
      route.match,
      backend.upstream,
      entries,
      viaClusterIp ? 0 : backend.chosen,
      viaClusterIp,
    ),
  };
}

/** kube-proxy's (or Cilium socket-LB's) ClusterIP -> pod DNAT on the controller's node (DOMAIN.md §2.3, §4). */
function clusterIpDnat(route: Route, at: string): Rewrite {
  const { ctx, view, backend } = route;
  const node = ctx.nodeOf(route.pod);
  const dnat: DnatView = {
    svc: view,
    kind: 'ClusterIP',
    frontend: { ip: view.service.clusterIP, port: view.port.port },
    policy: view.service.externalTrafficPolicy,
    endpoints: backend.endpoints,
    chosen: backend.chosen,
    node,
    clusterCIDR: ctx.scenario.cluster.clusterCIDR,
  };
  return {
    at,
    kind: 'DNAT',
    before: clusterIpAddress(view),
    after: target(route).address,
    by: ctx.rules.by,
    rule: ctx.rules.dnat(dnat),
    service: serviceId(view.service),
  };
}

/**
 * The real controller -> pod leg (hop 3): the source is the controller's pod IP, never
 * SNATed, because it is inside the cluster CIDR (DOMAIN.md §2.3, §7).
 * @param route - the routing decision
 */
export function upstreamLeg(route: Route): Leg {
  const ep = target(route);
  const upstream = route.match.ingress.serviceUpstream;
  const proxy = proxyRewrite(route, upstream ? clusterIpAddress(route.view) : ep.address, upstream);
  const ctrlNode = route.pod.node;
  const rewrites = upstream ? [proxy, clusterIpDnat(route, ctrlNode)] : [proxy];
  const src = proxy.after.split(' -> ')[0] as string;
  return {
    from: route.pod.name,
    to: ep.pod.name,
    counted: true,
    via: ep.pod.node === ctrlNode ? [ctrlNode] : [ctrlNode, ep.pod.node],
    packet: { src, dst: ep.address },
    rewrites,
    note: upstream ? serviceUpstreamNote(route, src) : directNote(route, src),
  };
}

/**
 * The naive picture (hops 3 and 4): controller -> `service/<name>` -> pod.
 * @param route - the routing decision
 */
export function naiveLegs(route: Route): Leg[] {
  const ep = target(route);
  const box = `service/${route.view.service.name}`;
  const proxy = proxyRewrite(route, clusterIpAddress(route.view), true);
  const src = proxy.after.split(' -> ')[0] as string;
  const toBox: Leg = {
    from: route.pod.name,
    to: box,
    counted: true,
    via: [route.pod.node],
    packet: { src, dst: clusterIpAddress(route.view) },
    rewrites: [proxy],
    note: naiveBoxNote(route),
  };
  const toPod: Leg = {
    from: box,
    to: ep.pod.name,
    counted: true,
    via: [ep.pod.node],
    packet: { src, dst: ep.address },
    rewrites: [clusterIpDnat(route, box)],
    note: naiveForwardNote(route),
  };
  return [toBox, toPod];
}
