/**
 * Links from a count to the finder, filtered the same way. The finder keeps its filters in
 * the URL hash when it has `url-state` (src/programme-finder/url-state.ts), each key behind
 * a prefix, its element id and a dot (`finder.` without an id):
 *
 *   #finder.route=z&finder.domain=digital-skills
 *
 * The overview's `finder` attribute names the finder:
 * - an element id (letters, digits, `-` and `_`, starting with a letter), `finder="aanbod"`:
 *   the finder on the same page; links are `#aanbod.route=...`;
 * - anything else is a URL of the finder's page, `finder="/taalhuis/zoeken.html#aanbod"`:
 *   links go there; its `#fragment` names the finder's id on that page (default `finder`).
 *
 * Pure functions, no DOM: the CLI uses them too.
 */

/** The filters a count stands for, by the finder's filter (facet) names. */
export type FinderFilters = Partial<
  Record<'route' | 'domain' | 'theme' | 'learning' | 'organisation' | 'day' | 'language', string>
>;

export interface FinderTarget {
  /** The finder page without hash, absolute; `''` for the same page. */
  page: string;
  /** The hash prefix of the finder's keys, with its dot. */
  prefix: string;
  /** Where the QR code points: the finder's page, absolute. */
  qr: string;
}

const ELEMENT_ID = /^[A-Za-z][\w-]*$/;

/** Reads a `finder` attribute against the URL of the page it is on; undefined when unusable. */
export function finderTarget(value: string | null | undefined, pageUrl: string): FinderTarget | undefined {
  const given = value?.trim();
  if (!given) return undefined;
  const page = safeUrl(pageUrl);
  if (ELEMENT_ID.test(given)) {
    const qr = page ? `${withoutHash(page)}#${given}` : '';
    return { page: '', prefix: `${encodeURIComponent(given)}.`, qr };
  }
  const url = safeUrl(given, page?.href);
  if (!url || !/^https?:$/.test(url.protocol)) return undefined;
  const id = decodeHash(url.hash.slice(1));
  const prefix = `${encodeURIComponent(id && ELEMENT_ID.test(id) ? id : 'finder')}.`;
  return { page: withoutHash(url), prefix, qr: url.href };
}

/** The link for a count: the finder's page with its filters in the hash. */
export function finderHref(target: FinderTarget, filters: FinderFilters): string {
  const parts = Object.entries(filters)
    .filter(([, value]) => value)
    .map(([facet, value]) => `${target.prefix}${facet}=${encodeURIComponent(value as string)}`);
  return `${target.page}#${parts.join('&')}`;
}

function safeUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

function withoutHash(url: URL): string {
  return url.href.replace(/#.*$/s, '');
}

function decodeHash(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}
