/**
 * The ingress controller's routing (DOMAIN.md §8; DESIGN.md "Semantics"): match the request,
 * answer 404 / 503 itself, or proxy it on a new connection to a backend pod.
 */
import type { Pod } from '../../model/query';
import { matchIngress } from '../../model/query';
import { noEndpointsRule, notFoundRule } from '../rules/nginx';
import { type Backend, resolveBackend } from './backend';
import type { Ending, Leg, StageResult, WalkContext } from './types';
import { naiveLegs, upstreamLeg } from './upstream';

/** The controller stage's legs and ending, and a sentence for the leg that reached the controller. */
export interface ControllerResult extends StageResult {
  addendum?: string;
}

function httpError(pod: Pod, status: 404 | 503, outcome: string, rule: string): Ending {
  const end = { kind: 'http-error', at: pod.name, status, by: 'ingress controller', rule } as const;
  return { delivered: false, outcome, end, answered: true };
}

function notFound(ctx: WalkContext, pod: Pod): ControllerResult {
  const { host, path } = ctx.scenario.request;
  const outcome = `404: no rule matches ${path}${host === undefined ? '' : ` for host ${host}`}`;
  const asked = `${host ?? ''}${path}`;
  return {
    legs: [],
    ending: httpError(pod, 404, outcome, notFoundRule(host, path)),
    addendum: `The ingress controller ${pod.name} finds no Ingress rule for ${asked} and no default backend, so it answers 404 Not Found itself.`,
  };
}

function unavailable(pod: Pod, backend: Backend): ControllerResult {
  return {
    legs: [],
    ending: httpError(
      pod,
      503,
      `503: ${backend.service} has no endpoints`,
      noEndpointsRule(backend.service, backend.upstream),
    ),
    addendum: `The ingress controller ${pod.name} routes the request to Service ${backend.service}, which has no endpoints, so it answers 503 Service Temporarily Unavailable itself.`,
  };
}

/**
 * Routes the request that reached an ingress controller pod.
 * @param ctx - the walk context
 * @param pod - the controller pod
 * @param incoming - the leg that brought the request to it
 */
export function controllerStage(ctx: WalkContext, pod: Pod, incoming: Leg): ControllerResult {
  const match = matchIngress(ctx.scenario, ctx.scenario.request.host, ctx.scenario.request.path);
  if (match.kind === 'none') return notFound(ctx, pod);
  const backend = resolveBackend(ctx, match);
  const target = backend.endpoints[backend.chosen];
  if (!backend.view || !target) return unavailable(pod, backend);
  const route = { ctx, pod, incoming, match, backend, view: backend.view };
  const legs: Leg[] = ctx.model === 'naive' ? naiveLegs(route) : [upstreamLeg(route)];
  const ending: Ending = {
    delivered: true,
    outcome: `delivered to ${target.pod.name}`,
    end: { kind: 'delivered', at: target.pod.name },
    answered: true,
  };
  return { legs, ending };
}
