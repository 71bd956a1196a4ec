import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/export/kit';
import { scenarioAndTrace } from './support/scenarios';

describe('exportFileName', () => {
  it('names the scenario, the picture, the reply legs and a still image step', () => {
    const real = scenarioAndTrace('rabbit-hole').trace;
    const naiveReply = scenarioAndTrace('rabbit-hole', { model: 'naive', reply: true }).trace;
    expect(exportFileName(real, 'svg', { step: 3 })).toBe('rabbit-hole-step3.svg');
    expect(exportFileName(real, 'png', { step: 0, scale: 2 })).toBe('rabbit-hole-step0@2x.png');
    expect(exportFileName(real, 'pdf')).toBe('rabbit-hole.pdf');
    expect(exportFileName(naiveReply, 'gif')).toBe('rabbit-hole-naive-reply.gif');
    expect(exportFileName(naiveReply, 'webm', { step: 2 })).toBe('rabbit-hole-naive-reply.webm');
  });
});
