/**
 * Schema of a networking.k8s.io/v1 Ingress. Loose like the Service schema, so that a pasted
 * `kubectl get ing -o yaml` loads; the fields the ingress controller reads are typed.
 */
import { z } from 'zod';
import { dnsLabel, oneOf, tcpPort, urlPath } from './primitives';
import { objectMetaSchema } from './service';

/** `backend.service.port`: exactly one of `number` and `name`. */
const backendPortSchema = z
  .looseObject({
    number: tcpPort('Service port number.').optional(),
    name: z.string().describe('Service port name.').optional(),
  })
  .refine((port) => (port.number === undefined) !== (port.name === undefined), {
    message: 'must set exactly one of `number` and `name`',
  })
  .describe('The Service port: `number` or `name`.');

/** An Ingress backend; only the `service` form is modelled. */
export const ingressBackendSchema = z
  .looseObject({
    service: z
      .looseObject({
        name: dnsLabel('Name of a Service in the Ingress namespace.'),
        port: backendPortSchema,
      })
      .describe('The backend Service.'),
    resource: z
      .never({ error: 'is not modelled; use a `service` backend' })
      .describe('Not modelled.')
      .optional(),
  })
  .describe('Where matching requests go.');

/** One `http.paths` entry. */
const ingressPathSchema = z
  .looseObject({
    path: urlPath('Request path to match.').default('/'),
    pathType: oneOf(
      ['Exact', 'Prefix', 'ImplementationSpecific'] as const,
      'How `path` matches (required, as in Kubernetes); ImplementationSpecific is treated as Prefix.',
    ),
    backend: ingressBackendSchema,
  })
  .describe('A path rule.');

const HOST_PATTERN = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** One `spec.rules` entry. */
const ingressRuleSchema = z
  .looseObject({
    host: z
      .string()
      .regex(HOST_PATTERN, 'must be a DNS name, optionally starting with `*.`')
      .describe('Exact host or a `*.` wildcard; absent: every host.')
      .optional(),
    http: z
      .looseObject({
        paths: z.array(ingressPathSchema).min(1, 'must list at least one path').describe('Paths.'),
      })
      .describe('HTTP rules.')
      .optional(),
  })
  .describe('A host rule.');

/** A networking.k8s.io/v1 Ingress object (apiVersion/kind optional). */
export const ingressSchema = z
  .looseObject({
    apiVersion: z
      .literal('networking.k8s.io/v1', { error: 'must be networking.k8s.io/v1 for an Ingress' })
      .optional(),
    kind: z.literal('Ingress', { error: 'must be Ingress' }).optional(),
    metadata: objectMetaSchema,
    spec: z
      .looseObject({
        ingressClassName: z.string().describe('IngressClass name.').optional(),
        defaultBackend: ingressBackendSchema.optional(),
        rules: z.array(ingressRuleSchema).describe('Host rules.').default([]),
      })
      .describe('Ingress spec; other fields are ignored.'),
  })
  .describe('A networking.k8s.io/v1 Ingress; a pasted manifest loads, unknown fields are ignored.');
