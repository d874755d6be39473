/** The frames of a GIF as its bytes declare them: each image's delay (ms). Enough to test our encoder's output. */
export function gifFrameDelays(bytes: Uint8Array): number[] {
  const tableSize = (flags: number) => (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const skipSubBlocks = (at: number) => {
    let i = at;
    while (bytes[i] !== 0) i += (bytes[i] ?? 0) + 1;
    return i + 1;
  };
  const delays: number[] = [];
  let delay = 0;
  let i = 13 + tableSize(bytes[10] ?? 0);
  while (i < bytes.length && bytes[i] !== 0x3b) {
    if (bytes[i] === 0x21) {
      if (bytes[i + 1] === 0xf9) delay = ((bytes[i + 4] ?? 0) | ((bytes[i + 5] ?? 0) << 8)) * 10;
      i = skipSubBlocks(i + 2);
    } else if (bytes[i] === 0x2c) {
      delays.push(delay);
      i = skipSubBlocks(i + 10 + tableSize(bytes[i + 9] ?? 0) + 1);
    } else throw new Error(`not a GIF block at byte ${i}`);
  }
  return delays;
}
