/** The picker's texts that take a number or a value, in the interface language. */
import { msg, str } from '@lit/localize';
import { formatNumber, plural } from '../shared/format.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('goals');

/** "3 doelen" */
export function countText(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, locale, {
    one: () =>
      msg(str`${n} doel`, {
        id: 'goals.count.one',
        desc: 'Number of chosen goals, singular form (badge on the "my goals" button). Placeholder: the number.',
      }),
    two: () =>
      msg(str`${n} doelen`, {
        id: 'goals.count.two',
        desc: 'As "goals.count.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
      }),
    few: () =>
      msg(str`${n} doelen`, {
        id: 'goals.count.few',
        desc: 'As "goals.count.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
      }),
    many: () =>
      msg(str`${n} doelen`, {
        id: 'goals.count.many',
        desc: 'As "goals.count.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
      }),
    other: () =>
      msg(str`${n} doelen`, {
        id: 'goals.count.other',
        desc: 'Number of chosen goals, plural form (badge on the "my goals" button). Placeholder: the number.',
      }),
  });
}

/** "2 gekozen" on a domain tile */
export function chosenText(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return plural(count, locale, {
    one: () =>
      msg(str`${n} doel gekozen`, {
        id: 'goals.chosen.one',
        desc: 'Badge on a topic picture: how many goals are chosen in it, singular. Placeholder: the number.',
      }),
    two: () =>
      msg(str`${n} doelen gekozen`, {
        id: 'goals.chosen.two',
        desc: 'As "goals.chosen.other", for exactly two: a form of its own in Arabic (dual). Other languages: the same as the plural.',
      }),
    few: () =>
      msg(str`${n} doelen gekozen`, {
        id: 'goals.chosen.few',
        desc: 'As "goals.chosen.other", for a few: Polish and Ukrainian 2-4 (22-24...), Arabic 3-10. Other languages: the same as the plural.',
      }),
    many: () =>
      msg(str`${n} doelen gekozen`, {
        id: 'goals.chosen.many',
        desc: 'As "goals.chosen.other", for many: Polish and Ukrainian 5-20 (25-30...), Arabic 11-99. Other languages: the same as the plural.',
      }),
    other: () =>
      msg(str`${n} doelen gekozen`, {
        id: 'goals.chosen.other',
        desc: 'Badge on a topic picture: how many goals are chosen in it, plural. Placeholder: the number.',
      }),
  });
}

export function levelText(level: string): string {
  return msg(str`Niveau ${level}`, {
    id: 'goals.level.badge',
    desc: 'Language level of a goal, e.g. "Niveau A2". The placeholder is the CEFR level code.',
  });
}

export function summaryTitle(): string {
  return msg('Mijn doelen', {
    id: 'goals.summary.heading',
    desc: 'Heading of the summary (step 3) and of the printed sheet: the goals I chose.',
  });
}
