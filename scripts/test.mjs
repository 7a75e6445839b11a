#!/usr/bin/env node
// `npm test`: finds (or, as root on Debian, installs) Chromium, builds, runs the
// browser tests (Web Test Runner) in Chromium, the Node tests (CLI, example server) and,
// when Firefox ESR is installed, the browser tests again in Firefox, and
// ends with one line `N passed, N failed` counting them all.
// `--firefox-only` (`npm run test:firefox`): only the browser tests, in Firefox ESR, which it
// finds or, as root on Debian, installs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser, findFirefox, FIREFOX_INSTALL_HELP, INSTALL_HELP } from './find-browser.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const firefoxOnly = args.includes('--firefox-only');
const passThrough = args.filter((a) => a !== '--no-build' && a !== '--firefox-only');

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/** A browser found by `find`, else (as root on Debian) Debian's `packages` installed. */
function ensure(find, packages, help) {
  let found = find();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Browser not found: installing Debian's ${packages.join(' and ')}...`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', ...packages], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    found = find();
  }
  if (!found) {
    console.error(help);
    process.exit(1);
  }
  return found;
}

if (firefoxOnly) {
  process.env.FIREFOX_PATH = ensure(findFirefox, ['firefox-esr'], FIREFOX_INSTALL_HELP);
  console.log(`Browser: ${process.env.FIREFOX_PATH}`);
} else {
  process.env.CHROME_PATH = ensure(findBrowser, ['chromium', 'fonts-noto-core'], INSTALL_HELP);
  console.log(`Browser: ${process.env.CHROME_PATH}`);
}

if (!skipBuild && run('node', ['scripts/build.mjs']) !== 0) {
  console.error('The build failed, so the tests did not run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Per-run summary files, so two runs at once cannot read each other's counts.
mkdirSync('.tmp', { recursive: true });
const wtrSummary = `.tmp/wtr-summary-${process.pid}.json`;
const nodeSummary = `.tmp/node-summary-${process.pid}.json`;
rmSync(wtrSummary, { force: true });
rmSync(nodeSummary, { force: true });

const wtrFiles = passThrough.filter((a) => !a.startsWith('-'));
const runNode = !firefoxOnly && (wtrFiles.length === 0 || wtrFiles.some((f) => f.includes('test/node')));
const browserFiles = wtrFiles.filter((f) => !f.includes('test/node'));
const runBrowser = wtrFiles.length === 0 || browserFiles.length > 0;

let failed = 0;
let passed = 0;
const failures = [];

/** Runs Web Test Runner with `configArgs` and adds its counts; `label` prefixes failure names. */
function runWtr(configArgs, summaryFile, label = '') {
  const wtrArgs = [...configArgs, ...(browserFiles.length ? ['--files', ...browserFiles] : [])];
  const status = run('node_modules/.bin/web-test-runner', wtrArgs, {
    env: { ...process.env, TZ: 'Europe/Amsterdam', TAALWIJZER_TEST_SUMMARY: summaryFile },
  });
  if (existsSync(summaryFile)) {
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    rmSync(summaryFile, { force: true });
    passed += summary.passed;
    failed += summary.failed;
    failures.push(...summary.failures.map((name) => `${label}${name}`));
    if (status !== 0 && summary.failed === 0) {
      failed += 1;
      failures.push(`${label}web-test-runner exited with ${status}`);
    }
  } else {
    failed += 1;
    failures.push(`${label}web-test-runner exited with ${status} before reporting`);
  }
}

if (runBrowser && !firefoxOnly) runWtr([], wtrSummary);

if (runNode) {
  const status = run(
    'node',
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./test/support/node-summary-reporter.mjs',
      `--test-reporter-destination=${nodeSummary}`,
      'test/node/',
    ],
    { env: { ...process.env, TZ: 'Europe/Amsterdam' } },
  );
  if (existsSync(nodeSummary)) {
    const summary = JSON.parse(readFileSync(nodeSummary, 'utf8'));
    rmSync(nodeSummary, { force: true });
    passed += summary.passed;
    failed += summary.failed;
    failures.push(...summary.failures);
    if (status !== 0 && summary.failed === 0) {
      failed += 1;
      failures.push(`node --test exited with ${status}`);
    }
  } else {
    failed += 1;
    failures.push(`node --test exited with ${status} before reporting`);
  }
}

// The second engine: the same browser tests in Firefox ESR, when it is installed (CI installs
// it; `npm run test:firefox` installs it as root on Debian). TAALWIJZER_SKIP_FIREFOX=1 skips it
// in `npm test`.
if (runBrowser && (firefoxOnly || process.env.TAALWIJZER_SKIP_FIREFOX !== '1')) {
  const firefox = findFirefox();
  if (firefox) {
    console.log(`\nSecond engine: ${firefox}`);
    process.env.FIREFOX_PATH = firefox;
    runWtr(
      ['--config', 'web-test-runner.firefox.config.mjs'],
      `.tmp/wtr-firefox-summary-${process.pid}.json`,
      '[Firefox] ',
    );
  } else {
    console.log(
      '\nFirefox ESR not found: the browser tests ran in Chromium only (apt-get install firefox-esr).',
    );
  }
}

if (failures.length) {
  console.log('\nFailed:');
  for (const name of failures) console.log(`  - ${name}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
