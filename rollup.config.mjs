// Two builds:
// 1. the browser: `dist/taalwijzer.js` (every element) and one entry per element,
//    sharing chunks; each locale is a lazily loaded chunk in `dist/locales/`, found
//    next to the bundle through relative imports (import.meta.url), so the dist/
//    folder can be copied anywhere;
// 2. the command line: `dist/cli.js` for Node.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

// zod ships harmless annotations rollup cannot place and a circular import of its own.
function onwarn(warning, warn) {
  const inZod = (warning.ids ?? [warning.id ?? '']).some((id) => id?.includes('node_modules/zod'));
  if (inZod && ['CIRCULAR_DEPENDENCY', 'INVALID_ANNOTATION', 'THIS_IS_UNDEFINED'].includes(warning.code))
    return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.message.includes('node_modules/zod')) return;
  warn(warning);
}

// The `desc` of every msg() is a note for translators (it ends up in xliff/), not
// for newcomers' phones: drop it from the browser bundle. Lines stay where they are,
// so source maps stay right line by line.
const QUOTED = String.raw`(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")`;
const DESC_AFTER = new RegExp(String.raw`,[ \t]*(\n?)[ \t]*desc:[ \t]*${QUOTED}`, 'g');
const DESC_BEFORE = new RegExp(String.raw`desc:[ \t]*${QUOTED}[ \t]*,`, 'g');
function stripTranslatorNotes() {
  return {
    name: 'strip-translator-notes',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      const stripped = code.replace(DESC_AFTER, (_, newline) => newline).replace(DESC_BEFORE, '');
      return { code: stripped, map: null };
    },
  };
}

// csv-parse's ESM build (lib/) needs Node's Buffer; its browser build carries its own. Only the
// feed studio reads CSV in the browser (src/convert/csv.ts); the command line keeps lib/.
const CSV_PARSE_BROWSER = fileURLToPath(new URL('node_modules/csv-parse/dist/esm/sync.js', import.meta.url));
function csvParseForBrowsers() {
  return {
    name: 'csv-parse-for-browsers',
    resolveId: (source) => (source === 'csv-parse/sync' ? CSV_PARSE_BROWSER : null),
  };
}

// The feed studio is for coordinators: it is built on its own (below), with its own copy of
// lit, so the newcomer widgets' chunks are cut exactly as without it. The loader's
// `import('./feed-studio/define.js')` becomes an import of that file, relative to the chunk.
// Rollup places a relative external as if src/ were dist/ (src/index.ts is dist/taalwijzer.js):
// so the id is where dist/feed-studio.js would be in src/.
const STUDIO_ENTRY = fileURLToPath(new URL('src/feed-studio.js', import.meta.url));
function studioApart() {
  return {
    name: 'studio-apart',
    resolveId: (source, importer) =>
      source === './feed-studio/define.js' && importer?.endsWith('/src/loader.ts')
        ? { id: STUDIO_ENTRY, external: 'relative' }
        : null,
  };
}

// ...and its words: the widgets' map of translation chunks leaves out the studio's group, so
// no newcomer page carries the links to them (the studio's own build keeps them).
function withoutStudioWords() {
  return {
    name: 'without-studio-words',
    transform(code, id) {
      if (!id.endsWith('/src/generated/locale-parts.ts')) return null;
      return { code: code.replace(/\n\s*studio: \(\) => import\('[^']*'\),/g, ''), map: null };
    },
  };
}

// The studio's own build needs only the shared words and its own.
function onlyStudioWords() {
  return {
    name: 'only-studio-words',
    transform(code, id) {
      if (!id.endsWith('/src/generated/locale-parts.ts')) return null;
      return {
        code: code.replace(/\n\s*(finder|goals|volunteer|overview): \(\) => import\('[^']*'\),/g, ''),
        map: null,
      };
    },
  };
}

const ts = () => esbuild({ target: 'es2022', tsconfig: './tsconfig.json', minify: false, sourceMap: true });

// The CSS and HTML inside Lit's css`` and html`` templates, minified (whitespace, comments;
// lightningcss for the rules). A template it cannot parse stops the build. SVG shapes keep
// their closing slash: without it `<circle/><path/>` becomes `<circle><path>`, and the
// path, now inside the circle, is never drawn (test/node/finder-e2e.test.mjs checks).
const minifyTemplates = () =>
  minifyLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { keepClosingSlash: true } },
  });

const minify = () =>
  terser({ ecma: 2020, module: true, format: { comments: false }, compress: { passes: 2 } });

/** The browser builds' plugins after resolving: translator notes out, TypeScript, minified. */
const browserPlugins = ({ templates = true } = {}) => [
  stripTranslatorNotes(),
  ts(),
  ...(templates ? [minifyTemplates()] : []),
  minify(),
];

export default [
  {
    input: {
      taalwijzer: 'src/index.ts',
      'programme-finder': 'src/programme-finder/define.ts',
      'goal-picker': 'src/goal-picker/define.ts',
      'volunteer-form': 'src/volunteer-form/define.ts',
      'offer-overview': 'src/offer-overview/define.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) =>
        chunk.facadeModuleId?.includes('/generated/locales/')
          ? 'locales/[name]-[hash].js'
          : 'chunks/[name]-[hash].js',
    },
    preserveEntrySignatures: 'exports-only',
    plugins: [
      studioApart(),
      withoutStudioWords(),
      // package.json's sideEffects names the modules that register elements (src/*/define.ts,
      // src/index.ts): our own build reads it as a webmaster's bundler does.
      csvParseForBrowsers(),
      resolve({ browser: true }),
      ...browserPlugins(),
    ],
    onwarn,
  },
  // The offline file of `taalwijzer overview`: the overview with all it may load in one
  // script, inlined into the HTML file by the CLI. Only the translations of the shared words
  // and the overview are kept; the other widgets' words are left out.
  {
    input: { 'offer-overview.standalone': 'src/offer-overview/standalone.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true },
    plugins: [
      {
        name: 'only-overview-words',
        load(id) {
          return /generated\/locales\/[\w-]+-(finder|goals|volunteer|studio)\.ts$/.test(id)
            ? 'export const templates = {};'
            : null;
        },
      },
      withoutStudioWords(),
      resolve({ browser: true, ignoreSideEffectsForRoot: true }),
      ...browserPlugins(),
    ],
    onwarn,
  },
  // The feed studio, with its own chunks (its translations) in dist/studio/.
  {
    input: { 'feed-studio': 'src/feed-studio/define.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'studio/[name]-[hash].js',
    },
    // Its translation chunks may import from the entry itself: then dist/feed-studio.js holds
    // the code (no facade), so its `new URL('./...', import.meta.url)` find the files beside it.
    preserveEntrySignatures: 'allow-extension',
    plugins: [onlyStudioWords(), resolve({ browser: true }), ...browserPlugins()],
    onwarn,
  },
  // The feed studio's worker (the converter, SheetJS, zod) and the script of its preview frame,
  // each one self-contained file: sharing chunks with the widgets would re-cut those chunks.
  ...['studio-worker', 'studio-preview'].map((name) => ({
    input: {
      [name]: name === 'studio-worker' ? 'src/feed-studio/worker.ts' : 'src/feed-studio/preview-page.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      inlineDynamicImports: true,
    },
    plugins: [csvParseForBrowsers(), resolve({ browser: true }), ...browserPlugins({ templates: false })],
    onwarn,
  })),
  {
    input: { cli: 'src/cli/cli.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      banner: '#!/usr/bin/env node',
    },
    external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    plugins: [resolve({ preferBuiltins: true }), ts()],
    onwarn,
  },
];
