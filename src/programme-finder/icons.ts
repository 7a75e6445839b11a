/**
 * The finder's small interface icons (24 x 24, stroke in `currentColor`), drawn for
 * this project. Decorative: each is `aria-hidden`; the text next to it says what it
 * means. Domain pictograms come from `src/shared/domain-icons.ts`.
 */
import { svg, type SVGTemplateResult } from 'lit';

const icon = (cls: string, body: SVGTemplateResult) =>
  svg`<svg class="icon ${cls}" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const searchIcon = () =>
  icon('icon-search', svg`<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21"/>`);
export const filterIcon = () => icon('icon-filter', svg`<path d="M4 6h16M7 12h10M10 18h4"/>`);
export const closeIcon = () => icon('icon-close', svg`<path d="M6 6l12 12M18 6 6 18"/>`);
export const calendarIcon = () =>
  icon(
    'icon-calendar',
    svg`<rect x="3.5" y="5" width="17" height="15" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/>`,
  );
export const pinIcon = () =>
  icon(
    'icon-pin',
    svg`<path d="M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z"/><circle cx="12" cy="10" r="2.3"/>`,
  );
export const onlineIcon = () =>
  icon(
    'icon-online',
    svg`<rect x="3" y="4.5" width="18" height="12" rx="1.5"/><path d="M8.5 20h7M12 16.5V20"/>`,
  );
export const peopleIcon = () =>
  icon(
    'icon-people',
    svg`<circle cx="9" cy="8.5" r="3"/><path d="M3.5 19c.6-3.2 2.8-5 5.5-5s4.9 1.8 5.5 5"/><circle cx="16.5" cy="9" r="2.5"/><path d="M16 14c2.4 0 4 1.5 4.5 4.5"/>`,
  );
export const chatIcon = () =>
  icon('icon-chat', svg`<path d="M4 5.5h16v10H10l-4.5 3.5v-3.5H4z"/><path d="M8 9.5h8M8 12.5h5"/>`);
export const starIcon = () =>
  icon('icon-star', svg`<path d="m12 3.8 2.5 5.1 5.6.8-4 3.9 1 5.6-5.1-2.7-5 2.7 1-5.6-4.1-3.9 5.6-.8z"/>`);
export const alertIcon = () =>
  icon('icon-alert', svg`<path d="M12 3.5 21.5 20h-19z"/><path d="M12 10v4.5M12 17.3v.2"/>`);
export const clockIcon = () =>
  icon('icon-clock', svg`<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>`);
export const euroIcon = () =>
  icon('icon-euro', svg`<path d="M17 6.5A6.5 6.5 0 1 0 17 17.5"/><path d="M4.5 10.5h8M4.5 13.5h8"/>`);
export const mapIcon = () =>
  icon(
    'icon-map',
    svg`<path d="m3.5 6.5 5.5-2 6 2 5.5-2v13l-5.5 2-6-2-5.5 2z"/><path d="M9 4.5v13M15 6.5v13"/>`,
  );
export const phoneIcon = () =>
  icon(
    'icon-phone',
    svg`<path d="M6.5 3.5h3l1.5 4.5-2 1.3a11 11 0 0 0 5.7 5.7l1.3-2 4.5 1.5v3a2 2 0 0 1-2.2 2A16.5 16.5 0 0 1 4.5 5.7a2 2 0 0 1 2-2.2z"/>`,
  );
export const mailIcon = () =>
  icon(
    'icon-mail',
    svg`<rect x="3" y="5.5" width="18" height="13" rx="1.5"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/>`,
  );
export const linkIcon = () =>
  icon(
    'icon-external icon-mirrored',
    svg`<path d="M14 4.5h5.5V10M19.5 4.5 11 13"/><path d="M18 14v5.5H4.5V6H10"/>`,
  );
export const shareIcon = () =>
  icon(
    'icon-share',
    svg`<circle cx="6.5" cy="12" r="2.5"/><circle cx="17.5" cy="6" r="2.5"/><circle cx="17.5" cy="18" r="2.5"/><path d="m8.7 10.8 6.6-3.6M8.7 13.2l6.6 3.6"/>`,
  );
export const downloadIcon = () =>
  icon('icon-download', svg`<path d="M12 4v11M7.5 10.5 12 15l4.5-4.5M5 19.5h14"/>`);
export const backIcon = () => icon('icon-back icon-mirrored', svg`<path d="M19 12H5M11 6l-6 6 6 6"/>`);
export const chevronIcon = () => icon('icon-chevron', svg`<path d="m6 9 6 6 6-6"/>`);
export const accessIcon = () =>
  icon('icon-access', svg`<circle cx="12" cy="4.5" r="1.8"/><path d="M6 8.5h12M12 8.5v5.5M9 21l3-7 3 7"/>`);
export const levelIcon = () => icon('icon-level', svg`<path d="M5 19v-4M10 19v-8M15 19v-11M20 19V5"/>`);
export const speakerIcon = () =>
  icon(
    'icon-speaker',
    svg`<path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 9a4 4 0 0 1 0 6"/><path d="M19 6.5a7.5 7.5 0 0 1 0 11"/>`,
  );
export const stopIcon = () => icon('icon-stop', svg`<rect x="6" y="6" width="12" height="12" rx="1.5"/>`);
export const takeAlongIcon = () =>
  icon(
    'icon-take-along',
    svg`<rect x="6" y="3" width="12" height="18" rx="2"/><path d="M9.5 8h5M9.5 11.5h5M9.5 15h3"/>`,
  );
export const printIcon = () =>
  icon(
    'icon-print',
    svg`<path d="M7 9V3.5h10V9"/><rect x="3.5" y="9" width="17" height="7.5" rx="1.5"/><path d="M7 14h10v6.5H7z"/>`,
  );
export const houseIcon = () =>
  icon('icon-house', svg`<path d="M4 11 12 4l8 7"/><path d="M6 9.5V20h12V9.5"/><path d="M10 20v-5h4v5"/>`);
