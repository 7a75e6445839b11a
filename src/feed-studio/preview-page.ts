/**
 * `dist/studio-preview.js`, the script of `dist/studio-preview.html`: the page inside the
 * feed studio's preview frame. A frame of its own, so the widget can speak another language
 * than the studio around it (the UI language is page-wide). It shows one widget on the feed
 * the studio sends by `postMessage`.
 *
 * That feed exists nowhere else yet, so this page answers the widget's request for it from
 * memory: `fetch` of `studio-preview-feed.json` is answered here, and nothing goes out. This
 * page is ours alone (the studio's frame), so the widgets' own code has no preview hook and
 * does not grow for it. The widgets here keep no copy of the draft feed in the browser. The page's `taalwijzer.js` defines the
 * widget as soon as it is in the document, as on any page.
 */
import { WIDGET_TAGS, type PreviewWidget } from './embed.js';

interface PreviewMessage {
  type: 'taalwijzer-preview';
  feedText: string;
  widget: PreviewWidget;
  locale: string;
  accent: string;
  privacyUrl: string;
}

const FEED_PATH = new URL('studio-preview-feed.json', document.baseURI).href;
let feedText = '';
let version = 0;

const networkFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith(FEED_PATH)) return networkFetch(input, init);
  return Promise.resolve(new Response(feedText, { headers: { 'content-type': 'application/json' } }));
};

// No widget in this frame keeps anything: without localStorage, the widgets keep no copy of
// the draft feed (they work without storage, as in a private window).
try {
  Object.defineProperty(globalThis, 'localStorage', { value: null, configurable: true });
} catch {
  /* not redefinable here: the copy is small and holds only the draft feed */
}

function show(message: PreviewMessage): void {
  const tag = WIDGET_TAGS[message.widget];
  if (!tag) return;
  if (message.feedText !== feedText) {
    feedText = message.feedText;
    version += 1; // a new address: the widgets share loads per address for the page's lifetime
  }
  document.documentElement.lang = message.locale;
  const element = document.createElement(tag);
  element.setAttribute('src', `${FEED_PATH}?v=${version}`);
  element.setAttribute('locale', message.locale);
  if (/^#[0-9a-f]{6}$/i.test(message.accent))
    element.style.setProperty('--taal-color-accent', message.accent);
  if (message.widget === 'volunteer') {
    // Nothing is sent from the preview: a sign-up "fails" and keeps what was typed.
    element.setAttribute('action', 'https://studio-preview.invalid/');
    if (/^https?:/.test(message.privacyUrl)) element.setAttribute('privacy-url', message.privacyUrl);
  }
  document.body.replaceChildren(element);
}

window.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.source !== window.parent || event.data?.type !== 'taalwijzer-preview') return;
  show(event.data);
});

new ResizeObserver(() => {
  window.parent.postMessage(
    { type: 'taalwijzer-preview-height', height: document.documentElement.scrollHeight },
    '*',
  );
}).observe(document.body);
window.parent.postMessage({ type: 'taalwijzer-preview-ready' }, '*');
