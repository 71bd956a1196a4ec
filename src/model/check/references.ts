/**
 * Reference checks: every name that points at another object must exist, and be of the
 * right kind. The ingress controller's Service selecting no pod is only a warning: the
 * scenario loads and the walk shows the reject (DOMAIN.md §2.1, step 8).
 */
import { listNames, unknownName } from '../names';
import { type PathSegment, type Problem, problem, warning } from '../problem';
import { findService } from '../query/lookup';
import type { IngressBackend } from '../types';
import type { CheckContext } from './context';

function serviceNames(context: CheckContext): string[] {
  return context.scenario.services.map((s) => s.name);
}

function checkBackend(
  context: CheckContext,
  backend: IngressBackend,
  namespace: string,
  path: PathSegment[],
) {
  const { name, port } = backend.service;
  const service = findService(context, name, namespace);
  if (!service) {
    const known = context.scenario.services
      .filter((s) => s.namespace === namespace)
      .map((s) => s.name);
    return [
      problem(
        [...path, 'service', 'name'],
        unknownName(`Service in namespace ${namespace}`, name, known),
      ),
    ];
  }
  const portPath = [...path, 'service', 'port'];
  if (port.number !== undefined && !service.ports.some((p) => p.port === port.number)) {
    const ports = listNames(service.ports.map((p) => String(p.port)));
    return [
      problem(
        [...portPath, 'number'],
        `Service ${name} has no port ${port.number} (its ports: ${ports})`,
      ),
    ];
  }
  if (port.name !== undefined && !service.ports.some((p) => p.name === port.name)) {
    const names = listNames(service.ports.flatMap((p) => (p.name ? [p.name] : [])));
    return [
      problem(
        [...portPath, 'name'],
        `Service ${name} has no port named \`${port.name}\` (its port names: ${names})`,
      ),
    ];
  }
  return [];
}

function checkIngresses(context: CheckContext): Problem[] {
  const found: Problem[] = [];
  for (const [i, ingress] of context.scenario.ingresses.entries()) {
    if (ingress.defaultBackend) {
      found.push(
        ...checkBackend(context, ingress.defaultBackend, ingress.namespace, [
          'ingresses',
          i,
          'spec',
          'defaultBackend',
        ]),
      );
    }
    for (const [r, rule] of ingress.rules.entries()) {
      for (const [p, entry] of rule.paths.entries()) {
        const path = ['ingresses', i, 'spec', 'rules', r, 'http', 'paths', p, 'backend'];
        found.push(...checkBackend(context, entry.backend, ingress.namespace, path));
      }
    }
  }
  return found;
}

function checkController(context: CheckContext): Problem[] {
  const ref = context.scenario.ingressController.service;
  const service = findService(context, ref);
  const path = ['ingressController', 'service'];
  if (!service) return [problem(path, unknownName('Service', ref, serviceNames(context)))];
  if (context.select(service.selector).length > 0) return [];
  return [
    warning(
      path,
      `Service ${ref} selects no pod, so there is no ingress controller: the walk ends in a reject`,
    ),
  ];
}

function checkLoadBalancer(context: CheckContext): Problem[] {
  const { loadBalancer: lb } = context.scenario;
  const found: Problem[] = [];
  const service = findService(context, lb.service);
  if (!service)
    found.push(
      problem(
        ['loadBalancer', 'service'],
        unknownName('Service', lb.service, serviceNames(context)),
      ),
    );
  else if (service.type === 'ClusterIP') {
    const text = `Service ${lb.service} is ClusterIP; the load balancer needs a NodePort or LoadBalancer Service to forward to its nodePort`;
    found.push(problem(['loadBalancer', 'service'], text));
  }
  const nodeNames = context.scenario.cluster.nodes.map((n) => n.name);
  const seen = new Set<string>();
  for (const [i, target] of lb.targets.entries()) {
    if (!context.nodes.has(target))
      found.push(problem(['loadBalancer', 'targets', i], unknownName('node', target, nodeNames)));
    else if (seen.has(target))
      found.push(problem(['loadBalancer', 'targets', i], `node ${target} is listed twice`));
    seen.add(target);
  }
  return found;
}

/**
 * Checks every reference of a scenario.
 * @param context - the lookups
 * @returns the problems (one warning at most)
 */
export function checkReferences(context: CheckContext): Problem[] {
  return [...checkController(context), ...checkLoadBalancer(context), ...checkIngresses(context)];
}
