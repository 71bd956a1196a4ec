/**
 * The compiler-style line the CLI prints for each diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model';

describe('formatDiagnostic', () => {
  it('prints FILE:LINE:COL: error: MESSAGE', () => {
    const d = {
      message: 'unknown node `node-9`',
      path: 'cluster.pods.0.node',
      line: 12,
      column: 31,
      severity: 'error' as const,
    };
    expect(formatDiagnostic(d, 'scenarios/x.yaml')).toBe(
      'scenarios/x.yaml:12:31: error: unknown node `node-9`',
    );
  });

  it('prints warnings as warning:', () => {
    const d = {
      message: 'Service a selects no pod',
      path: 'ingressController.service',
      line: 3,
      column: 12,
      severity: 'warning' as const,
    };
    expect(formatDiagnostic(d, 'a.yaml')).toBe('a.yaml:3:12: warning: Service a selects no pod');
  });
});
