import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Makes a widget look at home on the page around it, without any setting:
 *
 * - **dark or light**: the custom state `dark` (`:host(:state(dark))` in base.styles.ts) is on
 *   when the page is dark. In order: the `color-scheme` attribute (`light`, `dark`); the token
 *   `--taal-color-scheme: dark`; the nearest ancestor with `data-bs-theme` (Bootstrap),
 *   `data-theme`, `data-color-scheme` or `data-mode` set to `dark` or `light`; a dark class on an
 *   ancestor (`dark`, `dark-mode`, `is-dark-theme` as WordPress Twenty Twenty-One sets it, ...);
 *   the page's background behind the widget; the page's CSS `color-scheme` (with the visitor's
 *   `prefers-color-scheme` when the page supports both). Follows the page when it switches.
 * - **font**: the family of the text around the widget (`--_host-font`), unless that is the
 *   browser's default serif, which no site chooses on purpose.
 * - **link colour**: of a link in the page's text (`--_host-link`), and as the accent
 *   (`--_host-accent`) when it also carries white (or, dark, black) text at 4.5:1.
 * - **background**: the page's own background behind the widget (`--_host-surface`), so a
 *   tinted page gets no white slab; not with `appearance="card"`.
 *
 * Every colour taken from the page is checked first: a link colour is used only at 4.5:1
 * against the widget's background, a background only when the widget's text, secondary text
 * and links keep 4.5:1 on it. The values go into one constructed style sheet in the shadow
 * root (allowed by a strict Content-Security-Policy, unlike a `style` attribute). `--taal-*`
 * tokens and NL Design System tokens win over all of it (see base.styles.ts).
 */
export class HostLookController implements ReactiveController {
  private readonly sheet = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : undefined;
  private internals?: ElementInternals;
  private lastCss = '';
  private lastAttributes = '';
  private readonly update = () => this.apply();

  constructor(
    private readonly host: ReactiveElement & { colorScheme?: string; appearance?: string },
    internals?: ElementInternals,
  ) {
    this.internals = internals;
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot as ShadowRoot | undefined;
    if (this.sheet && root && 'adoptedStyleSheets' in root && !root.adoptedStyleSheets.includes(this.sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    watchPage(this.update);
    this.lastAttributes = `${this.host.colorScheme ?? ''}|${this.host.appearance ?? ''}`;
    this.apply();
  }

  hostDisconnected(): void {
    unwatchPage(this.update);
  }

  hostUpdated(): void {
    // Only when the `color-scheme` or `appearance` attribute changed: reading the page's
    // styles after every render would force the browser to work out every style at once,
    // on every keystroke in a search field.
    const attributes = `${this.host.colorScheme ?? ''}|${this.host.appearance ?? ''}`;
    if (attributes === this.lastAttributes) return;
    this.lastAttributes = attributes;
    this.apply();
  }

  /** Reads the page again and updates the state and the sheet when something changed. */
  apply(): void {
    const host = this.host;
    if (!host.isConnected || typeof getComputedStyle !== 'function') return;
    const backdrop = pageBackground(host);
    const dark = isDark(host, backdrop);
    const states = this.internals?.states;
    if (states) {
      if (dark) states.add('dark');
      else states.delete('dark');
    }
    const palette = dark ? DARK : LIGHT;
    const declarations: string[] = [];
    const font = hostFont(host);
    if (font) declarations.push(`--_host-font: ${font}`);
    const surfaceOk =
      host.appearance !== 'card' &&
      backdrop !== undefined &&
      [palette.text, palette.muted, palette.link, palette.accent].every((c) => contrast(c, backdrop) >= 4.5);
    const surface = surfaceOk ? backdrop : palette.surface;
    if (surfaceOk) declarations.push(`--_host-surface: ${css(backdrop)}`);
    const link = hostLink(host);
    if (link && contrast(link, surface) >= 4.5) {
      declarations.push(`--_host-link: ${css(link)}`);
      if (contrast(link, palette.accentContrast) >= 4.5) declarations.push(`--_host-accent: ${css(link)}`);
    }
    const text = declarations.length ? `:host { ${declarations.join('; ')}; }` : '';
    if (text !== this.lastCss && this.sheet) {
      this.sheet.replaceSync(text);
      this.lastCss = text;
    }
  }
}

type Rgba = [number, number, number, number];

/** The defaults of base.styles.ts, light and dark, to check page colours against. */
const LIGHT = {
  text: rgb('#1b1b1b'),
  muted: rgb('#4a4f55'),
  link: rgb('#0b5f6e'),
  accent: rgb('#0b5f6e'),
  accentContrast: rgb('#ffffff'),
  surface: rgb('#ffffff'),
};
const DARK = {
  text: rgb('#eceff1'),
  muted: rgb('#b9c1c8'),
  link: rgb('#8fd8e6'),
  accent: rgb('#6fcbdc'),
  accentContrast: rgb('#0b1d21'),
  surface: rgb('#16191d'),
};

function rgb(hex: string): Rgba {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
}

/** `rgb(1, 2, 3)`, `rgba(1, 2, 3, 0.5)`, `rgb(1 2 3 / 50%)`, `color(srgb 0.1 0.2 0.3)`; else undefined. */
export function parseColor(value: string): Rgba | undefined {
  const v = value.trim().toLowerCase();
  let m = /^rgba?\(([^)]+)\)$/.exec(v);
  if (m) {
    const parts = m[1].split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return undefined;
    const [r, g, b] = parts.slice(0, 3).map(Number);
    const a =
      parts[3] === undefined
        ? 1
        : parts[3].endsWith('%')
          ? Number.parseFloat(parts[3]) / 100
          : Number(parts[3]);
    return [r, g, b, a].some(Number.isNaN) ? undefined : [r, g, b, a];
  }
  m = /^color\(srgb ([^)]+)\)$/.exec(v);
  if (m) {
    const parts = m[1]
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(Number);
    if (parts.length < 3 || parts.some(Number.isNaN)) return undefined;
    return [parts[0] * 255, parts[1] * 255, parts[2] * 255, parts[3] ?? 1];
  }
  return undefined;
}

function css([r, g, b]: Rgba): string {
  return `rgb(${Math.round(r)} ${Math.round(g)} ${Math.round(b)})`;
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** The element's parent, stepping out of a shadow root to its host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function* ancestors(el: Element): Generator<Element> {
  for (let node = parentOf(el); node; node = parentOf(node)) yield node;
}

/** The first opaque background behind the widget, or undefined (the canvas). */
function pageBackground(el: Element): Rgba | undefined {
  for (const node of ancestors(el)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none' && !style.backgroundImage.startsWith('linear-gradient('))
      return undefined;
    const color = parseColor(style.backgroundColor);
    if (color && color[3] >= 0.98) return color;
  }
  return undefined;
}

const SCHEME_ATTRIBUTES = ['data-bs-theme', 'data-theme', 'data-color-scheme', 'data-mode'];
const DARK_CLASSES = ['dark', 'dark-mode', 'is-dark-theme', 'theme-dark', 'dark-theme'];
const LIGHT_CLASSES = ['light', 'light-mode', 'is-light-theme', 'theme-light', 'light-theme'];

function isDark(host: Element & { colorScheme?: string }, backdrop: Rgba | undefined): boolean {
  const own = host.colorScheme;
  if (own === 'dark' || own === 'light') return own === 'dark';
  const token = getComputedStyle(host).getPropertyValue('--taal-color-scheme').trim();
  if (token === 'dark' || token === 'light') return token === 'dark';
  for (const node of ancestors(host)) {
    for (const name of SCHEME_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value === 'dark' || value === 'light') return value === 'dark';
    }
    if (DARK_CLASSES.some((c) => node.classList.contains(c))) return true;
    if (LIGHT_CLASSES.some((c) => node.classList.contains(c))) return false;
  }
  if (backdrop) return luminance(backdrop) < 0.2;
  const parent = parentOf(host) ?? document.documentElement;
  const scheme = getComputedStyle(parent).colorScheme.split(/\s+/);
  const meta =
    document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content.split(/\s+/) ?? [];
  const offered = scheme.includes('dark') || scheme.includes('light') ? scheme : meta;
  if (!offered.includes('dark')) return false;
  if (!offered.includes('light')) return true;
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/** The font family around the widget, unless it is only the browser's default. */
function hostFont(host: Element): string | undefined {
  const parent = parentOf(host);
  if (!parent) return undefined;
  const family = getComputedStyle(parent).fontFamily.trim();
  if (!family || /^("?Times New Roman"?|Times|serif|-webkit-standard|initial)$/i.test(family))
    return undefined;
  // A family list as the computed value gives it is valid CSS as it is; refuse anything else.
  return /^[\w\s,"'-]+$/u.test(family) ? family : undefined;
}

/** The colour of a link in the page's running text (not a menu's), if there is one. */
function hostLink(host: Element): Rgba | undefined {
  const doc = host.ownerDocument;
  const link =
    doc.querySelector('main p a[href], article p a[href], p a[href], main li a[href]') ??
    doc.querySelector('main a[href]');
  const color = link ? parseColor(getComputedStyle(link).color) : undefined;
  return color && color[3] >= 0.98 ? color : undefined;
}

/* One observer for the whole page, however many widgets: the root and body attributes
   (class, theme attributes, style) and the visitor's colour scheme. */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;
const notify = () => listeners.forEach((listener) => listener());

function watchPage(listener: () => void): void {
  listeners.add(listener);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(notify);
  const options = { attributes: true, attributeFilter: ['class', 'style', ...SCHEME_ATTRIBUTES] };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
  media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', notify);
}

function unwatchPage(listener: () => void): void {
  listeners.delete(listener);
  if (listeners.size || !observer) return;
  observer.disconnect();
  media?.removeEventListener('change', notify);
  observer = undefined;
  media = undefined;
}
