/** The embed code the studio writes for a webmaster's CMS, from the options picked in its preview. */

export const PREVIEW_WIDGETS = ['finder', 'goals', 'volunteer'] as const;
export type PreviewWidget = (typeof PREVIEW_WIDGETS)[number];

export const WIDGET_TAGS: Record<PreviewWidget, string> = {
  finder: 'taal-programme-finder',
  goals: 'taal-goal-picker',
  volunteer: 'taal-volunteer-form',
};

export interface EmbedOptions {
  /** Address of `taalwijzer.js`. */
  script: string;
  widget: PreviewWidget;
  feedUrl: string;
  /** A UI locale, or empty: the visitor's language. */
  locale: string;
  /** `#rrggbb`, or empty for the default. */
  accent: string;
  privacyUrl: string;
  /** The volunteer form's `action`: an https address or `mailto:`. */
  action: string;
}

const DEFAULT_ACCENT = '#0b5f6e';

/** `&`, `<`, `>` and `"` as entities, for an attribute value in double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The script tag and the element, ready to paste. The colour is a `style` attribute on the
 * element (one line, no stylesheet needed); a page with a strict style policy puts the same
 * `--taal-color-accent` in its own CSS instead (docs/webmasters.md).
 */
export function embedCode(options: EmbedOptions): string {
  const attributes = [`src="${attribute(options.feedUrl)}"`];
  if (options.locale) attributes.push(`locale="${attribute(options.locale)}"`);
  if (options.widget === 'volunteer' && /^(https:|mailto:)/.test(options.action))
    attributes.push(`action="${attribute(options.action)}"`);
  if (options.widget === 'volunteer' && /^https?:/.test(options.privacyUrl))
    attributes.push(`privacy-url="${attribute(options.privacyUrl)}"`);
  if (options.widget === 'finder') attributes.push('url-state');
  if (/^#[0-9a-f]{6}$/i.test(options.accent) && options.accent.toLowerCase() !== DEFAULT_ACCENT)
    attributes.push(`style="--taal-color-accent: ${options.accent}"`);
  const tag = WIDGET_TAGS[options.widget];
  return `<script type="module" src="${attribute(options.script)}"></script>\n<${tag} ${attributes.join(' ')}></${tag}>\n`;
}
