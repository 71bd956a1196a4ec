/**
 * Schema of a Kubernetes Service. A pasted `kubectl get svc -o yaml` must load, so these
 * objects are loose: fields PacketWalk does not read (status, uid, managedFields, clusterIPs,
 * sessionAffinity, ...) pass through unchecked, while the fields it reads are typed.
 */
import { z } from 'zod';
import { annotationMap, labelMap } from './labels';
import { dnsLabel, ipv4, nodePort, oneOf, portName, tcpPort } from './primitives';

/** `metadata` of a Service or an Ingress (shared shape). */
export const objectMetaSchema = z
  .looseObject({
    name: dnsLabel('Object name (DNS-1123 label).'),
    namespace: dnsLabel('Namespace of the object.').default('default'),
    annotations: annotationMap('Annotations (string values).').default({}),
  })
  .describe('Kubernetes object metadata; other fields are ignored.');

/** A port name (IANA_SVC_NAME-like) or number, as `targetPort` takes it. */
const targetPortSchema = z
  .union([tcpPort('Container port number.'), portName()], {
    error: 'must be a port number (1-65535) or a container port name',
  })
  .describe('Port on the pods: a number, or the name of a container port; default: `port`.');

/** One entry of `spec.ports`. */
export const servicePortSchema = z
  .looseObject({
    name: z
      .string()
      .describe('Port name; required by Kubernetes when there are several.')
      .optional(),
    protocol: z
      .literal('TCP', { error: 'must be TCP (only TCP is modelled)' })
      .describe('Only TCP is modelled.')
      .default('TCP'),
    port: tcpPort('The Service (ClusterIP) port.'),
    targetPort: targetPortSchema.optional(),
    nodePort: nodePort('NodePort/LoadBalancer only; default: a stable free port.').optional(),
  })
  .describe('A Service port.');

/** `spec` of a Service. */
export const serviceSpecSchema = z
  .looseObject({
    type: oneOf(['ClusterIP', 'NodePort', 'LoadBalancer'] as const, 'Service type.').default(
      'ClusterIP',
    ),
    clusterIP: ipv4(
      'Default: a stable address in 10.96.0.0/12 derived from namespace/name.',
    ).optional(),
    selector: labelMap(
      'Pods with all these labels are the endpoints; none: no endpoints.',
    ).optional(),
    externalTrafficPolicy: oneOf(
      ['Cluster', 'Local'] as const,
      'Cluster: any node forwards (and SNATs); Local: only local endpoints, client IP kept.',
    ).default('Cluster'),
    ports: z.array(servicePortSchema).min(1, 'must list at least one port').describe('Ports.'),
  })
  .describe('Service spec; other fields are ignored.');

/** A Kubernetes Service object (apiVersion/kind optional). */
export const serviceSchema = z
  .looseObject({
    apiVersion: z.literal('v1', { error: 'must be v1 for a Service' }).optional(),
    kind: z.literal('Service', { error: 'must be Service' }).optional(),
    metadata: objectMetaSchema,
    spec: serviceSpecSchema,
  })
  .describe('A Kubernetes Service; a pasted manifest loads, unknown fields are ignored.');
