/**
 * Ingress defaults: namespace `default`, path `/`, and `serviceUpstream` from ingress-nginx's
 * `nginx.ingress.kubernetes.io/service-upstream: "true"` annotation (DOMAIN.md §8).
 */
import type { ScenarioInput } from '../schema/scenario';
import type { Ingress, IngressBackend } from '../types';

type IngressInput = ScenarioInput['ingresses'][number];
type BackendInput = NonNullable<IngressInput['spec']['defaultBackend']>;

/** The annotation that makes ingress-nginx dial the ClusterIP instead of pod IPs. */
export const SERVICE_UPSTREAM_ANNOTATION = 'nginx.ingress.kubernetes.io/service-upstream';

function resolveBackend(backend: BackendInput): IngressBackend {
  const { number, name } = backend.service.port;
  return {
    service: {
      name: backend.service.name,
      port: {
        ...(number !== undefined ? { number } : {}),
        ...(name !== undefined ? { name } : {}),
      },
    },
  };
}

/**
 * Applies every Ingress default.
 * @param ingresses - the validated `ingresses`
 * @returns the resolved Ingresses, in file order
 */
export function resolveIngresses(ingresses: IngressInput[]): Ingress[] {
  return ingresses.map((ingress) => {
    const { metadata, spec } = ingress;
    return {
      name: metadata.name,
      namespace: metadata.namespace,
      annotations: metadata.annotations,
      ...(spec.ingressClassName !== undefined ? { ingressClassName: spec.ingressClassName } : {}),
      ...(spec.defaultBackend ? { defaultBackend: resolveBackend(spec.defaultBackend) } : {}),
      rules: spec.rules.map((rule) => ({
        ...(rule.host !== undefined ? { host: rule.host } : {}),
        paths: (rule.http?.paths ?? []).map((path) => ({
          path: path.path,
          pathType: path.pathType,
          backend: resolveBackend(path.backend),
        })),
      })),
      serviceUpstream: metadata.annotations[SERVICE_UPSTREAM_ANNOTATION] === 'true',
    };
  });
}
