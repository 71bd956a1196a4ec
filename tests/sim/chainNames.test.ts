import { describe, expect, it } from 'vitest';
import {
  iptablesEndpointHash,
  iptablesServiceHash,
  nftablesHashed,
  servicePortName,
} from '../../src/sim';
import { controllerService, port, service } from './fixtures';

describe('kube-proxy chain names (DOMAIN.md §2.4)', () => {
  it.each([
    ['ingress-nginx/ingress-nginx-controller:http', 'CG5I4G2RS3ZVWGLK'],
    ['default/red:http', 'NULG766P52RZA6AE'],
    ['ns2/svc2:p80', 'GNZBNJ2PO5MGZ6GT'],
  ])('hashes the iptables service chain of %s', (name, hash) => {
    expect(iptablesServiceHash(name)).toBe(hash);
  });

  it.each([
    ['ingress-nginx/ingress-nginx-controller:http', '10.244.1.5:80', '2YSQEZKP3IGSTWSJ'],
    ['ns2/svc2:p80', '10.180.0.2:80', 'RS4RBKLTHTF2IUXJ'],
    // DOMAIN.md §2.2 / §2.3 (computed there with the same algorithm)
    ['ingress-nginx/ingress-nginx-controller:http', '10.244.4.5:80', '55NG7BOCLGLPOHAU'],
    ['default/red:http', '10.244.2.7:8080', 'HKWVDNHHHQIYU2WJ'],
    ['default/red:http', '10.244.3.8:8080', '6TJWB7VQCI5ERC3W'],
  ])('hashes the KUBE-SEP chain of %s -> %s', (name, endpoint, hash) => {
    expect(iptablesEndpointHash(name, endpoint)).toBe(hash);
  });

  it.each([
    ['ingress-nginx/ingress-nginx-controller/tcp/http', 'TAO5FKKM'],
    ['ingress-nginx/ingress-nginx-controller/tcp/http__10.244.1.5/80', 'NFDBDGVW'],
    // kube-proxy's nftables unit test: service-ULMVA6XW-ns1/svc1/tcp/p80
    ['ns1/svc1/tcp/p80', 'ULMVA6XW'],
    ['ns1/svc1/tcp/p80__10.180.0.1/80', '5OJB2KTY'],
  ])('prefixes the nftables base %s with its hash', (base, hash) => {
    expect(nftablesHashed(base)).toBe(`${hash}-${base}`);
  });

  it('truncates an over-long nftables name to 240 characters ending in ...', () => {
    const name = nftablesHashed(`ns/${'a'.repeat(300)}/tcp/p`);
    expect(name).toHaveLength(240);
    expect(name.endsWith('...')).toBe(true);
  });

  it('names a Service port as ns/name, plus :port only when the port is named', () => {
    const svc = controllerService();
    expect(servicePortName(svc, svc.ports[0] as never)).toBe(
      'ingress-nginx/ingress-nginx-controller:http',
    );
    const unnamed = service({ name: 'web', ports: [port({ port: 80 })] });
    expect(servicePortName(unnamed, unnamed.ports[0] as never)).toBe('default/web');
  });
});
