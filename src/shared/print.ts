/**
 * Prints one widget on its own. `window.print()` prints the whole host page (the
 * library's menu, footer, the finder...), which would spread a short list of goals
 * over several sheets. While the print dialog is open, a page-level stylesheet hides
 * everything except the chain of ancestors that leads to the widget; the widget's own
 * `@media print` rules (in its shadow styles) lay out the sheet. Afterwards the page
 * is as it was. A constructed stylesheet, so pages with a strict CSP allow it.
 *
 * A widget inside another shadow root cannot be singled out from the page: it then
 * prints with the page around it.
 */
const PATH_ATTRIBUTE = 'data-taal-print-path';

let active: (() => void) | undefined;

function printSheet(pageRule: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  // `!important` on purpose: it must beat whatever the host page's own CSS sets, and
  // only for the moment of printing.
  sheet.replaceSync(`@media print {
  [${PATH_ATTRIBUTE}] > :not([${PATH_ATTRIBUTE}]) { display: none !important; }
  [${PATH_ATTRIBUTE}] { margin: 0 !important; padding: 0 !important; border: 0 !important;
    inline-size: auto !important; max-inline-size: none !important; box-shadow: none !important; }
}
${pageRule}`);
  return sheet;
}

/**
 * Prints `host` alone; returns when `window.print()` returns (it blocks in most browsers).
 * `page` is an `@page` rule for the sheet (shadow styles cannot set one), e.g.
 * `@page { size: A4; margin: 12mm; }` for the finder's A6 take-along card on A4.
 */
export function printAlone(host: HTMLElement, page = ''): void {
  active?.();
  const doc = host.ownerDocument;
  const view = doc.defaultView ?? window;
  const inDocument = host.getRootNode() === doc;
  const marked: Element[] = [];
  let sheet: CSSStyleSheet | undefined;

  if (inDocument) {
    for (let node: Element | null = host; node; node = node.parentElement) {
      node.setAttribute(PATH_ATTRIBUTE, '');
      marked.push(node);
    }
    sheet = printSheet(page);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }

  const cleanUp = () => {
    view.removeEventListener('afterprint', cleanUp);
    for (const node of marked) node.removeAttribute(PATH_ATTRIBUTE);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((existing) => existing !== sheet);
    if (active === cleanUp) active = undefined;
  };
  active = cleanUp;
  view.addEventListener('afterprint', cleanUp);
  view.print();
}
