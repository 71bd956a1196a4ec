/**
 * Typed builders of the pieces of a resolved Scenario, with DOMAIN.md's own addresses
 * (§1): nodes 192.168.10.11-14, pods 10.244.N.x, ClusterIPs 10.96.120.10 and 10.96.45.20.
 */
import type {
  Ingress,
  IngressBackend,
  Node,
  Pod,
  Service,
  ServicePort,
  TrafficPolicy,
} from '../../src/model';

/** node-i with DOMAIN.md §1 addressing. */
export function node(i: number): Node {
  return {
    name: `node-${i}`,
    ip: `192.168.10.${10 + i}`,
    podCIDR: `10.244.${i}.0/24`,
    bridgeIP: `10.244.${i}.1`,
  };
}

/** A pod on node-i. */
export function pod(
  name: string,
  i: number,
  ip: string,
  labels: Record<string, string>,
  ports: Pod['ports'] = [],
): Pod {
  return { name, node: `node-${i}`, ip, labels, ports };
}

/** A TCP Service port. */
export function port(p: Partial<ServicePort> & { port: number }): ServicePort {
  return { protocol: 'TCP', targetPort: p.port, ...p };
}

/** A Service; ClusterIP type, Cluster policy and namespace `default` unless given. */
export function service(s: Partial<Service> & { name: string; ports: ServicePort[] }): Service {
  return {
    namespace: 'default',
    type: 'ClusterIP',
    clusterIP: '10.96.0.99',
    externalTrafficPolicy: 'Cluster',
    annotations: {},
    ...s,
  };
}

/** A backend reference to a Service port number. */
export function backend(name: string, number = 80): IngressBackend {
  return { service: { name, port: { number } } };
}

/** An Ingress in `default`. */
export function ingress(i: Partial<Ingress> & { name: string }): Ingress {
  return { namespace: 'default', annotations: {}, rules: [], serviceUpstream: false, ...i };
}

/** The ingress-nginx controller Service of DOMAIN.md §2.2 (port `http`, nodePort 32000). */
export function controllerService(policy: TrafficPolicy = 'Cluster'): Service {
  return service({
    name: 'ingress-nginx-controller',
    namespace: 'ingress-nginx',
    type: 'NodePort',
    clusterIP: '10.96.120.10',
    selector: { 'app.kubernetes.io/name': 'ingress-nginx' },
    externalTrafficPolicy: policy,
    ports: [port({ name: 'http', port: 80, targetPort: 80, nodePort: 32000 })],
  });
}

/** The red Service of DOMAIN.md §2.3 (port `http` 80 -> 8080). */
export function redService(): Service {
  return service({
    name: 'red',
    clusterIP: '10.96.45.20',
    selector: { app: 'red' },
    ports: [port({ name: 'http', port: 80, targetPort: 8080 })],
  });
}
