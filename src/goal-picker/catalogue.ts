/**
 * The built-in catalogue of can-do learning goals: at least six per domain, each with a
 * stable id, a CEFR level from A0 (not yet literate) to B1, a skill and a picture of
 * its situation. Plain data, no DOM; the picker merges a feed's `goals` into it (see
 * `goals.ts`).
 *
 * Ids are part of the public contract: feeds list them in `programmes[].goals` and
 * share links carry them (`#doelen=...`), so an id never changes once published.
 * Ids start with a short domain word (`health-`, `digital-`...).
 *
 * Each text is written twice on purpose: `textNl` is the Dutch source as plain data
 * (the printed summary shows it next to the visitor's language, whatever the UI
 * locale), and `text` is the same sentence through `msg()`, so it is extracted for
 * translation and read in the active locale. A test checks that the two agree.
 */
import { msg } from '@lit/localize';
import type { Domain, Skill } from '../feed/schema.js';
import { useMessages } from '../localization/localization.js';

// The goals' words are in the goal picker's translation chunk.
useMessages('goals');

/** The levels the built-in goals use: A0 (learning to read and write) up to B1. */
export const GOAL_LEVELS = ['A0', 'A1', 'A2', 'B1'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

/** Situations with their own pictogram (see `icons.ts`); similar goals share one. */
export const SITUATIONS = [
  'work',
  'phone',
  'people',
  'search',
  'cv',
  'chat',
  'school',
  'townhall',
  'letter',
  'windmill',
  'exam',
  'idcard',
  'child',
  'book',
  'body',
  'emergency',
  'doctor',
  'pharmacy',
  'food',
  'sport',
  'card',
  'form',
  'calendar',
  'parcel',
  'house',
  'wave',
  'shop',
  'bus',
  'computer',
  'video',
  'email',
  'digid',
  'lock',
  'clock',
  'measure',
  'money',
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** A goal of the built-in catalogue. */
export interface CatalogueGoal {
  /** Stable, kebab-case, prefixed by a short domain word. */
  readonly id: string;
  readonly domain: Domain;
  readonly level: GoalLevel;
  readonly skill: Skill;
  /** The situation pictogram shown with the goal. */
  readonly picture: Situation;
  /** The Dutch text as plain data, whatever the UI locale. */
  readonly textNl: string;
  /** The text in the active UI locale (Dutch when not translated yet). */
  readonly text: string;
}

/** Every built-in goal, by domain in the order of `DOMAINS`, then by level. */
export const CATALOGUE: readonly CatalogueGoal[] = [
  // work-education
  {
    id: 'work-introduce-self',
    domain: 'work-education',
    level: 'A1',
    skill: 'speaking',
    picture: 'work',
    textNl: 'Ik kan vertellen wie ik ben en welk werk ik deed.',
    get text() {
      return msg('Ik kan vertellen wie ik ben en welk werk ik deed.', {
        id: 'goal.work-introduce-self',
        desc: 'Can-do goal, A1, work and education (speaking): introducing yourself and the work you did before. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'work-instructions',
    domain: 'work-education',
    level: 'A1',
    skill: 'listening',
    picture: 'work',
    textNl: 'Ik begrijp een korte uitleg over mijn werk.',
    get text() {
      return msg('Ik begrijp een korte uitleg over mijn werk.', {
        id: 'goal.work-instructions',
        desc: 'Can-do goal, A1, work and education (listening): understanding short work instructions from a boss or colleague. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'work-sick-call',
    domain: 'work-education',
    level: 'A2',
    skill: 'speaking',
    picture: 'phone',
    textNl: 'Ik kan mijn baas bellen als ik ziek ben.',
    get text() {
      return msg('Ik kan mijn baas bellen als ik ziek ben.', {
        id: 'goal.work-sick-call',
        desc: 'Can-do goal, A2, work and education (speaking): phoning the boss to report sick. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'work-colleagues-talk',
    domain: 'work-education',
    level: 'A2',
    skill: 'conversation',
    picture: 'people',
    textNl: "Ik kan in de pauze met collega's praten.",
    get text() {
      return msg("Ik kan in de pauze met collega's praten.", {
        id: 'goal.work-colleagues-talk',
        desc: 'Can-do goal, A2, work and education (conversation): small talk with colleagues during the break. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'work-vacancy',
    domain: 'work-education',
    level: 'A2',
    skill: 'reading',
    picture: 'search',
    textNl: 'Ik kan een vacature lezen en zien wat voor werk het is.',
    get text() {
      return msg('Ik kan een vacature lezen en zien wat voor werk het is.', {
        id: 'goal.work-vacancy',
        desc: 'Can-do goal, A2, work and education (reading): reading a job advert and understanding what the job is. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'work-cv',
    domain: 'work-education',
    level: 'A2',
    skill: 'writing',
    picture: 'cv',
    textNl: 'Ik kan met hulp mijn cv maken.',
    get text() {
      return msg('Ik kan met hulp mijn cv maken.', {
        id: 'goal.work-cv',
        desc: 'Can-do goal, A2, work and education (writing): writing a CV with some help. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'work-job-interview',
    domain: 'work-education',
    level: 'B1',
    skill: 'conversation',
    picture: 'chat',
    textNl: 'Ik kan in een sollicitatiegesprek vertellen wat ik kan.',
    get text() {
      return msg('Ik kan in een sollicitatiegesprek vertellen wat ik kan.', {
        id: 'goal.work-job-interview',
        desc: 'Can-do goal, B1, work and education (conversation): telling an employer what you can do in a job interview. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'work-course-signup',
    domain: 'work-education',
    level: 'B1',
    skill: 'reading',
    picture: 'school',
    textNl: 'Ik kan een opleiding kiezen en mij aanmelden.',
    get text() {
      return msg('Ik kan een opleiding kiezen en mij aanmelden.', {
        id: 'goal.work-course-signup',
        desc: 'Can-do goal, B1, work and education (reading): choosing a course or training and signing up for it. Translate in plain, short words: the reader may read little.',
      });
    },
  },

  // integration-naturalisation
  {
    id: 'integration-own-story',
    domain: 'integration-naturalisation',
    level: 'A1',
    skill: 'speaking',
    picture: 'chat',
    textNl: 'Ik kan vertellen waar ik vandaan kom en hoe lang ik hier woon.',
    get text() {
      return msg('Ik kan vertellen waar ik vandaan kom en hoe lang ik hier woon.', {
        id: 'goal.integration-own-story',
        desc: 'Can-do goal, A1, integration and naturalisation (speaking): telling where you come from and how long you have lived here. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'integration-municipality-questions',
    domain: 'integration-naturalisation',
    level: 'A2',
    skill: 'conversation',
    picture: 'townhall',
    textNl: 'Ik kan de gemeente vragen stellen over mijn inburgering.',
    get text() {
      return msg('Ik kan de gemeente vragen stellen over mijn inburgering.', {
        id: 'goal.integration-municipality-questions',
        desc: 'Can-do goal, A2, integration and naturalisation (conversation): asking the municipality questions about your integration. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'integration-pip-talk',
    domain: 'integration-naturalisation',
    level: 'A2',
    skill: 'conversation',
    picture: 'people',
    textNl: 'Ik kan met mijn klantmanager praten over mijn plan.',
    get text() {
      return msg('Ik kan met mijn klantmanager praten over mijn plan.', {
        id: 'goal.integration-pip-talk',
        desc: 'Can-do goal, A2, integration and naturalisation (conversation): talking with your case manager at the municipality about your integration plan (PIP). Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'integration-duo-letter',
    domain: 'integration-naturalisation',
    level: 'A2',
    skill: 'reading',
    picture: 'letter',
    textNl: 'Ik begrijp een brief van DUO over mijn lening of examen.',
    get text() {
      return msg('Ik begrijp een brief van DUO over mijn lening of examen.', {
        id: 'goal.integration-duo-letter',
        desc: 'Can-do goal, A2, integration and naturalisation (reading): understanding a letter from DUO (the agency for study loans and exams) about your loan or exam. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'integration-knm-exam',
    domain: 'integration-naturalisation',
    level: 'A2',
    skill: 'reading',
    picture: 'windmill',
    textNl: 'Ik weet hoe het leven in Nederland werkt: wonen, werk, zorg en school.',
    get text() {
      return msg('Ik weet hoe het leven in Nederland werkt: wonen, werk, zorg en school.', {
        id: 'goal.integration-knm-exam',
        desc: 'Can-do goal, A2, integration and naturalisation (reading): knowledge of Dutch society for the KNM exam: housing, work, care, school. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'integration-dutch-rules',
    domain: 'integration-naturalisation',
    level: 'A2',
    skill: 'listening',
    picture: 'windmill',
    textNl: 'Ik begrijp uitleg over de regels en rechten in Nederland.',
    get text() {
      return msg('Ik begrijp uitleg over de regels en rechten in Nederland.', {
        id: 'goal.integration-dutch-rules',
        desc: 'Can-do goal, A2, integration and naturalisation (listening): understanding an explanation of rules and rights in the Netherlands (participation statement, PVT). Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'integration-exam-b1',
    domain: 'integration-naturalisation',
    level: 'B1',
    skill: 'speaking',
    picture: 'exam',
    textNl: 'Ik kan de examens op niveau B1 doen.',
    get text() {
      return msg('Ik kan de examens op niveau B1 doen.', {
        id: 'goal.integration-exam-b1',
        desc: 'Can-do goal, B1, integration and naturalisation (speaking): taking the civic integration exams at level B1. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'integration-naturalisation',
    domain: 'integration-naturalisation',
    level: 'B1',
    skill: 'reading',
    picture: 'idcard',
    textNl: 'Ik weet wat ik moet doen om Nederlander te worden.',
    get text() {
      return msg('Ik weet wat ik moet doen om Nederlander te worden.', {
        id: 'goal.integration-naturalisation',
        desc: 'Can-do goal, B1, integration and naturalisation (reading): knowing the steps to become a Dutch citizen (naturalisation). Translate in plain, short words: the reader may read little.',
      });
    },
  },

  // parenting
  {
    id: 'parenting-sick-report',
    domain: 'parenting',
    level: 'A1',
    skill: 'speaking',
    picture: 'phone',
    textNl: 'Ik kan mijn kind ziek melden bij school.',
    get text() {
      return msg('Ik kan mijn kind ziek melden bij school.', {
        id: 'goal.parenting-sick-report',
        desc: 'Can-do goal, A1, parenting (speaking): telling the school that your child is sick. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'parenting-playdate',
    domain: 'parenting',
    level: 'A1',
    skill: 'conversation',
    picture: 'child',
    textNl: 'Ik kan met andere ouders afspreken om te spelen.',
    get text() {
      return msg('Ik kan met andere ouders afspreken om te spelen.', {
        id: 'goal.parenting-playdate',
        desc: 'Can-do goal, A1, parenting (conversation): arranging a playdate with other parents. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'parenting-read-aloud',
    domain: 'parenting',
    level: 'A1',
    skill: 'reading',
    picture: 'book',
    textNl: 'Ik kan een prentenboek voorlezen aan mijn kind.',
    get text() {
      return msg('Ik kan een prentenboek voorlezen aan mijn kind.', {
        id: 'goal.parenting-read-aloud',
        desc: 'Can-do goal, A1, parenting (reading): reading a picture book aloud to your child. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'parenting-teacher-talk',
    domain: 'parenting',
    level: 'A2',
    skill: 'conversation',
    picture: 'school',
    textNl: 'Ik kan met de juf of meester praten over mijn kind.',
    get text() {
      return msg('Ik kan met de juf of meester praten over mijn kind.', {
        id: 'goal.parenting-teacher-talk',
        desc: "Can-do goal, A2, parenting (conversation): talking with your child's teacher. Translate in plain, short words: the reader may read little.",
      });
    },
  },
  {
    id: 'parenting-school-letter',
    domain: 'parenting',
    level: 'A2',
    skill: 'reading',
    picture: 'letter',
    textNl: 'Ik begrijp een brief of bericht van school.',
    get text() {
      return msg('Ik begrijp een brief of bericht van school.', {
        id: 'goal.parenting-school-letter',
        desc: 'Can-do goal, A2, parenting (reading): understanding a letter or app message from school. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'parenting-youth-health',
    domain: 'parenting',
    level: 'A2',
    skill: 'conversation',
    picture: 'child',
    textNl: 'Ik kan vragen stellen bij het consultatiebureau.',
    get text() {
      return msg('Ik kan vragen stellen bij het consultatiebureau.', {
        id: 'goal.parenting-youth-health',
        desc: 'Can-do goal, A2, parenting (conversation): asking questions at the child health clinic (consultatiebureau). Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'parenting-homework',
    domain: 'parenting',
    level: 'B1',
    skill: 'reading',
    picture: 'book',
    textNl: 'Ik kan mijn kind helpen met huiswerk.',
    get text() {
      return msg('Ik kan mijn kind helpen met huiswerk.', {
        id: 'goal.parenting-homework',
        desc: 'Can-do goal, B1, parenting (reading): helping your child with homework. Translate in plain, short words: the reader may read little.',
      });
    },
  },

  // health-exercise
  {
    id: 'health-body-parts',
    domain: 'health-exercise',
    level: 'A0',
    skill: 'speaking',
    picture: 'body',
    textNl: 'Ik kan zeggen waar ik pijn heb, met woorden als hoofd, buik en rug.',
    get text() {
      return msg('Ik kan zeggen waar ik pijn heb, met woorden als hoofd, buik en rug.', {
        id: 'goal.health-body-parts',
        desc: 'Can-do goal, A0, health (speaking): naming parts of the body to say where it hurts. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'health-emergency',
    domain: 'health-exercise',
    level: 'A1',
    skill: 'speaking',
    picture: 'emergency',
    textNl: 'Ik kan 112 bellen en zeggen wat er is en waar.',
    get text() {
      return msg('Ik kan 112 bellen en zeggen wat er is en waar.', {
        id: 'goal.health-emergency',
        desc: 'Can-do goal, A1, health (speaking): calling the emergency number 112 and saying what happened and where. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'health-gp-appointment',
    domain: 'health-exercise',
    level: 'A2',
    skill: 'conversation',
    picture: 'doctor',
    textNl: 'Ik kan de huisarts bellen en een afspraak maken.',
    get text() {
      return msg('Ik kan de huisarts bellen en een afspraak maken.', {
        id: 'goal.health-gp-appointment',
        desc: 'Can-do goal, A2, health (conversation): making an appointment with the GP by phone. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'health-pharmacy',
    domain: 'health-exercise',
    level: 'A2',
    skill: 'listening',
    picture: 'pharmacy',
    textNl: 'Ik begrijp wat de apotheek zegt over mijn medicijnen.',
    get text() {
      return msg('Ik begrijp wat de apotheek zegt over mijn medicijnen.', {
        id: 'goal.health-pharmacy',
        desc: 'Can-do goal, A2, health (listening): understanding what the pharmacy says about your medicine. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'health-food-labels',
    domain: 'health-exercise',
    level: 'A2',
    skill: 'reading',
    picture: 'food',
    textNl: 'Ik kan op een etiket lezen wat er in het eten zit.',
    get text() {
      return msg('Ik kan op een etiket lezen wat er in het eten zit.', {
        id: 'goal.health-food-labels',
        desc: 'Can-do goal, A2, health (reading): reading a food label to see what is in the food. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'health-sports-club',
    domain: 'health-exercise',
    level: 'A2',
    skill: 'conversation',
    picture: 'sport',
    textNl: 'Ik kan mij aanmelden bij een sportclub.',
    get text() {
      return msg('Ik kan mij aanmelden bij een sportclub.', {
        id: 'goal.health-sports-club',
        desc: 'Can-do goal, A2, health (conversation): signing up at a sports club. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'health-insurance',
    domain: 'health-exercise',
    level: 'B1',
    skill: 'reading',
    picture: 'card',
    textNl: 'Ik begrijp wat mijn zorgverzekering betaalt.',
    get text() {
      return msg('Ik begrijp wat mijn zorgverzekering betaalt.', {
        id: 'goal.health-insurance',
        desc: 'Can-do goal, B1, health (reading): understanding what your health insurance pays for. Translate in plain, short words: the reader may read little.',
      });
    },
  },

  // arranging-matters
  {
    id: 'arranging-name-address',
    domain: 'arranging-matters',
    level: 'A0',
    skill: 'writing',
    picture: 'form',
    textNl: 'Ik kan mijn naam en adres schrijven.',
    get text() {
      return msg('Ik kan mijn naam en adres schrijven.', {
        id: 'goal.arranging-name-address',
        desc: 'Can-do goal, A0, arranging matters (writing): writing your own name and address. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'arranging-appointment',
    domain: 'arranging-matters',
    level: 'A1',
    skill: 'speaking',
    picture: 'calendar',
    textNl: 'Ik kan een afspraak maken en een dag en tijd noemen.',
    get text() {
      return msg('Ik kan een afspraak maken en een dag en tijd noemen.', {
        id: 'goal.arranging-appointment',
        desc: 'Can-do goal, A1, arranging matters (speaking): making an appointment and saying a day and time. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'arranging-parcel',
    domain: 'arranging-matters',
    level: 'A1',
    skill: 'conversation',
    picture: 'parcel',
    textNl: 'Ik kan een pakket ophalen of versturen.',
    get text() {
      return msg('Ik kan een pakket ophalen of versturen.', {
        id: 'goal.arranging-parcel',
        desc: 'Can-do goal, A1, arranging matters (conversation): collecting or sending a parcel at the post point. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'arranging-forms',
    domain: 'arranging-matters',
    level: 'A2',
    skill: 'writing',
    picture: 'form',
    textNl: 'Ik kan een formulier invullen met mijn gegevens.',
    get text() {
      return msg('Ik kan een formulier invullen met mijn gegevens.', {
        id: 'goal.arranging-forms',
        desc: 'Can-do goal, A2, arranging matters (writing): filling in a form with your personal details. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'arranging-letters',
    domain: 'arranging-matters',
    level: 'A2',
    skill: 'reading',
    picture: 'letter',
    textNl: 'Ik begrijp waar een brief over gaat en wat ik moet doen.',
    get text() {
      return msg('Ik begrijp waar een brief over gaat en wat ik moet doen.', {
        id: 'goal.arranging-letters',
        desc: 'Can-do goal, A2, arranging matters (reading): understanding what an official letter is about and what to do. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'arranging-housing-repair',
    domain: 'arranging-matters',
    level: 'A2',
    skill: 'speaking',
    picture: 'house',
    textNl: 'Ik kan een reparatie in mijn huis melden.',
    get text() {
      return msg('Ik kan een reparatie in mijn huis melden.', {
        id: 'goal.arranging-housing-repair',
        desc: 'Can-do goal, A2, arranging matters (speaking): reporting a repair in your home to the landlord or housing association. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'arranging-bank',
    domain: 'arranging-matters',
    level: 'A2',
    skill: 'conversation',
    picture: 'card',
    textNl: 'Ik kan bij de bank vragen stellen over mijn rekening.',
    get text() {
      return msg('Ik kan bij de bank vragen stellen over mijn rekening.', {
        id: 'goal.arranging-bank',
        desc: 'Can-do goal, A2, arranging matters (conversation): asking the bank questions about your account. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'arranging-phone-question',
    domain: 'arranging-matters',
    level: 'B1',
    skill: 'conversation',
    picture: 'phone',
    textNl: 'Ik kan een instantie bellen en mijn vraag uitleggen.',
    get text() {
      return msg('Ik kan een instantie bellen en mijn vraag uitleggen.', {
        id: 'goal.arranging-phone-question',
        desc: 'Can-do goal, B1, arranging matters (conversation): phoning an organisation and explaining your question. Translate in plain, short words: the reader may read little.',
      });
    },
  },

  // leisure-social
  {
    id: 'leisure-greet',
    domain: 'leisure-social',
    level: 'A0',
    skill: 'speaking',
    picture: 'wave',
    textNl: 'Ik kan mensen groeten en mijn naam zeggen.',
    get text() {
      return msg('Ik kan mensen groeten en mijn naam zeggen.', {
        id: 'goal.leisure-greet',
        desc: 'Can-do goal, A0, leisure and social life (speaking): greeting people and saying your name. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'leisure-shop',
    domain: 'leisure-social',
    level: 'A1',
    skill: 'speaking',
    picture: 'shop',
    textNl: 'Ik kan in de winkel vragen waar iets ligt.',
    get text() {
      return msg('Ik kan in de winkel vragen waar iets ligt.', {
        id: 'goal.leisure-shop',
        desc: 'Can-do goal, A1, leisure and social life (speaking): asking in a shop where to find something. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'leisure-bus-train',
    domain: 'leisure-social',
    level: 'A1',
    skill: 'reading',
    picture: 'bus',
    textNl: 'Ik kan de goede bus of trein vinden.',
    get text() {
      return msg('Ik kan de goede bus of trein vinden.', {
        id: 'goal.leisure-bus-train',
        desc: 'Can-do goal, A1, leisure and social life (reading): finding the right bus or train. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'leisure-small-talk',
    domain: 'leisure-social',
    level: 'A1',
    skill: 'conversation',
    picture: 'chat',
    textNl: 'Ik kan een kort praatje maken met de buren.',
    get text() {
      return msg('Ik kan een kort praatje maken met de buren.', {
        id: 'goal.leisure-small-talk',
        desc: 'Can-do goal, A1, leisure and social life (conversation): a short chat with the neighbours. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'leisure-library',
    domain: 'leisure-social',
    level: 'A1',
    skill: 'conversation',
    picture: 'book',
    textNl: 'Ik kan in de bibliotheek een boek lenen.',
    get text() {
      return msg('Ik kan in de bibliotheek een boek lenen.', {
        id: 'goal.leisure-library',
        desc: 'Can-do goal, A1, leisure and social life (conversation): borrowing a book at the library. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'leisure-invitation',
    domain: 'leisure-social',
    level: 'A2',
    skill: 'conversation',
    picture: 'calendar',
    textNl: 'Ik kan iemand uitnodigen en samen iets afspreken.',
    get text() {
      return msg('Ik kan iemand uitnodigen en samen iets afspreken.', {
        id: 'goal.leisure-invitation',
        desc: 'Can-do goal, A2, leisure and social life (conversation): inviting someone and agreeing when to meet. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'leisure-activities',
    domain: 'leisure-social',
    level: 'A2',
    skill: 'reading',
    picture: 'search',
    textNl: 'Ik kan lezen welke activiteiten er zijn in mijn buurt.',
    get text() {
      return msg('Ik kan lezen welke activiteiten er zijn in mijn buurt.', {
        id: 'goal.leisure-activities',
        desc: 'Can-do goal, A2, leisure and social life (reading): reading what activities there are in your neighbourhood. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'leisure-volunteer',
    domain: 'leisure-social',
    level: 'B1',
    skill: 'conversation',
    picture: 'people',
    textNl: 'Ik kan vrijwilligerswerk zoeken en vertellen wat ik wil doen.',
    get text() {
      return msg('Ik kan vrijwilligerswerk zoeken en vertellen wat ik wil doen.', {
        id: 'goal.leisure-volunteer',
        desc: 'Can-do goal, B1, leisure and social life (conversation): finding volunteer work and saying what you would like to do. Translate in plain, short words: the reader may read little.',
      });
    },
  },

  // digital-skills
  {
    id: 'digital-phone-basics',
    domain: 'digital-skills',
    level: 'A0',
    skill: 'reading',
    picture: 'phone',
    textNl: 'Ik kan mijn telefoon gebruiken om te bellen en berichten te lezen.',
    get text() {
      return msg('Ik kan mijn telefoon gebruiken om te bellen en berichten te lezen.', {
        id: 'goal.digital-phone-basics',
        desc: 'Can-do goal, A0, digital skills (reading): using your phone to call and read messages. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'digital-search',
    domain: 'digital-skills',
    level: 'A1',
    skill: 'reading',
    picture: 'computer',
    textNl: 'Ik kan iets opzoeken op internet.',
    get text() {
      return msg('Ik kan iets opzoeken op internet.', {
        id: 'goal.digital-search',
        desc: 'Can-do goal, A1, digital skills (reading): looking something up on the internet. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'digital-video-call',
    domain: 'digital-skills',
    level: 'A1',
    skill: 'conversation',
    picture: 'video',
    textNl: 'Ik kan videobellen met familie of met school.',
    get text() {
      return msg('Ik kan videobellen met familie of met school.', {
        id: 'goal.digital-video-call',
        desc: 'Can-do goal, A1, digital skills (conversation): making a video call with family or school. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'digital-email',
    domain: 'digital-skills',
    level: 'A2',
    skill: 'writing',
    picture: 'email',
    textNl: 'Ik kan een korte e-mail schrijven en versturen.',
    get text() {
      return msg('Ik kan een korte e-mail schrijven en versturen.', {
        id: 'goal.digital-email',
        desc: 'Can-do goal, A2, digital skills (writing): writing and sending a short e-mail. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'digital-digid-login',
    domain: 'digital-skills',
    level: 'A2',
    skill: 'reading',
    picture: 'digid',
    textNl: 'Ik kan inloggen met DigiD.',
    get text() {
      return msg('Ik kan inloggen met DigiD.', {
        id: 'goal.digital-digid-login',
        desc: 'Can-do goal, A2, digital skills (reading): logging in with DigiD (the Dutch government login). Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'digital-safe-online',
    domain: 'digital-skills',
    level: 'A2',
    skill: 'reading',
    picture: 'lock',
    textNl: 'Ik herken nepberichten en ik geef nooit mijn wachtwoord.',
    get text() {
      return msg('Ik herken nepberichten en ik geef nooit mijn wachtwoord.', {
        id: 'goal.digital-safe-online',
        desc: 'Can-do goal, A2, digital skills (reading): recognising fake messages (phishing) and keeping your password secret. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'digital-online-appointment',
    domain: 'digital-skills',
    level: 'A2',
    skill: 'writing',
    picture: 'computer',
    textNl: 'Ik kan online een afspraak maken.',
    get text() {
      return msg('Ik kan online een afspraak maken.', {
        id: 'goal.digital-online-appointment',
        desc: 'Can-do goal, A2, digital skills (writing): making an appointment online. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'digital-banking-app',
    domain: 'digital-skills',
    level: 'B1',
    skill: 'reading',
    picture: 'card',
    textNl: 'Ik kan mijn bankzaken regelen met de app.',
    get text() {
      return msg('Ik kan mijn bankzaken regelen met de app.', {
        id: 'goal.digital-banking-app',
        desc: "Can-do goal, B1, digital skills (reading): doing your banking in the bank's app. Translate in plain, short words: the reader may read little.",
      });
    },
  },

  // numeracy
  {
    id: 'numeracy-clock',
    domain: 'numeracy',
    level: 'A0',
    skill: 'reading',
    picture: 'clock',
    textNl: 'Ik kan op de klok zien hoe laat het is.',
    get text() {
      return msg('Ik kan op de klok zien hoe laat het is.', {
        id: 'goal.numeracy-clock',
        desc: 'Can-do goal, A0, numeracy (reading): telling the time from a clock. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'numeracy-prices',
    domain: 'numeracy',
    level: 'A1',
    skill: 'reading',
    picture: 'shop',
    textNl: 'Ik kan prijzen lezen en betalen in de winkel.',
    get text() {
      return msg('Ik kan prijzen lezen en betalen in de winkel.', {
        id: 'goal.numeracy-prices',
        desc: 'Can-do goal, A1, numeracy (reading): reading prices and paying in a shop. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'numeracy-measure',
    domain: 'numeracy',
    level: 'A1',
    skill: 'reading',
    picture: 'measure',
    textNl: 'Ik kan meten en wegen, bijvoorbeeld bij het koken.',
    get text() {
      return msg('Ik kan meten en wegen, bijvoorbeeld bij het koken.', {
        id: 'goal.numeracy-measure',
        desc: 'Can-do goal, A1, numeracy (reading): measuring and weighing, for example when cooking. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'numeracy-dosage',
    domain: 'numeracy',
    level: 'A2',
    skill: 'reading',
    picture: 'pharmacy',
    textNl: 'Ik kan lezen hoeveel medicijn ik moet nemen.',
    get text() {
      return msg('Ik kan lezen hoeveel medicijn ik moet nemen.', {
        id: 'goal.numeracy-dosage',
        desc: 'Can-do goal, A2, numeracy (reading): reading how much medicine to take. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'numeracy-bills',
    domain: 'numeracy',
    level: 'A2',
    skill: 'reading',
    picture: 'money',
    textNl: 'Ik kan een rekening lezen en zien wanneer ik moet betalen.',
    get text() {
      return msg('Ik kan een rekening lezen en zien wanneer ik moet betalen.', {
        id: 'goal.numeracy-bills',
        desc: 'Can-do goal, A2, numeracy (reading): reading a bill and seeing when to pay it. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'numeracy-budget',
    domain: 'numeracy',
    level: 'A2',
    skill: 'reading',
    picture: 'money',
    textNl: 'Ik kan bijhouden hoeveel geld ik elke maand uitgeef.',
    get text() {
      return msg('Ik kan bijhouden hoeveel geld ik elke maand uitgeef.', {
        id: 'goal.numeracy-budget',
        desc: 'Can-do goal, A2, numeracy (reading): keeping track of how much money you spend each month. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'numeracy-payslip',
    domain: 'numeracy',
    level: 'B1',
    skill: 'reading',
    picture: 'money',
    textNl: 'Ik begrijp mijn loonstrook.',
    get text() {
      return msg('Ik begrijp mijn loonstrook.', {
        id: 'goal.numeracy-payslip',
        desc: 'Can-do goal, B1, numeracy (reading): understanding your payslip. Translate in plain, short words: the reader may read little.',
      });
    },
  },
  {
    id: 'numeracy-discount',
    domain: 'numeracy',
    level: 'B1',
    skill: 'reading',
    picture: 'shop',
    textNl: 'Ik kan uitrekenen hoeveel iets kost met korting.',
    get text() {
      return msg('Ik kan uitrekenen hoeveel iets kost met korting.', {
        id: 'goal.numeracy-discount',
        desc: 'Can-do goal, B1, numeracy (reading): working out what something costs with a discount. Translate in plain, short words: the reader may read little.',
      });
    },
  },
];
