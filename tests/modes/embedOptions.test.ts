import { describe, expect, it } from 'vitest';
import { acceptsMessage, parseEmbedOptions, targetOrigin } from '../../src/modes';

describe('embed options', () => {
  it.each<[string, ReturnType<typeof parseEmbedOptions>]>([
    ['?mode=embed', { controls: false, origin: null, originInvalid: false }],
    ['?controls=1', { controls: true, origin: null, originInvalid: false }],
    [
      '?controls=yes&origin=https://slides.example.com',
      { controls: true, origin: 'https://slides.example.com', originInvalid: false },
    ],
    [
      '?origin=https://slides.example.com/',
      { controls: false, origin: 'https://slides.example.com', originInvalid: false },
    ],
    [
      '?origin=http://localhost:3030',
      { controls: false, origin: 'http://localhost:3030', originInvalid: false },
    ],
    [
      '?origin=https://slides.example.com/deck',
      { controls: false, origin: 'https://slides.example.com/deck', originInvalid: true },
    ],
    [
      '?origin=slides.example.com',
      { controls: false, origin: 'slides.example.com', originInvalid: true },
    ],
    ['?controls=0&origin=', { controls: false, origin: null, originInvalid: false }],
  ])('%s', (search, options) => {
    expect(parseEmbedOptions(search)).toEqual(options);
  });

  const parent = { name: 'parent' };
  const open = parseEmbedOptions('');
  const only = parseEmbedOptions('?origin=https://slides.example.com');
  const broken = parseEmbedOptions('?origin=nonsense');

  it('obeys the parent frame only', () => {
    expect(acceptsMessage({ origin: 'https://a.test', source: parent }, open, parent)).toBe(true);
    expect(
      acceptsMessage({ origin: 'https://a.test', source: { name: 'popup' } }, open, parent),
    ).toBe(false);
    expect(acceptsMessage({ origin: 'https://a.test', source: null }, open, parent)).toBe(false);
  });

  it('with origin=, obeys that origin only and posts only there', () => {
    expect(
      acceptsMessage({ origin: 'https://slides.example.com', source: parent }, only, parent),
    ).toBe(true);
    expect(acceptsMessage({ origin: 'https://evil.test', source: parent }, only, parent)).toBe(
      false,
    );
    expect(targetOrigin(only)).toBe('https://slides.example.com');
    expect(targetOrigin(open)).toBe('*');
  });

  it('with a malformed origin=, obeys nobody and posts nothing', () => {
    expect(acceptsMessage({ origin: 'nonsense', source: parent }, broken, parent)).toBe(false);
    expect(targetOrigin(broken)).toBeNull();
  });
});
