/**
 * `request.choose` must name a candidate the walk could really take (DESIGN.md semantics):
 * an LB target that passes the health check, an ingress controller pod the chosen node
 * forwards to, and an endpoint of the backend Service.
 */
import { listNames, unknownName } from '../names';
import { type Problem, problem } from '../problem';
import { findService } from '../query/lookup';
import type { Pod } from '../types';
import { endpointCandidates } from './backends';
import type { CheckContext } from './context';

const CHOOSE = ['request', 'choose'];

/** The LB's view: its Service, that Service's pods, and the targets it would use. */
function lbView(context: CheckContext) {
  const { loadBalancer: lb } = context.scenario;
  const service = findService(context, lb.service);
  const pods = service ? context.select(service.selector) : [];
  const local = service?.externalTrafficPolicy === 'Local';
  // DOMAIN.md §5: under Local a node without a local endpoint fails the LB's health check.
  const healthy =
    local && lb.healthCheck ? lb.targets.filter((t) => pods.some((p) => p.node === t)) : lb.targets;
  return { service, pods, local, healthy };
}

function checkTarget(context: CheckContext, view: ReturnType<typeof lbView>): Problem[] {
  const target = context.scenario.request.choose.target;
  const { targets } = context.scenario.loadBalancer;
  if (target === undefined) return [];
  const path = [...CHOOSE, 'target'];
  const nodeNames = context.scenario.cluster.nodes.map((n) => n.name);
  if (!context.nodes.has(target)) return [problem(path, unknownName('node', target, nodeNames))];
  if (!targets.includes(target)) {
    return [
      problem(
        path,
        `node ${target} is not a target of the load balancer (its targets: ${listNames(targets)})`,
      ),
    ];
  }
  if (view.healthy.includes(target)) return [];
  const text =
    `node ${target} fails the load balancer's health check: Service ${view.service?.name} has externalTrafficPolicy Local ` +
    `and no endpoint on ${target}, so the load balancer never picks it (candidates: ${listNames(view.healthy)})`;
  return [problem(path, text)];
}

function checkIngressPod(
  context: CheckContext,
  view: ReturnType<typeof lbView>,
  chosen?: string,
): Problem[] {
  const name = context.scenario.request.choose.ingressPod;
  if (name === undefined) return [];
  const path = [...CHOOSE, 'ingressPod'];
  const podNames = context.scenario.cluster.pods.map((p) => p.name);
  const pod = context.pods.get(name);
  if (!pod) return [problem(path, unknownName('pod', name, podNames))];
  const service = view.service?.name ?? context.scenario.loadBalancer.service;
  if (!view.pods.includes(pod)) {
    return [
      problem(
        path,
        `pod ${name} is not an endpoint of Service ${service} (its endpoints: ${names(view.pods)})`,
      ),
    ];
  }
  if (!view.local || chosen === undefined || pod.node === chosen) return [];
  const local = view.pods.filter((p) => p.node === chosen);
  const text =
    `pod ${name} runs on ${pod.node}, but under externalTrafficPolicy Local node ${chosen} only forwards ` +
    `to its own endpoints of Service ${service} (candidates: ${names(local)})`;
  return [problem(path, text)];
}

function checkEndpoint(context: CheckContext): Problem[] {
  const name = context.scenario.request.choose.endpoint;
  if (name === undefined) return [];
  const path = [...CHOOSE, 'endpoint'];
  const pod = context.pods.get(name);
  if (!pod)
    return [
      problem(
        path,
        unknownName(
          'pod',
          name,
          context.scenario.cluster.pods.map((p) => p.name),
        ),
      ),
    ];
  const candidates = endpointCandidates(context);
  if (candidates.pods.includes(pod)) return [];
  const text =
    candidates.service === undefined
      ? `pod ${name} cannot be chosen: ${candidates.matched}, so the walk ends in a 404 before an endpoint is picked`
      : `pod ${name} is not an endpoint of Service ${candidates.service}, ${candidates.matched} (candidates: ${names(candidates.pods)})`;
  return [problem(path, text)];
}

function names(pods: readonly Pod[]): string {
  return listNames(pods.map((p) => p.name));
}

/**
 * Checks `request.choose`.
 * @param context - the lookups
 * @returns the problems
 */
export function checkChoose(context: CheckContext): Problem[] {
  const view = lbView(context);
  const chosen = context.scenario.request.choose.target ?? view.healthy[0];
  return [
    ...checkTarget(context, view),
    ...checkIngressPod(context, view, chosen),
    ...checkEndpoint(context),
  ];
}
