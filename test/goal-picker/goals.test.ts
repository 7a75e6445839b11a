import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../src/goal-picker/catalogue.js';
import {
  chosenGoals,
  countByDomain,
  domainsOf,
  goalsOf,
  goalText,
  goalTextNl,
  mergeGoals,
  readGoalsFromHash,
  shareUrl,
  toggled,
} from '../../src/goal-picker/goals.js';
import type { Goal } from '../../src/feed/schema.js';
import { switchLocale } from '../../src/localization/localization.js';

const feedGoals: Goal[] = [
  {
    id: 'health-gp-appointment',
    domain: 'health-exercise',
    text: {
      nl: 'Ik kan bij onze huisarts een afspraak maken.',
      en: 'I can make an appointment with our GP.',
    },
    level: 'A1',
  },
  { id: 'leisure-chess', domain: 'leisure-social', text: { en: 'I can join the chess club.' } },
  {
    id: 'health-dentist',
    domain: 'health-exercise',
    text: 'Ik kan een afspraak maken bij de tandarts.',
    level: 'B1',
  },
];

describe('goal picker rules', () => {
  before(() => switchLocale('nl'));

  describe('mergeGoals', () => {
    it('keeps the built-in catalogue as it is without feed goals', () => {
      const merged = mergeGoals(CATALOGUE);
      expect(merged.map((goal) => goal.id)).to.deep.equal(CATALOGUE.map((goal) => goal.id));
      expect(merged.every((goal) => goal.builtIn && goal.picture)).to.equal(true);
    });

    it('replaces a built-in goal by id in place, keeping its picture, and appends new ones in feed order', () => {
      const merged = mergeGoals(CATALOGUE, feedGoals);
      expect(merged.length).to.equal(CATALOGUE.length + 2);
      const index = CATALOGUE.findIndex((goal) => goal.id === 'health-gp-appointment');
      const replaced = merged[index];
      expect(replaced.id).to.equal('health-gp-appointment');
      expect(replaced.builtIn).to.equal(undefined);
      expect(replaced.level).to.equal('A1');
      expect(replaced.picture).to.equal('doctor');
      expect(goalText(replaced, 'nl').text).to.equal('Ik kan bij onze huisarts een afspraak maken.');
      expect(goalText(replaced, 'en')).to.deep.equal({
        text: 'I can make an appointment with our GP.',
        lang: 'en',
      });
      expect(merged.slice(-2).map((goal) => goal.id)).to.deep.equal(['leisure-chess', 'health-dentist']);
      expect(merged.filter((goal) => goal.id === 'health-gp-appointment')).to.have.length(1);
    });

    it('uses the first of two feed goals with the same id', () => {
      const merged = mergeGoals(CATALOGUE, [feedGoals[2], { ...feedGoals[2], text: 'Anders.' }]);
      expect(merged.filter((goal) => goal.id === 'health-dentist')).to.have.length(1);
      expect(goalText(merged.at(-1)!, 'nl').text).to.equal('Ik kan een afspraak maken bij de tandarts.');
    });
  });

  it('gives the Dutch text of a goal, and none for a feed goal without Dutch', () => {
    const merged = mergeGoals(CATALOGUE, feedGoals);
    const builtIn = merged.find((goal) => goal.id === 'digital-email')!;
    expect(goalTextNl(builtIn)).to.equal('Ik kan een korte e-mail schrijven en versturen.');
    expect(goalTextNl(merged.find((goal) => goal.id === 'leisure-chess')!)).to.equal(undefined);
    // Shown in the only language it has, marked as such.
    expect(
      goalText(
        merged.find((goal) => goal.id === 'leisure-chess')!,
        'nl',
      ),
    ).to.deep.equal({
      text: 'I can join the chess club.',
      lang: 'en',
    });
  });

  it('shows a built-in goal in the UI language, marked with that language', async () => {
    const goal = mergeGoals(CATALOGUE)[0];
    await switchLocale('ar');
    try {
      const picked = goalText(goal, 'ar');
      expect(picked.lang).to.equal('ar');
      expect(picked.text).not.to.equal(goal.builtIn!.textNl);
      expect(picked.text).to.match(/[\u0600-\u06FF]/);
    } finally {
      await switchLocale('nl');
    }
    // In Dutch it is the source text, marked nl.
    expect(goalText(goal, 'nl')).to.deep.equal({ text: goal.builtIn!.textNl, lang: 'nl' });
  });

  it('filters a domain by level: up to the chosen level, goals without a level always', () => {
    const merged = mergeGoals(CATALOGUE, [
      ...feedGoals,
      { id: 'health-walk', domain: 'health-exercise', text: 'Ik wandel.' },
    ]);
    const upToA1 = goalsOf(merged, 'health-exercise', 'A1');
    expect(upToA1.length).to.be.greaterThan(0);
    expect(upToA1.every((goal) => !goal.level || ['A0', 'A1'].includes(goal.level))).to.equal(true);
    expect(upToA1.map((goal) => goal.id)).to.include.members([
      'health-body-parts',
      'health-walk',
      'health-gp-appointment',
    ]);
    expect(upToA1.map((goal) => goal.id)).not.to.include('health-dentist');
    expect(goalsOf(merged, 'health-exercise', null).length).to.equal(
      merged.filter((goal) => goal.domain === 'health-exercise').length,
    );
  });

  it('works out the chosen goals, their domains and counts per domain', () => {
    const merged = mergeGoals(CATALOGUE);
    let selected = toggled([], 'digital-email', true);
    selected = toggled(selected, 'health-gp-appointment', true);
    selected = toggled(selected, 'digital-digid-login', true);
    selected = toggled(selected, 'not-a-goal', true);
    selected = toggled(selected, 'not-a-goal', false);
    expect(selected).to.deep.equal(['digital-email', 'health-gp-appointment', 'digital-digid-login']);
    const chosen = chosenGoals(merged, [...selected, 'from-a-feed-not-loaded-yet']);
    expect(chosen).to.have.length(3);
    expect(domainsOf(chosen)).to.deep.equal(['health-exercise', 'digital-skills']);
    expect(countByDomain(chosen).get('digital-skills')).to.equal(2);
  });

  describe('share link', () => {
    it('round-trips goal ids through the URL hash', () => {
      const ids = ['health-gp-appointment', 'digital-email', 'leisure-small-talk'];
      const url = shareUrl('https://bieb.example/taalhuis/?pagina=2#inhoud', ids);
      expect(url).to.equal(
        'https://bieb.example/taalhuis/?pagina=2#doelen=health-gp-appointment,digital-email,leisure-small-talk',
      );
      expect(readGoalsFromHash(new URL(url).hash)).to.deep.equal(ids);
    });

    it('leaves out the hash without goals', () => {
      expect(shareUrl('https://bieb.example/taalhuis/#doelen=a-b', [])).to.equal(
        'https://bieb.example/taalhuis/',
      );
    });

    it('reads the goals among other hash parameters and ignores junk', () => {
      expect(readGoalsFromHash('#tab=1&doelen=work-cv,%3Cscript%3E,,work-cv,digital-email')).to.deep.equal([
        'work-cv',
        'digital-email',
      ]);
      expect(readGoalsFromHash('#inhoud')).to.deep.equal([]);
      expect(readGoalsFromHash('')).to.deep.equal([]);
      expect(readGoalsFromHash('#doelen=%E0%A4%A')).to.deep.equal([]);
    });
  });
});
