import { describe, expect, it } from 'vitest';
import { flattenMotionStyles } from '../../src/export/svg/motionStyles';

describe("flattenMotionStyles: motion's inline styles as SVG attributes", () => {
  it('turns a translation into a transform attribute and drops the origin noise', () => {
    const markup =
      '<g class="p" style="transform:translateX(1092.6055062315122px) translateY(281px);transform-origin:50% 50%;transform-box:fill-box"><rect x="1"></rect></g>';
    expect(flattenMotionStyles(markup)).toBe(
      '<g class="p" transform="translate(1092.606 281)"><rect x="1"></rect></g>',
    );
  });

  it('turns opacity into an attribute, and identity transforms into nothing', () => {
    expect(flattenMotionStyles('<g style="opacity:1e-7"></g>')).toBe('<g opacity="0"></g>');
    expect(
      flattenMotionStyles(
        '<g style="transform:none;opacity:0.4;transform-origin:50% 50%;transform-box:fill-box"></g>',
      ),
    ).toBe('<g opacity="0.4"></g>');
    expect(
      flattenMotionStyles(
        '<line style="transform:scaleX(1);transform-origin:0% 50% 0;transform-box:fill-box"/>',
      ),
    ).toBe('<line/>');
  });

  it('keeps what SVG attributes cannot say (a scale about the fill box) as CSS', () => {
    const markup =
      '<line x1="0" style="transform:scaleX(0.3);transform-origin:0% 50% 0;transform-box:fill-box"></line>';
    expect(flattenMotionStyles(markup)).toBe(markup);
  });

  it('combines translations and leaves an opacity attribute already there alone', () => {
    expect(
      flattenMotionStyles('<g opacity="0.5" style="transform:translateY(3px);opacity:0.2"></g>'),
    ).toBe('<g opacity="0.5" transform="translate(0 3)" style="opacity:0.2"></g>');
  });

  it('leaves elements without style untouched', () => {
    const markup = '<svg viewBox="0 0 1 1"><text x="1">a &lt; b</text></svg>';
    expect(flattenMotionStyles(markup)).toBe(markup);
  });
});
