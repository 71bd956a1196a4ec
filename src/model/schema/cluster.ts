/**
 * Schema of `metadata` and `cluster` (nodes and pods): PacketWalk's own records, so unknown
 * fields are errors. Defaults that depend on position (node addresses, pod IPs) are applied
 * later by `resolve/`; only constant defaults live here.
 */
import { z } from 'zod';
import { labelMap } from './labels';
import { cidr, dnsLabel, ipv4, oneOf, portName, tcpPort } from './primitives';

/** `metadata` of the scenario. */
export const metadataSchema = z
  .strictObject({
    name: dnsLabel("The scenario's id (DNS-1123 label), used in `?scenario=`."),
    title: z.string().describe('Shown as the heading; default: the name.').optional(),
    question: z
      .string()
      .describe('The question the scenario answers, shown above the diagram.')
      .optional(),
    description: z.string().describe('A longer explanation, plain text.').optional(),
  })
  .describe('Name and texts of the scenario.');

/** One entry of `cluster.nodes`. */
export const nodeSchema = z
  .strictObject({
    name: dnsLabel('Node name, a unique entity id.'),
    ip: ipv4('Node IP; default 10.0.0.10 + i (i = 1-based position).').optional(),
    podCIDR: cidr('Pod CIDR of the node; default 10.244.0.0 + 256*i as a /24.').optional(),
  })
  .describe('A cluster node.');

/** A named container port, so that a Service can use `targetPort: <name>`. */
export const containerPortSchema = z
  .strictObject({
    name: portName().describe('Port name, for a named `targetPort`.').optional(),
    containerPort: tcpPort('The port the container listens on.'),
  })
  .describe('A container port.');

/** One entry of `cluster.pods`. */
export const podSchema = z
  .strictObject({
    name: dnsLabel('Pod name, a unique entity id.'),
    node: z.string().describe('Name of the node the pod runs on.'),
    ip: ipv4("Pod IP; default: next free address from .2 in the node's podCIDR.").optional(),
    labels: labelMap('Pod labels, matched by Service selectors.').default({}),
    ports: z.array(containerPortSchema).describe('Container ports (named ports).').default([]),
  })
  .describe('A pod (always Running and Ready).');

/** `cluster`. */
export const clusterSchema = z
  .strictObject({
    proxyMode: oneOf(
      ['iptables', 'ipvs', 'nftables', 'ebpf'] as const,
      'How nodes rewrite NodePort and ClusterIP traffic.',
    ).default('iptables'),
    clusterCIDR: cidr('The cluster-wide pod CIDR.').default('10.244.0.0/16'),
    nodes: z
      .array(nodeSchema)
      .min(1, 'must list at least one node')
      .describe('The nodes, in order; names unique.'),
    pods: z.array(podSchema).describe('The pods; names unique.').default([]),
  })
  .describe('Nodes, pods and how traffic is proxied.');
