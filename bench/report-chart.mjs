/**
 * The chart of bench/REPORT.md: one SVG, a 2-column grid of labelled horizontal bar charts, one
 * panel per benchmark, each bar a ratio with its value written next to it. Bars are on a log
 * scale and grow from the 1x line (left of it: Aisle slower or larger). A missing benchmark gets
 * a panel that says "not measured: <reason>".
 */
const COLORS = ['#2563eb', '#d97706'];
const PANEL_W = 560;
const LABEL_W = 110;
const BAR_W = 250;
const ROW_H = 22;
const PAD = 16;

const esc = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** Splits text into lines of at most `max` characters, on spaces. */
function wrap(text, max) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function panelHeight(panel) {
  if (panel.missing) return 60 + wrap(panel.missing, 80).length * 16;
  return 64 + (panel.legend ? 20 : 0) + panel.rows.length * ROW_H + 24;
}

function panelSvg(panel, x, y, height) {
  const out = [
    `<g transform="translate(${x},${y})">`,
    `<rect width="${PANEL_W}" height="${height}" rx="8" fill="#f8fafc" stroke="#cbd5e1"/>`,
    `<text x="${PAD}" y="26" class="title">${esc(panel.title)}</text>`,
  ];
  if (panel.missing) {
    wrap(panel.missing, 80).forEach((line, i) =>
      out.push(`<text x="${PAD}" y="${54 + i * 16}" class="missing">${esc(line)}</text>`),
    );
    out.push('</g>');
    return out.join('\n');
  }
  // Log scale from the smaller of 1x and the least ratio; bars grow from the 1x line, so a ratio
  // below 1x (Aisle slower or larger) points left of it.
  const values = panel.rows.map((r) => r.value).filter((v) => v !== undefined && v > 0);
  const lo = Math.log10(Math.min(1, ...values));
  const hi = Math.max(Math.log10(Math.max(1, ...values)), lo + 1);
  const scale = (v) => ((Math.log10(v) - lo) / (hi - lo)) * BAR_W;
  out.push(`<text x="${PAD}" y="44" class="note">${esc(`${panel.note}; log scale`)}</text>`);
  let top = 60;
  if (panel.legend) {
    panel.legend.forEach((name, i) => {
      const lx = PAD + i * 190;
      out.push(
        `<rect x="${lx}" y="${top - 9}" width="10" height="10" fill="${COLORS[i]}"/>`,
        `<text x="${lx + 14}" y="${top}" class="note">${esc(name)}</text>`,
      );
    });
    top += 20;
  }
  const x0 = PAD + LABEL_W;
  const one = x0 + scale(1);
  panel.rows.forEach((row, i) => {
    const ry = top + i * ROW_H;
    const label = i > 0 && panel.rows[i - 1].label === row.label ? '' : row.label;
    out.push(
      `<text x="${x0 - 8}" y="${ry + 14}" class="label" text-anchor="end">${esc(label)}</text>`,
    );
    if (row.value === undefined) {
      out.push(`<text x="${one + 6}" y="${ry + 14}" class="value">${esc(row.text)}</text>`);
      return;
    }
    const end = x0 + scale(row.value);
    const left = Math.min(end, one);
    const w = Math.max(2, Math.abs(end - one));
    out.push(
      `<rect x="${left.toFixed(1)}" y="${ry + 3}" width="${w.toFixed(1)}" height="${ROW_H - 7}" fill="${COLORS[row.series ?? 0]}"/>`,
      `<text x="${(Math.max(end, one) + 6).toFixed(1)}" y="${ry + 14}" class="value">${esc(row.text)}</text>`,
    );
  });
  const bottom = top + panel.rows.length * ROW_H;
  out.push(
    `<line x1="${one}" x2="${one}" y1="${top - 2}" y2="${bottom + 2}" stroke="#475569" stroke-dasharray="3 2"/>`,
    `<text x="${one}" y="${bottom + 16}" class="note" text-anchor="middle">1x</text>`,
    '</g>',
  );
  return out.join('\n');
}

/** The whole chart: panels two by two, a footer naming the machine. */
export function chartSvg(panels, machine) {
  const parts = [];
  let y = 48;
  for (let i = 0; i < panels.length; i += 2) {
    const pair = panels.slice(i, i + 2);
    const h = Math.max(...pair.map(panelHeight));
    pair.forEach((p, j) => parts.push(panelSvg(p, PAD + j * (PANEL_W + PAD), y, h)));
    y += h + PAD;
  }
  const width = PAD * 3 + PANEL_W * 2;
  const footer = `${machine.cpu}, ${machine.cores} cores; ${machine.os}; Node ${machine.node}; ${machine.chromium}; ${machine.date.slice(0, 10)}`;
  const height = y + 24;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">
<style>
.title { font-size: 15px; font-weight: 600; fill: #0f172a; }
.note { font-size: 12px; fill: #475569; }
.label { font-size: 12px; fill: #0f172a; }
.value { font-size: 12px; fill: #0f172a; }
.missing { font-size: 13px; fill: #b91c1c; }
</style>
<rect width="${width}" height="${height}" fill="#ffffff"/>
<text x="${PAD}" y="30" font-size="18" font-weight="700" fill="#0f172a">Aisle benchmarks: ratios against the alternatives (npm run bench)</text>
${parts.join('\n')}
<text x="${PAD}" y="${height - 10}" class="note">${esc(footer)}</text>
</svg>
`;
}
