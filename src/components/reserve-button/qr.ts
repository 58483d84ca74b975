/**
 * A QR code as data: the module matrix from `qrcode-generator` (loaded on demand, so pages that
 * never confirm a reservation do not download it) turned into one SVG path. The element renders
 * the path with a template binding: no HTML string from the library or the API reaches the DOM.
 */
import { loadOnce } from '../../client/load-once.js';

export interface QrPath {
  /** Modules per side, plus the quiet zone on each side. */
  size: number;
  /** An SVG path `d` drawing every dark module as a 1×1 square. */
  d: string;
}

/** The quiet zone the QR specification asks for, in modules. */
export const QUIET_ZONE = 4;

type QrFactory = typeof import('qrcode-generator');

/** Loaded on the first confirmation; a failed load is tried again by the next one. */
const loadFactory = loadOnce(() =>
  import('qrcode-generator').then((m) => {
    // The ES build has a default export; some bundlers hand back the CommonJS namespace.
    const mod = m as unknown as { default?: QrFactory };
    return mod.default ?? (m as unknown as QrFactory);
  }),
);

/** Dark modules as rows of booleans (medium error correction, smallest version that fits). */
export async function qrMatrix(text: string): Promise<boolean[][]> {
  const qrcode = await loadFactory();
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) =>
    Array.from({ length: n }, (_, col) => qr.isDark(row, col)),
  );
}

/** One path for the whole matrix; horizontal runs of dark modules become one rectangle. */
export function matrixToPath(matrix: boolean[][], quiet = QUIET_ZONE): QrPath {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: matrix.length + 2 * quiet, d: parts.join('') };
}

export async function qrPath(text: string): Promise<QrPath> {
  return matrixToPath(await qrMatrix(text));
}
