// `npm run data:geo`: rebuilds the story's map files in data/geo/ from the npm packages, prints
// their sizes against the budget, and exits non-zero if a file misses a feature or the set is
// over budget. The work itself is in buildGeo.ts (pure functions, tested in memory).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUDGET_GZIP_BYTES, buildGeoFiles, checkGeoFile, GEO_FILES, sizes } from './buildGeo.ts';
import { loadGeoSources } from './sources.ts';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'data/geo');

const sources = loadGeoSources(root);
const built = buildGeoFiles(sources);

// Check everything before writing anything, so a failed build leaves the committed files alone.
const problems = built.flatMap((b) => {
  const spec = GEO_FILES.find((s) => s.file === b.file);
  return spec ? checkGeoFile(spec, b.content, sources.places) : [`${b.file}: no spec`];
});
if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`data:geo: ${problems.length} problem(s); nothing written.`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const b of built) writeFileSync(join(outDir, b.file), b.content);

const header = ['file', 'features', 'raw bytes', 'gzip bytes'];
const rows: string[][] = [];
let total = 0;
for (const b of built) {
  const { raw, gzip } = sizes(b.content);
  total += gzip;
  rows.push([b.file, String(b.features), String(raw), String(gzip)]);
}
// Everything else in data/geo (the README) counts towards the budget too.
for (const name of readdirSync(outDir).sort()) {
  if (built.some((b) => b.file === name)) continue;
  const { raw, gzip } = sizes(readFileSync(join(outDir, name)));
  total += gzip;
  rows.push([name, '-', String(raw), String(gzip)]);
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string =>
  cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
const percent = ((100 * total) / BUDGET_GZIP_BYTES).toFixed(0);
console.log(`total gzip ${total} bytes of ${BUDGET_GZIP_BYTES} budget (${percent}%)`);

for (const b of built) {
  const { pointsIn, pointsOut, ringsDropped, labelsFrom } = b.stats;
  const labels = Object.entries(labelsFrom)
    .filter(([, from]) => from !== 'cp')
    .map(([id, from]) => `${id}: ${from}`);
  console.log(
    `${b.file}: ${pointsIn} → ${pointsOut} points, ${ringsDropped} small rings dropped` +
      (labels.length ? `; label points not from cp: ${labels.join(', ')}` : ''),
  );
}
if (total > BUDGET_GZIP_BYTES) {
  console.error(
    `data:geo: data/geo is ${total} bytes gzipped, over the ${BUDGET_GZIP_BYTES} budget`,
  );
  process.exit(1);
}
