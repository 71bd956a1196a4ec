import { describe, expect, it } from 'vitest';
import type { Ingress, IngressPath, PathType } from '../../src/model';
import { matchIngress, pathMatches } from '../../src/sim';
import { backend, domainScenario, ingress } from './fixtures';

const p = (path: string, pathType: PathType, to: string): IngressPath => ({
  path,
  pathType,
  backend: backend(to),
});

/** Matches and returns the backend Service name, `default:<name>`, or `none`. */
function route(ingresses: Ingress[], path: string, host?: string): string {
  const m = matchIngress(domainScenario({ ingresses }), host, path);
  if (m.kind === 'none') return 'none';
  return m.kind === 'default' ? `default:${m.backend.service.name}` : m.backend.service.name;
}

describe('Ingress v1 path matching (DOMAIN.md §8)', () => {
  // The table of the Kubernetes Ingress documentation ("Examples" of path types).
  it.each([
    ['Prefix', '/', '/anything', true],
    ['Exact', '/foo', '/foo', true],
    ['Exact', '/foo', '/bar', false],
    ['Exact', '/foo', '/foo/', false],
    ['Exact', '/foo/', '/foo', false],
    ['Prefix', '/foo', '/foo', true],
    ['Prefix', '/foo', '/foo/', true],
    ['Prefix', '/foo/', '/foo', true],
    ['Prefix', '/foo/', '/foo/', true],
    ['Prefix', '/aaa/bb', '/aaa/bbb', false],
    ['Prefix', '/aaa/bbb', '/aaa/bbb', true],
    ['Prefix', '/aaa/bbb/', '/aaa/bbb', true],
    ['Prefix', '/aaa/bbb', '/aaa/bbb/', true],
    ['Prefix', '/aaa/bbb', '/aaa/bbb/ccc', true],
    ['Prefix', '/aaa/bbb', '/aaa/bbbxyz', false],
    ['Prefix', '/foo', '/foobar', false],
    ['Exact', '/foo', '/FOO', false],
    ['ImplementationSpecific', '/foo', '/foo/bar', true],
    ['ImplementationSpecific', '/foo', '/foobar', false],
  ] as const)('%s %s vs request %s -> %s', (pathType, rulePath, request, matches) => {
    expect(pathMatches(rulePath, pathType, request)).toBe(matches);
  });
});

describe('matchIngress', () => {
  it('lets the longest matching path win, across every Ingress', () => {
    const ings = [
      ingress({
        name: 'a',
        rules: [{ paths: [p('/', 'Prefix', 'root'), p('/foo', 'Prefix', 'foo')] }],
      }),
      ingress({ name: 'b', rules: [{ paths: [p('/foo/bar', 'Prefix', 'foobar')] }] }),
    ];
    expect(route(ings, '/foo/bar/baz')).toBe('foobar');
    expect(route(ings, '/foo/x')).toBe('foo');
    expect(route(ings, '/foobar')).toBe('root');
    expect(route(ings, '/other?q=/foo')).toBe('root');
  });

  it('prefers Exact over Prefix on a tie, wherever they are listed', () => {
    const prefixFirst = [
      ingress({
        name: 'a',
        rules: [{ paths: [p('/foo', 'Prefix', 'prefix'), p('/foo', 'Exact', 'exact')] }],
      }),
    ];
    expect(route(prefixFirst, '/foo')).toBe('exact');
    expect(route(prefixFirst, '/foo/')).toBe('prefix');
    const slash = [
      ingress({
        name: 'a',
        rules: [{ paths: [p('/foo/', 'Prefix', 'prefix'), p('/foo', 'Exact', 'exact')] }],
      }),
    ];
    expect(route(slash, '/foo')).toBe('exact');
  });

  it('takes the first of equal paths in file order', () => {
    const ings = [
      ingress({ name: 'a', rules: [{ paths: [p('/x', 'Prefix', 'first')] }] }),
      ingress({ name: 'b', rules: [{ paths: [p('/x', 'Prefix', 'second')] }] }),
    ];
    expect(route(ings, '/x')).toBe('first');
  });

  it('matches hosts first: exact, then a one-label wildcard, then rules without host', () => {
    const ings = [
      ingress({
        name: 'a',
        rules: [
          { paths: [p('/', 'Prefix', 'any')] },
          { host: '*.bar.com', paths: [p('/', 'Prefix', 'wild')] },
          { host: 'foo.bar.com', paths: [p('/', 'Prefix', 'exact')] },
        ],
      }),
    ];
    expect(route(ings, '/', 'foo.bar.com')).toBe('exact');
    expect(route(ings, '/', 'FOO.bar.com:80')).toBe('exact');
    expect(route(ings, '/', 'baz.bar.com')).toBe('wild');
    expect(route(ings, '/', 'bar.com')).toBe('any');
    expect(route(ings, '/', 'a.baz.bar.com')).toBe('any');
    expect(route(ings, '/')).toBe('any');
    const m = matchIngress(domainScenario({ ingresses: ings }), 'baz.bar.com', '/');
    expect(m.kind === 'rule' && m.hostMatch).toBe('wildcard');
  });

  it('does not fall back to a less specific host when the host has rules but no path matches', () => {
    const ings = [
      ingress({
        name: 'a',
        rules: [
          { host: 'shop.example.com', paths: [p('/cart', 'Prefix', 'cart')] },
          { paths: [p('/', 'Prefix', 'any')] },
        ],
      }),
    ];
    expect(route(ings, '/cart/1', 'shop.example.com')).toBe('cart');
    expect(route(ings, '/checkout', 'shop.example.com')).toBe('none');
    expect(route(ings, '/checkout', 'other.example.com')).toBe('any');
  });

  it('falls back to the first spec.defaultBackend in file order, else no match', () => {
    const rules = [{ paths: [p('/api', 'Prefix', 'api')] }];
    const withDefaults = [
      ingress({ name: 'a', rules }),
      ingress({ name: 'b', rules: [], defaultBackend: backend('first') }),
      ingress({ name: 'c', rules: [], defaultBackend: backend('second') }),
    ];
    expect(route(withDefaults, '/api/v1')).toBe('api');
    expect(route(withDefaults, '/web')).toBe('default:first');
    expect(route([ingress({ name: 'a', rules })], '/web')).toBe('none');
    expect(route([], '/')).toBe('none');
  });
});
