/**
 * Building blocks shared by every part of the scenario schema: names, addresses, ports and
 * the two object flavours (strict outside Kubernetes objects, loose inside them).
 * Each validation message is a predicate phrase ("must be ..."); `issues.ts` turns it into
 * a full sentence with the field's path and the value that was found.
 */
import { z } from 'zod';
import { parseCidr } from '../net';

/** Kubernetes' DNS-1123 label: lowercase alphanumerics and '-', alnum at both ends, 1-63 characters. */
export const DNS_LABEL_PATTERN = /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

const DNS_LABEL_MESSAGE =
  "must be a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)";

/** A dotted quad without leading zeros, the same language `parseIPv4` accepts. */
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4_PATTERN = new RegExp(`^(${OCTET}\\.){3}${OCTET}$`);
const CIDR_PATTERN = new RegExp(`^(${OCTET}\\.){3}${OCTET}/(3[0-2]|[12]?[0-9])$`);

/**
 * A DNS-1123 label, the form every entity name takes.
 * @param description - what the name identifies (shown by editors)
 * @returns a string schema
 */
export function dnsLabel(description: string) {
  return z.string().regex(DNS_LABEL_PATTERN, DNS_LABEL_MESSAGE).describe(description);
}

/**
 * An IPv4 address in dotted-quad form.
 * @param description - the field's meaning (shown by editors)
 * @returns a string schema
 */
export function ipv4(description: string) {
  return z
    .string()
    .regex(IPV4_PATTERN, 'must be an IPv4 address in dotted-quad form, such as 10.0.0.11')
    .describe(description);
}

/**
 * An IPv4 CIDR block whose host bits are zero (as Kubernetes requires of a podCIDR).
 * @param description - the field's meaning (shown by editors)
 * @returns a string schema
 */
export function cidr(description: string) {
  return z
    .string()
    .regex(CIDR_PATTERN, {
      message: 'must be an IPv4 CIDR block such as 10.244.1.0/24',
      abort: true,
    })
    .refine((text) => parseCidr(text) !== undefined, {
      message: 'must have its host bits zero (the address must be the first of the block)',
    })
    .describe(description);
}

/**
 * An integer within a closed range.
 * @param min - smallest allowed value
 * @param max - largest allowed value
 * @param description - the field's meaning (shown by editors)
 * @returns a number schema
 */
export function intIn(min: number, max: number, description: string) {
  const message = `must be between ${min} and ${max}`;
  return z.number().int().min(min, message).max(max, message).describe(description);
}

/**
 * A TCP port, 1-65535.
 * @param description - the field's meaning (shown by editors)
 * @returns a number schema
 */
export function tcpPort(description: string) {
  return intIn(1, 65535, description);
}

/** Smallest and largest nodePort of Kubernetes' default `--service-node-port-range` (DOMAIN.md §1). */
export const NODE_PORT_MIN = 30000;
/** Largest nodePort of the default range. */
export const NODE_PORT_MAX = 32767;

/** A nodePort, 30000-32767 (DOMAIN.md §1: `--service-node-port-range`). */
export function nodePort(description: string) {
  return intIn(NODE_PORT_MIN, NODE_PORT_MAX, description);
}

/**
 * A port name (IANA_SVC_NAME-like), as a container port declares it and a `targetPort` names it.
 * @returns a string schema
 */
export function portName() {
  return z
    .string()
    .regex(
      /^(?=.{1,15}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
      "must be a port name: 1-15 lowercase letters, digits and '-'",
    );
}

/**
 * One of a fixed set of strings; the message lists the valid values.
 * @param values - the allowed values, in the order the message lists them
 * @param description - the field's meaning (shown by editors)
 * @returns an enum schema
 */
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  description: string,
) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` }).describe(description);
}

/** An absolute URL path: starts with '/'. */
export function urlPath(description: string) {
  return z
    .string()
    .regex(/^\//, "must be an absolute path starting with '/'")
    .describe(description);
}
