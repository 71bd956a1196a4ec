/**
 * Cilium's kube-proxy replacement (DOMAIN.md §4): `cilium-dbg service list` rows for the
 * BPF load balancer, `cilium-dbg bpf nat list` rows for its SNAT. No iptables rules exist.
 */
import { fnv1a32 } from '../hash/fnv';
import { cappedLines } from './cap';
import type { DnatView, RefusalView, ServicePortView, SnatView } from './types';

const HEADER = `${'ID'.padEnd(5)}${'Frontend'.padEnd(26)}${'Service Type'.padEnd(15)}Backend`;
const INDENT = ' '.repeat(46);

/** A stable service ID (Cilium numbers services as it learns them; ours derive from the name). */
function serviceId(svc: ServicePortView, kind: string): string {
  return String(10 + (fnv1a32(`${svc.name}|${kind}`) % 90));
}

function table(
  node: string,
  svc: ServicePortView,
  kind: string,
  frontend: string,
  backends: string[],
): string[] {
  const first = `${serviceId(svc, kind).padEnd(5)}${`${frontend}/TCP`.padEnd(26)}${kind.padEnd(15)}${backends[0] ?? '(no backends)'}`;
  return [
    `# cilium-dbg service list   (on ${node})`,
    HEADER,
    first,
    ...backends.slice(1).map((b) => `${INDENT}${b}`),
  ];
}

/**
 * The BPF service entry the packet hits and its backends.
 * @param view - the translation
 */
export function ciliumDnat(view: DnatView): string {
  const frontend = `${view.frontend.ip}:${view.frontend.port}`;
  const backends = cappedLines(
    view.endpoints,
    view.chosen,
    (ep, i) => `${i + 1} => ${ep.address}/TCP (active)`,
  );
  const why =
    view.kind === 'ClusterIP'
      ? `# socket-LB: the connect() to ${frontend} is rewritten to the backend on ${view.node.name} before any packet leaves the pod`
      : view.policy === 'Local'
        ? `# externalTrafficPolicy Local: only ${view.node.name}'s backends are used; bpf_host rewrites the destination and keeps the source`
        : `# bpf_host on ${view.node.name}'s native device rewrites the destination; iptables-save | grep KUBE-SVC is empty`;
  return [...table(view.node.name, view.svc, view.kind, frontend, backends), why].join('\n');
}

/**
 * The BPF SNAT entry, both directions, as `cilium-dbg bpf nat list` shows them (simplified).
 * @param view - the SNAT
 */
export function ciliumSnat(view: SnatView): string {
  return [
    `# cilium-dbg bpf nat list   (on ${view.node.name})`,
    `TCP OUT ${view.before} -> ${view.dst} XLATE_SRC ${view.after}`,
    `TCP IN ${view.dst} -> ${view.after} XLATE_DST ${view.before}`,
  ].join('\n');
}

/**
 * No backends at all.
 * @param view - the NodePort
 */
export function ciliumReject(view: RefusalView): string {
  // [inferred] Cilium's service-no-backend-response defaults to `reject` (ICMP port unreachable).
  return [
    ...table(view.node.name, view.svc, 'NodePort', `${view.node.ip}:${view.nodePort}`, []),
    `# ${view.svc.name} has no backends: bpf_host refuses the SYN (ICMP port unreachable) [inferred]`,
  ].join('\n');
}

/**
 * Local policy, no backend on this node.
 * @param view - the NodePort
 */
export function ciliumDropNoLocal(view: RefusalView): string {
  // [inferred] DOMAIN.md §5: nodes without a local endpoint drop; Cilium does it in bpf_host.
  return [
    ...table(view.node.name, view.svc, 'NodePort', `${view.node.ip}:${view.nodePort}`, []),
    `# externalTrafficPolicy Local: no backend of ${view.svc.name} on ${view.node.name}, so bpf_host drops the packet [inferred]`,
  ].join('\n');
}
