/**
 * A tiny GIF reader for tests: the logical screen, every frame's delay, disposal and
 * transparency, and (with `decode`) the composited RGB picture after each frame, so tests can
 * check what a viewer shows, not just the file's shape.
 */

/** One image of a GIF. */
export interface GifFrame {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Delay in hundredths of a second. */
  delayCs: number;
  disposal: number;
  transparentIndex: number | null;
  /** LZW-compressed pixel indices (sub-blocks joined). */
  data: Uint8Array;
  minCodeSize: number;
}

/** A parsed GIF. */
export interface Gif {
  width: number;
  height: number;
  palette: number[][];
  /** Netscape loop count (0 = forever), or null without the extension. */
  loops: number | null;
  frames: GifFrame[];
}

function subBlocks(bytes: Uint8Array, at: number): { data: Uint8Array; end: number } {
  const parts: number[] = [];
  let p = at;
  for (let size = bytes[p] as number; size !== 0; size = bytes[p] as number) {
    parts.push(...bytes.subarray(p + 1, p + 1 + size));
    p += size + 1;
  }
  return { data: Uint8Array.from(parts), end: p + 1 };
}

function colorTable(bytes: Uint8Array, at: number, size: number): number[][] {
  return Array.from({ length: size }, (_, i) => [...bytes.subarray(at + 3 * i, at + 3 * i + 3)]);
}

/**
 * Parses a GIF's blocks.
 * @param bytes - the file
 * @returns screen size, global palette, loop count and frames
 */
export function parseGif(bytes: Uint8Array): Gif {
  const ascii = String.fromCharCode(...bytes.subarray(0, 6));
  if (ascii !== 'GIF89a' && ascii !== 'GIF87a') throw new Error(`not a GIF: ${ascii}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint16(6, true);
  const height = view.getUint16(8, true);
  const packed = bytes[10] as number;
  let p = 13;
  let palette: number[][] = [];
  if (packed & 0x80) {
    const size = 1 << ((packed & 7) + 1);
    palette = colorTable(bytes, p, size);
    p += 3 * size;
  }
  const gif: Gif = { width, height, palette, loops: null, frames: [] };
  let control = { delayCs: 0, disposal: 0, transparentIndex: null as number | null };
  while (p < bytes.length) {
    const block = bytes[p];
    if (block === 0x3b) return gif;
    if (block === 0x21) {
      const label = bytes[p + 1];
      const body = subBlocks(bytes, p + 2);
      if (label === 0xf9) {
        const flags = body.data[0] as number;
        control = {
          delayCs: (body.data[1] as number) | ((body.data[2] as number) << 8),
          disposal: (flags >> 2) & 7,
          transparentIndex: flags & 1 ? (body.data[3] as number) : null,
        };
      } else if (
        label === 0xff &&
        String.fromCharCode(...body.data.subarray(0, 11)) === 'NETSCAPE2.0'
      ) {
        gif.loops = (body.data[13] as number) | ((body.data[14] as number) << 8);
      }
      p = body.end;
    } else if (block === 0x2c) {
      const flags = bytes[p + 9] as number;
      if (flags & 0x80) throw new Error('local colour tables are not supported by this reader');
      const frame = {
        left: view.getUint16(p + 1, true),
        top: view.getUint16(p + 3, true),
        width: view.getUint16(p + 5, true),
        height: view.getUint16(p + 7, true),
        ...control,
        minCodeSize: bytes[p + 10] as number,
      };
      const body = subBlocks(bytes, p + 11);
      gif.frames.push({ ...frame, data: body.data });
      control = { delayCs: 0, disposal: 0, transparentIndex: null };
      p = body.end;
    } else throw new Error(`unknown GIF block 0x${block?.toString(16)} at ${p}`);
  }
  throw new Error('GIF without trailer');
}

/**
 * Decompresses a frame's LZW data into palette indices (GIF's variable-width LZW).
 * @param frame - a parsed frame
 * @returns width·height indices
 */
export function lzwDecode(frame: GifFrame): Uint8Array {
  const out = new Uint8Array(frame.width * frame.height);
  const clear = 1 << frame.minCodeSize;
  const end = clear + 1;
  let size = frame.minCodeSize + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: clear + 2 }, (_, i) => [i]);
    size = frame.minCodeSize + 1;
  };
  reset();
  let prev: number[] | null = null;
  let o = 0;
  let bits = 0;
  let acc = 0;
  for (const byte of frame.data) {
    acc |= byte << bits;
    bits += 8;
    while (bits >= size) {
      const code = acc & ((1 << size) - 1);
      acc >>>= size;
      bits -= size;
      if (code === clear) {
        reset();
        prev = null;
        continue;
      }
      if (code === end) return out;
      const entry: number[] = dict[code] ?? (prev ? [...prev, prev[0] as number] : []);
      for (const v of entry) if (o < out.length) out[o++] = v;
      if (prev && dict.length < 4096) dict.push([...prev, entry[0] as number]);
      if (dict.length === 1 << size && size < 12) size++;
      prev = entry;
    }
  }
  return out;
}

/**
 * Plays a GIF: the RGB picture on screen after each frame (disposal 0/1 keep, 2 clears).
 * @param gif - a parsed GIF (frames covering the screen or part of it)
 * @returns one RGB buffer (width·height·3) per frame
 */
export function compositeFrames(gif: Gif): Uint8Array[] {
  const screen = new Uint8Array(gif.width * gif.height * 3);
  return gif.frames.map((frame) => {
    const indices = lzwDecode(frame);
    for (let y = 0; y < frame.height; y++) {
      for (let x = 0; x < frame.width; x++) {
        const index = indices[y * frame.width + x] as number;
        if (index === frame.transparentIndex) continue;
        const color = gif.palette[index] ?? [0, 0, 0];
        screen.set(color, ((frame.top + y) * gif.width + frame.left + x) * 3);
      }
    }
    return screen.slice();
  });
}
