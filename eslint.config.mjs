// ESLint flat config: JavaScript + TypeScript (no type-aware rules, to stay fast),
// Lit templates (eslint-plugin-lit) and custom-element best practice (eslint-plugin-wc).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

// The `globals` package is not a dependency, so the two global sets are derived here:
// Node's from the running Node itself, the browser's from TypeScript's lib.dom.d.ts.
// Only JavaScript files need them: typescript-eslint turns `no-undef` off for .ts files,
// where the compiler checks names.
const nodeGlobals = Object.fromEntries(
  Object.getOwnPropertyNames(globalThis)
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name))
    .map((name) => [name, 'readonly']),
);
const domTypes = readFileSync(createRequire(import.meta.url).resolve('typescript/lib/lib.dom.d.ts'), 'utf8');
const browserGlobals = Object.fromEntries(
  [...domTypes.matchAll(/^declare (?:var|function|const) ([A-Za-z_$][\w$]*)/gm)].map(([, name]) => [
    name,
    'readonly',
  ]),
);

export default defineConfig(
  globalIgnores(
    [
      'dist/',
      'storybook-static/',
      'src/generated/',
      'node_modules/',
      'custom-elements.json',
      '.tmp/',
      'coverage/',
      'examples/prof-tmp/',
    ],
    'taalwijzer/ignores',
  ),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    ...litConfigs['flat/recommended'],
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
  },
  {
    ...wcConfigs['flat/best-practice'],
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
  },
  {
    name: 'taalwijzer/lit-and-wc',
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    settings: {
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // LitElement always defines connectedCallback and friends: a guard is noise.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Node scripts and tests that drive a browser (playwright's page.evaluate) use its globals too.
    name: 'taalwijzer/browser-globals',
    files: ['src/**', 'test/**', 'stories/**', '.storybook/**', 'examples/**/*.js', 'scripts/**', 'bench/**'],
    ignores: ['test/support/**'],
    languageOptions: { globals: browserGlobals },
  },
  {
    name: 'taalwijzer/node-globals',
    files: [
      'scripts/**',
      'examples/*.mjs',
      'bench/**',
      '*.config.mjs',
      '*.config.js',
      'test/support/**',
      'test/node/**',
      '.storybook/main.ts',
    ],
    languageOptions: { globals: nodeGlobals },
  },
  {
    name: 'taalwijzer/rules',
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    name: 'taalwijzer/tests',
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
