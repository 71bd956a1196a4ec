/**
 * Services and Ingresses take Kubernetes' own shape: a manifest pasted from
 * `kubectl get -o yaml` loads, its extra fields ignored, the fields read still typed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mustFail, mustLoad } from './helpers';

const text = readFileSync(new URL('./fixtures/kubectl-pasted.yaml', import.meta.url), 'utf8');

describe('pasted kubectl output', () => {
  const { scenario, warnings } = mustLoad(text);

  it('loads the Service with only the fields PacketWalk reads', () => {
    expect(warnings).toEqual([]);
    expect(scenario.services[0]).toEqual({
      name: 'ingress-nginx-controller',
      namespace: 'ingress-nginx',
      type: 'NodePort',
      clusterIP: '10.96.120.10',
      selector: {
        'app.kubernetes.io/component': 'controller',
        'app.kubernetes.io/instance': 'ingress-nginx',
        'app.kubernetes.io/name': 'ingress-nginx',
      },
      externalTrafficPolicy: 'Cluster',
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 32000 }],
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration':
          expect.stringContaining('"kind":"Service"'),
      },
    });
  });

  it('loads the Ingress with its service-upstream annotation', () => {
    expect(scenario.ingresses).toEqual([
      {
        name: 'red',
        namespace: 'default',
        annotations: { 'nginx.ingress.kubernetes.io/service-upstream': 'true' },
        ingressClassName: 'nginx',
        rules: [
          {
            host: 'example.com',
            paths: [
              {
                path: '/path',
                pathType: 'Prefix',
                backend: { service: { name: 'red', port: { number: 80 } } },
              },
            ],
          },
        ],
        serviceUpstream: true,
      },
    ]);
  });

  it('still checks the types of the fields it reads inside a pasted object', () => {
    const broken = text.replace('        nodePort: 32000\n', '        nodePort: "32000"\n');
    expect(mustFail(broken)).toContainEqual({
      message: '`services.0.spec.ports.0.nodePort` must be a number, got string "32000"',
      path: 'services.0.spec.ports.0.nodePort',
      line: 76,
      column: 19,
      severity: 'error',
    });
  });

  it('rejects a pasted object of another kind or apiVersion', () => {
    const wrongKind = text.replace(
      '  - apiVersion: networking.k8s.io/v1\n    kind: Ingress',
      '  - apiVersion: networking.k8s.io/v1\n    kind: Service',
    );
    expect(mustFail(wrongKind).map((d) => d.message)).toEqual([
      '`ingresses.0.kind` must be Ingress, got string "Service"',
    ]);
    const oldApi = text.replace(
      'apiVersion: networking.k8s.io/v1',
      'apiVersion: extensions/v1beta1',
    );
    expect(mustFail(oldApi).map((d) => d.message)).toEqual([
      '`ingresses.0.apiVersion` must be networking.k8s.io/v1 for an Ingress, got string "extensions/v1beta1"',
    ]);
  });
});
