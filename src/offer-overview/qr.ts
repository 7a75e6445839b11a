/**
 * The QR code back to the live finder, as the data of one SVG path. The QR library (`uqr`)
 * is imported dynamically, only here: it lands in its own chunk, so no other widget's
 * bundle grows, and the overview shows its tables before the code arrives.
 */
export interface QrCode {
  /** Modules per side, border included. */
  size: number;
  /** SVG path data: one 1x1 square per dark module, in module units. */
  path: string;
}

/** The QR code of `text` (error correction M, a border of two modules). */
export async function qrCode(text: string): Promise<QrCode> {
  const { encode } = await import('uqr');
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const squares: string[] = [];
  data.forEach((row, y) => {
    // Runs of dark modules in a row become one rectangle: a smaller path.
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end++;
      squares.push(`M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  });
  return { size, path: squares.join('') };
}
