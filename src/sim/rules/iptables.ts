/**
 * kube-proxy iptables mode, nat table, as `iptables-save` prints it (DOMAIN.md §2.1-§2.3).
 * Line formats follow kube-proxy's own unit tests (pkg/proxy/iptables/proxier_test.go).
 */
import type { Endpoint } from '../../model/query';
import { cappedLines } from './cap';
import { iptablesEndpointHash, iptablesServiceHash } from './chainNames';
import type { DnatView, ServicePortView } from './types';

/** Quotes an `-m comment` value the way iptables-save does: only when it holds a space. */
export function comment(text: string): string {
  return text.includes(' ') ? `"${text}"` : text;
}

/** `-m statistic` probability of rule i of n: 1/(n-i), 10 decimals (kubernetes PR #83599). */
export function probability(i: number, n: number): string {
  return (1 / (n - i)).toFixed(10);
}

/** KUBE-SVC / KUBE-SVL rules: one jump per endpoint, random with falling probability, last unconditional. */
function dispatchLines(chain: string, view: DnatView): string[] {
  const { name } = view.svc;
  const n = view.endpoints.length;
  return cappedLines(view.endpoints, view.chosen, (ep: Endpoint, i: number) => {
    const stat = i < n - 1 ? ` -m statistic --mode random --probability ${probability(i, n)}` : '';
    const sep = iptablesEndpointHash(name, ep.address);
    return `-A ${chain} -m comment --comment ${comment(`${name} -> ${ep.address}`)}${stat} -j KUBE-SEP-${sep}`;
  });
}

/** The chosen endpoint's KUBE-SEP chain: hairpin masquerade mark, then the DNAT itself (DOMAIN.md §2.1 step 6). */
function endpointLines(name: string, ep: Endpoint): string[] {
  const chain = `KUBE-SEP-${iptablesEndpointHash(name, ep.address)}`;
  return [
    `-A ${chain} -m comment --comment ${comment(name)} -s ${ep.ip} -j KUBE-MARK-MASQ`,
    `-A ${chain} -m comment --comment ${comment(name)} -m tcp -p tcp -j DNAT --to-destination ${ep.address}`,
  ];
}

/** The KUBE-SVC rule that masquerades off-cluster sources sent to the ClusterIP (skipped by pod traffic). */
function clusterIpMasqLine(svc: ServicePortView, hash: string, clusterCIDR: string): string {
  const { service, port, name } = svc;
  return `-A KUBE-SVC-${hash} -m comment --comment ${comment(`${name} cluster IP`)} -m tcp -p tcp -d ${service.clusterIP} --dport ${port.port} ! -s ${clusterCIDR} -j KUBE-MARK-MASQ`;
}

/** KUBE-EXT rules (DOMAIN.md §2.1 step 4, §2.2): Cluster marks for masquerade; Local short-circuits, then KUBE-SVL. */
function externalLines(view: DnatView, hash: string): string[] {
  const { name } = view.svc;
  const ext = `KUBE-EXT-${hash}`;
  if (view.policy === 'Cluster') {
    return [
      `-A ${ext} -m comment --comment ${comment(`masquerade traffic for ${name} external destinations`)} -j KUBE-MARK-MASQ`,
      `-A ${ext} -j KUBE-SVC-${hash}`,
      '-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000',
      clusterIpMasqLine(view.svc, hash, view.clusterCIDR),
      ...dispatchLines(`KUBE-SVC-${hash}`, view),
    ];
  }
  return [
    `-A ${ext} -m comment --comment ${comment(`pod traffic for ${name} external destinations`)} -s ${view.clusterCIDR} -j KUBE-SVC-${hash}`,
    `-A ${ext} -m comment --comment ${comment(`masquerade LOCAL traffic for ${name} external destinations`)} -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
    `-A ${ext} -m comment --comment ${comment(`route LOCAL traffic for ${name} external destinations`)} -m addrtype --src-type LOCAL -j KUBE-SVC-${hash}`,
    `-A ${ext} -j KUBE-SVL-${hash}`,
    ...dispatchLines(`KUBE-SVL-${hash}`, view),
  ];
}

/**
 * The nat-table rules a NodePort or ClusterIP packet walks on its way to an endpoint.
 * @param view - the translation
 * @returns iptables-save lines, headed by a comment naming the node
 */
export function iptablesDnat(view: DnatView): string {
  const { name, port, service } = view.svc;
  const hash = iptablesServiceHash(name);
  const chosen = view.endpoints[view.chosen];
  const head = [
    `# iptables-save -t nat   (on ${view.node.name}; the rules this packet walks)`,
    '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  ];
  const body =
    view.kind === 'NodePort'
      ? [
          '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
          `-A KUBE-NODEPORTS -m comment --comment ${comment(name)} -m tcp -p tcp --dport ${view.frontend.port} -j KUBE-EXT-${hash}`,
          ...externalLines(view, hash),
        ]
      : [
          `-A KUBE-SERVICES -m comment --comment ${comment(`${name} cluster IP`)} -m tcp -p tcp -d ${service.clusterIP} --dport ${port.port} -j KUBE-SVC-${hash}`,
          clusterIpMasqLine(view.svc, hash, view.clusterCIDR),
          ...dispatchLines(`KUBE-SVC-${hash}`, view),
        ];
  return [...head, ...body, ...(chosen ? endpointLines(name, chosen) : [])].join('\n');
}
