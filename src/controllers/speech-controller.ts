import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sameLanguage } from '../feed/text.js';

/** The parts of `speechSynthesis` the controller uses (a test can stub them). */
export type SpeechSynthesisLike = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'> &
  Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { speaking?: boolean };

function browserSynthesis(): SpeechSynthesisLike | undefined {
  try {
    return (globalThis as { speechSynthesis?: SpeechSynthesisLike }).speechSynthesis ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads text aloud with the browser's speech synthesis, for visitors who read little.
 *
 * Knows which voices the browser has (they often arrive late: it listens to
 * `voiceschanged` and re-renders the host), so the host only offers a "read aloud"
 * button for a language that has a voice. Speaking again stops what is being said
 * first; the host going away stops it too. Nothing leaves the browser, except that
 * some browsers use an online voice from their own vendor.
 */
export class SpeechController implements ReactiveController {
  private synth?: SpeechSynthesisLike;
  private voices: SpeechSynthesisVoice[] = [];
  private spokeLast = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly getSynthesis: () => SpeechSynthesisLike | undefined = browserSynthesis,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.synth = this.getSynthesis();
    if (!this.synth) return;
    this.synth.addEventListener('voiceschanged', this.onVoicesChanged);
    this.readVoices();
  }

  hostDisconnected(): void {
    this.synth?.removeEventListener('voiceschanged', this.onVoicesChanged);
    if (this.spokeLast) this.synth?.cancel();
    this.spokeLast = false;
  }

  /**
   * The best voice for `lang`: one for exactly that tag, else one for the same
   * language (`nl` finds `nl-NL` and `nl-BE`), preferring the browser's default and
   * voices that work offline. Undefined when there is none.
   */
  voiceFor(lang: string): SpeechSynthesisVoice | undefined {
    const wanted = lang.toLowerCase();
    const matching = this.voices.filter(
      (voice) => voice.lang && sameLanguage(voice.lang.replace('_', '-'), lang),
    );
    if (matching.length === 0) return undefined;
    const score = (voice: SpeechSynthesisVoice) =>
      (voice.lang.toLowerCase().replace('_', '-') === wanted ? 4 : 0) +
      (voice.default ? 2 : 0) +
      (voice.localService ? 1 : 0);
    return [...matching].sort((a, b) => score(b) - score(a))[0];
  }

  /** Whether text in `lang` can be read aloud. */
  canSpeak(lang: string): boolean {
    return this.voiceFor(lang) !== undefined;
  }

  /** Reads `text` aloud in `lang`; stops anything still being read. Returns false when there is no voice. */
  speak(text: string, lang: string): boolean {
    const voice = this.voiceFor(lang);
    if (!this.synth || !voice || typeof SpeechSynthesisUtterance === 'undefined') return false;
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice.lang;
    // A stubbed voice is not a real SpeechSynthesisVoice; the language alone then picks one.
    if (typeof SpeechSynthesisVoice === 'undefined' || voice instanceof SpeechSynthesisVoice)
      utterance.voice = voice;
    utterance.rate = 0.9; // a little slower than usual: the listener is learning the language
    this.synth.speak(utterance);
    this.spokeLast = true;
    return true;
  }

  /** Stops reading aloud. */
  stop(): void {
    if (this.spokeLast) this.synth?.cancel();
    this.spokeLast = false;
  }

  private readVoices(): void {
    try {
      this.voices = this.synth?.getVoices() ?? [];
    } catch {
      this.voices = [];
    }
  }

  private readonly onVoicesChanged = (): void => {
    this.readVoices();
    this.host.requestUpdate();
  };
}
