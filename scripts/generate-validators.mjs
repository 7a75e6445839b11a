#!/usr/bin/env node
// Writes src/generated/feed-check.ts: for each item schema of the feed (src/feed/schema.ts, zod,
// the single source of truth), a plain function that returns the item as zod's `safeParse` would
// (unknown properties stripped, trimmed where the schema trims) when it is valid, and `INVALID`
// when it is not. parse.ts runs these first and asks zod only about invalid items, for the
// issues to report: checking a valid feed then costs a fraction of zod's time on a cold page.
//
// Walks the schemas' definitions (`_zod.def`); a kind of schema or check it does not know fails
// the build, so a new rule in schema.ts cannot be skipped silently. Refinements must be functions
// exported from src/feed/rules.ts, which the generated code imports. test/feed/feed-check.test.ts
// proves both give the same results on a corpus of good and broken items.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src/generated/feed-check.ts');

/** The item schemas parse.ts checks, by the name the generated module exports them under. */
const ENTRIES = {
  publisher: 'PublisherSchema',
  organisation: 'OrganisationSchema',
  location: 'LocationSchema',
  programme: 'ProgrammeSchema',
  volunteerRole: 'VolunteerRoleSchema',
  goal: 'GoalSchema',
  updated: 'FeedSchema.shape.updated',
};

export async function generateValidators() {
  const { schema, rules } = await importTs('feed-schema', [
    `export * as schema from './src/feed/schema.ts'; export * as rules from './src/feed/rules.ts';`,
  ]);
  const ruleName = new Map(
    Object.entries(rules)
      .filter(([, v]) => typeof v === 'function')
      .map(([k, v]) => [v, k]),
  );

  const constants = []; // lines declaring patterns and value sets
  const constantOf = new Map(); // text -> name
  const constant = (prefix, text) => {
    if (!constantOf.has(text)) {
      const name = `${prefix}${constantOf.size}`;
      constantOf.set(text, name);
      constants.push(`const ${name} = ${text};`);
    }
    return constantOf.get(text);
  };
  const functions = []; // emitted function bodies
  const functionOf = new Map(); // body -> name
  const nameOf = new Map(); // schema -> name

  const fail = (what) => {
    throw new Error(
      `generate-validators: ${what} cannot be generated; extend scripts/generate-validators.mjs`,
    );
  };

  /** Lines that test (and for `overwrite`, change) `v` against one schema's checks; `fail` returns INVALID. */
  function checkLines(node, kind) {
    const def = node._zod.def;
    const lines = [];
    // A schema such as z.int() is itself a check (safeint), before those added with .check().
    const own = node._zod.traits.has('$ZodCheck') ? [node] : [];
    for (const check of [...own, ...(def.checks ?? [])]) {
      const c = check._zod.def;
      switch (c.check) {
        case 'overwrite': {
          // Only z.trim() is used; prove it is that before writing it.
          if (kind !== 'string' || c.tx('  a b \n') !== 'a b') fail('an overwrite other than trim()');
          lines.push('v = v.trim();');
          break;
        }
        case 'min_length':
          lines.push(`if (v.length < ${c.minimum}) return INVALID;`);
          break;
        case 'max_length':
          lines.push(`if (v.length > ${c.maximum}) return INVALID;`);
          break;
        case 'string_format':
          if (c.format !== 'regex' || !(c.pattern instanceof RegExp) || c.pattern.global || c.pattern.sticky)
            fail(`the string format ${c.format}`);
          lines.push(`if (!${constant('P', c.pattern.toString())}.test(v)) return INVALID;`);
          break;
        case 'number_format':
          if (c.format !== 'safeint') fail(`the number format ${c.format}`);
          lines.push('if (!Number.isSafeInteger(v)) return INVALID;');
          break;
        case 'greater_than':
          lines.push(`if (!(v ${c.inclusive ? '>=' : '>'} ${JSON.stringify(c.value)})) return INVALID;`);
          break;
        case 'less_than':
          lines.push(`if (!(v ${c.inclusive ? '<=' : '<'} ${JSON.stringify(c.value)})) return INVALID;`);
          break;
        case 'custom': {
          const name = ruleName.get(c.fn);
          if (!name) fail('a refinement that is not a function exported from src/feed/rules.ts');
          lines.push(`if (!rules.${name}(v)) return INVALID;`);
          break;
        }
        default:
          fail(`the check ${c.check}`);
      }
    }
    return lines;
  }

  /** The name of the function that checks `node`; emits it (and what it needs) once per distinct body. */
  function emit(node) {
    if (nameOf.has(node)) return nameOf.get(node);
    const def = node._zod.def;
    if (node._zod.traits.has('$ZodCheck') && !['number', 'string'].includes(def.type))
      fail(`a ${def.type} that is itself a check`);
    let body;
    switch (def.type) {
      case 'string':
        body = ["if (typeof v !== 'string') return INVALID;", ...checkLines(node, 'string'), 'return v;'];
        break;
      case 'number':
        body = [
          "if (typeof v !== 'number' || !Number.isFinite(v)) return INVALID;",
          ...checkLines(node, 'number'),
          'return v;',
        ];
        break;
      case 'boolean':
        if (def.checks?.length) fail('checks on a boolean');
        body = ["return typeof v === 'boolean' ? v : INVALID;"];
        break;
      case 'enum': {
        if (def.checks?.length) fail('checks on an enum');
        const values = Object.values(def.entries);
        body = [`return ${constant('S', `new Set(${JSON.stringify(values)})`)}.has(v) ? v : INVALID;`];
        break;
      }
      case 'literal':
        if (def.checks?.length) fail('checks on a literal');
        body = [
          `return ${def.values.map((value) => `v === ${JSON.stringify(value)}`).join(' || ')} ? v : INVALID;`,
        ];
        break;
      case 'optional':
        if (def.checks?.length) fail('checks on an optional');
        body = [`return v === undefined ? v : ${emit(def.innerType)}(v);`];
        break;
      case 'array': {
        const element = emit(def.element);
        body = [
          'if (!Array.isArray(v)) return INVALID;',
          'const out = new Array(v.length);',
          'for (let i = 0; i < v.length; i += 1) {',
          `  const r = ${element}(v[i]);`,
          '  if (r === INVALID) return INVALID;',
          '  out[i] = r;',
          '}',
          'v = out;',
          ...checkLines(node, 'array'),
          'return v;',
        ];
        break;
      }
      case 'object': {
        if (def.catchall) fail('an object with a catchall');
        body = ['if (!isObject(v)) return INVALID;', 'const input = v;', 'const out: any = {};'];
        for (const [key, field] of Object.entries(def.shape)) {
          const k = JSON.stringify(key);
          const optional = field._zod.def.type === 'optional';
          const check = emit(optional ? field._zod.def.innerType : field);
          // Named stores (out.id, not out[key] in a helper): V8 keeps an object with many
          // properties added by computed keys as a slow dictionary, and every later read of the
          // feed (the search index, the cards) pays for it.
          const at = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${k}]`;
          body.push(
            optional
              ? `{ const x = input${at}; if (x !== undefined) { const r = ${check}(x); if (r === INVALID) return INVALID; out${at} = r; } else if (${k} in input) out${at} = undefined; }`
              : `{ const r = ${check}(input${at}); if (r === INVALID) return INVALID; out${at} = r; }`,
          );
        }
        body.push('v = out;', ...checkLines(node, 'object'), 'return v;');
        break;
      }
      case 'union': {
        // A discriminated union picks the option by its literal; with distinct literals that is
        // the first option that passes, as for a plain union.
        if (def.checks?.length) fail('checks on a union');
        body = [];
        for (const option of def.options) {
          body.push(`{`, `  const r = ${emit(option)}(v);`, '  if (r !== INVALID) return r;', '}');
        }
        body.push('return INVALID;');
        break;
      }
      case 'record': {
        const key = emit(def.keyType);
        const value = emit(def.valueType);
        if (def.keyType._zod.values) fail('a record with enumerated keys');
        body = [
          'if (!isPlainObject(v)) return INVALID;',
          'const input = v;',
          'const out: Json = {};',
          'for (const k of Reflect.ownKeys(input)) {',
          "  if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, k)) continue;",
          `  const outKey = ${key}(k);`,
          '  if (outKey === INVALID) return INVALID;',
          "  if (outKey === '__proto__') continue;",
          `  const r = ${value}(input[k as string]);`,
          '  if (r === INVALID) return INVALID;',
          '  out[outKey as string] = r;',
          '}',
          'v = out;',
          ...checkLines(node, 'record'),
          'return v;',
        ];
        break;
      }
      default:
        fail(`the schema type ${def.type}`);
    }
    const text = body.map((line) => `  ${line}`).join('\n');
    let name = functionOf.get(text);
    if (!name) {
      name = `check${functionOf.size}`;
      functionOf.set(text, name);
      functions.push(`function ${name}(v: any): any {\n${text}\n}`);
    }
    nameOf.set(node, name);
    return name;
  }

  const exports = Object.entries(ENTRIES).map(([name, schemaName]) => {
    const node = schemaName.split('.').reduce((at, part) => at?.[part], schema);
    if (!node) fail(`the missing schema ${schemaName}`);
    const type = schemaName.includes('.') ? 'string | undefined' : schemaName.replace(/Schema$/, '');
    return `  ${name}: ${emit(node)} as (input: unknown) => ${type} | typeof INVALID,`;
  });

  const source = `// Generated by scripts/generate-validators.mjs from src/feed/schema.ts (zod): do not edit.
// Each function returns the item as zod's safeParse would when it is valid, else INVALID.
/* eslint-disable */
import * as rules from '../feed/rules.js';
import type { ${Object.values(ENTRIES)
    .filter((s) => !s.includes('.'))
    .map((s) => s.replace(/Schema$/, ''))
    .join(', ')} } from '../feed/schema.js';

type Json = Record<string, unknown>;

/** What a check returns for an invalid item. */
export const INVALID: unique symbol = Symbol('invalid');

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object made by an object literal or JSON.parse (as zod's records require). */
function isPlainObject(v: unknown): v is Json {
  if (!isObject(v)) return false;
  const ctor = (v as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

${constants.join('\n')}

${functions.join('\n\n')}

export const feedCheck = {
${exports.join('\n')}
};
`;
  mkdirSync(path.dirname(OUT), { recursive: true });
  let before = '';
  try {
    before = readFileSync(OUT, 'utf8');
  } catch {
    /* first run */
  }
  if (before !== source) writeFileSync(OUT, source);
  return { functions: functions.length, constants: constants.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { functions } = await generateValidators();
  console.log(`generate-validators: ${functions} functions in ${path.relative(ROOT, OUT)}`);
}
