#!/usr/bin/env node
// Fails when a translation is missing or broken:
// - every message in the source (as `lit-localize build` sees it) has a <target>
//   in every xliff/<locale>.xlf (lit-localize prints "... is missing" otherwise);
// - every target keeps exactly the placeholders of its source (<x id="..."/>).
// Run by `npm run build` (and so by `npm test` and CI).
import { readFileSync, readdirSync } from 'node:fs';

export function checkXliff(text, file) {
  const problems = [];
  const units = text.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g);
  for (const [, id, body] of units) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target === undefined || target.trim() === '') {
      problems.push(`${file}: "${id}" has no translation`);
      continue;
    }
    const placeholders = (s) =>
      [...s.matchAll(/<x id="(\d+)"/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    if (placeholders(source) !== placeholders(target)) {
      problems.push(
        `${file}: "${id}" drops or adds a placeholder (source ${placeholders(source) || 'none'}, translation ${placeholders(target) || 'none'})`,
      );
    }
  }
  return problems;
}

/** How many targets still wait for a native speaker's review. */
export function reviewStatus(text) {
  const states = [...text.matchAll(/<target(?:\s+state="([^"]+)")?[^>]*>/g)].map((m) => m[1] ?? 'translated');
  const waiting = states.filter(
    (s) => s === 'needs-review-translation' || s === 'new' || s === 'needs-translation',
  ).length;
  return { total: states.length, waiting };
}

export function checkBuildOutput(output) {
  return output
    .split('\n')
    .filter((line) => / is missing/.test(line))
    .map((line) => line.trim());
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = [];
  const waiting = [];
  for (const file of readdirSync('xliff').filter((f) => f.endsWith('.xlf'))) {
    const text = readFileSync(`xliff/${file}`, 'utf8');
    problems.push(...checkXliff(text, `xliff/${file}`));
    const status = reviewStatus(text);
    if (status.waiting) waiting.push(`${file.replace('.xlf', '')} ${status.waiting}/${status.total}`);
  }
  if (waiting.length)
    console.log(`Translations waiting for a native speaker's review: ${waiting.join(', ')}`);
  // While a feature is being built (never in CI), missing translations only warn;
  // a lost placeholder always fails.
  const allowMissing = process.env.TAALWIJZER_ALLOW_MISSING_TRANSLATIONS === '1' && !process.env.CI;
  const missing = problems.filter((p) => p.endsWith('has no translation'));
  if (allowMissing && missing.length) {
    console.warn(`${missing.length} translations missing (allowed for now)`);
    problems.splice(0, problems.length, ...problems.filter((p) => !p.endsWith('has no translation')));
  }
  if (problems.length) {
    console.error(`Translations are incomplete (${problems.length}):`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log('Translation check passed.');
}
