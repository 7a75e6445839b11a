/**
 * `dist/taalwijzer.js`: registers every Taalwijzer element (guarded, so loading it
 * twice never throws) and exports the public types and helpers.
 */
import './programme-finder/define.js';
import './goal-picker/define.js';
import './volunteer-form/define.js';

export { TaalProgrammeFinder } from './programme-finder/programme-finder.js';
export { TaalGoalPicker } from './goal-picker/goal-picker.js';
export { TaalVolunteerForm } from './volunteer-form/volunteer-form.js';
export * from './events/events.js';
export type * from './feed/schema.js';
export type { LoadedFeed, FeedErrorKind } from './feed/load.js';
export type { VolunteerSubmission } from './volunteer-form/submission.js';
export { LOCALES } from './localization/locales.js';
export { getLocale, switchLocale } from './localization/localization.js';
