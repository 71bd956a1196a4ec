import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout } from '../../src/layout';
import type { Scenario } from '../../src/model';
import { gridScenario, quizScenario } from './fixtures';

const texts = (layout: Layout, node = 0) => {
  const panel = layout.nodes[node]?.rules;
  return [
    panel?.title?.text,
    ...(panel?.rules.map((r) => r.lines.map((t) => t.text).join(' | ')) ?? []),
  ];
};

describe('rule panels', () => {
  it('list the NodePort and ClusterIP rules, titled by the proxy mode', () => {
    expect(texts(computeLayout(quizScenario()))).toEqual([
      'kube-proxy (iptables)',
      'NodePort :32000 | → ingress-nginx (1 pod)',
      'ClusterIP 10.96.0.10:80 | → red (2 pods)',
    ]);
    const titles = (['ipvs', 'nftables', 'ebpf'] as const).map(
      (proxyMode) => texts(computeLayout(quizScenario({ proxyMode })))[0],
    );
    expect(titles).toEqual(['kube-proxy (ipvs)', 'kube-proxy (nftables)', 'eBPF (cilium)']);
  });

  it('count only local endpoints under externalTrafficPolicy Local', () => {
    const layout = computeLayout(quizScenario({ policy: 'Local' }));
    expect(texts(layout, 0)[1]).toBe(
      'NodePort :32000 | → ingress-nginx | local endpoints only: 1 pod',
    );
    expect(texts(layout, 2)[1]).toBe(
      'NodePort :32000 | → ingress-nginx | local endpoints only: none',
    );
    const rule = layout.nodes[2]?.rules?.rules[0];
    expect([rule?.id, rule?.kind, rule?.endpoints, rule?.localOnly]).toEqual([
      'rule:node-3:default/ingress-nginx',
      'NodePort',
      0,
      true,
    ]);
  });

  it('keep the rule ids of every node for highlighting', () => {
    const layout = computeLayout(quizScenario());
    expect(layout.nodes.flatMap((n) => n.rules?.rules.map((r) => r.id) ?? [])).toEqual(
      ['node-1', 'node-2', 'node-3', 'node-4'].flatMap((n) => [
        `rule:${n}:default/ingress-nginx`,
        `rule:${n}:default/red`,
      ]),
    );
  });

  it('put the Services of the story first and say how many rules did not fit', () => {
    const apps = Array.from({ length: 12 }, (_, i) => `app-${i + 1}`);
    const scenario: Scenario = quizScenario({ apps: [...apps, 'red'].reverse() });
    const panel = computeLayout(scenario).nodes[0]?.rules;
    expect(panel?.rules.slice(0, 2).map((r) => r.service)).toEqual([
      'default/ingress-nginx',
      'default/red',
    ]);
    expect(panel?.hidden).toBeGreaterThan(0);
    expect((panel?.rules.length ?? 0) + (panel?.hidden ?? 0)).toBe(14);
    expect(panel?.more?.text).toBe(`+${panel?.hidden} more rules`);
  });

  it('resolve namespace-qualified Service references', () => {
    const scenario = quizScenario();
    const controller = scenario.services[0];
    if (controller) controller.namespace = 'ingress-nginx';
    scenario.ingressController.service = 'ingress-nginx/ingress-nginx';
    scenario.loadBalancer.service = 'ingress-nginx/ingress-nginx';
    const layout = computeLayout(scenario);
    expect(layout.nodes[0]?.rules?.rules[0]?.id).toBe('rule:node-1:ingress-nginx/ingress-nginx');
    expect(layout.pods.find((p) => p.ingressController)?.id).toBe('ingress-nginx-controller');
  });

  // At the base scale (minFontSize 14) 8 nodes get compact detail with room for two lines.
  it('use smaller type at compact detail, the Local note folded into the target line', () => {
    const base = { minFontSize: 14 };
    const layout = computeLayout(gridScenario(8, 1), base);
    expect(layout.detail).toBe('compact');
    expect(texts(layout)[2]).toBe('ClusterIP 10.96.0.10:80 | → red (8 pods)');
    expect(layout.nodes[0]?.rules?.rules[1]?.lines.map((t) => t.fontSize)).toEqual([12, 13]);
    const scenario = gridScenario(8, 1);
    const controller = scenario.services[0];
    if (controller) controller.externalTrafficPolicy = 'Local';
    expect(texts(computeLayout(scenario, base))[1]).toBe(
      'NodePort :32000 | → ingress-nginx · local: 1 pod',
    );
  });

  // At the default size, two-line entries would not leave room for the pods of 8 nodes in two
  // rows: each rule is one line, the long form kept for the tooltip.
  it('write one-line rules when the panel is short of height', () => {
    const layout = computeLayout(gridScenario(8, 1));
    expect(layout.detail).toBe('compact');
    expect(layout.nodes[0]?.rules?.rules.map((r) => r.lines.map((t) => [t.text, t.full]))).toEqual([
      [[':32000 → ingress-nginx', 'NodePort :32000 → ingress-nginx (1 pod)']],
      [['10.96.0.10:80 → red', 'ClusterIP 10.96.0.10:80 → red (8 pods)']],
    ]);
  });

  it('shorten the match and drop the endpoint count when a line is narrow', () => {
    const scenario = quizScenario();
    const red = scenario.services[1];
    if (red)
      Object.assign(red, { name: 'a-rather-long-service-name', clusterIP: '10.100.200.201' });
    const lines = computeLayout(scenario).nodes[0]?.rules?.rules[1]?.lines ?? [];
    expect(lines.map((t) => [t.text, t.full])).toEqual([
      ['10.100.200.201:80', 'ClusterIP 10.100.200.201:80'],
      ['→ a-rather-long-service-na…', '→ a-rather-long-service-name (2 pods)'],
    ]);
  });
});
