/**
 * Names of the feed's enumerated values in the UI language. Functions, not
 * constants, so `msg()` runs in the active locale on every render.
 */
import { msg } from '@lit/localize';
import type { Domain, Kind } from '../feed/schema.js';

export function domainLabel(domain: Domain): string {
  switch (domain) {
    case 'work-education':
      return msg('Werk en opleiding', { id: 'domain.work-education', desc: 'Learning-goal domain (Werk & Opleiding).' });
    case 'integration-naturalisation':
      return msg('Inburgering en naturalisatie', {
        id: 'domain.integration-naturalisation',
        desc: 'Learning-goal domain (Inburgering & Naturalisatie).',
      });
    case 'parenting':
      return msg('Opvoeding', { id: 'domain.parenting', desc: 'Learning-goal domain (Opvoeding).' });
    case 'health-exercise':
      return msg('Gezondheid en bewegen', { id: 'domain.health-exercise', desc: 'Learning-goal domain (Gezondheid & Beweging).' });
    case 'arranging-matters':
      return msg('Zaken regelen', { id: 'domain.arranging-matters', desc: 'Learning-goal domain (Zaken regelen): forms, bills, appointments.' });
    case 'leisure-social':
      return msg('Vrije tijd en mensen ontmoeten', {
        id: 'domain.leisure-social',
        desc: 'Learning-goal domain (Vrije tijd & Sociale activiteiten).',
      });
    case 'digital-skills':
      return msg('Computer en telefoon', { id: 'domain.digital-skills', desc: 'Learning-goal domain (Digitale vaardigheden).' });
    case 'numeracy':
      return msg('Rekenen', { id: 'domain.numeracy', desc: 'Learning-goal domain (Rekenen): everyday numbers and money.' });
  }
}

export function kindLabel(kind: Kind): string {
  switch (kind) {
    case 'course':
      return msg('Cursus', { id: 'kind.course', desc: 'Kind of programme: a course with lessons.' });
    case 'language-cafe':
      return msg('Taalcafé', { id: 'kind.language-cafe', desc: 'Kind of programme: informal conversation practice (taalcafé).' });
    case 'coaching':
      return msg('Taalmaatje', { id: 'kind.coaching', desc: 'Kind of programme: one-to-one practice with a volunteer (taalcoach, taalmaatje).' });
    case 'drop-in':
      return msg('Inloopspreekuur', { id: 'kind.drop-in', desc: 'Kind of programme: walk in without appointment (inloopspreekuur).' });
    case 'workshop':
      return msg('Workshop', { id: 'kind.workshop', desc: 'Kind of programme: one or a few practical meetings.' });
    case 'reading-at-home':
      return msg('Voorlezen thuis', { id: 'kind.reading-at-home', desc: 'Kind of programme: a volunteer reads with the family at home (VoorleesExpress).' });
    case 'self-study':
      return msg('Zelf leren', { id: 'kind.self-study', desc: 'Kind of programme: self-study, e.g. online exercises.' });
  }
}
