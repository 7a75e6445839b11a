// Node scripts that need the project's TypeScript (the zod schemas, the converter's columns):
// esbuild bundles a few re-exports from src/ into .tmp/<name>.mjs, which is then imported.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The module made of `lines` (TypeScript, paths relative to the project's root), bundled for
 * Node and imported afresh (no cached copy of an earlier build).
 */
export async function importTs(name, lines) {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const outfile = path.join(ROOT, `.tmp/${name}.mjs`);
  await build({
    stdin: { contents: lines.join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
