/**
 * The feed format's enumerated values and patterns, without zod: what the widgets need
 * to label and check values (schema.ts builds the zod schemas from them).
 */
export const DOMAINS = [
  'work-education',
  'integration-naturalisation',
  'parenting',
  'health-exercise',
  'arranging-matters',
  'leisure-social',
  'digital-skills',
  'numeracy',
] as const;
export const THEMES = [
  'housing',
  'finance-administration',
  'health',
  'integration',
  'family',
  'social-network',
  'participation',
] as const;
export const ROUTES = ['b1', 'education', 'z'] as const;
export const KINDS = [
  'course',
  'language-cafe',
  'coaching',
  'drop-in',
  'workshop',
  'reading-at-home',
  'self-study',
] as const;
export const LEARNING_TYPES = ['formal', 'non-formal', 'informal'] as const;
export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export const CEFR_LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2', 'C1'] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export const SKILLS = ['speaking', 'listening', 'reading', 'writing', 'conversation'] as const;
export const ORGANISATION_KINDS = [
  'library',
  'language-house',
  'refugee-support',
  'language-school',
  'municipality',
  'welfare',
  'other',
] as const;

export type Domain = (typeof DOMAINS)[number];
export type Theme = (typeof THEMES)[number];
export type Route = (typeof ROUTES)[number];
export type Kind = (typeof KINDS)[number];
export type LearningType = (typeof LEARNING_TYPES)[number];
export type Format = (typeof FORMATS)[number];
export type Cefr = (typeof CEFR_LEVELS)[number];
export type Day = (typeof DAYS)[number];
export type Skill = (typeof SKILLS)[number];

/** URL schemes a feed URL may use; anything else is dropped (see parse.ts). */
export const SAFE_URL_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/** A BCP 47 language tag, loosely: `nl`, `ar`, `fa-AF`, `sr-Latn`, `prs`. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
