/**
 * The goal picker's rules, without DOM: merging a feed's goals into the built-in
 * catalogue, the text of a goal in a locale and in Dutch, the level filter, the
 * selection's domains, and the share link (`#doelen=id1,id2`).
 */
import { CEFR_LEVELS, DOMAINS, type Cefr, type Domain, type Skill } from '../feed/values.js';
import type { Goal, Text } from '../feed/schema.js';
import { pickText, sameLanguage, type PickedText } from '../feed/text.js';
import type { CatalogueGoal, GoalLevel, Situation } from './catalogue.js';

/** A goal the picker shows: a built-in one, or one from the feed (new or replacing by id). */
export interface PickerGoal {
  readonly id: string;
  readonly domain: Domain;
  readonly level?: Cefr;
  readonly skill?: Skill;
  /** The situation pictogram; a feed goal replacing a built-in one keeps its picture. */
  readonly picture?: Situation;
  /** Set for a built-in goal. */
  readonly builtIn?: CatalogueGoal;
  /** Set for a goal from the feed; its text wins over the built-in one. */
  readonly feedText?: Text;
}

export type { GoalSteering } from '../contract/goal-steering.js';

/**
 * The catalogue the picker shows: the built-in goals in their order, each replaced in
 * place by a feed goal with the same id, followed by the feed's new goals in feed order.
 * A feed goal with the id of an earlier feed goal is ignored (the parser already skips
 * duplicates; this keeps the function total).
 */
export function mergeGoals(builtIn: readonly CatalogueGoal[], feedGoals: readonly Goal[] = []): PickerGoal[] {
  const fromFeed = new Map<string, Goal>();
  for (const goal of feedGoals) if (!fromFeed.has(goal.id)) fromFeed.set(goal.id, goal);

  const merged: PickerGoal[] = builtIn.map((goal) => {
    const replacement = fromFeed.get(goal.id);
    if (!replacement) {
      return {
        id: goal.id,
        domain: goal.domain,
        level: goal.level,
        skill: goal.skill,
        picture: goal.picture,
        builtIn: goal,
      };
    }
    fromFeed.delete(goal.id);
    return {
      id: replacement.id,
      domain: replacement.domain,
      level: replacement.level,
      skill: replacement.skill,
      picture: goal.picture,
      feedText: replacement.text,
    };
  });
  for (const goal of fromFeed.values()) {
    merged.push({
      id: goal.id,
      domain: goal.domain,
      level: goal.level,
      skill: goal.skill,
      feedText: goal.text,
    });
  }
  return merged;
}

/**
 * The goal's text to show in `locale`, with the language it is really in. A built-in
 * goal whose translation is missing shows its Dutch source, marked `nl`.
 */
export function goalText(goal: PickerGoal, locale: string): PickedText {
  if (goal.feedText !== undefined) return pickText(goal.feedText, locale) ?? { text: goal.id, lang: 'en' };
  const builtIn = goal.builtIn!;
  const text = builtIn.text;
  const lang = sameLanguage(locale, 'nl') || text === builtIn.textNl ? 'nl' : locale;
  return { text, lang };
}

/** The goal's Dutch text, when there is one (a feed goal may lack Dutch). */
export function goalTextNl(goal: PickerGoal): string | undefined {
  if (goal.feedText === undefined) return goal.builtIn?.textNl;
  const picked = pickText(goal.feedText, 'nl');
  return picked && sameLanguage(picked.lang, 'nl') ? picked.text : undefined;
}

/** Whether a goal shows with the level filter set to `maxLevel` (null: every level). A goal without a level always shows. */
export function withinLevel(goal: PickerGoal, maxLevel: GoalLevel | null): boolean {
  if (!maxLevel || !goal.level) return true;
  return CEFR_LEVELS.indexOf(goal.level) <= CEFR_LEVELS.indexOf(maxLevel);
}

/** The goals of `domain` up to `maxLevel`, in catalogue order. */
export function goalsOf(
  goals: readonly PickerGoal[],
  domain: Domain,
  maxLevel: GoalLevel | null,
): PickerGoal[] {
  return goals.filter((goal) => goal.domain === domain && withinLevel(goal, maxLevel));
}

/** The known goals among `selected`, in catalogue order. */
export function chosenGoals(goals: readonly PickerGoal[], selected: readonly string[]): PickerGoal[] {
  const ids = new Set(selected);
  return goals.filter((goal) => ids.has(goal.id));
}

/** The domains of `chosen`, in the order of DOMAINS, each once. */
export function domainsOf(chosen: readonly PickerGoal[]): Domain[] {
  const present = new Set(chosen.map((goal) => goal.domain));
  return DOMAINS.filter((domain) => present.has(domain));
}

/** How many of `chosen` are in each domain. */
export function countByDomain(chosen: readonly PickerGoal[]): Map<Domain, number> {
  const counts = new Map<Domain, number>();
  for (const goal of chosen) counts.set(goal.domain, (counts.get(goal.domain) ?? 0) + 1);
  return counts;
}

/** `selected` with `id` added (at the end) or removed. */
export function toggled(selected: readonly string[], id: string, on: boolean): string[] {
  const without = selected.filter((existing) => existing !== id);
  return on ? [...without, id] : without;
}

/** The key of the share link's hash: `#doelen=id1,id2`. */
export const HASH_KEY = 'doelen';
const GOAL_ID = /^[A-Za-z0-9][\w.-]{0,199}$/;
const MAX_SHARED_GOALS = 200;

/**
 * The goal ids in a URL hash like `#doelen=health-gp-appointment,digital-email`, also
 * as one of several `&`-separated parameters. Ids that cannot be goal ids are dropped,
 * duplicates kept once. Returns [] when the hash has none.
 */
export function readGoalsFromHash(hash: string): string[] {
  const part = hash
    .replace(/^#/, '')
    .split('&')
    .find((piece) => piece.startsWith(`${HASH_KEY}=`));
  if (!part) return [];
  const ids = part
    .slice(HASH_KEY.length + 1)
    .split(',')
    .map((id) => safeDecode(id).trim())
    .filter((id) => GOAL_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_SHARED_GOALS);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

/**
 * The link to share: `href` with its hash replaced by the goal ids
 * (`#doelen=id1,id2`), or without a hash when there are none.
 */
export function shareUrl(href: string, ids: readonly string[]): string {
  const url = new URL(href);
  url.hash = ids.length ? `${HASH_KEY}=${ids.map(encodeURIComponent).join(',')}` : '';
  return url.href.replace(/#$/, '');
}
