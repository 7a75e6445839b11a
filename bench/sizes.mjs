#!/usr/bin/env node
// What the built files cost a visitor: raw, gzip -9 and brotli (quality 11) bytes of
//
//   - dist/taalwijzer.js with every file it imports statically (`import ... from`,
//     `export ... from`, `import "..."`); files it loads with `import()` are not counted
//     there, but listed;
//   - each per-element entry (dist/programme-finder.js, ...) likewise;
//   - "a page with one finder": dist/taalwijzer.js with its static imports plus
//     dist/programme-finder.js with its static imports, each file once. When
//     dist/taalwijzer.js is a loader that imports the widgets with `import()`, this is
//     what a page with one <taal-programme-finder> really downloads (Dutch, so no
//     locale chunk);
//   - every file in dist/locales, and per locale (by the locale code the file name
//     starts with) the number of files, their total and the largest file.
//
// Each file is compressed on its own, as a web server sends it. The imports come from
// a real parser (rollup's), so a string that merely looks like an import is not one.
//
// Used by bench/run.mjs and test/node/budgets.test.mjs. On its own:
//   node bench/sizes.mjs [--check] [--json]
// prints the tables and the size budgets (bench/budgets.mjs); `--check` exits 1 when
// one is over.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import { BUDGETS } from './budgets.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const BUNDLE = 'taalwijzer.js';
export const ELEMENT_ENTRIES = ['programme-finder.js', 'goal-picker.js', 'volunteer-form.js'];
const FINDER_ENTRY = 'programme-finder.js';

// ---------------------------------------------------------------------------
// Compression

export const gzipBytes = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;
export const brotliBytes = (buffer) =>
  brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;

const fileSizeCache = new Map();
/** Raw, gzip and brotli bytes of one file (each computed once per process). */
export function fileSize(file) {
  let sizes = fileSizeCache.get(file);
  if (!sizes) {
    const buffer = readFileSync(file);
    sizes = { raw: buffer.length, gzip: gzipBytes(buffer), brotli: brotliBytes(buffer) };
    fileSizeCache.set(file, sizes);
  }
  return sizes;
}

/** Sums of a set of files, each compressed on its own. */
export function sumSizes(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const sizes = fileSize(file);
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

// ---------------------------------------------------------------------------
// Imports

const isRelative = (specifier) => /^\.{1,2}\//.test(specifier);

/** Calls `visit` for every node of an ESTree AST. */
function walk(node, visit) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const key in node) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const value = node[key];
    if (value && typeof value === 'object') walk(value, visit);
  }
}

const importCache = new Map();
/**
 * The imports of one ES module, resolved to absolute paths where they are relative
 * string literals: `static` (import and export-from declarations) and `dynamic`
 * (`import("...")`). `other` lists what cannot be followed: bare specifiers and
 * `import()` of a computed value.
 */
export function moduleImports(file) {
  let imports = importCache.get(file);
  if (imports) return imports;
  imports = { static: new Set(), dynamic: new Set(), other: [] };
  const resolve = (specifier) => path.resolve(path.dirname(file), specifier);
  const ast = parseAst(readFileSync(file, 'utf8'));
  for (const node of ast.body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source
    ) {
      const specifier = node.source.value;
      if (isRelative(specifier)) imports.static.add(resolve(specifier));
      else imports.other.push(specifier);
    }
  }
  walk(ast.body, (node) => {
    if (node.type !== 'ImportExpression') return;
    const source = node.source;
    const specifier =
      source.type === 'Literal' && typeof source.value === 'string'
        ? source.value
        : source.type === 'TemplateLiteral' && source.expressions.length === 0
          ? source.quasis[0].value.cooked
          : undefined;
    if (specifier !== undefined && isRelative(specifier)) imports.dynamic.add(resolve(specifier));
    else imports.other.push(specifier ?? `import(${source.type})`);
  });
  importCache.set(file, imports);
  return imports;
}

/** A file and every file it imports statically, each once, in the order met. */
export function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  if (!existsSync(file)) throw new Error(`${rel(file)} is imported but does not exist`);
  seen.add(file);
  for (const imported of moduleImports(file).static) staticClosure(imported, seen);
  return seen;
}

/** The files a set of files loads with `import()` (outside the set itself). */
function dynamicImportsOf(files) {
  const found = new Set();
  for (const file of files) for (const imported of moduleImports(file).dynamic) found.add(imported);
  for (const file of files) found.delete(file);
  return [...found].sort();
}

// ---------------------------------------------------------------------------
// Locales

/** Target locales from lit-localize.json (longest first, so `prs` wins over `p...`). */
function knownLocales() {
  try {
    const config = JSON.parse(readFileSync(path.join(ROOT, 'lit-localize.json'), 'utf8'));
    return [...config.targetLocales].sort((a, b) => b.length - a.length);
  } catch {
    return [];
  }
}

/** The locale code a file in dist/locales belongs to, from the start of its path. */
export function localeOf(relativePath, locales = knownLocales()) {
  const name = relativePath.split(path.sep).join('/');
  for (const locale of locales) {
    if (name.startsWith(locale) && /^[-_./]/.test(name.slice(locale.length))) return locale;
  }
  return name.split(/[-_./]/)[0];
}

function listJs(dir) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listJs(full));
    else if (/\.m?js$/.test(entry.name)) files.push(full);
  }
  return files.sort();
}

// ---------------------------------------------------------------------------
// All together

const rel = (file) => path.relative(ROOT, file).split(path.sep).join('/');

function fileSet(label, files) {
  const list = [...files];
  return { label, files: list.map(rel), count: list.length, ...sumSizes(list) };
}

/**
 * Measures a built dist/. Throws when dist/taalwijzer.js is missing.
 * @param {string} [dist]
 */
export function measureSizes(dist = DIST) {
  const bundleFile = path.join(dist, BUNDLE);
  if (!existsSync(bundleFile)) {
    throw new Error(`${rel(bundleFile)} is missing: run \`npm run build\` first.`);
  }
  const entries = [BUNDLE, ...ELEMENT_ENTRIES]
    .map((name) => path.join(dist, name))
    .filter((file) => existsSync(file))
    .map((file) => {
      const closure = staticClosure(file);
      return {
        ...fileSet(`${rel(file)} + static imports`, closure),
        name: path.basename(file),
        entry: rel(file),
        dynamicImports: dynamicImportsOf(closure).map(rel),
      };
    });

  let finderPage = null;
  const finderFile = path.join(dist, FINDER_ENTRY);
  if (existsSync(finderFile)) {
    const union = new Set([...staticClosure(bundleFile), ...staticClosure(finderFile)]);
    finderPage = fileSet(`page with one finder: ${BUNDLE} + ${FINDER_ENTRY}, static imports of both`, union);
  }

  const localesDir = path.join(dist, 'locales');
  const locales = knownLocales();
  const localeFiles = listJs(localesDir).map((file) => ({
    file: rel(file),
    locale: localeOf(path.relative(localesDir, file), locales),
    ...fileSize(file),
  }));
  const byLocale = new Map();
  for (const file of localeFiles) {
    const group = byLocale.get(file.locale) ?? [];
    group.push(file);
    byLocale.set(file.locale, group);
  }
  const localeGroups = [...byLocale]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, files]) => {
      const largest = files.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      return {
        locale,
        count: files.length,
        raw: files.reduce((sum, f) => sum + f.raw, 0),
        gzip: files.reduce((sum, f) => sum + f.gzip, 0),
        brotli: files.reduce((sum, f) => sum + f.brotli, 0),
        largestFile: largest.file,
        largestGzip: largest.gzip,
      };
    });

  return { entries, finderPage, localeFiles, locales: localeGroups };
}

// ---------------------------------------------------------------------------
// Budgets

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The size budgets, each { name, limit, measured, pass, detail }. */
export function checkSizeBudgets(sizes, budgets = BUDGETS) {
  const bundle = sizes.entries.find((e) => e.name === BUNDLE);
  const largestLocale = sizes.localeFiles.reduce((a, b) => (b.gzip > a.gzip ? b : a), {
    gzip: 0,
    file: '(no locale chunks)',
  });
  const lazy = bundle.dynamicImports.filter((f) => !f.includes('/locales/'));
  const overLocales = sizes.localeFiles.filter((f) => f.gzip > budgets.localeChunkGzipBytes);
  return [
    {
      name: `${bundle.entry} + static imports, gzip`,
      limit: kib(budgets.bundleGzipBytes),
      measured: kib(bundle.gzip),
      pass: bundle.gzip <= budgets.bundleGzipBytes,
      detail:
        `${bundle.gzip} bytes in ${bundle.count} files (budget ${budgets.bundleGzipBytes})` +
        (lazy.length && sizes.finderPage
          ? `; it loads ${lazy.length} more with import(): a page with one finder is ${kib(sizes.finderPage.gzip)}`
          : ''),
    },
    {
      name: 'each locale chunk, gzip',
      limit: kib(budgets.localeChunkGzipBytes),
      measured: kib(largestLocale.gzip),
      pass: sizes.localeFiles.length > 0 && overLocales.length === 0,
      detail:
        sizes.localeFiles.length === 0
          ? 'no files in dist/locales'
          : overLocales.length
            ? `${overLocales.length} of ${sizes.localeFiles.length} over, largest ${largestLocale.file} ${largestLocale.gzip} bytes`
            : `largest ${largestLocale.file} ${largestLocale.gzip} bytes`,
    },
  ];
}

// ---------------------------------------------------------------------------
// Plain-text tables

/**
 * A plain-text table. `align` has one letter per column, `l` or `r`; by default the
 * first column is left-aligned and the others right-aligned.
 */
export function table(headers, rows, align = `l${'r'.repeat(headers.length - 1)}`) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (align[i] === 'l' ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export { kib };

function describeDynamic(files) {
  const locales = files.filter((f) => f.includes('/locales/')).length;
  const others = files.length - locales;
  const parts = [];
  if (others) parts.push(`${others} other file${others === 1 ? '' : 's'}`);
  if (locales) parts.push(`${locales} locale chunk${locales === 1 ? '' : 's'}`);
  return parts.join(', ') || '-';
}

/** The size tables as [title, headers, rows, align?] (for text and Markdown). */
export function sizeTables(sizes) {
  const sets = [...sizes.entries, ...(sizes.finderPage ? [sizes.finderPage] : [])];
  return [
    [
      'Bundles (each file compressed on its own; `import()` not counted)',
      ['file set', 'files', 'minified', 'gzip', 'brotli', 'import() of'],
      sets.map((s) => [
        s.entry ? `${s.entry} + static imports` : 'page with one finder (loader + finder entry)',
        s.count,
        kib(s.raw),
        kib(s.gzip),
        kib(s.brotli),
        s.dynamicImports ? describeDynamic(s.dynamicImports) : '',
      ]),
      'lrrrrl',
    ],
    [
      'Locale chunks, per file (loaded lazily)',
      ['file', 'locale', 'minified', 'gzip', 'brotli'],
      sizes.localeFiles.map((f) => [f.file, f.locale, kib(f.raw), kib(f.gzip), kib(f.brotli)]),
    ],
    [
      'Locale chunks, per locale',
      ['locale', 'files', 'minified', 'gzip', 'brotli', 'largest file gzip'],
      sizes.locales.map((l) => [
        l.locale,
        l.count,
        kib(l.raw),
        kib(l.gzip),
        kib(l.brotli),
        kib(l.largestGzip),
      ]),
    ],
  ];
}

// ---------------------------------------------------------------------------
// On its own

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let sizes;
  try {
    sizes = measureSizes();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const checks = checkSizeBudgets(sizes);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ ...sizes, budgets: checks }, null, 2));
  } else {
    for (const [title, headers, rows, align] of sizeTables(sizes)) {
      console.log(`\n${title}\n\n${table(headers, rows, align)}`);
    }
    console.log(
      `\nSize budgets\n\n${table(
        ['budget', 'limit', 'measured', 'result', ''],
        checks.map((c) => [c.name, c.limit, c.measured, c.pass ? 'PASS' : 'OVER', c.detail]),
        'lrrll',
      )}`,
    );
  }
  if (args.includes('--check') && checks.some((c) => !c.pass)) process.exit(1);
}
