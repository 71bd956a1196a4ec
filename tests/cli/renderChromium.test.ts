import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { CHROMIUM_FLAGS } from '../../src/cli/renderChromium';
import { CHROMIUM_ARGS } from '../e2e/support/chromium';
import { scenarioAndTrace } from '../export/support/scenarios';

// These need Debian's Chromium (/usr/bin/chromium, as in CI) or CHROMIUM_PATH.

async function run(...argv: string[]) {
  let stderr = '';
  const code = await main(argv, { stdout: () => {}, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('packetwalk render through headless Chromium', () => {
  it('launches Chromium with the flags the e2e tests use', () => {
    expect(CHROMIUM_FLAGS).toEqual(CHROMIUM_ARGS);
  });

  it('writes a PNG of the size asked for (default 1600x900)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-png-'));
    expect(
      await run('render', 'scenarios/rabbit-hole.yaml', '--step', '3', '--out', join(dir, 'a.png')),
    ).toEqual({
      code: 0,
      stderr: '',
    });
    expect(pngSize(readFileSync(join(dir, 'a.png')))).toEqual({ width: 1600, height: 900 });
    const small = join(dir, 'b.img');
    const result = await run(
      'render',
      'scenarios/local-policy.yaml',
      '--format',
      'png',
      '--width',
      '800',
      '--height',
      '450',
      '--theme',
      'dark',
      '--out',
      small,
    );
    expect(result.code).toBe(0);
    expect(pngSize(readFileSync(small))).toEqual({ width: 800, height: 450 });
  }, 60_000);

  it('writes a PDF with a page per step (steps + 1) for --step all, one page for --step N', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-pdf-'));
    const { trace } = scenarioAndTrace('rabbit-hole', { reply: true });
    expect(
      (
        await run(
          'render',
          'scenarios/rabbit-hole.yaml',
          '--reply',
          '--step',
          'all',
          '--out',
          join(dir, 'all.pdf'),
        )
      ).code,
    ).toBe(0);
    const all = await PDFDocument.load(readFileSync(join(dir, 'all.pdf')));
    expect(all.getPageCount()).toBe(trace.steps.length + 1);
    expect(
      (
        await run(
          'render',
          'scenarios/rabbit-hole.yaml',
          '--format',
          'pdf',
          '--step',
          '2',
          '--out',
          join(dir, 'one.pdf'),
        )
      ).code,
    ).toBe(0);
    expect((await PDFDocument.load(readFileSync(join(dir, 'one.pdf')))).getPageCount()).toBe(1);
  }, 120_000);
});
