/**
 * Assembles the resolved `Scenario` from the validated input: every default of contract v1
 * applied (DESIGN.md, "Scenario file — contract v1"). Reference checks live in `check/`.
 */
import type { Problem } from '../problem';
import type { ScenarioInput } from '../schema/scenario';
import type { LoadBalancer, Node, Request, Scenario } from '../types';
import { resolveIngresses } from './ingresses';
import { resolveNodes } from './nodes';
import { resolvePods } from './pods';
import { resolveServices } from './services';

type Input = ScenarioInput;

function resolveMetadata({ metadata }: Input): Scenario['metadata'] {
  return {
    name: metadata.name,
    title: metadata.title ?? metadata.name,
    ...(metadata.question !== undefined ? { question: metadata.question } : {}),
    ...(metadata.description !== undefined ? { description: metadata.description } : {}),
  };
}

function resolveLoadBalancer({ loadBalancer: lb }: Input, nodes: Node[]): LoadBalancer {
  return {
    name: lb.name,
    ip: lb.ip,
    port: lb.port,
    service: lb.service,
    targets: lb.targets ?? nodes.map((node) => node.name),
    preserveClientIP: lb.preserveClientIP,
    healthCheck: lb.healthCheck,
  };
}

function resolveRequest({ request }: Input): Request {
  return {
    client: { ip: request.client.ip, port: request.client.port },
    path: request.path,
    ...(request.host !== undefined ? { host: request.host } : {}),
    choose: { ...request.choose },
  };
}

/**
 * Applies every default.
 * @param input - the document as the schema validated it
 * @returns the scenario (valid only when `problems` is empty) and the problems met on the way
 */
export function resolveScenario(input: Input): { scenario: Scenario; problems: Problem[] } {
  const nodes = resolveNodes(input.cluster.nodes);
  const { pods, problems } = resolvePods(input.cluster.pods, nodes);
  const { proxyMode, clusterCIDR } = input.cluster;
  const scenario: Scenario = {
    apiVersion: input.apiVersion,
    kind: input.kind,
    metadata: resolveMetadata(input),
    cluster: { proxyMode, clusterCIDR, nodes, pods },
    services: resolveServices(input.services),
    ingresses: resolveIngresses(input.ingresses),
    ingressController: { service: input.ingressController.service },
    loadBalancer: resolveLoadBalancer(input, nodes),
    request: resolveRequest(input),
    notes: input.notes.map((note) => ({ step: note.step, text: note.text })),
  };
  return { scenario, problems };
}
