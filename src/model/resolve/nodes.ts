/**
 * Node defaults (DESIGN.md contract v1): node i (1-based) gets ip 10.0.0.10 + i and podCIDR
 * 10.244.0.0 + 256*i as a /24, by address arithmetic (node 246: 10.0.1.0 and 10.245.0.0/24).
 */
import { addToIPv4, formatCidr, formatIPv4, parseCidr, parseIPv4 } from '../net';
import type { ScenarioInput } from '../schema/scenario';
import type { Node } from '../types';

const NODE_IP_BASE = '10.0.0.10';
const POD_CIDR_BASE = parseIPv4('10.244.0.0') ?? 0;

/**
 * Applies the address defaults to every node.
 * @param nodes - the validated `cluster.nodes`
 * @returns the resolved nodes, in file order
 */
export function resolveNodes(nodes: ScenarioInput['cluster']['nodes']): Node[] {
  return nodes.map((node, index) => {
    const position = index + 1;
    const block = (node.podCIDR !== undefined && parseCidr(node.podCIDR)) || {
      network: POD_CIDR_BASE + 256 * position,
      prefix: 24,
    };
    return {
      name: node.name,
      ip: node.ip ?? addToIPv4(NODE_IP_BASE, position),
      podCIDR: formatCidr(block),
      // The cni0 bridge takes the first host address of the podCIDR (DOMAIN.md §5).
      bridgeIP: formatIPv4(block.network + 1),
    };
  });
}
