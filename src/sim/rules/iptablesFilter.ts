/**
 * kube-proxy iptables mode: the masquerade in POSTROUTING and the filter-table REJECT and
 * DROP rules for NodePorts that cannot be served (DOMAIN.md §2.1 steps 7-8, §2.2).
 */
import { comment } from './iptables';
import type { RefusalView, SnatView } from './types';

/**
 * KUBE-POSTROUTING: packets marked 0x4000 (by KUBE-MARK-MASQ) are masqueraded.
 * @param view - the SNAT
 * @returns iptables-save lines and a comment naming the address MASQUERADE picked
 */
export function iptablesSnat(view: SnatView): string {
  return [
    `# iptables-save -t nat   (on ${view.node.name})`,
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
    '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    masqueradeNote(view),
  ].join('\n');
}

/**
 * A one-line comment saying which address MASQUERADE took and why (DOMAIN.md §5: the
 * egress interface's address; our network is routed, so the node IP, or cni0's toward a local pod).
 * @param view - the SNAT
 */
export function masqueradeNote(view: SnatView): string {
  const where =
    view.egress === 'node'
      ? `the node's own address, the egress interface toward ${view.dst}`
      : `the cni0 bridge address, the egress interface toward the local pod ${view.dst}`;
  return `# MASQUERADE: ${view.before} -> ${view.after} (${where})`;
}

/** The filter-table jump that sends new connections through KUBE-EXTERNAL-SERVICES. */
const EXTERNAL_JUMP =
  '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES';

/**
 * The Service has no endpoints at all: the filter table REJECTs its NodePort.
 * @param view - the NodePort
 */
export function iptablesReject(view: RefusalView): string {
  return [
    `# iptables-save -t filter   (on ${view.node.name})`,
    EXTERNAL_JUMP,
    `-A KUBE-EXTERNAL-SERVICES -m comment --comment ${comment(`${view.svc.name} has no endpoints`)} -m addrtype --dst-type LOCAL -m tcp -p tcp --dport ${view.nodePort} -j REJECT`,
  ].join('\n');
}

/**
 * externalTrafficPolicy Local and no endpoint on this node: the filter table DROPs.
 * @param view - the NodePort
 */
export function iptablesDropNoLocal(view: RefusalView): string {
  return [
    `# iptables-save -t filter   (on ${view.node.name})`,
    EXTERNAL_JUMP,
    `-A KUBE-EXTERNAL-SERVICES -m comment --comment ${comment(`${view.svc.name} has no local endpoints`)} -m addrtype --dst-type LOCAL -m tcp -p tcp --dport ${view.nodePort} -j DROP`,
  ].join('\n');
}
