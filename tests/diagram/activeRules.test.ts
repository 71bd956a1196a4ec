import { describe, expect, it } from 'vitest';
import { activeRules } from '../../src/diagram/state/activeRules';
import type { Rewrite, Step } from '../../src/sim';
import { build } from './fixtures';

const INGRESS = 'ingress-nginx/ingress-nginx-controller';

// A copy of a step with every rewrite changed by `edit`.
function withRewrites(step: Step, edit: (r: Rewrite) => Rewrite): Step {
  return { ...step, rewrites: step.rewrites.map(edit) };
}

describe('activeRules', () => {
  const { layout, trace } = build('rabbit-hole');
  const dnat = trace.steps[2] as Step;

  it('lights the rule of the Service the rewrite names (Rewrite.service)', () => {
    expect(dnat.rewrites.every((r) => r.service === INGRESS)).toBe(true);
    expect(activeRules(layout, dnat)).toEqual([`rule:node-3:${INGRESS}`]);
  });

  it('believes Rewrite.service over the rule text and the matched address', () => {
    // The rule text and the frontend point at the ClusterIP rule; the field names `red`.
    const misleading = withRewrites(dnat, (r) => ({
      ...r,
      rule: `-A KUBE-SERVICES -m comment --comment "${INGRESS}:http"`,
      service: 'default/red',
    }));
    expect(activeRules(layout, misleading)).toEqual(['rule:node-3:default/red']);
  });

  it('lights nothing for a Service the panel does not show', () => {
    const hidden = withRewrites(dnat, (r) => ({ ...r, service: 'default/not-on-the-panel' }));
    expect(activeRules(layout, hidden)).toEqual([]);
  });

  it.each([
    ['rabbit-hole', 3],
    ['rabbit-hole', 7],
    ['proxy-ipvs', 3],
    ['proxy-ebpf', 3],
    ['proxy-nftables', 7],
    ['service-upstream', 4],
    ['service-upstream', 6],
    ['local-policy', 3],
  ])('falls back to the old guess for %s step %i when the trace has no service', (name, step) => {
    const built = build(name);
    const leg = built.trace.steps[step - 1] as Step;
    const bare = withRewrites(leg, ({ service: _service, ...r }) => r);
    expect(bare.rewrites.some((r) => r.service !== undefined)).toBe(false);
    const expected = activeRules(built.layout, leg);
    expect(expected).toHaveLength(1);
    expect(activeRules(built.layout, bare)).toEqual(expected);
  });
});
