import { describe, expect, it } from 'vitest';
import { createWebmWriter, VP8, WEBM_VIDEO } from '../../src/export/kit';
import { parseWebm } from './support/webm';

describe('WebM writer', () => {
  it('writes an EBML/WebM file with a 1280x720 VP9 track, timed blocks, and the last time as duration', () => {
    const writer = createWebmWriter();
    const times = [0, 1_400_000, 1_433_333, 3_000_000, 14_200_000];
    for (const [i, t] of times.entries())
      writer.addRaw(new Uint8Array([i, 1, 2, 3]), i === 0 ? 'key' : 'delta', t);
    const info = parseWebm(writer.finish());
    expect(info).toMatchObject({ docType: 'webm', codec: 'V_VP9', width: 1280, height: 720 });
    expect(info.durationMs).toBe(14_200);
    expect(info.blocks.map((b) => b.timeMs)).toEqual([0, 1400, 1433, 3000, 14_200]);
    expect(info.blocks.map((b) => b.key)).toEqual([true, false, false, false, false]);
    expect(WEBM_VIDEO).toEqual({ width: 1280, height: 720, fps: 30 });
  });

  it('names the codec it is given, and refuses a first frame that does not start at 0', () => {
    const vp8 = createWebmWriter({ width: 64, height: 36, fps: 30, codec: VP8 });
    vp8.addRaw(new Uint8Array([1]), 'key', 0);
    expect(parseWebm(vp8.finish())).toMatchObject({ codec: 'V_VP8', width: 64, height: 36 });
    const writer = createWebmWriter({ width: 64, height: 36, fps: 30 });
    expect(() => writer.addRaw(new Uint8Array([1]), 'key', 5)).toThrow(/timestamp of 0/);
  });
});
