/**
 * Pieces of an arbitrary scenario document (see arbitraryScenario.ts): the apps with their
 * pods and Services, and the Ingresses routing to them.
 */
import { APPS, type Spec } from './scenarioSpec';

/** The app pods and their ClusterIP Services (app-a a NodePort one when the LB targets it). */
export function appObjects(s: Spec, nodeName: (n: number) => string) {
  const pods: Record<string, unknown>[] = [];
  const services = s.apps.map((app, a) => {
    const name = APPS[a] as string;
    for (const [i, n] of app.podNodes.entries()) {
      const ports = app.named ? [{ name: 'web', containerPort: app.target }] : [];
      pods.push({ name: `${name}-${i + 1}`, node: nodeName(n), labels: { app: name }, ports });
    }
    const port = {
      ...(app.portName ? { name: 'http' } : {}),
      port: 80,
      targetPort: app.named ? 'web' : app.target,
    };
    const exposed =
      s.lbToApp && a === 0 ? { type: 'NodePort', externalTrafficPolicy: s.policy } : {};
    return { metadata: { name }, spec: { ...exposed, selector: { app: name }, ports: [port] } };
  });
  return { pods, services };
}

/** The Ingresses, every backend pointing at an app Service's port 80. */
export function ingressObjects(s: Spec) {
  const backend = (n: number) => ({
    service: { name: APPS[n % s.apps.length], port: { number: 80 } },
  });
  return s.ingresses.map((ing, i) => ({
    metadata: {
      name: `ing-${i + 1}`,
      ...(ing.upstream
        ? { annotations: { 'nginx.ingress.kubernetes.io/service-upstream': 'true' } }
        : {}),
    },
    spec: {
      ...(ing.defaultApp === null ? {} : { defaultBackend: backend(ing.defaultApp) }),
      rules: ing.rules.map((r) => ({
        ...(r.host ? { host: r.host } : {}),
        http: {
          paths: r.paths.map((p) => ({
            path: p.path,
            pathType: p.pathType,
            backend: backend(p.app),
          })),
        },
      })),
    },
  }));
}
