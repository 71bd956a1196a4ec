/**
 * What kube-proxy (or Cilium) programs on one node, summarised for the diagram's rule
 * tables: a ClusterIP entry per Service port, and a NodePort entry per NodePort /
 * LoadBalancer Service port, each with its endpoints (DOMAIN.md §2-§5).
 */
import type { Node, Scenario, Service, ServicePort } from '../model/query';
import { type Endpoint, portEndpoints, serviceEndpoints } from '../model/query';
import { MAX_LISTED } from './rules/cap';
import { servicePortName } from './rules/chainNames';
import { proxyRules } from './rules/proxyRules';
import type { RewriteBy } from './types';

/** One frontend the node's datapath translates. */
export interface NodeRuleEntry {
  /** kube-proxy's name for the Service port, e.g. `default/red:http`. */
  service: string;
  kind: 'NodePort' | 'ClusterIP';
  /** `ip:port`: the ClusterIP, or this node's IP and the NodePort. */
  frontend: string;
  /** The first {@link MAX_LISTED} endpoints, `ip:port`. */
  endpoints: string[];
  /** How many endpoints were left out of `endpoints`. */
  moreEndpoints: number;
  /** NodePort under externalTrafficPolicy Local: only this node's endpoints are used. */
  localOnly: boolean;
}

/** The rule table of one node. */
export interface NodeRules {
  node: string;
  /** Who programs these entries. */
  by: RewriteBy;
  entries: NodeRuleEntry[];
}

interface PortEndpoints {
  all: Endpoint[];
  byNode: Map<string, Endpoint[]>;
}

/** What every node's table is built from: the nodes by name and the endpoints per Service port. */
interface Tables {
  nodes: Map<string, Node>;
  ports: Map<ServicePort, PortEndpoints>;
}

/** Computed once per scenario object (scenarios are immutable), then shared by every node. */
const cache = new WeakMap<Scenario, Tables>();

function tablesOf(scenario: Scenario): Tables {
  const known = cache.get(scenario);
  if (known) return known;
  const ports = new Map<ServicePort, PortEndpoints>();
  for (const service of scenario.services) {
    const pods = serviceEndpoints(scenario, service);
    for (const port of service.ports) {
      const all = portEndpoints(pods, port);
      const byNode = new Map<string, Endpoint[]>();
      for (const ep of all) {
        const list = byNode.get(ep.pod.node);
        if (list) list.push(ep);
        else byNode.set(ep.pod.node, [ep]);
      }
      ports.set(port, { all, byNode });
    }
  }
  // The first node of each name, as `Array.find` would pick it.
  const nodes = new Map<string, Node>();
  for (const node of scenario.cluster.nodes) if (!nodes.has(node.name)) nodes.set(node.name, node);
  const tables = { nodes, ports };
  cache.set(scenario, tables);
  return tables;
}

function entry(
  service: Service,
  port: ServicePort,
  kind: NodeRuleEntry['kind'],
  frontend: string,
  eps: Endpoint[],
  localOnly: boolean,
): NodeRuleEntry {
  const shown = eps.slice(0, MAX_LISTED).map((ep) => ep.address);
  return {
    service: servicePortName(service, port),
    kind,
    frontend,
    endpoints: shown,
    moreEndpoints: eps.length - shown.length,
    localOnly,
  };
}

/**
 * Summarises the NodePort and ClusterIP entries programmed on a node, in file order.
 * @param scenario - a resolved scenario
 * @param nodeName - one of its nodes
 * @returns the node's table, or `undefined` for an unknown node
 */
export function rulesOnNode(scenario: Scenario, nodeName: string): NodeRules | undefined {
  const { nodes, ports } = tablesOf(scenario);
  const node = nodes.get(nodeName);
  if (!node) return undefined;
  const entries: NodeRuleEntry[] = [];
  for (const service of scenario.services) {
    for (const port of service.ports) {
      const eps = ports.get(port) ?? { all: [], byNode: new Map() };
      entries.push(
        entry(service, port, 'ClusterIP', `${service.clusterIP}:${port.port}`, eps.all, false),
      );
      if (service.type === 'ClusterIP' || port.nodePort === undefined) continue;
      const local = service.externalTrafficPolicy === 'Local';
      const chosen = local ? (eps.byNode.get(node.name) ?? []) : eps.all;
      entries.push(entry(service, port, 'NodePort', `${node.ip}:${port.nodePort}`, chosen, local));
    }
  }
  return { node: node.name, by: proxyRules(scenario.cluster.proxyMode).by, entries };
}
