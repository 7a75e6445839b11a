// Finds a Chromium or Chrome to run the tests in: CHROME_PATH first, then the
// usual install paths. Returns undefined when none is found.
import { existsSync } from 'node:fs';

export const BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Flags for a headless Chromium here: no sandbox (tests run as root on CI), and no
 * background traffic (the machine has no network but the package registries).
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return BROWSER_PATHS.find((path) => existsSync(path));
}

export const INSTALL_HELP = `No Chromium or Chrome was found.
Install one, or point CHROME_PATH at it:
  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-core
  Fedora:         sudo dnf install -y chromium google-noto-sans-ethiopic-fonts
  macOS:          brew install --cask chromium
  any system:     CHROME_PATH=/path/to/chrome npm test
(fonts-noto-core brings the Arabic and Ethiopic glyphs the screenshots need.)`;

// Firefox, the second engine `npm run test:firefox` runs the browser tests in:
// FIREFOX_PATH first, then the usual install paths (Debian's firefox-esr first).
// Puppeteer drives a stock Firefox over WebDriver BiDi, so nothing is downloaded.
export const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return FIREFOX_PATHS.find((path) => existsSync(path));
}

export const FIREFOX_INSTALL_HELP = `No Firefox was found.
Install one, or point FIREFOX_PATH at it:
  Debian/Ubuntu:  sudo apt-get install -y firefox-esr fonts-noto-core
  Fedora:         sudo dnf install -y firefox
  macOS:          brew install --cask firefox
  any system:     FIREFOX_PATH=/path/to/firefox npm run test:firefox`;
