/**
 * What keeps `dist/taalwijzer.js` small: it holds no widget. Each widget's code (its entry,
 * `dist/programme-finder.js` and so on) is imported the first time its tag, or a
 * `data-taal-widget` placeholder naming it, is in the document, also when added later by the
 * parser or a page's script. A page with only a finder never downloads the volunteer form.
 *
 * Elements created inside another component's shadow root are not seen here: such pages call
 * `defineAll()` or import a per-element entry.
 */
import { WIDGET_ATTRIBUTE, widgetTag } from './shared/upgrade-data-widgets.js';
import { preDefinitionCss } from './styles/pre-definition.js';
import { prefetchFeeds } from './feed/prefetch.js';

const ENTRIES: Readonly<Record<string, () => Promise<unknown>>> = {
  'taal-programme-finder': () => import('./programme-finder/define.js'),
  'taal-goal-picker': () => import('./goal-picker/define.js'),
  'taal-volunteer-form': () => import('./volunteer-form/define.js'),
  'taal-offer-overview': () => import('./offer-overview/define.js'),
  'taal-feed-studio': () => import('./feed-studio/define.js'),
};
const TAGS = Object.keys(ENTRIES);
const SELECTOR = [...TAGS, `[${WIDGET_ATTRIBUTE}]`].join(',');

const loading = new Map<string, Promise<void>>();

/**
 * Imports and registers one widget (`taal-programme-finder`, `programme-finder`, ...).
 * Resolves when its element is defined. After a failed download a later call tries again.
 */
export function loadWidget(name: string): Promise<void> {
  // The studio is for coordinators: no `data-taal-widget` placeholder names it.
  const tag = Object.hasOwn(ENTRIES, name) ? name : widgetTag(name);
  if (!tag) return Promise.reject(new Error(`Taalwijzer has no widget called "${name}"`));
  let promise = loading.get(tag);
  if (!promise) {
    promise = ENTRIES[tag]().then(
      () => undefined,
      (error: unknown) => {
        loading.delete(tag);
        throw error;
      },
    );
    loading.set(tag, promise);
  }
  return promise;
}

/** Imports and registers every widget, wherever its elements are going to be. */
export function defineAll(): Promise<void> {
  return Promise.all(TAGS.map((tag) => loadWidget(tag))).then(() => undefined);
}

function tagsIn(node: Element | Document): string[] {
  const found = new Set<string>();
  const consider = (element: Element) => {
    const tag = TAGS.includes(element.localName)
      ? element.localName
      : widgetTag(element.getAttribute(WIDGET_ATTRIBUTE));
    if (tag) found.add(tag);
  };
  if (node instanceof Element && node.matches(SELECTOR)) consider(node);
  for (const element of Array.from(node.querySelectorAll(SELECTOR))) consider(element);
  return [...found];
}

/** The feed URLs of widgets in `node` not defined yet: an attribute, or a property set before. */
function prefetchSources(node: Element | Document): void {
  const widgets = Array.from(node.querySelectorAll(TAGS.join(',')));
  if (node instanceof Element && TAGS.includes(node.localName)) widgets.push(node);
  for (const widget of widgets) {
    if (customElements.get(widget.localName)) continue;
    const own = Object.prototype.hasOwnProperty.call(widget, 'src')
      ? (widget as { src?: unknown }).src
      : undefined;
    const src = typeof own === 'string' ? own : widget.getAttribute('src');
    if (src) prefetchFeeds(src);
  }
}

function loadFound(node: Element | Document): void {
  // The feed comes in while the widget's code does.
  prefetchSources(node);
  for (const tag of tagsIn(node)) {
    if (loading.has(tag) || customElements.get(tag)) continue;
    loadWidget(tag).catch((error: unknown) => console.error(`Taalwijzer: could not load ${tag}`, error));
  }
}

/**
 * Loads the widgets used in `root` (default: the document) now, and those added later while
 * any is still missing. Does nothing outside a browser.
 */
export function loadWidgetsOnDemand(root: Document | undefined = globalThis.document): void {
  if (!root || typeof MutationObserver === 'undefined') return;
  reserveSpace(root);
  loadFound(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element) loadFound(record.target);
        continue;
      }
      for (const added of Array.from(record.addedNodes)) {
        // Only elements can be widgets or placeholders; text and comments cost nothing.
        if (added instanceof Element) loadFound(added);
      }
    }
    if (TAGS.every((tag) => customElements.get(tag) || loading.has(tag))) observer.disconnect();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [WIDGET_ATTRIBUTE],
  });
}

/**
 * Keeps space for the widgets until their code has run (see styles/pre-definition.ts), once
 * per document, also when two copies of the script are on the page.
 */
function reserveSpace(root: Document): void {
  const key = Symbol.for('taalwijzer.pre-definition.v1');
  const doc = root as Document & Record<symbol, boolean | undefined>;
  if (doc[key] || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(preDefinitionCss);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    doc[key] = true;
  } catch {
    // An old browser without constructed style sheets: the widgets still work, the page may move.
  }
}
