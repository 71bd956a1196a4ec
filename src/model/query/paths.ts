/**
 * Ingress v1 host and path matching (DOMAIN.md §8, networking.k8s.io/v1 path types).
 */
import type { PathType } from '../types';

/** How well a rule's host fits a request's host; lower is more specific. */
export type HostTier = 0 | 1 | 2;

/**
 * The request path without query string or fragment; never empty.
 * @param path - e.g. `/testpath?x=1`
 */
export function requestPath(path: string): string {
  const cut = path.search(/[?#]/);
  const bare = cut < 0 ? path : path.slice(0, cut);
  return bare === '' ? '/' : bare;
}

/** Splits a path into its `/`-separated elements, ignoring empty ones (so trailing slashes). */
function elements(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/**
 * Tells whether an Ingress path matches a request path. `Exact` compares the whole path,
 * case-sensitively. `Prefix` (and `ImplementationSpecific`, treated as Prefix) compares
 * element by element: `/foo` matches `/foo`, `/foo/` and `/foo/bar`, not `/foobar`; a
 * trailing slash is ignored on either side; `/` matches everything.
 * @param rulePath - the Ingress `path`
 * @param pathType - its `pathType`
 * @param path - the request path (see {@link requestPath})
 */
export function pathMatches(rulePath: string, pathType: PathType, path: string): boolean {
  if (pathType === 'Exact') return rulePath === path;
  const want = elements(rulePath);
  const have = elements(path);
  if (want.length > have.length) return false;
  return want.every((part, i) => part === have[i]);
}

/**
 * The length a matching path competes with ("the longest matching path wins"): Exact paths
 * as written, Prefix paths without their trailing slashes (`/` counts 0).
 * @param rulePath - the Ingress `path`
 * @param pathType - its `pathType`
 */
export function pathLength(rulePath: string, pathType: PathType): number {
  if (pathType === 'Exact') return rulePath.length;
  return rulePath.replace(/\/+$/, '').length;
}

/**
 * Normalises a Host header: lower case, without a `:port` suffix.
 * @param host - e.g. `Example.com:80`
 */
export function normalHost(host: string): string {
  return host.toLowerCase().replace(/:\d+$/, '');
}

/**
 * Ranks a rule's host against the request's: 0 an exact host, 1 a `*.` wildcard that
 * covers exactly one more label, 2 a rule without host; `undefined` when it does not apply.
 * @param ruleHost - the rule's `host`, if any
 * @param host - the request's normalised host, if any
 */
export function hostTier(
  ruleHost: string | undefined,
  host: string | undefined,
): HostTier | undefined {
  if (ruleHost === undefined || ruleHost === '') return 2;
  if (host === undefined) return undefined;
  const rule = ruleHost.toLowerCase();
  if (rule === host) return 0;
  if (!rule.startsWith('*.')) return undefined;
  const suffix = rule.slice(1);
  const label = host.slice(0, host.length - suffix.length);
  return host.endsWith(suffix) && label !== '' && !label.includes('.') ? 1 : undefined;
}
