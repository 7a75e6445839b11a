/** The speaker button that reads a topic or goal aloud (`SpeechController` does the speaking). */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { uiIcons } from './icons.js';
import type { Speech } from './view.js';
import { useMessages } from '../localization/localization.js';

// These words are in this widget's translation chunk of each locale.
useMessages('goals');

/** A read-aloud button, only when the browser has a voice for `lang`. */
export function renderReadAloud(speech: Speech, text: string, lang: string, name: string) {
  if (!speech.canSpeak(lang)) return nothing;
  return html`<button
    type="button"
    class="icon-button read-aloud"
    part="read-aloud-button"
    aria-label=${msg(str`Lees voor: ${name}`, {
      id: 'goals.read-aloud',
      desc: 'Accessible name of the speaker button that reads a topic or goal aloud. The placeholder is that text.',
    })}
    @click=${() => speech.speak(text, lang)}
  >
    ${uiIcons.speaker()}
  </button>`;
}
