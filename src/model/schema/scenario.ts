/**
 * The scenario file, contract v1 (DESIGN.md, "Scenario file — contract v1"), as one zod
 * schema: the single source of truth for validation and for `schema/scenario.schema.json`.
 */
import { z } from 'zod';
import { clusterSchema, metadataSchema } from './cluster';
import { ingressSchema } from './ingress';
import { dnsLabel, ipv4, tcpPort, urlPath } from './primitives';
import { serviceSchema } from './service';

/** `loadBalancer`: the cloud load balancer in front of the cluster (DOMAIN.md §9). */
const loadBalancerSchema = z
  .strictObject({
    name: dnsLabel('Entity id of the load balancer.').default('cloud-lb'),
    ip: ipv4('The address clients connect to.').default('203.0.113.10'),
    port: tcpPort('The port clients connect to.').default(80),
    service: z
      .string()
      .describe('The NodePort Service it forwards to (its nodePort is the target port).'),
    targets: z
      .array(z.string())
      .describe('Node names it forwards to; default: every node, in node order.')
      .optional(),
    preserveClientIP: z
      .boolean()
      .describe(
        "Pass-through (true) keeps the client's address; false: the LB's IP becomes the source.",
      )
      .default(true),
    healthCheck: z
      .boolean()
      .describe('Under Local policy, a node without a local endpoint fails the check.')
      .default(true),
  })
  .describe('The cloud load balancer.');

/** `request.choose`: which candidate each choice takes. */
const chooseSchema = z
  .strictObject({
    target: z.string().describe('Which LB target node.').optional(),
    ingressPod: z.string().describe('Which ingress controller pod.').optional(),
    endpoint: z.string().describe('Which backend pod.').optional(),
  })
  .describe('Without it the first candidate in file order is taken.');

/** `request`: the client and what it asks for. */
const requestSchema = z
  .strictObject({
    client: z
      .strictObject({
        ip: ipv4('Client address.').default('198.51.100.7'),
        port: tcpPort('Client source port.').default(51515),
      })
      .describe('The client.')
      .default(() => ({ ip: '198.51.100.7', port: 51515 })),
    path: urlPath('Request path.').default('/'),
    host: z.string().describe('Host header; absent: none.').optional(),
    choose: chooseSchema.default(() => ({})),
  })
  .describe('The request the walk follows.');

/** One presenter note. */
const noteSchema = z
  .strictObject({
    step: z.number().int().min(1, 'must be 1 or more').describe('Step number, 1-based.'),
    text: z.string().describe('Note text.'),
  })
  .describe('A presenter note attached to a step.');

/** The whole scenario file. */
export const scenarioSchema = z
  .strictObject({
    apiVersion: z
      .literal('packetwalk/v1', { error: 'must be packetwalk/v1' })
      .describe('Always packetwalk/v1.'),
    kind: z.literal('Scenario', { error: 'must be Scenario' }).describe('Always Scenario.'),
    metadata: metadataSchema,
    cluster: clusterSchema,
    services: z.array(serviceSchema).describe('Kubernetes Service objects.').default([]),
    ingresses: z.array(ingressSchema).describe('networking.k8s.io/v1 Ingress objects.').default([]),
    ingressController: z
      .strictObject({
        service: z.string().describe('The Service whose pods are the ingress controller.'),
      })
      .describe('The ingress controller.'),
    loadBalancer: loadBalancerSchema,
    request: requestSchema.default(() => ({
      client: { ip: '198.51.100.7', port: 51515 },
      path: '/',
      choose: {},
    })),
    notes: z.array(noteSchema).describe('Presenter notes, by step number.').default([]),
  })
  .describe('A PacketWalk scenario (contract v1).');

/** The validated file, before positional defaults and cross-checks. */
export type ScenarioInput = z.output<typeof scenarioSchema>;
