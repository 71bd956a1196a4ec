/**
 * The Service rules every node carries, computed from the Scenario alone. kube-proxy (and
 * Cilium) program every Service on every node (DOMAIN.md §2-§4), so a node's panel lists all
 * Services; only the endpoint count differs, under `externalTrafficPolicy: Local` (§5).
 */
import type { Pod, ProxyMode, Scenario, Service } from '../model';

/** One Service as a rule, before it is placed in a node's panel. */
export interface RuleSpec {
  /** `<namespace>/<name>`, as kube-proxy names it. */
  key: string;
  name: string;
  kind: 'NodePort' | 'ClusterIP';
  /** What the rule matches: `NodePort :32000` or `ClusterIP 10.96.0.10:80`. */
  match: string;
  /** The same, short: `:32000` or `10.96.0.10:80`. */
  short: string;
  /** Endpoints over the whole cluster. */
  total: number;
  /** Endpoints per node name. */
  byNode: Record<string, number>;
  /** NodePort under `externalTrafficPolicy: Local`: only the node's own endpoints are used. */
  localOnly: boolean;
}

/**
 * Title of the rule panel for a proxy mode.
 * @param mode - the cluster's proxy mode
 * @returns e.g. `kube-proxy (iptables)` or `eBPF (cilium)`
 */
export function proxyTitle(mode: ProxyMode): string {
  return mode === 'ebpf' ? 'eBPF (cilium)' : `kube-proxy (${mode})`;
}

/**
 * Tells whether a Service's selector picks a pod (every selector label must match).
 * @param selector - `spec.selector`; absent selects nothing (no endpoints)
 * @param pod - the pod
 */
export function selects(selector: Record<string, string> | undefined, pod: Pod): boolean {
  if (!selector) return false;
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => pod.labels[key] === value);
}

function matchText(service: Service): Pick<RuleSpec, 'kind' | 'match' | 'short'> {
  const nodePorts = service.ports.flatMap((p) => (p.nodePort === undefined ? [] : [p.nodePort]));
  if (service.type !== 'ClusterIP' && nodePorts.length > 0) {
    const short = `:${nodePorts.join(',')}`;
    return { kind: 'NodePort', match: `NodePort ${short}`, short };
  }
  const short = `${service.clusterIP}:${service.ports.map((p) => p.port).join(',')}`;
  return { kind: 'ClusterIP', match: `ClusterIP ${short}`, short };
}

/**
 * Finds a Service by reference, as the scenario writes them: `namespace/name`, or a bare name
 * (looked up in `namespace` when given, else the first Service of that name in file order).
 * @param scenario - the resolved scenario
 * @param ref - `name` or `namespace/name`
 * @param namespace - namespace of a bare name (Ingress backends), when known
 */
export function findService(
  scenario: Scenario,
  ref: string,
  namespace?: string,
): Service | undefined {
  const slash = ref.indexOf('/');
  const ns = slash >= 0 ? ref.slice(0, slash) : namespace;
  const name = slash >= 0 ? ref.slice(slash + 1) : ref;
  return scenario.services.find((s) => s.name === name && (ns === undefined || s.namespace === ns));
}

// The Services the story is about come first: the LB's, the controller's, then Ingress backends.
function ranks(scenario: Scenario): Map<Service, number> {
  const rank = new Map<Service, number>();
  const mark = (service: Service | undefined, value: number) => {
    if (service && !rank.has(service)) rank.set(service, value);
  };
  mark(findService(scenario, scenario.loadBalancer.service), 0);
  mark(findService(scenario, scenario.ingressController.service), 1);
  for (const ing of scenario.ingresses) {
    const backends = [
      ing.defaultBackend,
      ...ing.rules.flatMap((rule) => rule.paths.map((p) => p.backend)),
    ];
    for (const backend of backends)
      if (backend) mark(findService(scenario, backend.service.name, ing.namespace), 2);
  }
  return rank;
}

/**
 * Lists the Services as rules, most relevant first (LB's Service, ingress controller's,
 * Ingress backends, the rest; file order within each group).
 * @param scenario - the resolved scenario
 * @returns one rule per Service
 */
export function serviceRules(scenario: Scenario): RuleSpec[] {
  const rank = ranks(scenario);
  const ranked = scenario.services.map((service, index) => ({
    service,
    index,
    rank: rank.get(service) ?? 3,
  }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map(({ service }) => {
    const byNode: Record<string, number> = {};
    let total = 0;
    for (const pod of scenario.cluster.pods) {
      if (!selects(service.selector, pod)) continue;
      byNode[pod.node] = (byNode[pod.node] ?? 0) + 1;
      total += 1;
    }
    const { kind, match, short } = matchText(service);
    const localOnly = kind === 'NodePort' && service.externalTrafficPolicy === 'Local';
    return {
      key: `${service.namespace}/${service.name}`,
      name: service.name,
      kind,
      match,
      short,
      total,
      byNode,
      localOnly,
    };
  });
}
