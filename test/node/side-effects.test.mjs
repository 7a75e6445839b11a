// package.json `sideEffects` tells bundlers which modules register elements. A developer who
// bundles the package must get the element when importing a per-element entry, and no
// element code when importing only types. Checked with rollup (node-resolve) and esbuild,
// the two bundlers most webmasters' tools are built on, on the built dist/ as installed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { build, transformSync } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '../..');
let consumer;

before(() => {
  // A consumer project with taalwijzer in its node_modules (as `npm install` would link it).
  consumer = mkdtempSync(path.join(tmpdir(), 'taalwijzer-consumer-'));
  mkdirSync(path.join(consumer, 'node_modules'));
  symlinkSync(ROOT, path.join(consumer, 'node_modules', 'taalwijzer'), 'dir');
  writeFileSync(path.join(consumer, 'finder.js'), "import 'taalwijzer/programme-finder.js';\n");
  writeFileSync(path.join(consumer, 'form.js'), "import 'taalwijzer/volunteer-form.js';\n");
  const typesOnly = [
    "import type { TaalProgrammeFinder, VolunteerSubmission, Feed } from 'taalwijzer';",
    "import type { TaalGoalPicker } from 'taalwijzer/goal-picker.js';",
    'export function count(feed: Feed, submission?: VolunteerSubmission): number {',
    '  const finder: TaalProgrammeFinder | TaalGoalPicker | null = null;',
    '  return feed.programmes.length + (submission ? 1 : 0) + (finder ? 1 : 0);',
    '}',
    '',
  ].join('\n');
  writeFileSync(path.join(consumer, 'types-only.ts'), typesOnly);
  // rollup reads no TypeScript: the same file as tsc leaves it (type imports erased).
  writeFileSync(path.join(consumer, 'types-only.js'), transformSync(typesOnly, { loader: 'ts' }).code);
});

after(() => rmSync(consumer, { recursive: true, force: true }));

async function rollupBundle(entry) {
  const bundle = await rollup({
    input: path.join(consumer, entry),
    plugins: [resolve({ browser: true, rootDir: consumer })],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return output.map((chunk) => chunk.code ?? '').join('\n');
}

async function esbuildBundle(entry) {
  const result = await build({
    entryPoints: [path.join(consumer, entry)],
    absWorkingDir: consumer,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

for (const [name, bundle] of [
  ['rollup', rollupBundle],
  ['esbuild', esbuildBundle],
]) {
  test(`${name}: importing a per-element entry keeps the element and its registration`, async () => {
    const finder = await bundle('finder.js');
    assert.match(finder, /customElements\.define/, 'the finder bundle registers nothing');
    assert.match(finder, /taal-programme-finder/);
    const form = await bundle('form.js');
    assert.match(form, /customElements\.define/, 'the form bundle registers nothing');
    assert.match(form, /taal-volunteer-form/);
  });

  test(`${name}: importing only types pulls in no element code`, async () => {
    const code = await bundle(name === 'rollup' ? 'types-only.js' : 'types-only.ts');
    assert.doesNotMatch(code, /customElements|LitElement|taal-programme-finder/);
    assert.match(code, /programmes\.length/, 'the consumer code itself is there');
  });
}
