/**
 * The fallback for site editors that strip custom elements (TYPO3's and Drupal's rich-text
 * editors, a shared library platform): a plain element with `data-*` attributes,
 *
 * ```html
 * <div data-taal-widget="programme-finder" data-src="/taalhuis/aanbod.json" id="finder"></div>
 * ```
 *
 * becomes the real widget inside that element:
 *
 * - the widget is created inside the placeholder, which keeps the site's own wrapper styling;
 *   whatever the placeholder held (a text for visitors without JavaScript) is replaced;
 * - every `data-*` attribute except `data-taal-widget` becomes an attribute of the same name
 *   without `data-` (`data-src` -> `src`, `data-privacy-url` -> `privacy-url`), so attributes a
 *   later version adds work without a change here; event handler attributes (`on...`) and
 *   `style` are never copied, so an editor's sanitiser cannot be bypassed through `data-*`;
 * - the placeholder's `id` moves to the widget, so `<taal-goal-picker for="finder">` finds it;
 * - the placeholder gets `data-taal-upgraded="<tag>"`, so a second copy of the script (or a
 *   second call) does not make a second widget;
 * - placeholders added later (by the parser while an `async` script already runs, or by a
 *   page's own script) are upgraded too: one MutationObserver per root, shared by every copy
 *   of the library on the page.
 *
 * Pure DOM, no Lit: each entry point calls it once after it defined its elements.
 */

/** The widgets a placeholder can name, by the value of its `data-taal-widget`. */
export const DATA_WIDGETS: Readonly<Record<string, string>> = Object.freeze({
  'programme-finder': 'taal-programme-finder',
  'goal-picker': 'taal-goal-picker',
  'volunteer-form': 'taal-volunteer-form',
  'offer-overview': 'taal-offer-overview',
});

/** The attribute that names the widget on a placeholder. */
export const WIDGET_ATTRIBUTE = 'data-taal-widget';
/** Set on a placeholder once its widget was created; its value is the widget's tag. */
export const UPGRADED_ATTRIBUTE = 'data-taal-upgraded';

const SELECTOR = `[${WIDGET_ATTRIBUTE}]`;
const ALL_TAGS: readonly string[] = Object.values(DATA_WIDGETS);

type Root = Document | Element | DocumentFragment;

interface Watch {
  observer: MutationObserver;
  tags: Set<string>;
}

/**
 * Shared by every copy of the library on the page (a second bundle, another version), so a
 * root is watched once and a placeholder is upgraded once. The key carries a version: a future
 * incompatible shape gets a new key instead of breaking an older copy.
 */
interface Registry {
  watches: WeakMap<Node, Watch>;
}
const registryKey = Symbol.for('taalwijzer.data-widgets.v1');
function registry(): Registry {
  const scope = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (scope[registryKey] ??= { watches: new WeakMap() });
}

/**
 * The tag a placeholder asks for (`programme-finder`, also `taal-programme-finder`, any
 * case, spaces ignored), or undefined when it names no known widget.
 */
export function widgetTag(value: string | null | undefined): string | undefined {
  const name = (value ?? '').trim().toLowerCase();
  if (!name) return undefined;
  if (Object.hasOwn(DATA_WIDGETS, name)) return DATA_WIDGETS[name];
  return ALL_TAGS.includes(name) ? name : undefined;
}

/** Attributes a `data-*` attribute may never become on the widget. */
function isForbidden(name: string): boolean {
  return name.startsWith('on') || name === 'style' || name === 'is';
}

/**
 * The attributes the widget gets from a placeholder: every `data-*` except the widget name
 * and the upgrade mark, without the `data-` prefix.
 */
export function widgetAttributes(placeholder: Element): [name: string, value: string][] {
  const result: [string, string][] = [];
  for (const { name, value } of Array.from(placeholder.attributes)) {
    if (!name.startsWith('data-') || name === WIDGET_ATTRIBUTE || name === UPGRADED_ATTRIBUTE) continue;
    const target = name.slice('data-'.length);
    if (!target || isForbidden(target)) continue;
    result.push([target, value]);
  }
  return result;
}

function isUpgraded(placeholder: Element, tag: string): boolean {
  if (!placeholder.hasAttribute(UPGRADED_ATTRIBUTE)) return false;
  // A mark without its widget (an editor saved the upgraded page and then stripped the
  // widget) does not count: upgrade again.
  return Array.from(placeholder.children).some((child) => child.localName === tag);
}

/**
 * Upgrades one placeholder to its widget, unless it names an unknown widget, a widget not in
 * `tags`, or was upgraded already. Returns the new widget, or undefined.
 */
export function upgradeDataWidget(
  placeholder: Element,
  tags: readonly string[] = ALL_TAGS,
): Element | undefined {
  if (placeholder.localName.startsWith('taal-')) return undefined; // already a real widget
  const tag = widgetTag(placeholder.getAttribute(WIDGET_ATTRIBUTE));
  if (!tag || !tags.includes(tag) || isUpgraded(placeholder, tag)) return undefined;

  const widget = placeholder.ownerDocument.createElement(tag);
  const id = placeholder.getAttribute('id');
  if (id) {
    placeholder.removeAttribute('id');
    widget.setAttribute('id', id);
  }
  for (const [name, value] of widgetAttributes(placeholder)) {
    try {
      widget.setAttribute(name, value);
    } catch {
      /* a name that is not valid as an attribute of its own: skipped */
    }
  }
  placeholder.setAttribute(UPGRADED_ATTRIBUTE, tag);
  // Attributes first, then connect: the widget's first render already has its `src`.
  placeholder.replaceChildren(widget);
  return widget;
}

function upgradeWithin(node: Node, tags: readonly string[], found: Element[]): void {
  if (!(node instanceof Element || node instanceof Document || node instanceof DocumentFragment)) return;
  if (node instanceof Element && node.matches(SELECTOR)) {
    const widget = upgradeDataWidget(node, tags);
    if (widget) found.push(widget);
  }
  for (const placeholder of Array.from(node.querySelectorAll(SELECTOR))) {
    const widget = upgradeDataWidget(placeholder, tags);
    if (widget) found.push(widget);
  }
}

function watch(root: Root, tags: readonly string[]): void {
  const { watches } = registry();
  const existing = watches.get(root);
  if (existing) {
    for (const tag of tags) existing.tags.add(tag);
    return;
  }
  const entry: Watch = {
    tags: new Set(tags),
    observer: new MutationObserver((records) => {
      const allowed = [...entry.tags];
      for (const record of records) {
        if (record.type === 'attributes') {
          upgradeWithin(record.target, allowed, []);
          continue;
        }
        for (const added of Array.from(record.addedNodes)) {
          // Only elements can be placeholders; text and comments cost nothing.
          if (added.nodeType === Node.ELEMENT_NODE) upgradeWithin(added, allowed, []);
        }
      }
    }),
  };
  entry.observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [WIDGET_ATTRIBUTE],
  });
  watches.set(root, entry);
}

export interface UpgradeOptions {
  /** Keep upgrading placeholders added to `root` later. Default true. */
  watch?: boolean;
}

/**
 * Upgrades every `data-taal-widget` placeholder in `root` (default: the document) whose
 * widget is one of `tags` (default: all three; per-element entries pass their own tag), and
 * keeps watching `root` for placeholders added later. Safe to call any number of times, from
 * any number of copies of the library. Does nothing outside a browser.
 * Returns the widgets created now.
 */
export function upgradeDataWidgets(
  root: Root | undefined = globalThis.document,
  tags: readonly string[] = ALL_TAGS,
  options: UpgradeOptions = {},
): Element[] {
  if (!root || typeof MutationObserver === 'undefined') return [];
  const allowed = tags.map((tag) => widgetTag(tag)).filter((tag): tag is string => tag !== undefined);
  const found: Element[] = [];
  upgradeWithin(root, allowed, found);
  if (options.watch ?? true) watch(root, allowed);
  return found;
}

/** Stops watching `root` for new placeholders (for tests and single-page apps that tear down). */
export function stopWatchingDataWidgets(root: Root | undefined = globalThis.document): void {
  if (!root) return;
  const { watches } = registry();
  watches.get(root)?.observer.disconnect();
  watches.delete(root);
}
