/**
 * `dist/taalwijzer.js`: registers every Taalwijzer element (guarded, so loading it
 * twice never throws), upgrades the `data-taal-widget` placeholders of site editors
 * that strip custom elements, and exports the public types and helpers.
 */
import './programme-finder/define.js';
import './goal-picker/define.js';
import './volunteer-form/define.js';
import { upgradeDataWidgets } from './shared/upgrade-data-widgets.js';

// After the defines above, so each placeholder becomes a working widget at once. Does
// nothing outside a browser; keeps watching the page for placeholders added later.
upgradeDataWidgets(globalThis.document);

export { TaalProgrammeFinder } from './programme-finder/programme-finder.js';
export { TaalGoalPicker } from './goal-picker/goal-picker.js';
export { TaalVolunteerForm } from './volunteer-form/volunteer-form.js';
export * from './events/events.js';
export type * from './feed/schema.js';
export type { LoadedFeed, FeedErrorKind } from './feed/load.js';
export type { VolunteerSubmission } from './volunteer-form/submission.js';
export { LOCALES } from './localization/locales.js';
export { getLocale, switchLocale } from './localization/localization.js';
export { upgradeDataWidgets, stopWatchingDataWidgets, DATA_WIDGETS } from './shared/upgrade-data-widgets.js';
