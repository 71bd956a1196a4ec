/**
 * Picks the rule-text renderers of a proxy mode (DOMAIN.md §2-§4).
 */
import type { ProxyMode } from '../../model/query';
import { ciliumDnat, ciliumDropNoLocal, ciliumReject, ciliumSnat } from './cilium';
import { iptablesDnat } from './iptables';
import { iptablesDropNoLocal, iptablesReject, iptablesSnat } from './iptablesFilter';
import { ipvsDnat, ipvsDropNoLocal, ipvsReject, ipvsSnat } from './ipvs';
import { nftablesDnat, nftablesDropNoLocal, nftablesReject, nftablesSnat } from './nftables';
import type { ProxyRules } from './types';

const MODES: Record<ProxyMode, ProxyRules> = {
  iptables: {
    by: 'kube-proxy (iptables)',
    dnat: iptablesDnat,
    snat: iptablesSnat,
    reject: iptablesReject,
    dropNoLocal: iptablesDropNoLocal,
  },
  nftables: {
    by: 'kube-proxy (nftables)',
    dnat: nftablesDnat,
    snat: nftablesSnat,
    reject: nftablesReject,
    dropNoLocal: nftablesDropNoLocal,
  },
  ipvs: {
    by: 'kube-proxy (ipvs)',
    dnat: ipvsDnat,
    snat: ipvsSnat,
    reject: ipvsReject,
    dropNoLocal: ipvsDropNoLocal,
  },
  ebpf: {
    by: 'cilium (eBPF)',
    dnat: ciliumDnat,
    snat: ciliumSnat,
    reject: ciliumReject,
    dropNoLocal: ciliumDropNoLocal,
  },
};

/**
 * The renderers of one proxy mode.
 * @param mode - the cluster's proxy mode
 */
export function proxyRules(mode: ProxyMode): ProxyRules {
  return MODES[mode];
}
