/**
 * Pictograms for the eight learning-goal domains, drawn for Taalwijzer.
 *
 * The national instrument (nt2-leerdoelen) shows domains as pictures first, because
 * many learners cannot read a list of sentences yet. These are simple line drawings on
 * a 24x24 grid, stroked in `currentColor` (so they follow the text colour, the theme and
 * forced-colours mode), 2px round strokes, no fills except small dots. They are
 * decorative next to a visible name, so every one is `aria-hidden` and not focusable.
 * Size them with CSS (`inline-size`/`block-size` on the `svg`); the default is 1.5em.
 *
 * Shared by `<taal-goal-picker>` and `<taal-programme-finder>`.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Domain } from '../feed/schema.js';

/** Wraps pictogram content in the common `<svg>` element; shared with the goal pictograms. */
export function pictogram(content: SVGTemplateResult, className = 'icon'): SVGTemplateResult {
  // The whole <svg> element comes from an `svg` template, so it is created in the SVG
  // namespace and callers can put the result straight into an `html` template.
  return svg`<svg
    class=${className}
    viewBox="0 0 24 24"
    width="24"
    height="24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${content}</svg>`;
}

// Work and education: a briefcase, which reads as "work" in every culture we serve.
const workEducation = svg`
  <rect x="3" y="8" width="18" height="12" rx="2" />
  <path d="M9 8V6a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v2" />
  <path d="M3 13h18" />
  <path d="M11 13v2h2v-2" />
`;

// Integration and naturalisation: the Dutch flag (three stripes) on its pole.
const integrationNaturalisation = svg`
  <path d="M4 22V2.5" />
  <path d="M4 3.5h16v11H4" />
  <path d="M4 7.2h16M4 10.8h16" />
  <path d="M2 22h5" />
`;

// Parenting: a parent holding a child's hand.
const parenting = svg`
  <circle cx="8" cy="4.5" r="2.5" />
  <path d="M8 7v8" />
  <path d="M8 15l-2.5 6.5M8 15l2.5 6.5" />
  <path d="M8 9.5l-3.5 4" />
  <path d="M8 9.5l5.5 4.5" />
  <circle cx="17.5" cy="10" r="2" />
  <path d="M17.5 12v5" />
  <path d="M17.5 17l-1.8 4.5M17.5 17l1.8 4.5" />
  <path d="M17.5 13.5l-4 .5" />
`;

// Health and exercise: a heart with a pulse line.
const healthExercise = svg`
  <path d="M12 20s-7.5-4.6-8.8-9.4C2.3 7.3 4.4 4.5 7.4 4.5c1.9 0 3.4 1 4.6 2.7 1.2-1.7 2.7-2.7 4.6-2.7 3 0 5.1 2.8 4.2 6.1C19.5 15.4 12 20 12 20z" />
  <path d="M3.5 12h4l1.5-3 3 6 1.5-3h7" />
`;

// Arranging matters: a letter with a form's lines and a tick, the paperwork of daily life.
const arrangingMatters = svg`
  <path d="M6 3h9l4 4v14H6z" />
  <path d="M15 3v4h4" />
  <path d="M9 11h7" />
  <path d="M9 14.5h7" />
  <path d="M9 18l1.5 1.5L13.5 16" />
`;

// Leisure and social: two speech bubbles, people talking.
const leisureSocial = svg`
  <path d="M3 5.5A2.5 2.5 0 0 1 5.5 3h7A2.5 2.5 0 0 1 15 5.5v4a2.5 2.5 0 0 1-2.5 2.5H8l-3.5 3v-3.2A2.5 2.5 0 0 1 3 9.5z" />
  <path d="M17.5 8.5h1A2.5 2.5 0 0 1 21 11v4a2.5 2.5 0 0 1-1.5 2.3V21l-3.5-3h-3.5A2.5 2.5 0 0 1 10 15.5v-1" />
`;

// Digital skills: a phone next to a laptop.
const digitalSkills = svg`
  <rect x="3" y="5" width="13" height="9" rx="1" />
  <path d="M1.5 17.5h16" />
  <path d="M3 14l-1.5 3.5" />
  <path d="M16 14l1.5 3.5" />
  <rect x="17" y="9" width="5.5" height="11" rx="1" />
  <path d="M19.25 17.5h1" />
`;

// Numeracy: a calculator.
const numeracy = svg`
  <rect x="5" y="2.5" width="14" height="19" rx="2" />
  <rect x="8" y="5.5" width="8" height="4" rx="0.5" />
  <path d="M8.5 13.5h1M12 13.5h0M14.5 13.5h1" />
  <path d="M8.5 17.5h1M12 17.5h0M14.5 17.5h1" />
`;

const DOMAIN_ICONS: Record<Domain, SVGTemplateResult> = {
  'work-education': workEducation,
  'integration-naturalisation': integrationNaturalisation,
  parenting,
  'health-exercise': healthExercise,
  'arranging-matters': arrangingMatters,
  'leisure-social': leisureSocial,
  'digital-skills': digitalSkills,
  numeracy,
};

/**
 * The pictogram of a learning-goal domain: an inline `<svg>` (24x24 viewBox, stroke
 * `currentColor`, `aria-hidden`), to be shown next to the domain's visible name.
 */
export function domainIcon(domain: Domain): SVGTemplateResult {
  return pictogram(DOMAIN_ICONS[domain], `icon domain-icon domain-icon-${domain}`);
}
