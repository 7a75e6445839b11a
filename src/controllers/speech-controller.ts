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

/** One piece of what is read aloud, in its own language (a Dutch name inside an Arabic sentence). */
export interface SpokenPart {
  text: string;
  /** BCP 47 language of `text`. */
  lang: string;
}

/**
 * The controller that spoke last, on the whole page. `speechSynthesis` is one queue per
 * page: when a finder starts reading, a goal picker that was reading stops, and its
 * button must stop showing that it speaks. Module-level, so every widget bundle that
 * shares this module shares it; widgets from two separate bundles still share the
 * browser's one queue, which `cancel()` empties.
 */
const page: { speaker?: SpeechController } = {};

/** Read-aloud as a view uses it, in the view's UI language. */
export interface SpeechView {
  /** The browser has a voice for the UI language: show the read-aloud controls. */
  readonly available: boolean;
  /** The browser's voices are known and none speaks the UI language: say so, once. */
  readonly missing: boolean;
  /** The key of what is being read aloud now, or null. */
  readonly speakingKey: string | null;
  /** Reads `parts` aloud under `key`, or stops when `key` is being read. */
  toggle(key: string, parts: readonly SpokenPart[]): void;
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
  private speaking: string | null = null;
  /** Each `speakParts` call's number; an utterance of an earlier one ends nothing. */
  private run = 0;

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
    this.speaking = null;
    if (page.speaker === this) page.speaker = undefined;
  }

  /** The key of what this controller is reading aloud now (see `toggle`), or null. */
  get speakingKey(): string | null {
    return this.speaking;
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

  /** Read-aloud as a view in the UI language `locale` uses it. */
  viewFor(locale: string): SpeechView {
    return {
      available: this.canSpeak(locale),
      missing: this.missingVoice(locale),
      speakingKey: this.speaking,
      toggle: (key, parts) => void this.toggle(key, parts, locale),
    };
  }

  /** Whether text in `lang` can be read aloud. */
  canSpeak(lang: string): boolean {
    return this.voiceFor(lang) !== undefined;
  }

  /** Reads `text` aloud in `lang`; stops anything still being read. Returns false when there is no voice. */
  speak(text: string, lang: string): boolean {
    return this.speakParts([{ text, lang }], lang);
  }

  /**
   * Reads `parts` aloud one after the other, each with a voice for its own language:
   * a Dutch name in an Arabic sentence is read by a Dutch voice, not spelled out by an
   * Arabic one. A part without a voice of its own is read by the voice of `mainLang`
   * (better heard oddly than skipped). Stops anything still being read on the page first.
   * Returns false when there is no voice for `mainLang`.
   */
  speakParts(parts: readonly SpokenPart[], mainLang: string, key: string | null = null): boolean {
    const main = this.voiceFor(mainLang);
    if (!this.synth || !main || typeof SpeechSynthesisUtterance === 'undefined') return false;
    if (page.speaker && page.speaker !== this) page.speaker.stoppedElsewhere();
    page.speaker = this;
    this.synth.cancel();
    const run = ++this.run;
    const utterances = parts
      .filter((part) => part.text.trim())
      .map((part) => this.utterance(part.text, this.voiceFor(part.lang) ?? main));
    const last = utterances.at(-1);
    if (last) {
      const done = () => {
        if (run !== this.run || this.speaking === null) return;
        this.speaking = null;
        this.host.requestUpdate();
      };
      last.addEventListener('end', done);
      last.addEventListener('error', done);
    }
    for (const utterance of utterances) this.synth.speak(utterance);
    this.spokeLast = true;
    this.speaking = key;
    if (key !== null) this.host.requestUpdate();
    return true;
  }

  /**
   * The read-aloud button's press: reads `parts` under `key`, or stops when `key` is
   * what is being read (a second press stops). Returns whether it now speaks.
   */
  toggle(key: string, parts: readonly SpokenPart[], mainLang: string): boolean {
    if (this.speaking === key) {
      this.stop();
      return false;
    }
    return this.speakParts(parts, mainLang, key);
  }

  /** Stops reading aloud. */
  stop(): void {
    if (this.spokeLast) this.synth?.cancel();
    this.spokeLast = false;
    this.run++;
    if (this.speaking !== null) {
      this.speaking = null;
      this.host.requestUpdate();
    }
    if (page.speaker === this) page.speaker = undefined;
  }

  /** Another widget started reading: the queue is emptied there; only forget our state. */
  private stoppedElsewhere(): void {
    this.spokeLast = false;
    this.run++;
    if (this.speaking !== null) {
      this.speaking = null;
      this.host.requestUpdate();
    }
  }

  private utterance(text: string, voice: SpeechSynthesisVoice): SpeechSynthesisUtterance {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = voice.lang;
    // A stubbed voice is not a real SpeechSynthesisVoice; the language alone then picks one.
    if (typeof SpeechSynthesisVoice === 'undefined' || voice instanceof SpeechSynthesisVoice)
      utterance.voice = voice;
    utterance.rate = 0.9; // a little slower than usual: the listener is learning the language
    return utterance;
  }

  /**
   * Whether the browser has told which voices it has and there is none for `lang`: then
   * the widget says once that reading aloud is not available in this language. While
   * the voices are not known (none yet, or no speech synthesis at all) it says nothing.
   */
  missingVoice(lang: string): boolean {
    return this.voices.length > 0 && !this.canSpeak(lang);
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
