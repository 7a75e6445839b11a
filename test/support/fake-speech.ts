/**
 * A stand-in for `window.speechSynthesis` with the voices a test gives: it records every
 * utterance (text and `lang`) and every `cancel()`, and speaks nothing.
 */
export class FakeSpeech extends EventTarget {
  spoken: SpeechSynthesisUtterance[] = [];
  cancelled = 0;
  constructor(public voices: Partial<SpeechSynthesisVoice>[]) {
    super();
  }
  getVoices() {
    return this.voices as SpeechSynthesisVoice[];
  }
  speak(utterance: SpeechSynthesisUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {
    this.cancelled += 1;
  }
  /** What was said, as `lang: text` lines. */
  get said(): { text: string; lang: string }[] {
    return this.spoken.map((u) => ({ text: u.text, lang: u.lang }));
  }
}

const ownSpeech = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');

export function installSpeech(voices: Partial<SpeechSynthesisVoice>[]): FakeSpeech {
  const fake = new FakeSpeech(voices);
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true, writable: true });
  return fake;
}

export function restoreSpeech(): void {
  if (ownSpeech) Object.defineProperty(window, 'speechSynthesis', ownSpeech);
  else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
}

export const voice = (lang: string): Partial<SpeechSynthesisVoice> => ({
  lang,
  name: `Test ${lang}`,
  default: false,
  localService: true,
});
