/**
 * `dist/taalwijzer.js`: the one script a webmaster adds. It is small: each widget's code is
 * imported from next to it the first time its tag (or a `data-taal-widget` placeholder naming
 * it) is on the page, then registered (guarded, so loading it twice, or next to a per-element
 * entry, never throws), and its placeholders are upgraded. Also exports the public types and
 * helpers; the element classes come from the per-element entries
 * (`taalwijzer/programme-finder.js` and so on).
 */
import { loadWidgetsOnDemand } from './loader.js';

// Now for the widgets already parsed, and later for those the parser or a script adds.
loadWidgetsOnDemand(globalThis.document);

export { defineAll, loadWidget } from './loader.js';
export type { TaalProgrammeFinder } from './programme-finder/define.js';
export type { TaalGoalPicker } from './goal-picker/define.js';
export type { TaalVolunteerForm } from './volunteer-form/define.js';
export type { TaalOfferOverview } from './offer-overview/define.js';
export * from './contract/events.js';
export type * from './feed/schema.js';
export type { LoadedFeed, FeedErrorKind } from './feed/load.js';
export type { VolunteerSubmission } from './contract/submission.js';
export { LOCALES } from './localization/locales.js';
export { getLocale, switchLocale } from './localization/localization.js';
export { upgradeDataWidgets, stopWatchingDataWidgets, DATA_WIDGETS } from './shared/upgrade-data-widgets.js';
