/**
 * The ingress controller's routing decision (DOMAIN.md §8): host first, then the longest
 * matching path across every Ingress, Exact before Prefix on a tie, else a default backend.
 */
import type { Ingress, IngressBackend, IngressPath, IngressRule, Scenario } from '../types';
import { type HostTier, hostTier, normalHost, pathLength, pathMatches, requestPath } from './paths';

/** What the controller routes a request to. */
export type IngressMatch =
  | {
      kind: 'rule';
      ingress: Ingress;
      rule: IngressRule;
      path: IngressPath;
      backend: IngressBackend;
      /** How the host matched: an exact host, a `*.` wildcard, or a rule without host. */
      hostMatch: 'exact' | 'wildcard' | 'any';
    }
  | { kind: 'default'; ingress: Ingress; backend: IngressBackend }
  | { kind: 'none' };

interface Candidate {
  ingress: Ingress;
  rule: IngressRule;
  tier: HostTier;
}

const HOST_MATCH = ['exact', 'wildcard', 'any'] as const;

/**
 * The rules of the most specific host tier that applies. ingress-nginx turns each host into
 * its own nginx `server`, and nginx picks the server by name first (exact, then wildcard,
 * then the catch-all), so a request never falls back to a less specific host's paths.
 */
function hostCandidates(ingresses: readonly Ingress[], host: string | undefined): Candidate[] {
  const found: Candidate[] = [];
  let best: HostTier = 2;
  for (const ingress of ingresses) {
    for (const rule of ingress.rules) {
      const tier = hostTier(rule.host, host);
      if (tier === undefined) continue;
      found.push({ ingress, rule, tier });
      if (tier < best) best = tier;
    }
  }
  return found.filter((c) => c.tier === best);
}

/** Tells whether `a` beats `b`: longer path, then Exact over Prefix; earlier wins a full tie. */
function beats(a: IngressPath, b: IngressPath): boolean {
  const la = pathLength(a.path, a.pathType);
  const lb = pathLength(b.path, b.pathType);
  if (la !== lb) return la > lb;
  return a.pathType === 'Exact' && b.pathType !== 'Exact';
}

/**
 * Matches a request against every Ingress of a scenario, as the ingress controller does.
 * @param scenario - a resolved scenario
 * @param host - the request's Host header, if any
 * @param path - the request path (a query string is ignored)
 * @returns the matched rule and path, else the first `spec.defaultBackend` in file order, else `none`
 */
export function matchIngress(
  scenario: Scenario,
  host: string | undefined,
  path: string,
): IngressMatch {
  const wanted = requestPath(path);
  const candidates = hostCandidates(
    scenario.ingresses,
    host === undefined ? undefined : normalHost(host),
  );
  let best: { c: Candidate; path: IngressPath } | undefined;
  for (const c of candidates) {
    for (const p of c.rule.paths) {
      if (!pathMatches(p.path, p.pathType, wanted)) continue;
      if (!best || beats(p, best.path)) best = { c, path: p };
    }
  }
  if (best) {
    const { c, path: p } = best;
    return {
      kind: 'rule',
      ingress: c.ingress,
      rule: c.rule,
      path: p,
      backend: p.backend,
      hostMatch: HOST_MATCH[c.tier],
    };
  }
  const fallback = scenario.ingresses.find((i) => i.defaultBackend !== undefined);
  if (fallback?.defaultBackend)
    return { kind: 'default', ingress: fallback, backend: fallback.defaultBackend };
  return { kind: 'none' };
}
