import { describe, expect, it } from 'vitest';
import { formatDiagnosticEntry, legAt, ruleBlocks, splitConnection } from '../../src/panels';
import { traceOf } from './fixtures';

describe('ruleBlocks', () => {
  it('has nothing on a leg without rewrites', () => {
    expect(ruleBlocks(traceOf('rabbit-hole'), 1)).toEqual([]);
    expect(ruleBlocks(traceOf('rabbit-hole'), 0)).toEqual([]);
  });

  it("gives each of node-3's rewrites its own block, titled by kind, component and place", () => {
    const trace = traceOf('rabbit-hole');
    const blocks = ruleBlocks(trace, 3);
    expect(blocks.map((b) => b.title)).toEqual([
      'DNAT · kube-proxy (iptables) on node-3',
      'SNAT · kube-proxy (iptables) on node-3',
    ]);
    expect(blocks[0]?.text).toBe(legAt(trace, 3)?.rewrites[0]?.rule);
    expect(blocks[0]?.text).toContain('-j DNAT --to-destination 10.244.1.5:80');
  });

  it('shows one conntrack entry once when it undoes two rewrites', () => {
    const blocks = ruleBlocks(traceOf('rabbit-hole', { reply: true }), 7);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.title).toBe('DNAT · kube-proxy (iptables) on node-3 + SNAT');
    expect(blocks[0]?.text).toContain('conntrack -L');
  });

  it('adds the rule that ended an undelivered walk, on its last request leg only', () => {
    const trace = traceOf('path-miss-404', { reply: true });
    const last = ruleBlocks(trace, 3).at(-1);
    expect(last?.title).toBe('HTTP 404 at ingress-nginx-controller · ingress controller');
    expect(last?.text).toBe(trace.end?.rule);
    expect(ruleBlocks(trace, 4).some((b) => b.text === trace.end?.rule)).toBe(false);
  });

  it('shows the drop rule of a walk that never passes the load balancer', () => {
    const trace = traceOf('local-outage');
    expect(ruleBlocks(trace, 1)).toEqual([
      {
        title: 'Dropped at cloud-lb · cloud load balancer',
        name: 'Dropped rule',
        text: trace.end?.rule,
      },
    ]);
  });
});

describe('splitConnection', () => {
  it.each([
    ['10.244.1.5:38011 -> 10.244.2.7:8080', { src: '10.244.1.5:38011', dst: '10.244.2.7:8080' }],
    ['a->b', { src: 'a', dst: 'b' }],
    ['10.244.1.5:80', undefined],
    [' -> b', undefined],
    ['a -> b -> c', undefined],
  ])('%s', (text, expected) => {
    expect(splitConnection(text)).toEqual(expected);
  });
});

describe('formatDiagnosticEntry', () => {
  it.each([
    [{ file: 'x.yaml', line: 3, column: 7, message: 'boom' }, 'x.yaml:3:7: boom'],
    [{ file: 'x.yaml', line: 3, message: 'boom' }, 'x.yaml:3:1: boom'],
    [{ file: 'x.yaml', message: 'gone' }, 'x.yaml: gone'],
    [{ message: 'no bundled scenario named x' }, 'no bundled scenario named x'],
    [
      { file: 'x.yaml', line: 1, column: 1, message: 'odd', severity: 'warning' as const },
      'x.yaml:1:1: warning: odd',
    ],
  ])('%o', (entry, text) => {
    expect(formatDiagnosticEntry(entry)).toBe(text);
  });
});
