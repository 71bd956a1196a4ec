/**
 * fast-check arbitrary of random, VALID scenario documents (DESIGN.md contract v1): 1-12
 * nodes, an ingress controller with 0-3 pods behind a NodePort/LoadBalancer Service, 1-3
 * apps with 0-4 pods, Ingresses with hosts, wildcards, path types and default backends,
 * every proxy mode and traffic policy, LB targets, client IP preservation, health checks,
 * service-upstream, and `request.choose` picked among the candidates the loader accepts.
 */
import type fc from 'fast-check';
import { stringify } from 'yaml';
import { loadScenario } from '../../src/model';
import { matchIngress, serviceEndpoints } from '../../src/sim';
import { appObjects, ingressObjects } from './scenarioParts';
import { APPS, CTRL_LABELS, type Pick, pick, type Spec, spec } from './scenarioSpec';

/** A scenario document, before it is written as YAML. */
type Document = Record<string, unknown>;

/** `request.choose` target and ingress pod, only names the walk could really take (what the loader checks). */
function chooseFor(s: Spec, targets: string[], front: Pick[]) {
  const local = s.policy === 'Local';
  const healthy =
    local && s.healthCheck ? targets.filter((t) => front.some((p) => p.node === t)) : targets;
  const target = pick(healthy, s.choose.target);
  const node = target ?? healthy[0];
  const ingressPod = pick(
    local ? front.filter((p) => p.node === node) : front,
    s.choose.ingressPod,
  );
  return {
    ...(target ? { target } : {}),
    ...(ingressPod ? { ingressPod: ingressPod.name } : {}),
  };
}

/** The ingress controller's NodePort (or LoadBalancer) Service. */
function controllerService(s: Spec) {
  const nodePort = s.nodePort === null ? {} : { nodePort: s.nodePort };
  const ports = [{ name: 'http', port: 80, targetPort: 80, ...nodePort }];
  const spec = { type: s.ctrlType, selector: CTRL_LABELS, externalTrafficPolicy: s.policy, ports };
  return { metadata: { name: 'ingress-nginx-controller', namespace: 'ingress-nginx' }, spec };
}

function documentFor(s: Spec): Document {
  const nodes = Array.from({ length: s.nodeCount }, (_, i) => ({
    name: `node-${i + 1}`,
    ...(s.explicitAddresses ? { ip: `192.168.10.${11 + i}`, podCIDR: `10.244.${i + 1}.0/24` } : {}),
  }));
  const nodeName = (n: number) => `node-${(n % s.nodeCount) + 1}`;
  const ctrl = s.ctrlNodes.map((n, i) => ({
    name: `ctrl-${i + 1}`,
    node: nodeName(n),
    labels: CTRL_LABELS,
  }));
  const apps = appObjects(s, nodeName);
  const appA = (apps.pods as Pick[]).filter((p) => p.name.startsWith(`${APPS[0]}-`));
  const front = s.lbToApp ? appA : ctrl;
  const targets =
    s.targets === null ? nodes.map((n) => n.name) : [...new Set(s.targets.map(nodeName))];
  return {
    apiVersion: 'packetwalk/v1',
    kind: 'Scenario',
    metadata: { name: 'arbitrary', title: 'An arbitrary scenario' },
    cluster: { proxyMode: s.mode, nodes, pods: [...ctrl, ...apps.pods] },
    services: [controllerService(s), ...apps.services],
    ingresses: ingressObjects(s),
    ingressController: { service: 'ingress-nginx/ingress-nginx-controller' },
    loadBalancer: {
      service: s.lbToApp ? APPS[0] : 'ingress-nginx/ingress-nginx-controller',
      port: s.lbPort,
      ...(s.targets === null ? {} : { targets }),
      preserveClientIP: s.preserveClientIP,
      healthCheck: s.healthCheck,
    },
    request: {
      path: s.path,
      ...(s.host ? { host: s.host } : {}),
      choose: chooseFor(s, targets, front),
    },
  };
}

/**
 * Adds `request.choose.endpoint`: an endpoint of the backend Service the request's Ingress
 * match selects, which is what the loader accepts. The match is the controller's own
 * (`matchIngress`), run on the document loaded without the choice.
 */
function withEndpoint(doc: Document, choice: number | null): Document {
  if (choice === null) return doc;
  const loaded = loadScenario(stringify(doc), { fileName: 'arbitrary.yaml' });
  if (!loaded.ok) return doc;
  const { scenario } = loaded;
  const match = matchIngress(scenario, scenario.request.host, scenario.request.path);
  if (match.kind === 'none') return doc;
  const { name } = match.backend.service;
  const service = scenario.services.find(
    (x) => x.name === name && x.namespace === match.ingress.namespace,
  );
  const endpoint = pick(service ? serviceEndpoints(scenario, service) : [], choice);
  if (!endpoint) return doc;
  const request = doc.request as { choose: Record<string, string> };
  return {
    ...doc,
    request: { ...request, choose: { ...request.choose, endpoint: endpoint.name } },
  };
}

/** Random valid scenario documents, as plain objects. */
export const arbitraryScenarioDocument: fc.Arbitrary<Document> = spec.map((s) =>
  withEndpoint(documentFor(s), s.choose.endpoint),
);

/** Random valid scenario files: the documents above as YAML text. */
export const arbitraryScenarioYaml: fc.Arbitrary<string> = arbitraryScenarioDocument.map((doc) =>
  stringify(doc),
);
