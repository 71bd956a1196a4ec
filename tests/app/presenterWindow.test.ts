import { describe, expect, it } from 'vitest';
import { presenterUrl } from '../../src/app/views/presenterWindow';

describe('presenterUrl', () => {
  it.each<[string, string]>([
    [
      'https://pw.test/?scenario=rabbit-hole&step=3&mode=talk',
      'https://pw.test/?scenario=rabbit-hole&step=3&mode=presenter',
    ],
    [
      'https://pw.test/app/?scenario=lb-all-nodes&model=naive&reply=1&theme=dark&mode=talk#x',
      'https://pw.test/app/?scenario=lb-all-nodes&model=naive&reply=1&theme=dark&mode=presenter#x',
    ],
    ['http://localhost:5173/', 'http://localhost:5173/?mode=presenter'],
  ])('%s', (href, expected) => {
    expect(presenterUrl(href)).toBe(expected);
  });
});
