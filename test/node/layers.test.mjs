// The layers of src/ (README, "How the code is organised"): the widget folders sit on top.
// Nothing below them imports from a widget folder, and no widget imports another widget's
// folder; only the entry points (index.ts, loader.ts) name the widgets' define modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = path.join(ROOT, 'src');
const WIDGETS = ['programme-finder', 'goal-picker', 'volunteer-form', 'offer-overview', 'feed-studio'];
const ENTRY_POINTS = ['index.ts', 'loader.ts'];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative module specifier of a file: static, type-only, re-exports and dynamic imports. */
function specifiers(code) {
  const found = [];
  for (const match of code.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g))
    found.push(match[1]);
  for (const match of code.matchAll(/import\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g)) found.push(match[1]);
  for (const match of code.matchAll(/^import\s+['"](\.[^'"]+)['"]/gm)) found.push(match[1]);
  return found;
}

/** The top-level folder of src/ a file is in ('' for files directly in src/). */
function layerOf(file) {
  const relative = path.relative(SRC, file).split(path.sep);
  return relative.length > 1 ? relative[0] : '';
}

function upwardImports() {
  const wrong = [];
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file);
    const relative = path.relative(SRC, file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const target = path.resolve(path.dirname(file), spec);
      const to = layerOf(target);
      if (!WIDGETS.includes(to) || to === from) continue;
      if (ENTRY_POINTS.includes(relative) && target.endsWith(`${path.sep}define.js`)) continue;
      wrong.push(`${relative} imports ${spec}`);
    }
  }
  return wrong;
}

test('the scan sees the imports it checks (an upward import in a sample is found)', () => {
  assert.deepEqual(
    specifiers(`import { a } from '../volunteer-form/x.js';\nimport type { B } from './b.js';`),
    ['../volunteer-form/x.js', './b.js'],
  );
  assert.deepEqual(specifiers(`export * from './c.js';\nconst m = import('./d.js');\nimport './e.js';`), [
    './c.js',
    './d.js',
    './e.js',
  ]);
  assert.ok(sourceFiles(SRC).length > 20, 'finds the source files');
});

test('no module imports upward from a widget folder, and no widget from another widget', () => {
  assert.deepEqual(upwardImports(), []);
});

// Views that load when first used (issue 15): only their chunk module imports them, and only
// with a type import or the chunk's dynamic import() may the element name the chunk.
const LAZY = {
  'programme-finder/detail-chunk.ts': [
    'programme-finder/detail-view.ts',
    'programme-finder/detail-view.styles.ts',
    'programme-finder/take-along.ts',
    'programme-finder/take-along.styles.ts',
    'programme-finder/calendar-export.ts',
  ],
  'programme-finder/region-chunk.ts': [
    'programme-finder/place-chooser.ts',
    'programme-finder/place-chooser.styles.ts',
  ],
  'goal-picker/summary-chunk.ts': ['goal-picker/summary.ts', 'goal-picker/share-qr.styles.ts'],
  'volunteer-form/send-chunk.ts': [
    'volunteer-form/check-step.ts',
    'volunteer-form/payload.ts',
    'volunteer-form/send.ts',
    'volunteer-form/outcomes.ts',
  ],
};

test('the lazily loaded views are imported statically by their chunk module only', () => {
  const wrong = [];
  for (const file of sourceFiles(SRC)) {
    const from = path.relative(SRC, file);
    const code = readFileSync(file, 'utf8');
    const statics = [
      ...code.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s*['"](\.[^'"]+)['"]/gm),
      ...code.matchAll(/^import\s+['"](\.[^'"]+)['"]/gm),
    ].map((m) => path.relative(SRC, path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts'))));
    for (const [chunk, views] of Object.entries(LAZY)) {
      if (from === chunk || views.includes(from)) continue;
      for (const target of statics) {
        if (views.includes(target) || target === chunk) wrong.push(`${from} imports ${target}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
  const element = readFileSync(path.join(SRC, 'programme-finder/programme-finder.ts'), 'utf8');
  assert.match(
    element,
    /import\(['"]\.\/detail-chunk\.js['"]\)/,
    'the finder loads its detail chunk with import()',
  );
  const places = readFileSync(path.join(SRC, 'programme-finder/place-controller.ts'), 'utf8');
  assert.match(
    places,
    /import\(['"]\.\/region-chunk\.js['"]\)/,
    'the finder loads its region chunk with import()',
  );
  const feedController = readFileSync(path.join(SRC, 'controllers/feed-controller.ts'), 'utf8');
  assert.doesNotMatch(
    feedController,
    /^import(?!\s+type\b)[^;]*from\s*['"][^'"]*load-source\.js['"]/m,
    'load-source is loaded with import()',
  );
  const picker = readFileSync(path.join(SRC, 'goal-picker/goal-picker.ts'), 'utf8');
  assert.match(
    picker,
    /import\(['"]\.\/summary-chunk\.js['"]\)/,
    'the goal picker loads its summary with import()',
  );
  const form = readFileSync(path.join(SRC, 'volunteer-form/volunteer-form.ts'), 'utf8');
  assert.match(
    form,
    /import\(['"]\.\/send-chunk\.js['"]\)/,
    'the volunteer form loads its check step with import()',
  );
});
