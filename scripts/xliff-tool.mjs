#!/usr/bin/env node
// Helps translators who prefer JSON to XLIFF.
//   node scripts/xliff-tool.mjs export ar [--all] > ar.json
//       the units of xliff/ar.xlf without a translation (or all with --all), as
//       { "<id>": { "source": "...", "note": "...", "target": "..." } }
//   node scripts/xliff-tool.mjs import ar ar.json
//       writes each "target" into xliff/ar.xlf, marked state="needs-review-translation"
//       (not yet checked by a native speaker); units not in the JSON are kept as they are.
// Placeholders stay as XLIFF markup (<x id="0" equiv-text="${n}"/>) in source and target.
import { readFileSync, writeFileSync } from 'node:fs';

const [command, locale, file] = process.argv.slice(2);
if (!['export', 'import'].includes(command) || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(locale ?? '')) {
  console.error('Usage: node scripts/xliff-tool.mjs export <locale> [--all] | import <locale> <file.json>');
  process.exit(2);
}
const path = `xliff/${locale}.xlf`;
const xml = readFileSync(path, 'utf8');
const unitPattern = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const unescapeNote = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

if (command === 'export') {
  const all = process.argv.includes('--all');
  const out = {};
  for (const [, id, body] of xml.matchAll(unitPattern)) {
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (target !== undefined && !all) continue;
    out[id] = {
      source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
      note: unescapeNote(/<note[^>]*>([\s\S]*?)<\/note>/.exec(body)?.[1] ?? ''),
      ...(target !== undefined ? { target } : {}),
    };
  }
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  const translations = JSON.parse(readFileSync(file, 'utf8'));
  let written = 0;
  const updated = xml.replace(unitPattern, (whole, id, body) => {
    const entry = translations[id];
    const target = typeof entry === 'string' ? entry : entry?.target;
    if (typeof target !== 'string' || !target.trim()) return whole;
    // Escape bare ampersands and angle brackets, but keep <x .../> placeholders.
    const safe = target
      .replace(/&(?!(amp|lt|gt|quot|apos|#\d+);)/g, '&amp;')
      .replace(/<(?!x id="\d+" equiv-text="[^"]*"\/>|\/?(ph|g|bpt|ept)\b)/g, '&lt;');
    const element = `<target state="needs-review-translation">${safe}</target>`;
    written += 1;
    const withoutOld = body.replace(/\n?\s*<target[^>]*>[\s\S]*?<\/target>/, '');
    return `<trans-unit id="${id}">${withoutOld.replace(/(<\/source>)/, `$1\n  ${element}`)}</trans-unit>`;
  });
  writeFileSync(path, updated);
  console.log(`${path}: ${written} translations written (state needs-review-translation)`);
}
