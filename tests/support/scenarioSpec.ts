/**
 * The raw random choices behind `arbitraryScenarioDocument`: sizes, modes, policies,
 * indices into lists. `arbitraryScenario.ts` turns them into a valid scenario document.
 */
import fc from 'fast-check';

const PATHS = ['/', '/app', '/app/', '/app/v1', '/api', '/api/v1'];
const REQUEST_PATHS = ['/', '/app', '/app/v1/x', '/apix', '/api/v1', '/nothing?q=1'];
const HOSTS = [undefined, 'shop.example.com', '*.example.com'];
const REQUEST_HOSTS = [undefined, 'shop.example.com', 'a.example.com', 'other.org'];
/** App names, one per app Service. */
export const APPS = ['app-a', 'app-b', 'app-c'];
/** Labels of the ingress controller pods. */
export const CTRL_LABELS = { 'app.kubernetes.io/name': 'ingress-nginx' };

const appSpec = fc.record({
  podNodes: fc.array(fc.nat(), { maxLength: 4 }),
  named: fc.boolean(),
  portName: fc.boolean(),
  target: fc.integer({ min: 1024, max: 9999 }),
});
const pathSpec = fc.record({
  path: fc.constantFrom(...PATHS),
  pathType: fc.constantFrom('Exact', 'Prefix', 'ImplementationSpecific'),
  app: fc.nat(),
});
const ruleSpec = fc.record({
  host: fc.constantFrom(...HOSTS),
  paths: fc.array(pathSpec, { minLength: 1, maxLength: 3 }),
});
const ingressSpec = fc.record({
  rules: fc.array(ruleSpec, { maxLength: 3 }),
  defaultApp: fc.option(fc.nat()),
  upstream: fc.boolean(),
});

/** The raw choices of one scenario. */
export const spec = fc.record({
  nodeCount: fc.integer({ min: 1, max: 12 }),
  explicitAddresses: fc.boolean(),
  mode: fc.constantFrom('iptables', 'ipvs', 'nftables', 'ebpf'),
  policy: fc.constantFrom('Cluster', 'Local'),
  ctrlType: fc.constantFrom('NodePort', 'LoadBalancer'),
  nodePort: fc.option(fc.integer({ min: 30000, max: 32767 })),
  ctrlNodes: fc.array(fc.nat(), { maxLength: 3 }),
  apps: fc.array(appSpec, { minLength: 1, maxLength: 3 }),
  ingresses: fc.array(ingressSpec, { minLength: 1, maxLength: 2 }),
  targets: fc.option(fc.array(fc.nat(), { minLength: 1, maxLength: 6 })),
  lbPort: fc.constantFrom(80, 443),
  /** The LB forwards straight to app-a, made a NodePort Service, instead of the controller. */
  lbToApp: fc.boolean(),
  preserveClientIP: fc.boolean(),
  healthCheck: fc.boolean(),
  path: fc.constantFrom(...REQUEST_PATHS),
  host: fc.constantFrom(...REQUEST_HOSTS),
  choose: fc.record({
    target: fc.option(fc.nat()),
    ingressPod: fc.option(fc.nat()),
    endpoint: fc.option(fc.nat()),
  }),
});

/** One draw of {@link spec}. */
export type Spec = typeof spec extends fc.Arbitrary<infer T> ? T : never;
/** A pod by name and node. */
export type Pick = { name: string; node: string };

/** Picks items[n mod length], or nothing for a null choice. */
export const pick = <T>(items: readonly T[], n: number | null): T | undefined =>
  n === null || items.length === 0 ? undefined : items[n % items.length];
