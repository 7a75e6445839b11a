/**
 * The feed schema's rules that relate several values (zod refinements), as plain functions:
 * `schema.ts` checks them through zod, and the validator generated from it at build time
 * (`src/generated/feed-check.ts`, see scripts/generate-validators.mjs) calls the same ones.
 */
import { CEFR_LEVELS, type Cefr } from './values.js';

/** `HH:MM`, 00:00 to 23:59. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** `YYYY-MM-DD`. */
export const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A text in several languages says something in at least one. */
export function hasSomeText(value: Record<string, string>): boolean {
  return Object.values(value).some((text) => text.trim() !== '');
}

/** A weekly rule ends after it starts (left to the time checks when a time is malformed). */
export function endsAfterStart(rule: { start: string; end: string }): boolean {
  return !TIME.test(rule.start) || !TIME.test(rule.end) || rule.end > rule.start;
}

/** A weekly rule's `until` is not before its `from`. */
export function untilNotBeforeFrom(rule: { from?: string; until?: string }): boolean {
  return (
    !rule.from || !rule.until || !DATE.test(rule.from) || !DATE.test(rule.until) || rule.until >= rule.from
  );
}

/** A programme's lowest level is not above its highest. */
export function levelsInOrder(programme: { level?: { min?: Cefr; max?: Cefr } }): boolean {
  const { min, max } = programme.level ?? {};
  return !min || !max || CEFR_LEVELS.indexOf(min) <= CEFR_LEVELS.indexOf(max);
}
