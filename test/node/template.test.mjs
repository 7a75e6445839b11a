// The Excel template (dist/taalwijzer-sjabloon.xlsx, made by scripts/generate-template.mjs in the
// build): its sheets, headers and drop-down lists against the converter's own columns and words
// (src/convert/), and the round trip a coordinator makes: each sheet saved as CSV and converted
// with the built dist/cli.js gives the same feed as the example CSVs in examples/spreadsheet/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import XLSX from '@e965/xlsx';
import {
  HELP_SHEET,
  LAST_ROW,
  LISTS_SHEET,
  SHEETS,
  buildTemplate,
  loadSources,
} from '../../scripts/generate-template.mjs';

const FILE = 'dist/taalwijzer-sjabloon.xlsx';
const EXAMPLES = 'examples/spreadsheet';
const NOW = '2026-11-28T10:00';
const cli = (...args) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

const src = await loadSources();
const bytes = readFileSync(FILE);
const sheetjs = XLSX.read(bytes);
const excel = new ExcelJS.Workbook();
await excel.xlsx.load(bytes);

const preferred = (vocab) => Object.values(vocab.words).map((words) => words[0]);
const headerOf = (ws) => ws.getRow(1).values.slice(1);

/** The drop-down of a column: its validation, checked to cover rows 2 to LAST_ROW alike. */
function dropDown(ws, name) {
  const n = headerOf(ws).indexOf(name) + 1;
  assert.ok(n > 0, `${ws.name} has a column ${name}`);
  const first = ws.getCell(2, n).dataValidation;
  assert.ok(first, `${ws.name}!${name} has a drop-down`);
  assert.deepEqual(ws.getCell(LAST_ROW, n).dataValidation, first, `${ws.name}!${name}: rows 2-${LAST_ROW}`);
  return first;
}

/** The words of a list validation: inline, or the range on the hidden `lijsten` sheet. */
function listWords(validation) {
  assert.equal(validation.type, 'list');
  const formula = validation.formulae[0];
  if (formula.startsWith('"')) {
    assert.ok(formula.length <= 255, `an inline list fits Excel's 255 characters: ${formula}`);
    return formula.slice(1, -1).split(',');
  }
  const m = /^(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  assert.ok(m, `a list is inline or a range: ${formula}`);
  const ws = excel.getWorksheet(m[1]);
  const words = [];
  for (let row = Number(m[3]); row <= Number(m[5]); row += 1) words.push(ws.getCell(`${m[2]}${row}`).value);
  return words;
}

test('the template has the four sheets, the Toelichting and the hidden lists', () => {
  assert.deepEqual(sheetjs.SheetNames, [HELP_SHEET, ...SHEETS.map((s) => s.name), LISTS_SHEET]);
  assert.deepEqual(
    excel.worksheets.map((ws) => [ws.name, ws.state]),
    [
      ['Toelichting', 'visible'],
      ["programma's", 'visible'],
      ['locaties', 'visible'],
      ['organisaties', 'visible'],
      ['vrijwilligersrollen', 'visible'],
      ['lijsten', 'hidden'],
    ],
  );
  const help = XLSX.utils.sheet_to_csv(sheetjs.Sheets[HELP_SHEET]);
  assert.match(help, /npx taalwijzer convert programmas\.csv --locations locaties\.csv/);
  assert.match(help, /feedstudio/);
});

test("the headers are the converter's column names, in the order of the CSV templates, with help", () => {
  for (const sheet of SHEETS) {
    const ws = excel.getWorksheet(sheet.name);
    const header = headerOf(ws);
    const template = src.readCsv(sheet.template, readFileSync(join(EXAMPLES, sheet.template)));
    assert.deepEqual(header, template.header, `${sheet.name}: the header of ${sheet.template}`);

    const columns = Object.values(src[sheet.columns]);
    const names = columns.map((def) => def.name);
    const own = header.filter((name) => names.includes(name));
    assert.deepEqual([...own].sort(), [...names].sort(), `${sheet.name}: every converter column, once`);
    for (const name of header.filter((n) => !names.includes(n))) {
      const base = columns.find((def) => name.startsWith(`${def.name}_`));
      assert.ok(base?.translatable, `${sheet.name}: ${name} translates a translatable column`);
    }

    assert.deepEqual(ws.views[0], { ...ws.views[0], state: 'frozen', ySplit: 1 }, 'the header row is frozen');
    header.forEach((name, i) => {
      const cell = ws.getCell(1, i + 1);
      assert.equal(cell.font?.bold, true, `${name} is bold`);
      const note = cell.note?.texts?.map((t) => t.text).join('') ?? '';
      assert.ok(note.length > name.length + 10, `${sheet.name}!${name} has a help note`);
      const def = columns.find((d) => d.name === name);
      if (def) assert.equal(/Verplicht\./.test(note), Boolean(def.required), `${name}: required in the note`);
    });
    // Required columns stand out.
    const fills = new Set(
      columns
        .filter((d) => d.required)
        .map((d) => JSON.stringify(ws.getCell(1, header.indexOf(d.name) + 1).fill)),
    );
    const others = columns
      .filter((d) => !d.required)
      .map((d) => JSON.stringify(ws.getCell(1, header.indexOf(d.name) + 1).fill));
    assert.equal(fills.size, 1);
    assert.ok(!others.includes([...fills][0]), `${sheet.name}: required headers have their own colour`);
  }
});

test("the enumerated columns have drop-downs of exactly the vocabulary's preferred words", () => {
  const programmes = excel.getWorksheet("programma's");
  const cases = [
    [programmes, 'soort', preferred(src.KIND_WORDS), 'stop'],
    [programmes, 'leervorm', preferred(src.LEARNING_WORDS), 'stop'],
    [programmes, 'vorm', preferred(src.FORMAT_WORDS), 'stop'],
    [programmes, 'gratis', ['ja', 'nee'], 'stop'],
    [programmes, 'aanmelden', ['ja', 'nee'], 'stop'],
    [programmes, 'wachtlijst', ['ja', 'nee'], 'stop'],
    // Several values with ";": the list helps, other values are kept after a warning.
    [programmes, 'domeinen', preferred(src.DOMAIN_WORDS), 'warning'],
    [programmes, 'themas', preferred(src.THEME_WORDS), 'warning'],
    [programmes, 'routes', preferred(src.ROUTE_WORDS), 'warning'],
    [excel.getWorksheet('organisaties'), 'soort', preferred(src.ORGANISATION_KIND_WORDS), 'stop'],
    [excel.getWorksheet('vrijwilligersrollen'), 'vog', ['ja', 'nee'], 'stop'],
  ];
  for (const [ws, name, words, style] of cases) {
    const validation = dropDown(ws, name);
    assert.deepEqual(listWords(validation), words, `${ws.name}!${name}`);
    assert.equal(validation.errorStyle ?? 'stop', style, `${ws.name}!${name}: ${style}`);
    assert.equal(validation.showErrorMessage, true);
    assert.equal(validation.allowBlank, true);
  }

  // Levels: each level and each range, all read by the converter.
  const levels = listWords(dropDown(programmes, 'niveau'));
  assert.ok(levels.includes('A0') && levels.includes('A1-B1') && levels.includes('B2-C1'));
  for (const level of levels) assert.ok('value' in src.parseLevel(level), level);
  // Languages: longer than 255 characters, so on the hidden sheet; every name is known.
  for (const name of ['lestaal', 'hulptalen']) {
    const validation = dropDown(programmes, name);
    assert.match(validation.formulae[0], new RegExp(`^${LISTS_SHEET}!`));
    assert.equal(validation.errorStyle, 'warning');
    const languages = listWords(validation);
    assert.ok(languages.join(',').length > 255);
    assert.ok(languages.includes('Arabisch') && languages.includes('Oekraïens'));
    for (const language of languages) assert.ok(src.parseLanguage(language), language);
  }
  // References: the ids on the other sheet; a name is accepted too, so a warning.
  assert.match(dropDown(programmes, 'organisatie').formulae[0], /^organisaties!\$A\$2:\$A\$\d+$/);
  assert.match(dropDown(programmes, 'locaties').formulae[0], /^locaties!\$A\$2:\$A\$\d+$/);
  // Nothing else on the sheet of locations.
  assert.equal(Object.keys(excel.getWorksheet('locaties').dataValidations.model).length, 0);
});

test('each sheet saved as CSV converts into the same feed as the example CSVs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taalwijzer-template-'));
  const convert = (files, out) => {
    const [programmes, ...rest] = SHEETS.map((sheet) => files(sheet));
    const args = [programmes, ...SHEETS.slice(1).flatMap((sheet, i) => [sheet.option, rest[i]])];
    const result = cli('convert', ...args, '--now', NOW, '-o', join(dir, out));
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /Fouten|Let op/, 'nothing to complain about');
    return JSON.parse(readFileSync(join(dir, out), 'utf8'));
  };
  for (const sheet of SHEETS) {
    // As Excel's "CSV UTF-8" writes it: a BOM and ";" between the cells.
    const csv = XLSX.utils.sheet_to_csv(sheetjs.Sheets[sheet.name], { FS: ';' });
    writeFileSync(join(dir, sheet.csv), `\ufeff${csv}`);
  }
  const fromTemplate = convert((sheet) => join(dir, sheet.csv), 'template.json');
  const fromExamples = convert((sheet) => join(EXAMPLES, sheet.example), 'examples.json');
  assert.equal(fromTemplate.programmes.length, 14);
  assert.deepEqual(fromTemplate, fromExamples);
});

test('the template is built the same way every time, and the example copy is the build', async () => {
  assert.ok((await buildTemplate()).equals(bytes), 'a second build is byte-identical');
  assert.ok(readFileSync(join(EXAMPLES, 'taalwijzer-sjabloon.xlsx')).equals(bytes));
});
