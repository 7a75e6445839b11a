#!/usr/bin/env node
// `npm run test:firefox`: the browser tests (Web Test Runner) in a second engine,
// Firefox, through web-test-runner.firefox.config.mjs. Finds Firefox (or, as root
// on Debian, installs firefox-esr), builds (unless --no-build), runs, and ends with
// one line `N passed, N failed`, like `npm test`. The Node tests are engine-free:
// `npm test` runs them. Test files may be named: `npm run test:firefox -- test/feed/ics.test.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findFirefox, FIREFOX_INSTALL_HELP } from './find-browser.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const files = args.filter((a) => !a.startsWith('-') && !a.includes('test/node'));

function run(cmd, cmdArgs, options = {}) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

function ensureFirefox() {
  let firefox = findFirefox();
  if (firefox) return firefox;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("No Firefox found: installing Debian's firefox-esr...");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'firefox-esr'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    firefox = findFirefox();
  }
  if (!firefox) {
    console.error(FIREFOX_INSTALL_HELP);
    process.exit(1);
  }
  return firefox;
}

const firefox = ensureFirefox();
console.log(`Browser: ${firefox}`);
process.env.FIREFOX_PATH = firefox;

if (!skipBuild && run('node', ['scripts/build.mjs']) !== 0) {
  console.error('The build failed, so the tests did not run.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// A per-run summary file, so two runs at once cannot read each other's counts.
mkdirSync('.tmp', { recursive: true });
const summaryFile = `.tmp/wtr-firefox-summary-${process.pid}.json`;
rmSync(summaryFile, { force: true });

const status = run(
  'node_modules/.bin/web-test-runner',
  ['--config', 'web-test-runner.firefox.config.mjs', ...(files.length ? ['--files', ...files] : [])],
  { env: { ...process.env, TZ: 'Europe/Amsterdam', TAALWIJZER_TEST_SUMMARY: summaryFile } },
);

const summary = existsSync(summaryFile)
  ? JSON.parse(readFileSync(summaryFile, 'utf8'))
  : { passed: 0, failed: 1, failures: [`web-test-runner exited with ${status} before reporting`] };
rmSync(summaryFile, { force: true });
const { passed, failures } = summary;
let { failed } = summary;
if (status !== 0 && failed === 0) {
  failed = 1;
  failures.push(`web-test-runner exited with ${status}`);
}

if (failures.length) {
  console.log('\nFailed:');
  for (const name of failures) console.log(`  - ${name}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
