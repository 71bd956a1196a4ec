/**
 * kube-proxy nftables mode, table `ip kube-proxy` (DOMAIN.md §2.4), in the `nft` command
 * format of kube-proxy's unit tests (pkg/proxy/nftables/proxier_test.go). Dispatch is a
 * verdict-map lookup, not a linear rule walk.
 */
import type { Endpoint } from '../../model/query';
import { cappedLines } from './cap';
import { nftablesBase, nftablesEndpointBase, nftablesHashed } from './chainNames';
import { masqueradeNote } from './iptablesFilter';
import type { DnatView, RefusalView, SnatView } from './types';

const T = 'ip kube-proxy';

function endpointChain(base: string, ep: Endpoint): string {
  return `endpoint-${nftablesHashed(nftablesEndpointBase(base, ep.ip, ep.port))}`;
}

/** `numgen random mod N vmap { 0 : goto …, 1 : goto … }`, at most 8 entries written out. */
function dispatchLine(chain: string, base: string, view: DnatView): string[] {
  const entries = cappedLines(
    view.endpoints,
    view.chosen,
    (ep, i) => `${i} : goto ${endpointChain(base, ep)}`,
    '…',
  );
  const rule = `add rule ${T} ${chain} numgen random mod ${view.endpoints.length} vmap { ${entries.join(', ')} }`;
  return [rule];
}

/** The service chain: off-cluster sources to the ClusterIP are marked, then the vmap picks an endpoint. */
function serviceLines(view: DnatView, hashed: string, base: string): string[] {
  const chain = `service-${hashed}`;
  return [
    `add rule ${T} ${chain} ip daddr ${view.svc.service.clusterIP} ip saddr != ${view.clusterCIDR} jump mark-for-masquerade`,
    ...dispatchLine(chain, base, view),
  ];
}

/** The external chain (DOMAIN.md §2.4): Cluster marks for masquerade; Local short-circuits, then the local chain. */
function externalLines(view: DnatView, hashed: string, base: string): string[] {
  const ext = `external-${hashed}`;
  if (view.policy === 'Cluster') {
    return [
      `add rule ${T} ${ext} jump mark-for-masquerade`,
      `add rule ${T} ${ext} goto service-${hashed}`,
      ...serviceLines(view, hashed, base),
    ];
  }
  return [
    `add rule ${T} ${ext} ip saddr ${view.clusterCIDR} goto service-${hashed} comment "short-circuit pod traffic"`,
    `add rule ${T} ${ext} fib saddr type local jump mark-for-masquerade comment "masquerade local traffic"`,
    `add rule ${T} ${ext} fib saddr type local goto service-${hashed} comment "short-circuit local traffic"`,
    `add rule ${T} ${ext} goto local-${hashed}`,
    ...dispatchLine(`local-${hashed}`, base, view),
  ];
}

/**
 * The nftables rules a NodePort or ClusterIP packet goes through to its endpoint.
 * @param view - the translation
 * @returns `nft` lines headed by a comment naming the node
 */
export function nftablesDnat(view: DnatView): string {
  const base = nftablesBase(view.svc.service, view.svc.port);
  const hashed = nftablesHashed(base);
  const { ip, port } = view.frontend;
  const lookup =
    view.kind === 'NodePort'
      ? [
          `add rule ${T} services ip daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports`,
          `add element ${T} service-nodeports { tcp . ${port} : goto external-${hashed} }`,
          ...externalLines(view, hashed, base),
        ]
      : [
          `add rule ${T} services ip daddr . meta l4proto . th dport vmap @service-ips`,
          `add element ${T} service-ips { ${ip} . tcp . ${port} : goto service-${hashed} }`,
          ...serviceLines(view, hashed, base),
        ];
  const chosen = view.endpoints[view.chosen];
  const endpoint = chosen
    ? [
        `add rule ${T} ${endpointChain(base, chosen)} ip saddr ${chosen.ip} jump mark-for-masquerade`,
        `add rule ${T} ${endpointChain(base, chosen)} meta l4proto tcp dnat to ${chosen.address}`,
      ]
    : [];
  return [
    `# nft list table ${T}   (on ${view.node.name}; the rules this packet goes through)`,
    `add rule ${T} nat-prerouting jump services`,
    ...lookup,
    ...endpoint,
  ].join('\n');
}

/**
 * The `masquerading` chain, reached from nat-postrouting: marked packets are masqueraded.
 * @param view - the SNAT
 */
export function nftablesSnat(view: SnatView): string {
  return [
    `# nft list table ${T}   (on ${view.node.name})`,
    `add rule ${T} nat-postrouting jump masquerading`,
    `add rule ${T} masquerading mark and 0x4000 == 0 return`,
    `add rule ${T} masquerading mark set mark xor 0x4000`,
    `add rule ${T} masquerading masquerade fully-random`,
    masqueradeNote(view),
  ].join('\n');
}

/** The filter-side lookup in `no-endpoint-nodeports`, with the given verdict. */
function noEndpointLines(view: RefusalView, verdict: string): string[] {
  return [
    `# nft list table ${T}   (on ${view.node.name})`,
    `add rule ${T} filter-input ct state new jump nodeport-endpoints-check`,
    `add rule ${T} nodeport-endpoints-check ip daddr @nodeport-ips meta l4proto . th dport vmap @no-endpoint-nodeports`,
    `add element ${T} no-endpoint-nodeports { tcp . ${view.nodePort} comment "${view.svc.name}" : ${verdict} }`,
  ];
}

/**
 * No endpoints at all: the NodePort maps to `reject-chain`.
 * @param view - the NodePort
 */
export function nftablesReject(view: RefusalView): string {
  return [...noEndpointLines(view, 'goto reject-chain'), `add rule ${T} reject-chain reject`].join(
    '\n',
  );
}

/**
 * Local policy, no local endpoint: the NodePort maps to `drop`.
 * @param view - the NodePort
 */
export function nftablesDropNoLocal(view: RefusalView): string {
  return noEndpointLines(view, 'drop').join('\n');
}
