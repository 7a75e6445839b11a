/**
 * QR codes as inline SVG, for the finder's take-along card and the goal picker's printed
 * summary. The QR library (`uqr`, pinned) is imported dynamically, only here: it lands in
 * its own chunk, loaded when a card or summary with a QR code opens, so no widget's first
 * download grows. The code is drawn with Lit's `svg` template (no `innerHTML`), black on
 * white with a quiet zone, so phones read it from paper and from a screen in dark mode.
 */
import { html, svg, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';

export interface QrCode {
  /** Modules per side, quiet zone included. */
  size: number;
  /** SVG path data: one rectangle per run of dark modules, in module units. */
  path: string;
}

const cache = new Map<string, Promise<QrCode>>();

/** The QR code of `text` (error correction M, a quiet zone of four modules); cached per text. */
export function qrCode(text: string): Promise<QrCode> {
  let code = cache.get(text);
  if (!code) {
    code = import('uqr').then(({ encode }) => {
      const { data, size } = encode(text, { ecc: 'M', border: 4 });
      const runs: string[] = [];
      data.forEach((row, y) => {
        for (let x = 0; x < size; x++) {
          if (!row[x]) continue;
          let end = x;
          while (end + 1 < size && row[end + 1]) end++;
          runs.push(`M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`);
          x = end;
        }
      });
      return { size, path: runs.join('') };
    });
    // A failed import (offline, a chunk missing) may be retried next time.
    code.catch(() => cache.delete(text));
    cache.set(text, code);
  }
  return code;
}

/** The `<svg>` of a QR code, named for screen readers by `label`. */
export function renderQrSvg(code: QrCode, label: string): TemplateResult {
  return html`<svg
    class="qr-code"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${code.size} ${code.size}"
    shape-rendering="crispEdges"
    xmlns="http://www.w3.org/2000/svg"
  >
    ${svg`<rect width=${code.size} height=${code.size} fill="#fff"></rect><path d=${code.path} fill="#000"></path>`}
  </svg>`;
}

/**
 * The QR code of `url` once the library arrived; meanwhile `pending`, and `failed` when
 * it cannot load (the link is printed in words next to it anyway).
 */
export function renderQr(url: string, label: string, pending: () => unknown, failed: () => unknown): unknown {
  const key = `${label}\u0000${url}`;
  let rendered = renders.get(key);
  if (!rendered) {
    rendered = qrCode(url).then(
      (code) => renderQrSvg(code, label),
      () => {
        renders.delete(key);
        return failed();
      },
    );
    renders.set(key, rendered);
  }
  // The same promise on every render: `until` keeps what it showed instead of flashing `pending`.
  return until(rendered, pending());
}

const renders = new Map<string, Promise<unknown>>();
