/**
 * IPv4 address arithmetic, the little that scenarios need: parse, format, add, CIDR
 * membership. Pure and total: parsers return `undefined` instead of throwing.
 */

/** A parsed CIDR block: its network address as an unsigned 32-bit integer and its prefix length. */
export interface Cidr {
  network: number;
  prefix: number;
}

const OCTET = /^(0|[1-9][0-9]{0,2})$/;

/**
 * Parses a dotted-quad IPv4 address (no leading zeros, each octet 0-255).
 * @param text - e.g. `10.244.1.2`
 * @returns the address as an unsigned 32-bit integer, or `undefined` when it is not one
 */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/**
 * Formats an unsigned 32-bit integer as a dotted quad.
 * @param value - wraps modulo 2^32
 * @returns e.g. `10.0.0.11`
 */
export function formatIPv4(value: number): string {
  const v = ((value % 2 ** 32) + 2 ** 32) % 2 ** 32;
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

/**
 * Adds an offset to an address (address arithmetic: `10.0.0.255 + 1` is `10.0.1.0`).
 * @param ip - a valid dotted quad
 * @param offset - may be negative
 * @returns the new address as a dotted quad
 */
export function addToIPv4(ip: string, offset: number): string {
  return formatIPv4((parseIPv4(ip) ?? 0) + offset);
}

/**
 * Parses `a.b.c.d/len`. Host bits must be zero (as Kubernetes requires of podCIDR).
 * @param text - e.g. `10.244.1.0/24`
 * @returns the block, or `undefined` when the text is not a valid CIDR
 */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const network = parseIPv4(text.slice(0, slash));
  const lenText = text.slice(slash + 1);
  if (network === undefined || !/^(0|[1-9][0-9]?)$/.test(lenText)) return undefined;
  const prefix = Number(lenText);
  if (prefix > 32) return undefined;
  if (network % blockSize(prefix) !== 0) return undefined;
  return { network, prefix };
}

/** Number of addresses in a block of the given prefix length. */
export function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

/**
 * Tells whether an address lies inside a block.
 * @param cidr - a parsed block
 * @param ip - an address as returned by {@link parseIPv4}
 */
export function cidrContains(cidr: Cidr, ip: number): boolean {
  return ip >= cidr.network && ip < cidr.network + blockSize(cidr.prefix);
}

/** Formats a block as `a.b.c.d/len`. */
export function formatCidr(cidr: Cidr): string {
  return `${formatIPv4(cidr.network)}/${cidr.prefix}`;
}

/**
 * Formats an endpoint as `ip:port`, the form every trace field uses.
 * @param ip - dotted quad
 * @param port - TCP port
 */
export function hostPort(ip: string, port: number): string {
  return `${ip}:${port}`;
}
