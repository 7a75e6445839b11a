import '../support/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { CATALOGUE, GOAL_LEVELS, SITUATIONS } from '../../src/goal-picker/catalogue.js';
import { DOMAINS, SKILLS, GoalSchema } from '../../src/feed/schema.js';
import { switchLocale } from '../../src/localization/localization.js';

// The goal ids the sample feed's programmes list (examples/feeds/aanbod.json): the
// steering demo only works when the catalogue has them.
const SAMPLE_FEED_GOALS = [
  'arranging-forms',
  'arranging-housing-repair',
  'arranging-letters',
  'digital-digid-login',
  'digital-email',
  'health-food-labels',
  'health-gp-appointment',
  'health-pharmacy',
  'integration-exam-b1',
  'integration-knm-exam',
  'leisure-small-talk',
  'numeracy-budget',
  'numeracy-payslip',
  'parenting-read-aloud',
  'parenting-teacher-talk',
  'work-colleagues-talk',
  'work-cv',
  'work-job-interview',
];

const PREFIX: Record<(typeof DOMAINS)[number], string> = {
  'work-education': 'work-',
  'integration-naturalisation': 'integration-',
  parenting: 'parenting-',
  'health-exercise': 'health-',
  'arranging-matters': 'arranging-',
  'leisure-social': 'leisure-',
  'digital-skills': 'digital-',
  numeracy: 'numeracy-',
};

describe('goal catalogue', () => {
  before(() => switchLocale('nl'));

  it('has at least six goals in each of the eight domains', () => {
    for (const domain of DOMAINS) {
      const count = CATALOGUE.filter((goal) => goal.domain === domain).length;
      expect(count, domain).to.be.at.least(6);
    }
    expect(CATALOGUE.length).to.be.at.least(48);
  });

  it('has unique, stable kebab-case ids prefixed by a short domain word', () => {
    const ids = CATALOGUE.map((goal) => goal.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const goal of CATALOGUE) {
      expect(goal.id, goal.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(goal.id.startsWith(PREFIX[goal.domain]), goal.id).to.equal(true);
    }
  });

  it('gives every goal a level from A0 to B1, a known skill and a picture', () => {
    for (const goal of CATALOGUE) {
      expect(GOAL_LEVELS, goal.id).to.include(goal.level);
      expect(SKILLS, goal.id).to.include(goal.skill);
      expect(SITUATIONS, goal.id).to.include(goal.picture);
    }
    // Low levels are there for learners who are still learning to read.
    expect(CATALOGUE.some((goal) => goal.level === 'A0')).to.equal(true);
  });

  it('would be a valid feed goal (the same shape a feed publishes)', () => {
    for (const goal of CATALOGUE) {
      const result = GoalSchema.safeParse({
        id: goal.id,
        domain: goal.domain,
        level: goal.level,
        skill: goal.skill,
        text: goal.textNl,
      });
      expect(result.success, goal.id).to.equal(true);
    }
  });

  it('keeps the plain Dutch text equal to the Dutch msg() source, short enough to read', () => {
    for (const goal of CATALOGUE) {
      expect(goal.text, goal.id).to.equal(goal.textNl);
      expect(goal.textNl.split(/\s+/).length, goal.id).to.be.at.most(14);
      expect(goal.textNl, goal.id).to.match(/^Ik .+\.$/);
    }
  });

  it("includes every goal id the sample feed's programmes use", () => {
    const ids = new Set(CATALOGUE.map((goal) => goal.id));
    for (const id of SAMPLE_FEED_GOALS) expect(ids.has(id), id).to.equal(true);
  });

  it('agrees with the sample feed (the ids it lists, read from the file itself)', async () => {
    const feed = (await (await fetch('/examples/feeds/aanbod.json')).json()) as {
      programmes: { goals?: string[] }[];
      goals?: { id: string }[];
    };
    const feedGoals = new Set((feed.goals ?? []).map((goal) => goal.id));
    const ids = new Set(CATALOGUE.map((goal) => goal.id));
    for (const programme of feed.programmes) {
      for (const id of programme.goals ?? []) expect(ids.has(id) || feedGoals.has(id), id).to.equal(true);
    }
  });
});
