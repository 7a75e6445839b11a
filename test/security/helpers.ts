/**
 * Checks shared by the security tests: what must never be in a widget's shadow tree
 * (elements or attributes a feed's markup would have made, links with a script scheme),
 * whether feed text is kept apart from the interface text around it (bidi isolation), and
 * whether a widget grows wider than a phone screen.
 */
import { CANARY } from '../fixtures/injection-feed.js';

/** Elements no widget makes; a feed payload would. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'img',
  'iframe',
  'frame',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'noscript',
  'math',
  'image',
  'foreignobject',
  'audio',
  'video',
  'source',
]);

/** Attributes that make the browser follow or load a URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'ping',
  'background',
  'cite',
  'srcdoc',
]);

/** Schemes a link in a widget may have (docs/reference/feed.md: https, http, mailto, tel). */
const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Every element of `root`, and of the shadow roots inside it. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/** Every text node under `root` (shadow roots included). */
export function allTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child as Text);
      else walk(child);
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return out;
}

/** The text a widget holds, shadow roots included (what a visitor can find on the page). */
export function shadowText(host: Element): string {
  return allTextNodes(host.shadowRoot!)
    .map((t) => t.data)
    .join('');
}

/**
 * What is wrong in a widget's shadow tree, as plain sentences: elements and attributes a
 * payload made, event-handler attributes, links with a scheme that runs or embeds code.
 */
export function injectionProblems(host: Element): string[] {
  const problems: string[] = [];
  for (const el of allElements(host.shadowRoot!)) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`a <${tag}> element is in the shadow tree`);
    // The widgets' own icons are <svg aria-hidden="true">, and their QR codes <svg part="qr">
    // (drawn by shared/qr.ts from a path of rectangles); a payload's <svg> is neither.
    const ownQr = tag === 'svg' && el.getAttribute('part') === 'qr' && el.classList.contains('qr-code');
    if (
      tag === 'svg' &&
      !ownQr &&
      el.getAttribute('aria-hidden') !== 'true' &&
      !el.closest('svg[aria-hidden="true"]')
    )
      problems.push(`an <svg> that is not one of the widget's own icons: ${el.outerHTML.slice(0, 120)}`);
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on'))
        problems.push(`<${tag}> has an event-handler attribute ${name}="${attribute.value.slice(0, 60)}"`);
      if (URL_ATTRIBUTES.has(name)) {
        const problem = unsafeUrl(attribute.value);
        if (problem) problems.push(`<${tag} ${name}="${attribute.value.slice(0, 80)}">: ${problem}`);
      }
    }
  }
  if ((window as unknown as Record<string, unknown>)[CANARY] !== undefined)
    problems.push(
      `a payload ran: window.${CANARY} = ${String((window as unknown as Record<string, unknown>)[CANARY])}`,
    );
  return problems;
}

/** Why a link value is unsafe, or undefined when it is fine. */
export function unsafeUrl(value: string): string | undefined {
  let url: URL;
  try {
    // As the browser reads it: relative to the page, tabs and newlines dropped.
    url = new URL(value, location.href);
  } catch {
    return 'does not parse as a URL';
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return `the scheme ${url.protocol} is not allowed`;
  // A relative link only to this page (a "#..." or same-page link) is by design.
  if (!/^\s*(https?:|mailto:|tel:|#)/i.test(value))
    return 'a relative link, not a full https, http, mailto or tel link';
  return undefined;
}

/** The nearest ancestor that starts its own bidi paragraph: anything not laid out inline. */
function paragraphOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const display = getComputedStyle(el).display;
    if (display !== 'inline' && display !== 'contents') return el;
  }
  return null;
}

const ISOLATING = new Set(['isolate', 'isolate-override', 'plaintext']);

function isolatedBelow(node: Node, paragraph: Element): boolean {
  for (let el = node.parentElement; el && el !== paragraph; el = el.parentElement) {
    if (ISOLATING.has(getComputedStyle(el).unicodeBidi)) return true;
  }
  return getComputedStyle(paragraph).unicodeBidi === 'plaintext';
}

/** Text in `paragraph` after `node`, in the same bidi paragraph (not in nested blocks). */
function textAfter(node: Text, paragraph: Element): string {
  let after = '';
  let seen = false;
  for (const text of allTextNodes(paragraph)) {
    if (text === node) {
      seen = true;
      continue;
    }
    if (!seen) continue;
    if (paragraphOf(text) !== paragraph) continue;
    // Inside a shadow root of its own (none here) or hidden text: not this paragraph's.
    after += text.data;
  }
  return after;
}

/** A short description of where an element is: its tag, classes and part. */
export function describe(el: Element | null): string {
  if (!el) return '(nothing)';
  const cls = el.getAttribute('class');
  const part = el.getAttribute('part');
  return `<${el.localName}${cls ? ` class="${cls}"` : ''}${part ? ` part="${part}"` : ''}>`;
}

/** `text` without any of `values` in it. */
function withoutValues(text: string, values: readonly string[]): string {
  return values.reduce((rest, value) => (rest.includes(value) ? rest.split(value).join(' ') : rest), text);
}

/**
 * Feed texts holding a bidi override (U+202D, U+202E) that are not kept apart from the
 * interface text after them: such an override turns that text around too ("Cursus" shows as
 * "susruC"). A feed text is fine when an element around it isolates it (`dir`, `<bdi>`,
 * `unicode-bidi: isolate`), or when no interface text follows it in its paragraph.
 *
 * `values` are all the feed's texts as shown. A text node that holds a feed text followed by
 * interface words (feed text put inside a sentence) is a problem as well.
 */
export function unisolatedFeedText(host: Element, values: readonly string[]): string[] {
  const problems: string[] = [];
  // Longest first, so a value is not found as part of a longer one.
  const sorted = [...values].sort((a, b) => b.length - a.length);
  for (const node of allTextNodes(host.shadowRoot!)) {
    if (!/[\u202d\u202e]/.test(node.data)) continue;
    const paragraph = paragraphOf(node);
    if (!paragraph) continue;
    const value = sorted.find((v) => /[\u202d\u202e]/.test(v) && node.data.includes(v));
    const path = value ? /\[([^\]]+)\]$/.exec(value)?.[1] : undefined;
    const where = `${path ?? JSON.stringify(node.data.slice(0, 40))} in ${describe(node.parentElement)} (paragraph ${describe(paragraph)})`;
    const rest = value ? node.data.slice(node.data.indexOf(value) + value.length) : node.data;
    const inSentence = withoutValues(rest, sorted).trim();
    if (inSentence) {
      problems.push(`${where}: put inside interface text, before "${inSentence.slice(0, 40)}"`);
      continue;
    }
    if (isolatedBelow(node, paragraph)) continue;
    const after = withoutValues(textAfter(node, paragraph), sorted).trim();
    if (after)
      problems.push(`${where}: not isolated from the interface text after it, "${after.slice(0, 40)}"`);
  }
  return problems;
}

/** Horizontal overflow of the page and of the widget, in CSS pixels (0 when it fits). */
export function overflow(host: HTMLElement): { page: number; widget: number } {
  return {
    page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
    widget: Math.max(0, host.scrollWidth - host.clientWidth),
  };
}

/** Lets payloads that would run later (an image's error event) have their chance. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

export function resetCanary(): void {
  delete (window as unknown as Record<string, unknown>)[CANARY];
}

/** A feed as a blob: URL (the widgets fetch it like any feed). */
export const feedUrl = (feed: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
