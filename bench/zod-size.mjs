#!/usr/bin/env node
// Measures what the feed validation costs in the browser bundle: the feed parser
// (src/feed/parse.ts with its schemas) bundled and minified once against `zod/mini`
// (what we ship) and once against full `zod` (same source, the import swapped),
// gzip -9 and brotli sizes. Also reports whether a `new Function` call is left in
// (strict-CSP pages report it). Run: node bench/zod-size.mjs [--json]
import { build } from 'esbuild';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

async function bundle(zodEntry) {
  const result = await build({
    entryPoints: ['src/feed/parse.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    tsconfig: 'tsconfig.json',
    // The source imports `zod/mini`; for the comparison it is swapped for `zod`.
    alias: zodEntry === 'zod/mini' ? {} : { 'zod/mini': zodEntry },
  });
  const code = result.outputFiles[0].contents;
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    newFunction: /new Function\(/.test(Buffer.from(code).toString('utf8')),
  };
}

const results = { 'zod/mini': await bundle('zod/mini'), zod: await bundle('zod') };
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  console.log('Feed parser + schemas, minified (bytes):');
  console.log('variant    minified   gzip  brotli  new Function');
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `${name.padEnd(9)} ${String(r.minified).padStart(9)} ${String(r.gzip).padStart(6)} ${String(r.brotli).padStart(7)}  ${r.newFunction ? 'yes' : 'no'}`,
    );
  }
}
