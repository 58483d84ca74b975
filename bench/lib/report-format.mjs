/** Number and table formatting for bench/REPORT.md (bench/report.mjs, bench/report-pages.mjs). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const int = (n) => Math.round(n).toLocaleString('en-US');
export const ratio = (r) =>
  `${Number.isInteger(r) ? int(r) : r >= 100 ? int(r) : r >= 10 ? r.toFixed(0) : r.toFixed(r >= 2 ? 1 : 2)}x`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (v) =>
  v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 1 ? `${v.toFixed(0)} ms` : `${v.toFixed(3)} ms`;
/** A Markdown table; the first `left` columns are text (left-aligned), the others numbers. */
export const table = (head, rows, left = 1) =>
  [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < left ? ':---' : '---:')).join('|')}|`]
    .concat(rows.map((r) => `| ${r.join(' | ')} |`))
    .join('\n');
