/**
 * What the node's connection tracking shows for a translated flow: the reply is un-NATed
 * on the node that did the NAT (DOMAIN.md §6).
 */
import type { ProxyMode } from '../../model/query';

/** A packet's addresses, `ip:port` each. */
export interface Tuple {
  src: string;
  dst: string;
}

function split(address: string): [string, string] {
  const colon = address.lastIndexOf(':');
  return [address.slice(0, colon), address.slice(colon + 1)];
}

function tupleText(t: Tuple): string {
  const [src, sport] = split(t.src);
  const [dst, dport] = split(t.dst);
  return `src=${src} dst=${dst} sport=${sport} dport=${dport}`;
}

/**
 * A `conntrack -L` entry: the original direction as the packet arrived, the reply
 * direction as the answer will arrive.
 * @param node - where the entry lives
 * @param original - the request before translation
 * @param reply - the expected reply
 */
export function conntrackEntry(node: string, original: Tuple, reply: Tuple): string {
  return [
    `# conntrack -L   (on ${node})`,
    `tcp      6 86399 ESTABLISHED ${tupleText(original)} ${tupleText(reply)} [ASSURED] mark=0 use=1`,
  ].join('\n');
}

/**
 * Cilium keeps its own connection table in a BPF map instead of netfilter's.
 * @param node - where the entry lives
 * @param original - the request before translation
 * @param reply - the expected reply
 */
export function ciliumCtEntry(node: string, original: Tuple, reply: Tuple): string {
  // [inferred] simplified from `cilium-dbg bpf ct list global`, which prints one row per direction.
  return [
    `# cilium-dbg bpf ct list global   (on ${node}; simplified)`,
    `TCP OUT ${original.src} -> ${original.dst}`,
    `TCP IN ${reply.src} -> ${reply.dst}   (reverse NAT back to ${original.dst} -> ${original.src})`,
  ].join('\n');
}

/**
 * The connection-table entry of whichever datapath did a kernel NAT.
 * @param mode - the proxy mode
 * @param node - where the entry lives
 * @param original - the request before translation
 * @param reply - the expected reply
 */
export function connectionEntry(
  mode: ProxyMode,
  node: string,
  original: Tuple,
  reply: Tuple,
): string {
  return mode === 'ebpf'
    ? ciliumCtEntry(node, original, reply)
    : conntrackEntry(node, original, reply);
}
