import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/model';
import { walk } from '../../src/sim';

function trace(file: string, reply = false) {
  const loaded = loadScenario(readFileSync(`scenarios/${file}.yaml`, 'utf8'));
  if (!loaded.ok) throw new Error(`${file} must load`);
  return walk(loaded.scenario, { reply });
}

describe('Rewrite.service names the Service whose rule fired', () => {
  it('LB and NodePort rewrites name the controller Service; proxy rewrites name none', () => {
    const steps = trace('rabbit-hole').steps;
    const services = steps.flatMap((s) => s.rewrites.map((r) => [r.at, r.kind, r.service]));
    expect(services).toEqual([
      ['cloud-lb', 'DNAT', 'ingress-nginx/ingress-nginx-controller'],
      ['node-3', 'DNAT', 'ingress-nginx/ingress-nginx-controller'],
      ['node-3', 'SNAT', 'ingress-nginx/ingress-nginx-controller'],
      ['ingress-nginx-controller', 'proxy', undefined],
    ]);
  });

  it('the ClusterIP DNAT of service-upstream names the app Service', () => {
    const dnat = trace('service-upstream')
      .steps.flatMap((s) => s.rewrites)
      .filter((r) => r.kind === 'DNAT' && r.by.startsWith('kube-proxy'));
    expect(dnat.map((r) => r.service)).toEqual([
      'ingress-nginx/ingress-nginx-controller',
      'default/red',
    ]);
  });

  it('undo rewrites on reply legs keep the Service of the rewrite they undo', () => {
    const undone = trace('rabbit-hole', true)
      .steps.filter((s) => s.direction === 'reply')
      .flatMap((s) => s.rewrites)
      .filter((r) => r.at === 'node-3');
    expect(undone.map((r) => r.service)).toEqual([
      'ingress-nginx/ingress-nginx-controller',
      'ingress-nginx/ingress-nginx-controller',
    ]);
  });
});
