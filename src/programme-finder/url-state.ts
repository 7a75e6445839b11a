/**
 * The finder's state in the URL hash (opt-in with the `url-state` attribute), so a
 * link can be shared and the browser's back button works:
 *
 *   #finder.q=taal%20cafe&finder.domain=numeracy,digital-skills&finder.open=taalcafe-centrum
 *
 * Every key starts with a prefix (the element's id, else `finder`), so two finders,
 * a goal picker or the page's own anchors can share the hash: parts of the hash that
 * are not ours are kept as they are. Pure functions, no DOM.
 */
import { FACETS, type Facet } from './search-index.js';
import { SORT_ORDERS, type Filters, type FinderQuery, type SortOrder } from './filter-programmes.js';

export interface FinderUrlState {
  query: FinderQuery;
  sort: SortOrder;
  /** Id of the programme whose details are open. */
  open: string | null;
  /** Over a region: the chosen place's name (never a position: "near me" is not written). */
  place?: string;
  /** Over a region: the radius in km, when not the default. */
  radius?: number;
}

const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
const decode = (value: string) => {
  try {
    return decodeURIComponent(value.replace(/\+/g, '%20'));
  } catch {
    return '';
  }
};

/** The `key=value` parts of a hash (without its `#`), in order. */
function parts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body ? body.split('&') : [];
}

/** Whether a hash part belongs to the finder with this prefix. */
function ours(part: string, prefix: string): boolean {
  return part.startsWith(prefix) && /^[a-z]+=/.test(part.slice(prefix.length));
}

/** Reads the finder's state from a hash; anything missing or unknown is left at its default. */
export function parseUrlState(hash: string, prefix: string): FinderUrlState {
  const filters: Filters = {};
  const state: FinderUrlState = { query: { query: '', filters, showEnded: false }, sort: 'next', open: null };
  for (const part of parts(hash)) {
    if (!ours(part, prefix)) continue;
    const [key, raw = ''] = part.slice(prefix.length).split(/=(.*)/s, 2);
    if (key === 'q') state.query.query = decode(raw);
    else if (key === 'open') state.open = decode(raw) || null;
    else if (key === 'ended') state.query.showEnded = raw === '1';
    else if (key === 'place') state.place = decode(raw) || undefined;
    else if (key === 'radius') {
      const radius = Number(raw);
      if (Number.isFinite(radius) && radius > 0 && radius <= 500) state.radius = radius;
    } else if (key === 'sort') {
      const sort = decode(raw) as SortOrder;
      if (SORT_ORDERS.includes(sort)) state.sort = sort;
    } else if ((FACETS as readonly string[]).includes(key)) {
      const values = raw.split(',').map(decode).filter(Boolean);
      if (values.length) filters[key as Facet] = [...new Set(values)];
    }
  }
  return state;
}

/** The finder's own hash parts for a state; defaults are left out. */
function stateParts(state: FinderUrlState, prefix: string): string[] {
  const out: string[] = [];
  if (state.place) out.push(`${prefix}place=${encode(state.place)}`);
  if (state.place && state.radius) out.push(`${prefix}radius=${state.radius}`);
  const q = state.query.query.trim();
  if (q) out.push(`${prefix}q=${encode(q)}`);
  for (const facet of FACETS) {
    const values = state.query.filters[facet];
    if (values?.length) out.push(`${prefix}${facet}=${values.map(encode).join(',')}`);
  }
  if (state.query.showEnded) out.push(`${prefix}ended=1`);
  if (state.sort !== 'next') out.push(`${prefix}sort=${state.sort}`);
  if (state.open) out.push(`${prefix}open=${encode(state.open)}`);
  return out;
}

/**
 * The hash with the finder's parts replaced by `state`, other parts kept in place
 * (ours go where the first of ours was, else at the end). Returns `''` for an empty
 * hash, so the caller can drop the `#`.
 */
export function writeUrlState(hash: string, prefix: string, state: FinderUrlState): string {
  const kept: string[] = [];
  let at = -1;
  for (const part of parts(hash)) {
    if (ours(part, prefix)) {
      if (at < 0) at = kept.length;
    } else if (part) kept.push(part);
  }
  const mine = stateParts(state, prefix);
  if (at < 0) at = kept.length;
  kept.splice(at, 0, ...mine);
  return kept.length ? `#${kept.join('&')}` : '';
}
