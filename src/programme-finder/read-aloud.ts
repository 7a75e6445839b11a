/**
 * The finder's read-aloud control (`part="read-aloud"`) on each result card and in the
 * detail view, and the one notice when the browser has no voice for the UI language.
 * What it reads comes from `spoken-content.ts`; `controllers/speech-controller.ts` speaks.
 */
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { msg } from '@lit/localize';
import type { PickedText } from '../feed/text.js';
import type { SpokenPart } from '../controllers/speech-controller.js';
import { isolated } from '../shared/isolate.js';
import { speakerIcon, stopIcon } from './icons.js';
import type { FinderViewContext } from './view-context.js';
import { useMessages } from '../localization/localization.js';

useMessages('finder');

/**
 * A toggle button: the first press reads `parts` aloud, a second press stops. Its name is
 * "Lees voor" and the title it reads; `aria-pressed` tells a screen reader it is reading.
 * Only shown when the browser has a voice for the UI language.
 */
export function renderReadAloud(
  ctx: FinderViewContext,
  key: string,
  title: PickedText,
  parts: () => readonly SpokenPart[],
) {
  if (!ctx.speech.available) return nothing;
  const speaking = ctx.speech.speakingKey === key;
  return html`<button
    type="button"
    class=${classMap({ 'read-aloud': true, speaking })}
    part="read-aloud"
    aria-pressed=${speaking ? 'true' : 'false'}
    data-key=${key}
    @click=${() => ctx.speech.toggle(key, parts())}
  >
    ${speaking ? stopIcon() : speakerIcon()}<span class="read-aloud-text"
      >${msg('Lees voor', {
        id: 'finder.read-aloud',
        desc: 'Button on a result card and in the detail view that reads the programme aloud; pressed again, it stops. Keep it short.',
      })}</span
    ><span class="visually-hidden">: ${isolated(title)}</span>
  </button>`;
}

/** Said once above the results when no voice reads the UI language on this device. */
export function renderNoVoiceNotice(ctx: FinderViewContext) {
  if (!ctx.speech.missing) return nothing;
  return html`<p class="no-voice" part="no-voice">
    ${msg('Voorlezen kan op dit apparaat niet in deze taal.', {
      id: 'finder.read-aloud.unavailable',
      desc: 'Shown once in the finder when the phone or computer has no voice to read the interface language aloud (often Tigrinya and Somali). Plain words.',
    })}
  </p>`;
}
