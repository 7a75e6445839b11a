import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/programme-finder/define.js';
import '../src/goal-picker/define.js';
import '../src/volunteer-form/define.js';

interface Args {
  accent: string;
  accentContrast: string;
  text: string;
  surface: string;
  surfaceAlt: string;
  border: string;
  fontFamily: string;
  radius: string;
  space: string;
}

/**
 * The same three widgets in different surroundings: the defaults, tokens set by the page,
 * a dark theme through tokens alone, a municipality's NL Design System theme, and a page
 * whose own CSS is hostile. The error state (a feed that does not exist) shows a button in
 * the accent colour without scrolling; the goal picker shows tiles; the finder the sample feed.
 *
 * Storybook is documentation, not the strict-CSP target: stories may use `<style>` and
 * `style` attributes. On a real page, put the tokens in the site's stylesheet.
 */
const meta: Meta<Args> = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
  args: {
    accent: '',
    accentContrast: '',
    text: '',
    surface: '',
    surfaceAlt: '',
    border: '',
    fontFamily: '',
    radius: '',
    space: '',
  },
  argTypes: {
    accent: { control: 'color', description: '`--taal-color-accent`' },
    accentContrast: { control: 'color', description: '`--taal-color-accent-contrast`' },
    text: { control: 'color', description: '`--taal-color-text`' },
    surface: { control: 'color', description: '`--taal-color-surface`' },
    surfaceAlt: { control: 'color', description: '`--taal-color-surface-alt`' },
    border: { control: 'color', description: '`--taal-color-border`' },
    fontFamily: { control: 'text', description: '`--taal-font-family`' },
    radius: { control: 'text', description: '`--taal-radius`, e.g. `0` or `1rem`' },
    space: { control: 'text', description: '`--taal-space`, e.g. `0.625rem`' },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Only the tokens that have a value, as custom properties. */
function tokensFrom(args: Args): Record<string, string> {
  const names: Record<keyof Args, string> = {
    accent: '--taal-color-accent',
    accentContrast: '--taal-color-accent-contrast',
    text: '--taal-color-text',
    surface: '--taal-color-surface',
    surfaceAlt: '--taal-color-surface-alt',
    border: '--taal-color-border',
    fontFamily: '--taal-font-family',
    radius: '--taal-radius',
    space: '--taal-space',
  };
  return Object.fromEntries(
    (Object.keys(names) as (keyof Args)[]).filter((key) => args[key]).map((key) => [names[key], args[key]]),
  );
}

/** The widgets every story shows, inside a wrapper that carries the tokens. */
function sampler(tokens: Record<string, string> = {}, className = '') {
  return html`<div class="taal-sampler ${className}" style=${styleMap(tokens)}>
    <taal-programme-finder src="feeds/bestaat-niet.json"></taal-programme-finder>
    <taal-goal-picker></taal-goal-picker>
    <taal-volunteer-form src="feeds/aanbod.json" action="mailto:taalhuis@example.nl"></taal-volunteer-form>
    <taal-programme-finder src="feeds/aanbod.json"></taal-programme-finder>
  </div>`;
}

const samplerLayout = html`<style>
  .taal-sampler {
    display: grid;
    gap: 2rem;
    padding: 1rem;
  }
</style>`;

/**
 * No tokens at all: the defaults. Use the controls to set any `--taal-*` token and see
 * every widget follow.
 */
export const Default: Story = {
  render: (args) => html`${samplerLayout}${sampler(tokensFrom(args))}`,
};

/**
 * A dark theme through tokens alone. `--taal-color-scheme: dark` also gives the native
 * controls (selects, checkboxes, scroll bars) their dark look. Every pair keeps WCAG AA
 * contrast: text 14.1:1 and accent 8.6:1 on the surface, 9.2:1 for text on buttons.
 */
export const DarkTokens: Story = {
  render: () =>
    html`<style>
        .taal-dark {
          --taal-color-scheme: dark;
          --taal-color-accent: #7cc7d0;
          --taal-color-accent-contrast: #0d1b1e;
          --taal-color-link: #9fd8df;
          --taal-color-text: #e8eef0;
          --taal-color-muted: #b3c0c4;
          --taal-color-surface: #14202a;
          --taal-color-surface-alt: #1e2d38;
          --taal-color-border: #8096a0;
          --taal-color-danger: #ff8a80;
          --taal-color-success: #7ddc8f;
          --taal-color-warning: #ffd54f;
          --taal-color-warning-surface: #3a3000;
          --taal-focus-ring-color: #ffd54f;
          background: #14202a;
        }
      </style>
      ${samplerLayout}${sampler({}, 'taal-dark')}`,
};

/**
 * A municipality site whose NL Design System theme (here a made-up "Gemeente Voorbeeld")
 * defines only its own tokens, none of Taalwijzer's: the widgets take the theme's primary
 * button colour, paragraph font and colour, document background and focus colour.
 */
export const MunicipalityNlDesignSystem: Story = {
  render: () =>
    html`<style>
        .voorbeeld-theme {
          --nl-button-primary-background-color: #a3001b;
          --nl-button-primary-color: #ffffff;
          --nl-link-color: #a3001b;
          --nl-paragraph-font-family: Georgia, 'Times New Roman', serif;
          --nl-paragraph-color: #1f2933;
          --utrecht-document-background-color: #fffdf8;
          --utrecht-form-control-border-color: #5c6670;
          --utrecht-focus-outline-color: #0a58ca;
          --basis-border-radius-md: 0;
          background: #fffdf8;
        }
      </style>
      ${samplerLayout}${sampler({}, 'voorbeeld-theme')}`,
};

/**
 * A page whose own CSS is hostile: Comic Sans, red, uppercase, a triple line height and
 * `content-box` on everything, pink buttons, padded divs, inline list items. The page's own
 * elements above the widgets show the rules at work; the widgets do not notice them.
 */
export const HostileHostCss: Story = {
  render: () =>
    html`<style>
        .hostile-page * {
          font-family: 'Comic Sans MS', cursive;
          color: red;
          box-sizing: content-box;
          line-height: 3;
          text-transform: uppercase;
          letter-spacing: 0.2em;
        }
        .hostile-page button {
          background: hotpink;
        }
        .hostile-page div {
          padding: 40px;
        }
        .hostile-page li {
          display: inline;
        }
      </style>
      ${samplerLayout}
      <div class="hostile-page">
        <p>Tekst van de pagina zelf.</p>
        <button type="button">Knop van de pagina</button>
        <ul>
          <li>Lijst van de pagina</li>
          <li>inline</li>
        </ul>
        ${sampler()}
      </div>`,
};

/** Tokens set on one widget only: a page can give each widget its own look. */
export const PerWidget: Story = {
  render: () =>
    html`${samplerLayout}
      <div class="taal-sampler">
        <taal-programme-finder
          src="feeds/bestaat-niet.json"
          style=${styleMap({ '--taal-color-accent': '#6a1b9a', '--taal-radius': '1rem' })}
        ></taal-programme-finder>
        <taal-programme-finder src="feeds/bestaat-niet.json"></taal-programme-finder>
      </div>`,
};
