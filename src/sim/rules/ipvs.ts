/**
 * kube-proxy IPVS mode (DOMAIN.md §3): a virtual server per node IP and NodePort (and per
 * ClusterIP, bound to the dummy interface kube-ipvs0), real servers = endpoints, `rr`,
 * forwarding method Masq. Masquerading still goes through iptables and ipsets.
 */
import type { Endpoint } from '../../model/query';
import { cappedLines } from './cap';
import { masqueradeNote } from './iptablesFilter';
import type { DnatView, RefusalView, SnatView } from './types';

const HEADER = [
  'Prot LocalAddress:Port Scheduler Flags',
  '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
];

/** One real-server row, columns as `ipvsadm -Ln` aligns them. */
function realServer(ep: Endpoint, active: boolean): string {
  return `  -> ${ep.address.padEnd(29)}${'Masq'.padEnd(8)}${'1'.padEnd(7)}${(active ? '1' : '0').padEnd(11)}0`;
}

function virtualServer(node: string, address: string, rows: string[]): string[] {
  return [`# ipvsadm -Ln -t ${address}   (on ${node})`, ...HEADER, `TCP  ${address} rr`, ...rows];
}

/**
 * The IPVS virtual server the packet hits and its real servers.
 * @param view - the translation
 * @returns an `ipvsadm -Ln` block with a comment on what makes the address local
 */
export function ipvsDnat(view: DnatView): string {
  const address = `${view.frontend.ip}:${view.frontend.port}`;
  const rows = cappedLines(view.endpoints, view.chosen, (ep, i) =>
    realServer(ep, i === view.chosen),
  );
  const why =
    view.kind === 'ClusterIP'
      ? `# ${view.frontend.ip} is bound to the dummy interface kube-ipvs0, so ${view.node.name} accepts it and IPVS rewrites it`
      : view.policy === 'Local'
        ? `# externalTrafficPolicy Local: only ${view.node.name}'s endpoints are real servers; port ${view.frontend.port} is in ipset KUBE-NODE-PORT-LOCAL-TCP, so it is not masqueraded`
        : `# externalTrafficPolicy Cluster: every endpoint is a real server; port ${view.frontend.port} is in ipset KUBE-NODE-PORT-TCP, so it is marked for masquerade`;
  return [...virtualServer(view.node.name, address, rows), why].join('\n');
}

/**
 * IPVS mode masquerades with iptables: NodePorts in ipset KUBE-NODE-PORT-TCP are marked,
 * KUBE-POSTROUTING masquerades marked packets.
 * @param view - the SNAT
 */
export function ipvsSnat(view: SnatView): string {
  return [
    `# iptables-save -t nat   (on ${view.node.name}; IPVS mode masquerades with iptables + ipset)`,
    '-A KUBE-SERVICES -m addrtype --dst-type LOCAL -j KUBE-NODE-PORT',
    '-A KUBE-NODE-PORT -p tcp -m comment --comment "Kubernetes nodeport TCP port for masquerade purpose" -m set --match-set KUBE-NODE-PORT-TCP dst -j KUBE-MARK-MASQ',
    '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
    '-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000',
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    masqueradeNote(view),
  ].join('\n');
}

/**
 * No endpoints: the virtual server has no real servers.
 * @param view - the NodePort
 */
export function ipvsReject(view: RefusalView): string {
  // [inferred] IPVS cannot schedule the SYN and refuses it; DOMAIN.md §3 leaves the exact answer open.
  return [
    ...virtualServer(view.node.name, `${view.node.ip}:${view.nodePort}`, []),
    `# no real servers: ${view.svc.name} has no endpoints, so IPVS cannot schedule the SYN and refuses it (ICMP port unreachable) [inferred]`,
  ].join('\n');
}

/**
 * Local policy, no local endpoint: the virtual server has no real servers on this node.
 * @param view - the NodePort
 */
export function ipvsDropNoLocal(view: RefusalView): string {
  // [uncertain] DOMAIN.md §3 and §11.4: the exact drop/reset behaviour of IPVS here is unverified.
  return [
    ...virtualServer(view.node.name, `${view.node.ip}:${view.nodePort}`, []),
    `# externalTrafficPolicy Local: ${view.node.name} has no local endpoint of ${view.svc.name}, so there is no real server and the SYN goes nowhere [uncertain]`,
  ].join('\n');
}
