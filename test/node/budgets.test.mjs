// The size budgets of the built bundle (bench/budgets.mjs), on the dist/ that
// `npm test` builds first. Sizes are gzip -9 of each file on its own, as a web server
// sends it, and the same on every machine, so they are checked here in CI; the timing
// budgets vary per machine and are checked by `npm run bench -- --check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUDGETS } from '../../bench/budgets.mjs';
import { DIST, ROOT, measureSizes } from '../../bench/sizes.mjs';

const bytes = (n) => `${(n / 1024).toFixed(1)} KB (${n.toLocaleString('en')} bytes)`;

function sizes() {
  assert.ok(
    existsSync(path.join(DIST, 'taalwijzer.js')),
    'dist/taalwijzer.js is missing: run `npm run build` first (`npm test` does)',
  );
  return measureSizes();
}

test('dist/taalwijzer.js with everything it imports statically is at most 40 KB gzip', () => {
  const bundle = sizes().entries.find((e) => e.entry === 'dist/taalwijzer.js');
  assert.ok(
    bundle.gzip <= BUDGETS.bundleGzipBytes,
    `dist/taalwijzer.js with its static imports is ${bytes(bundle.gzip)} gzip, over the budget ` +
      `of ${bytes(BUDGETS.bundleGzipBytes)}. Its ${bundle.count} files: ${bundle.files.join(', ')}`,
  );
});

test('every locale chunk is at most 8 KB gzip, and every language has one', () => {
  const { localeFiles } = sizes();
  const { targetLocales } = JSON.parse(readFileSync(path.join(ROOT, 'lit-localize.json'), 'utf8'));
  const missing = targetLocales.filter((locale) => !localeFiles.some((f) => f.locale === locale));
  assert.deepEqual(missing, [], `no chunk in dist/locales for: ${missing.join(', ')}`);
  const over = localeFiles.filter((f) => f.gzip > BUDGETS.localeChunkGzipBytes);
  assert.ok(
    over.length === 0,
    `${over.length} of ${localeFiles.length} locale chunks are over the budget of ` +
      `${bytes(BUDGETS.localeChunkGzipBytes)} gzip:\n` +
      over.map((f) => `  ${f.file} (${f.locale}): ${bytes(f.gzip)}`).join('\n'),
  );
});

test('the finder and the goal picker download no zod up front (it loads only to explain an invalid feed item)', () => {
  const { entries } = sizes();
  for (const name of ['dist/programme-finder.js', 'dist/goal-picker.js']) {
    const entry = entries.find((e) => e.entry === name);
    assert.ok(entry, `${name} is not in the size report`);
    // Every zod schema object carries `_zod`; the generated checks and the widgets do not.
    const withZod = entry.files.filter((file) =>
      readFileSync(path.join(ROOT, file), 'utf8').includes('_zod'),
    );
    assert.deepEqual(withZod, [], `${name} imports zod statically through: ${withZod.join(', ')}`);
  }
});

test('no newcomer widget carries the feed studio: not its code, its words or SheetJS', () => {
  const { entries } = sizes();
  const studioMarks = ['taal-studio-change', 'SheetJS', 'studio.open', 'csv-parse'];
  for (const name of ['dist/programme-finder.js', 'dist/goal-picker.js', 'dist/volunteer-form.js']) {
    const entry = entries.find((e) => e.entry === name);
    for (const file of entry.files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const marks = studioMarks.filter((mark) => text.includes(mark));
      assert.deepEqual(marks, [], `${name} imports ${file}, which holds studio code (${marks.join(', ')})`);
    }
  }
  // Not even lazily: every chunk the widgets can load is free of it, and the widgets' translation
  // chunks have no studio group (the studio's own build keeps its words in dist/studio/).
  const shared = readdirSync(path.join(DIST, 'chunks')).filter((file) => file.endsWith('.js'));
  const withStudio = shared.filter((file) =>
    studioMarks.some((mark) => readFileSync(path.join(DIST, 'chunks', file), 'utf8').includes(mark)),
  );
  assert.deepEqual(withStudio, [], `chunks the widgets share hold studio code: ${withStudio.join(', ')}`);
  const studioWords = readdirSync(path.join(DIST, 'locales')).filter((file) => file.includes('-studio-'));
  assert.deepEqual(
    studioWords,
    [],
    `the widgets' translation chunks include the studio's: ${studioWords.join(', ')}`,
  );
});
