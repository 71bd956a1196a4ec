/**
 * kube-proxy's chain names (DOMAIN.md §2.4): iptables chains carry the first 16 base32
 * characters of SHA-256("ns/name:port" + "tcp"), nftables chains the first 8 of the hash
 * of "ns/name/tcp/port" followed by that readable base.
 */
import type { Service, ServicePort } from '../../model/query';
import { base32 } from '../hash/base32';
import { sha256 } from '../hash/sha256';

/** nftables' chain name limit minus the longest prefix (`knftables.NameLengthMax` 256 - 16). */
const NFT_BASE_MAX = 240;

/**
 * The name kube-proxy gives a Service port in comments: `ns/name`, plus `:port` when named.
 * @param service - the Service
 * @param port - one of its ports
 * @returns e.g. `default/red:http`
 */
export function servicePortName(service: Service, port: ServicePort): string {
  const base = `${service.namespace}/${service.name}`;
  return port.name ? `${base}:${port.name}` : base;
}

/**
 * The 16-character hash of an iptables service chain (`portProtoHash` in kube-proxy).
 * @param svcPortName - from {@link servicePortName}
 * @returns e.g. `NULG766P52RZA6AE` for `default/red:http`
 */
export function iptablesServiceHash(svcPortName: string): string {
  return base32(sha256(`${svcPortName}tcp`)).slice(0, 16);
}

/**
 * The 16-character hash of an iptables `KUBE-SEP-` chain: the service string plus `ip:port`.
 * @param svcPortName - from {@link servicePortName}
 * @param endpoint - `ip:port`
 */
export function iptablesEndpointHash(svcPortName: string, endpoint: string): string {
  return base32(sha256(`${svcPortName}tcp${endpoint}`)).slice(0, 16);
}

/**
 * The readable base of nftables chain names: `ns/name/tcp/portName` (empty port name allowed).
 * @param service - the Service
 * @param port - one of its ports
 */
export function nftablesBase(service: Service, port: ServicePort): string {
  return `${service.namespace}/${service.name}/tcp/${port.name ?? ''}`;
}

/**
 * Prefixes a base with its own 8-character hash (`hashAndTruncate` in kube-proxy's nftables proxier).
 * @param base - e.g. `ingress-nginx/ingress-nginx-controller/tcp/http`
 * @returns e.g. `TAO5FKKM-ingress-nginx/ingress-nginx-controller/tcp/http`
 */
export function nftablesHashed(base: string): string {
  const name = `${base32(sha256(base)).slice(0, 8)}-${base}`;
  return name.length > NFT_BASE_MAX ? `${name.slice(0, NFT_BASE_MAX - 3)}...` : name;
}

/**
 * The base of an nftables endpoint chain: the service base, `__`, then `ip/port`.
 * @param base - from {@link nftablesBase}
 * @param ip - endpoint address
 * @param port - endpoint port
 */
export function nftablesEndpointBase(base: string, ip: string, port: number): string {
  return `${base}__${ip}/${port}`;
}
