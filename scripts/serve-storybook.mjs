#!/usr/bin/env node
// `npm run storybook:static`: serves the built documentation site (storybook-static/, made by
// `npm run build-storybook`) with the same plain static file server as the demo, as any web
// host would serve it. PORT picks another port (default 6007).
import { existsSync } from 'node:fs';
import { startServer } from '../examples/serve.mjs';

const ROOT = 'storybook-static';
if (!existsSync(`${ROOT}/index.html`)) {
  console.error('No storybook-static/ yet: run `npm run build-storybook` first.');
  process.exit(1);
}
const port = process.env.PORT ? Number(process.env.PORT) : 6007;
const server = await startServer({ root: ROOT, port, quiet: true });
console.log(`Taalwijzer documentation site: http://localhost:${server.port}/`);
console.log('Press Ctrl+C to stop.');
const stop = () => server.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
