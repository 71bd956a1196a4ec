/**
 * A tiny EBML/WebM reader for tests: the header's DocType, the video track's size and codec,
 * the segment's duration, and every block's timestamp and keyframe flag.
 */

/** What a test checks of a WebM file. */
export interface WebmInfo {
  docType: string;
  codec: string;
  width: number;
  height: number;
  /** Segment duration in ms (TimecodeScale 1 ms). */
  durationMs: number;
  /** Every video block: time in ms, and whether it is a keyframe (a SimpleBlock's flag; false in a BlockGroup). */
  blocks: Array<{ timeMs: number; key: boolean }>;
}

const MASTER = new Set([
  0x1a45dfa3, 0x18538067, 0x1549a966, 0x1654ae6b, 0xae, 0xe0, 0x1f43b675, 0xa0,
]);

function vint(
  bytes: Uint8Array,
  at: number,
  keepMarker: boolean,
): { value: number; length: number } {
  const first = bytes[at] as number;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new Error(`bad EBML vint at ${at}`);
  let value = keepMarker ? first : first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + (bytes[at + i] as number);
  return { value, length };
}

function uint(bytes: Uint8Array): number {
  return bytes.reduce((n, b) => n * 256 + b, 0);
}

function float(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.length === 4 ? view.getFloat32(0) : view.getFloat64(0);
}

/**
 * Reads a WebM file.
 * @param bytes - the file
 * @returns its header, track and timing facts
 */
export function parseWebm(bytes: Uint8Array): WebmInfo {
  const info: WebmInfo = { docType: '', codec: '', width: 0, height: 0, durationMs: 0, blocks: [] };
  if (uint(bytes.subarray(0, 4)) !== 0x1a45dfa3) throw new Error('no EBML header');
  let clusterTime = 0;
  const walk = (from: number, to: number) => {
    let p = from;
    while (p < to) {
      const id = vint(bytes, p, true);
      const size = vint(bytes, p + id.length, false);
      const start = p + id.length + size.length;
      const end = Math.min(to, start + size.value);
      const body = bytes.subarray(start, end);
      if (id.value === 0x4282) info.docType = String.fromCharCode(...body);
      else if (id.value === 0x86) info.codec = String.fromCharCode(...body);
      else if (id.value === 0xb0) info.width = uint(body);
      else if (id.value === 0xba) info.height = uint(body);
      else if (id.value === 0x4489) info.durationMs = float(body);
      else if (id.value === 0xe7) clusterTime = uint(body);
      else if (id.value === 0xa3 || id.value === 0xa1) {
        const track = vint(bytes, start, false);
        const view = new DataView(bytes.buffer, bytes.byteOffset + start + track.length, 3);
        const key = id.value === 0xa3 && (view.getUint8(2) & 0x80) !== 0;
        info.blocks.push({ timeMs: clusterTime + view.getInt16(0), key });
      }
      if (MASTER.has(id.value)) walk(start, end);
      p = end;
    }
  };
  walk(0, bytes.length);
  return info;
}
