/**
 * A Service port whose `targetPort` is a name needs every selected pod to declare a container
 * port of that name; the EndpointSlice controller leaves other pods out of the port.
 */
import { listNames } from '../names';
import { type Problem, problem } from '../problem';
import type { Service } from '../types';
import type { CheckContext } from './context';

/**
 * Checks named targetPorts against the selected pods' container ports.
 * @param context - the lookups
 * @returns one problem per Service port with pods that lack the name
 */
export function checkNamedTargetPorts(context: CheckContext): Problem[] {
  const found: Problem[] = [];
  context.scenario.services.forEach((service: Service, i) => {
    service.ports.forEach((port, j) => {
      if (typeof port.targetPort !== 'string') return;
      const name = port.targetPort;
      const missing = context
        .select(service.selector)
        .filter((pod) => !pod.ports.some((p) => p.name === name));
      if (missing.length === 0) return;
      const text = `targetPort \`${name}\` is not a container port name of the selected pods ${listNames(missing.map((p) => p.name))}`;
      found.push(problem(['services', i, 'spec', 'ports', j, 'targetPort'], text));
    });
  });
  return found;
}
