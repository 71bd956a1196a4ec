/**
 * Resolves, once per walk, what every stage needs: the LB's Service port and NodePort, its
 * endpoints and the nodes they run on, the ingress controller's pods, the proxy mode's rules.
 */
import type { Node, Pod, Scenario } from '../../model/query';
import {
  createScenarioIndex,
  findService,
  loadBalancerPort,
  portEndpoints,
  serviceEndpoints,
} from '../../model/query';
import { servicePortName } from '../rules/chainNames';
import { proxyRules } from '../rules/proxyRules';
import type { TraceModel } from '../types';
import type { WalkContext } from './types';

/**
 * Stops on a scenario that breaks the resolved-Scenario invariants (loadScenario never
 * returns one): a reference to a missing object.
 */
export function invariant<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`walk: unresolved scenario: ${what}`);
  return value;
}

/**
 * Builds the shared context of one walk.
 * @param scenario - a resolved scenario; not modified
 * @param model - real or naive
 */
export function createWalkContext(scenario: Scenario, model: TraceModel): WalkContext {
  const index = createScenarioIndex(scenario);
  const { loadBalancer: lb, request } = scenario;
  const service = invariant(findService(index, lb.service), `loadBalancer.service ${lb.service}`);
  const port = invariant(loadBalancerPort(service, lb.port), `ports of Service ${service.name}`);
  const frontEndpoints = portEndpoints(serviceEndpoints(scenario, service), port);
  const controller = findService(index, scenario.ingressController.service);
  const controllerPods = controller ? serviceEndpoints(scenario, controller) : [];
  const nodeOf = (pod: Pod): Node =>
    invariant(index.nodes.get(pod.node), `node ${pod.node} of pod ${pod.name}`);
  return {
    scenario,
    index,
    model,
    rules: proxyRules(scenario.cluster.proxyMode),
    lb,
    client: `${request.client.ip}:${request.client.port}`,
    vip: `${lb.ip}:${lb.port}`,
    front: { service, port, name: servicePortName(service, port) },
    // A NodePort-less port (a ClusterIP Service behind the LB) cannot occur in a loaded scenario.
    nodePort: port.nodePort ?? port.port,
    frontEndpoints,
    frontNodes: new Set(frontEndpoints.map((ep) => ep.pod.node)),
    controllerPods: new Set(controllerPods.map((p) => p.name)),
    nodeOf,
  };
}
