/**
 * The volunteer roles the form offers: the feed's `volunteerRoles`, or, when a
 * feed has none (or no feed is given), four common Taalhuis roles with realistic
 * hours from DOMAIN.md. Built-in texts are messages in the UI language; feed texts
 * carry their own language.
 */
import { msg } from '@lit/localize';
import type { VolunteerRole } from '../feed/schema.js';
import { pickText, sameLanguage } from '../feed/text.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('volunteer');

/** A text to show, with its language when it differs from the UI language. */
export interface ShownText {
  text: string;
  lang?: string;
}

export interface RoleView {
  id: string;
  title: ShownText;
  description?: ShownText;
  training?: ShownText;
  hoursPerWeek?: number;
  minMonths?: number;
  vogRequired?: boolean;
  /** The Dutch title, for the e-mail to a Dutch coordinator. */
  dutchTitle: string;
}

function shown(text: VolunteerRole['title'] | undefined, locale: string): ShownText | undefined {
  const picked = pickText(text, locale);
  if (!picked) return undefined;
  return sameLanguage(picked.lang, locale) ? { text: picked.text } : { text: picked.text, lang: picked.lang };
}

export function rolesFromFeed(roles: readonly VolunteerRole[], locale: string): RoleView[] {
  return roles.map((role) => ({
    id: role.id,
    title: shown(role.title, locale) ?? { text: role.id },
    description: shown(role.description, locale),
    training: shown(role.training, locale),
    hoursPerWeek: role.hoursPerWeek,
    minMonths: role.minMonths,
    vogRequired: role.vogRequired,
    dutchTitle: pickText(role.title, 'nl')?.text ?? role.id,
  }));
}

/** Ids of the built-in roles, for back ends that receive sign-ups from a form without a feed. */
export const BUILT_IN_ROLE_IDS = [
  'taalmaatje',
  'taalcafe-host',
  'digivrijwilliger',
  'voorleesexpress',
] as const;

/** The built-in roles, in the UI language (called on every render). */
export function builtInRoles(): RoleView[] {
  return [
    {
      id: 'taalmaatje',
      title: {
        text: msg('Taalmaatje of taalcoach', {
          id: 'volunteer.role.taalmaatje.title',
          desc: 'Built-in volunteer role: practises Dutch one-to-one with a newcomer (taalmaatje, taalcoach).',
        }),
      },
      description: {
        text: msg(
          'Je oefent elke week Nederlands met één nieuwkomer, bij dingen uit het dagelijks leven. Je hoeft geen docent te zijn: goed Nederlands, geduld en interesse in de ander zijn het belangrijkst.',
          {
            id: 'volunteer.role.taalmaatje.description',
            desc: 'Built-in volunteer role description: language buddy.',
          },
        ),
      },
      training: {
        text: msg('Een basistraining voor taalcoaches.', {
          id: 'volunteer.role.taalmaatje.training',
          desc: 'Training for the built-in language-buddy role.',
        }),
      },
      hoursPerWeek: 2,
      minMonths: 6,
      vogRequired: false,
      dutchTitle: 'Taalmaatje of taalcoach',
    },
    {
      id: 'taalcafe-host',
      title: {
        text: msg('Gastvrouw of gastheer van het taalcafé', {
          id: 'volunteer.role.taalcafe-host.title',
          desc: 'Built-in volunteer role: welcomes visitors and leads a conversation table at the language café (taalcafé).',
        }),
      },
      description: {
        text: msg(
          'Je verwelkomt de bezoekers van het taalcafé en praat met een groepje aan tafel. Je zorgt dat iedereen aan het woord komt.',
          {
            id: 'volunteer.role.taalcafe-host.description',
            desc: 'Built-in volunteer role description: language café host.',
          },
        ),
      },
      training: {
        text: msg('Een inwerkmiddag met gespreksmateriaal.', {
          id: 'volunteer.role.taalcafe-host.training',
          desc: 'Training for the built-in language café host role.',
        }),
      },
      hoursPerWeek: 2,
      vogRequired: false,
      dutchTitle: 'Gastvrouw of gastheer van het taalcafé',
    },
    {
      id: 'digivrijwilliger',
      title: {
        text: msg('Digivrijwilliger (Klik & Tik, Digisterker)', {
          id: 'volunteer.role.digivrijwilliger.title',
          desc: 'Built-in volunteer role: helps people with computer, phone and government websites. Klik & Tik and Digisterker are names of courses; keep them.',
        }),
      },
      description: {
        text: msg(
          'Je helpt mensen met de computer, tablet of telefoon, bijvoorbeeld met DigiD. Je helpt elke week, van september tot de zomer. Geduld is belangrijker dan technische kennis.',
          {
            id: 'volunteer.role.digivrijwilliger.description',
            desc: 'Built-in volunteer role description: digital-skills volunteer. DigiD is the Dutch government login; keep the name.',
          },
        ),
      },
      training: {
        text: msg('Een training als begeleider van Klik & Tik of Digisterker.', {
          id: 'volunteer.role.digivrijwilliger.training',
          desc: 'Training for the built-in digital-skills volunteer role.',
        }),
      },
      hoursPerWeek: 2,
      minMonths: 10,
      vogRequired: false,
      dutchTitle: 'Digivrijwilliger (Klik & Tik, Digisterker)',
    },
    {
      id: 'voorleesexpress',
      title: {
        text: msg('Voorlezer bij de VoorleesExpress', {
          id: 'volunteer.role.voorleesexpress.title',
          desc: 'Built-in volunteer role: reads aloud with a family at home. VoorleesExpress is a programme name; keep it.',
        }),
      },
      description: {
        text: msg(
          'Je gaat 20 weken lang één keer per week bij een gezin thuis voorlezen aan kinderen van 2 tot 8 jaar. Je laat de ouders zien hoe zij thuis met taal kunnen spelen.',
          {
            id: 'volunteer.role.voorleesexpress.description',
            desc: 'Built-in volunteer role description: VoorleesExpress reader.',
          },
        ),
      },
      training: {
        text: msg('Een training voorlezen voordat je begint.', {
          id: 'volunteer.role.voorleesexpress.training',
          desc: 'Training for the built-in VoorleesExpress reader role.',
        }),
      },
      hoursPerWeek: 1,
      minMonths: 5,
      vogRequired: true,
      dutchTitle: 'Voorlezer bij de VoorleesExpress',
    },
  ];
}
