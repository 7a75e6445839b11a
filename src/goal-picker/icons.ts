/**
 * Pictograms of the situations the learning goals are about, drawn for Taalwijzer in
 * the style of `shared/domain-icons.ts` (24x24, 2px round strokes in `currentColor`,
 * `aria-hidden`). Goals about similar situations share a picture; a feed goal without
 * a built-in twin shows its domain's picture.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { domainIcon, pictogram } from '../shared/domain-icons.js';
import type { Situation } from './catalogue.js';
import type { PickerGoal } from './goals.js';

const SITUATION_ICONS: Record<Situation, SVGTemplateResult> = {
  // A hard hat: work with your hands, instructions at work.
  work: svg`<path d="M3 18h18" /><path d="M5 18v-3a7 7 0 0 1 14 0v3" /><path d="M10 8.3V13" /><path d="M14 8.3V13" />`,
  phone: svg`<rect x="7" y="2.5" width="10" height="19" rx="2" /><path d="M11 18.5h2" />`,
  people: svg`<circle cx="9" cy="7.5" r="3" /><path d="M3 20v-1a5 5 0 0 1 5-5h2a5 5 0 0 1 5 5v1" /><circle cx="17" cy="8.5" r="2.5" /><path d="M17.5 14a4 4 0 0 1 3.5 4v2" />`,
  search: svg`<circle cx="10.5" cy="10.5" r="6.5" /><path d="M15.5 15.5l5 5" />`,
  cv: svg`<rect x="5" y="3" width="14" height="18" rx="1.5" /><circle cx="12" cy="8.5" r="2" /><path d="M8.5 14a3.5 3.5 0 0 1 7 0" /><path d="M8.5 17.5h7" />`,
  chat: svg`<path d="M5 4h14a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-8l-5 4v-4H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" /><path d="M8 10.5h.01M12 10.5h.01M16 10.5h.01" stroke-width="2.5" />`,
  school: svg`<path d="M3 21h18" /><path d="M5 21V10l7-5 7 5v11" /><path d="M10 21v-5h4v5" /><circle cx="12" cy="10.5" r="1.5" />`,
  townhall: svg`<path d="M3 9l9-5 9 5" /><path d="M4 9h16" /><path d="M6.5 12v5M10.5 12v5M13.5 12v5M17.5 12v5" /><path d="M4 18.5h16" /><path d="M3 21h18" />`,
  letter: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="M3.5 6.5l8.5 6.5 8.5-6.5" />`,
  // A Dutch windmill: life in the Netherlands (KNM).
  windmill: svg`<path d="M8.5 21l2-10h3l2 10" /><path d="M6 21h12" /><path d="M12 9L5 2M12 9l7-7M12 9l-7 7M12 9l7 7" /><path d="M11 21v-3h2v3" />`,
  exam: svg`<rect x="5" y="3" width="14" height="18" rx="1.5" /><path d="M8 8l1.5 1.5L12 7" /><path d="M14 8.5h2" /><path d="M8 13l1.5 1.5L12 12" /><path d="M14 13.5h2" /><path d="M8 17.5h8" />`,
  idcard: svg`<rect x="2" y="5" width="20" height="14" rx="2" /><circle cx="8" cy="10.5" r="2" /><path d="M5 16a3 3 0 0 1 6 0" /><path d="M14 10h5M14 13h5M14 16h3" />`,
  child: svg`<circle cx="9" cy="6" r="2.5" /><path d="M9 8.5v6" /><path d="M5.5 11.5L9 10.5l3.5 1" /><path d="M9 14.5l-2 5.5M9 14.5l2 5.5" /><circle cx="17.5" cy="17.5" r="2.5" />`,
  book: svg`<path d="M12 6.5c-2-1.5-5-2-8.5-1.5v14c3.5-.5 6.5 0 8.5 1.5 2-1.5 5-2 8.5-1.5V5c-3.5-.5-6.5 0-8.5 1.5z" /><path d="M12 6.5V20" />`,
  // A body with pain marks at the head: saying where it hurts.
  body: svg`<circle cx="12" cy="4.5" r="2" /><path d="M12 7v7" /><path d="M7 10.5l5-2 5 2" /><path d="M12 14l-3 7M12 14l3 7" /><path d="M15.5 2.5l1.5-1M16 4.5h2M15.5 6.5l1.5 1" />`,
  emergency: svg`<path d="M7 18v-6a5 5 0 0 1 10 0v6" /><rect x="5" y="18" width="14" height="3" rx="1" /><path d="M12 2v2M4.5 5.5L6 7M19.5 5.5L18 7M2 12h2M20 12h2" />`,
  doctor: svg`<path d="M5 3h2M13 3h2" /><path d="M6 3v5a4 4 0 0 0 8 0V3" /><path d="M10 12v3a5 5 0 0 0 10 0v-2" /><circle cx="20" cy="11" r="2" />`,
  pharmacy: svg`<rect x="6" y="7" width="12" height="14" rx="2" /><path d="M7.5 3h9v4h-9z" /><path d="M12 11v6M9 14h6" />`,
  food: svg`<path d="M12 7.5c-1.8-1.2-5.5-1.2-6.8 1.8C3.8 12.5 5.5 17 8 19.5c1.4 1.4 2.8 1.4 4 .5 1.2.9 2.6.9 4-.5 2.5-2.5 4.2-7 2.8-10.2-1.3-3-5-3-6.8-1.8z" /><path d="M12 7.5c0-2 .8-3.5 2.5-4.5" />`,
  sport: svg`<circle cx="12" cy="12" r="9" /><path d="M12 8l3.3 2.4-1.3 3.9h-4l-1.3-3.9z" /><path d="M12 8V3M15.3 10.4l4.8-1.6M14 14.3l3 4M10 14.3l-3 4M8.7 10.4L3.9 8.8" />`,
  card: svg`<rect x="2" y="5" width="20" height="14" rx="2" /><path d="M2 10h20" /><path d="M6 15h4" />`,
  form: svg`<rect x="5" y="4" width="14" height="17" rx="1.5" /><path d="M9 4V2.5h6V4" /><path d="M8 9h8M8 13h8M8 17h4" />`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18" /><path d="M8 3v4M16 3v4" /><path d="M7.5 14h2M11 14h2M14.5 14h2M7.5 17.5h2M11 17.5h2" />`,
  parcel: svg`<path d="M3 7.5L12 3l9 4.5v9L12 21l-9-4.5z" /><path d="M3 7.5l9 4.5 9-4.5" /><path d="M12 12v9" /><path d="M7.5 5.25l9 4.5" />`,
  house: svg`<path d="M3 11l9-8 9 8" /><path d="M5 9.5V21h14V9.5" /><path d="M10 21v-6h4v6" />`,
  // Someone waving hello.
  wave: svg`<circle cx="9.5" cy="5" r="2.5" /><path d="M9.5 7.5v7" /><path d="M9.5 14.5L7 21M9.5 14.5L12 21" /><path d="M9.5 10L6 13" /><path d="M9.5 10l5.5-1.5V3" /><path d="M17.5 2.5l1.5-1M18 5.5h2.5" />`,
  shop: svg`<path d="M2 3h3l2.5 12h11l2-8H6" /><circle cx="9" cy="19.5" r="1.5" /><circle cx="17" cy="19.5" r="1.5" />`,
  bus: svg`<rect x="5" y="3" width="14" height="15" rx="2" /><path d="M5 11h14" /><path d="M9 6h6" /><path d="M8 14.5h.01M16 14.5h.01" stroke-width="2.5" /><path d="M7.5 18v2.5M16.5 18v2.5" />`,
  computer: svg`<rect x="3" y="4" width="18" height="12" rx="1.5" /><path d="M12 16v4" /><path d="M8 20h8" />`,
  video: svg`<rect x="2" y="7" width="13" height="10" rx="2" /><path d="M15 11l6-3.5v9L15 13" />`,
  email: svg`<circle cx="12" cy="12" r="4" /><path d="M16 8v5.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7.1" />`,
  // Logging in: a password box with dots and a key.
  digid: svg`<rect x="2" y="4" width="20" height="9" rx="2" /><path d="M6.5 8.5h.01M10 8.5h.01M13.5 8.5h.01" stroke-width="2.5" /><path d="M17.5 6.5v4" /><circle cx="8" cy="18" r="2.5" /><path d="M10.5 18H18v2.5M15 18v2" />`,
  lock: svg`<rect x="5" y="11" width="14" height="10" rx="2" /><path d="M8 11V7a4 4 0 0 1 8 0v4" /><path d="M12 15v2" />`,
  clock: svg`<circle cx="12" cy="12" r="9" /><path d="M12 7v5l3 2" />`,
  // A ruler.
  measure: svg`<path d="M3 15.5L15.5 3 21 8.5 8.5 21z" /><path d="M7 11.5l2 2M10 8.5l2 2M13 5.5l2 2" />`,
  money: svg`<rect x="2" y="6" width="20" height="12" rx="2" /><circle cx="12" cy="12" r="2.5" /><path d="M5.5 12h.01M18.5 12h.01" stroke-width="2.5" />`,
};

/** The pictogram of a situation. */
export function situationIcon(situation: Situation): SVGTemplateResult {
  return pictogram(SITUATION_ICONS[situation], `icon situation-icon situation-icon-${situation}`);
}

/** The pictogram of a goal: its situation, or its domain's picture when it has none. */
export function goalIcon(goal: PickerGoal): SVGTemplateResult {
  return goal.picture ? situationIcon(goal.picture) : domainIcon(goal.domain);
}

/** Small pictograms of the controls (read aloud, back, print...). */
export const uiIcons = {
  speaker: () =>
    pictogram(
      svg`<path d="M4 9h4l5-4v14l-5-4H4z" /><path d="M16.5 9a4 4 0 0 1 0 6" /><path d="M19 6.5a7.5 7.5 0 0 1 0 11" />`,
      'icon ui-icon',
    ),
  back: () => pictogram(svg`<path d="M19 12H5" /><path d="M11 6l-6 6 6 6" />`, 'icon ui-icon flip-rtl'),
  forward: () => pictogram(svg`<path d="M5 12h14" /><path d="M13 6l6 6-6 6" />`, 'icon ui-icon flip-rtl'),
  print: () =>
    pictogram(
      svg`<path d="M7 9V3h10v6" /><rect x="3" y="9" width="18" height="8" rx="2" /><path d="M7 14h10v7H7z" />`,
      'icon ui-icon',
    ),
  link: () =>
    pictogram(
      svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" /><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />`,
      'icon ui-icon',
    ),
  share: () =>
    pictogram(
      svg`<circle cx="18" cy="5" r="2.5" /><circle cx="6" cy="12" r="2.5" /><circle cx="18" cy="19" r="2.5" /><path d="M8.2 10.8l7.6-4.5M8.2 13.2l7.6 4.5" />`,
      'icon ui-icon',
    ),
  check: () => pictogram(svg`<path d="M5 12.5l4.5 4.5L19 7" />`, 'icon ui-icon'),
  remove: () => pictogram(svg`<path d="M6 6l12 12M18 6L6 18" />`, 'icon ui-icon'),
  plus: () => pictogram(svg`<path d="M12 5v14M5 12h14" />`, 'icon ui-icon'),
  list: () =>
    pictogram(
      svg`<path d="M10 6h10M10 12h10M10 18h10" /><path d="M3.5 6l1.5 1.5L7.5 5M3.5 12l1.5 1.5L7.5 11M3.5 18l1.5 1.5L7.5 17" />`,
      'icon ui-icon',
    ),
};
