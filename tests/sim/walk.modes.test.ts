import { describe, expect, it } from 'vitest';
import type { Pod, ProxyMode } from '../../src/model';
import { walk } from '../../src/sim';
import { domainScenario, pod } from './fixtures';
import { lines, rewrite, step } from './helpers';

const NFT_EXT = 'external-TAO5FKKM-ingress-nginx/ingress-nginx-controller/tcp/http';
const NFT_SVC = 'service-TAO5FKKM-ingress-nginx/ingress-nginx-controller/tcp/http';
const NFT_EP = 'endpoint-NFDBDGVW-ingress-nginx/ingress-nginx-controller/tcp/http__10.244.1.5/80';

function nodeStep(mode: ProxyMode, o: Parameters<typeof domainScenario>[0] = {}) {
  return step(walk(domainScenario({ mode, ...o })), 3);
}

describe('rule text per proxy mode (DOMAIN.md §2-§4)', () => {
  it('iptables: KUBE-NODEPORTS -> KUBE-EXT -> KUBE-SVC -> KUBE-SEP', () => {
    const s = nodeStep('iptables');
    expect(rewrite(s, 'DNAT').by).toBe('kube-proxy (iptables)');
    expect(rewrite(s, 'DNAT').rule).toMatch(
      /KUBE-NODEPORTS.*KUBE-EXT-CG5I4G2RS3ZVWGLK[\s\S]*KUBE-SEP-2YSQEZKP3IGSTWSJ.*DNAT/,
    );
  });

  it('nftables: the service-nodeports verdict map, the external, service and endpoint chains (§2.4)', () => {
    const s = nodeStep('nftables');
    const dnat = lines(rewrite(s, 'DNAT').rule);
    expect(rewrite(s, 'DNAT').by).toBe('kube-proxy (nftables)');
    for (const line of [
      `add element ip kube-proxy service-nodeports { tcp . 32000 : goto ${NFT_EXT} }`,
      `add rule ip kube-proxy ${NFT_EXT} jump mark-for-masquerade`,
      `add rule ip kube-proxy ${NFT_EXT} goto ${NFT_SVC}`,
      `add rule ip kube-proxy ${NFT_SVC} numgen random mod 1 vmap { 0 : goto ${NFT_EP} }`,
      `add rule ip kube-proxy ${NFT_EP} meta l4proto tcp dnat to 10.244.1.5:80`,
    ]) {
      expect(dnat).toContain(line);
    }
    expect(lines(rewrite(s, 'SNAT').rule)).toContain(
      'add rule ip kube-proxy masquerading masquerade fully-random',
    );
  });

  it('nftables under Local: short-circuit rules, then the local chain, no masquerade mark', () => {
    const rule =
      rewrite(
        nodeStep('nftables', { policy: 'Local', controller: { node: 4, ip: '10.244.4.5' } }),
        'DNAT',
      ).rule ?? '';
    expect(rule).toContain(
      `ip saddr 10.244.0.0/16 goto ${NFT_SVC} comment "short-circuit pod traffic"`,
    );
    expect(rule).toContain(
      `add rule ip kube-proxy ${NFT_EXT} goto local-TAO5FKKM-ingress-nginx/ingress-nginx-controller/tcp/http`,
    );
    expect(rule).not.toContain(`${NFT_EXT} jump mark-for-masquerade\n`);
  });

  it('ipvs: an ipvsadm virtual server on nodeIP:nodePort with Masq real servers (§3)', () => {
    const s = nodeStep('ipvs');
    const dnat = lines(rewrite(s, 'DNAT').rule);
    expect(rewrite(s, 'DNAT').by).toBe('kube-proxy (ipvs)');
    expect(dnat).toContain('TCP  192.168.10.13:32000 rr');
    expect(dnat).toContain('  -> 10.244.1.5:80                Masq    1      1          0');
    expect(rewrite(s, 'SNAT').rule).toContain(
      '--match-set KUBE-NODE-PORT-TCP dst -j KUBE-MARK-MASQ',
    );
  });

  it('ebpf: a cilium-dbg service list row, a bpf nat entry, and no iptables at all (§4)', () => {
    const s = nodeStep('ebpf');
    const dnat = rewrite(s, 'DNAT');
    expect(dnat.by).toBe('cilium (eBPF)');
    expect(dnat.rule).toMatch(
      /192\.168\.10\.13:32000\/TCP\s+NodePort\s+1 => 10\.244\.1\.5:80\/TCP \(active\)/,
    );
    const snat = rewrite(s, 'SNAT');
    expect(snat.rule).toContain(
      `TCP OUT 203.0.113.50:51000 -> 10.244.1.5:80 XLATE_SRC ${snat.after}`,
    );
    const ruleLines = s.rewrites.flatMap((r) => lines(r.rule)).filter((l) => !l.startsWith('#'));
    expect(ruleLines.filter((l) => l.includes('KUBE-') || l.startsWith('-A '))).toEqual([]);
  });

  it('writes p = 1/(N-i) with 10 decimals, the last rule unconditional', () => {
    const extra: Pod[] = [2, 3].map((i) =>
      pod(`ctrl-${i}`, i, `10.244.${i}.5`, { 'app.kubernetes.io/name': 'ingress-nginx' }),
    );
    const s = domainScenario();
    s.cluster.pods.push(...extra);
    const svc = lines(rewrite(step(walk(s), 3), 'DNAT').rule).filter(
      (l) => l.startsWith('-A KUBE-SVC-') && l.includes(' -> '),
    );
    expect(svc.map((l) => /--probability (\S+)/.exec(l)?.[1] ?? 'last')).toEqual([
      '0.3333333333',
      '0.5000000000',
      'last',
    ]);
  });
});
