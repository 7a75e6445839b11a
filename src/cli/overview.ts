/**
 * `taalwijzer overview`: the offer overview as one self-contained HTML file.
 *
 * The file holds the feed as published (a JSON data island) and the overview's standalone
 * bundle (`dist/offer-overview.standalone.js`: the element, the model, the translations of
 * the overview and the shared words in every language, and the QR library), inlined. So the
 * figures are worked out by the same model and drawn by the same element as on the website,
 * the file opens offline, and it prints the same. A Content-Security-Policy in the file
 * forbids every request (`default-src 'none'`): opening it fetches nothing.
 */
import { directionOf } from '../localization/locales.js';

export interface OverviewPageOptions {
  /** The feed's JSON text, as read. */
  feedText: string;
  /** The standalone bundle's code. */
  script: string;
  /** UI language. */
  locale: string;
  /** The moment the counts are measured from (and the "made on" date). */
  now: Date;
  /** `finder` attribute: the URL of the live finder, for the links and the QR code. */
  finder?: string;
  /** The page's title. */
  title: string;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON inside `<script type="application/json">`: no `<` can end the element early. */
export function jsonIsland(text: string): string {
  return JSON.stringify(JSON.parse(text.replace(/^\uFEFF/, ''))).replace(/</g, '\\u003c');
}

/** A script inside `<script>`: `</script` and `<!--` cannot end or confuse the element. */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function overviewPage(options: OverviewPageOptions): string {
  const { locale } = options;
  const finder = options.finder ? ` finder="${escapeAttribute(options.finder)}"` : '';
  return `<!doctype html>
<html lang="${escapeAttribute(locale)}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="taalwijzer overview">
<title>${escapeAttribute(options.title)}</title>
<style>
@page { size: A4 portrait; margin: 12mm 12mm 14mm; }
html { background: #fff; }
body { margin: 0 auto; padding: 1.5em; max-inline-size: 64em; }
@media print { body { padding: 0; max-inline-size: none; } }
</style>
</head>
<body>
<taal-offer-overview locale="${escapeAttribute(locale)}"${finder} data-now="${options.now.toISOString()}"></taal-offer-overview>
<script type="application/json" id="taal-overview-feed">${jsonIsland(options.feedText)}</script>
<script type="module">${inlineScript(options.script)}</script>
</body>
</html>
`;
}
