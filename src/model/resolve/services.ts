/**
 * Service defaults: namespace `default`, type ClusterIP, targetPort = port, a stable ClusterIP
 * and stable nodePorts. Stable means derived from a hash of the Service's own name (FNV-1a),
 * with linear probing only on collision, so adding a Service never moves another one.
 */
import { formatIPv4, parseIPv4 } from '../net';
import { NODE_PORT_MAX, NODE_PORT_MIN } from '../schema/primitives';
import type { ScenarioInput } from '../schema/scenario';
import type { Service } from '../types';
import { fnv1a32, probe } from './hash';

type ServiceInput = ScenarioInput['services'][number];

/** kubeadm's default serviceSubnet 10.96.0.0/12 (DOMAIN.md §1): 2^20 addresses. */
const SERVICE_BASE = parseIPv4('10.96.0.0') ?? 0;
const SERVICE_SIZE = 2 ** 20;
/** Offsets never handed out: network, kubernetes API (.1), kube-dns (.10), broadcast. */
const RESERVED = new Set([0, 1, 10, SERVICE_SIZE - 1]);
const NODE_PORT_COUNT = NODE_PORT_MAX - NODE_PORT_MIN + 1;

function assignClusterIPs(services: ServiceInput[]): string[] {
  const used = new Set<number>();
  for (const service of services) {
    const ip = service.spec.clusterIP === undefined ? undefined : parseIPv4(service.spec.clusterIP);
    if (ip !== undefined) used.add(ip);
  }
  return services.map((service) => {
    if (service.spec.clusterIP !== undefined) return service.spec.clusterIP;
    const key = `${service.metadata.namespace}/${service.metadata.name}`;
    const taken = (offset: number) => RESERVED.has(offset) || used.has(SERVICE_BASE + offset);
    const offset = probe(fnv1a32(key) % SERVICE_SIZE, SERVICE_SIZE, taken) ?? 2;
    used.add(SERVICE_BASE + offset);
    return formatIPv4(SERVICE_BASE + offset);
  });
}

function assignNodePorts(services: ServiceInput[]): (number | undefined)[][] {
  const used = new Set<number>();
  for (const service of services) {
    for (const port of service.spec.ports) if (port.nodePort !== undefined) used.add(port.nodePort);
  }
  return services.map((service) =>
    service.spec.ports.map((port) => {
      if (port.nodePort !== undefined || service.spec.type === 'ClusterIP') return port.nodePort;
      const key = `${service.metadata.namespace}/${service.metadata.name}:${port.port}`;
      const taken = (offset: number) => used.has(NODE_PORT_MIN + offset);
      const offset = probe(fnv1a32(key) % NODE_PORT_COUNT, NODE_PORT_COUNT, taken);
      if (offset === undefined) return undefined;
      used.add(NODE_PORT_MIN + offset);
      return NODE_PORT_MIN + offset;
    }),
  );
}

/**
 * Applies every Service default.
 * @param services - the validated `services`
 * @returns the resolved Services, in file order (a nodePort stays unset only when the range is full)
 */
export function resolveServices(services: ServiceInput[]): Service[] {
  const clusterIPs = assignClusterIPs(services);
  const nodePorts = assignNodePorts(services);
  return services.map((service, i) => ({
    name: service.metadata.name,
    namespace: service.metadata.namespace,
    type: service.spec.type,
    clusterIP: clusterIPs[i] ?? '',
    ...(service.spec.selector ? { selector: service.spec.selector } : {}),
    externalTrafficPolicy: service.spec.externalTrafficPolicy,
    ports: service.spec.ports.map((port, j) => ({
      ...(port.name !== undefined ? { name: port.name } : {}),
      protocol: port.protocol,
      port: port.port,
      targetPort: port.targetPort ?? port.port,
      ...(nodePorts[i]?.[j] !== undefined ? { nodePort: nodePorts[i]?.[j] } : {}),
    })),
    annotations: service.metadata.annotations,
  }));
}
