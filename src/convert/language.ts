/**
 * The language of the converter's problem messages. The CLI keeps the Dutch default;
 * the feed studio switches to English (`withProblemLanguage('en', ...)`) when its UI is English.
 */
export type ProblemLanguage = 'nl' | 'en';

let current: ProblemLanguage = 'nl';

/** Runs `fn` with the problem messages in `language`, and restores the previous language afterwards. */
export function withProblemLanguage<T>(language: ProblemLanguage, fn: () => T): T {
  const previous = current;
  current = language;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** The current problem language. */
export function problemLanguage(): ProblemLanguage {
  return current;
}

/** The Dutch or the English text, for the current problem language. */
export function say(nl: string, en: string): string {
  return current === 'en' ? en : nl;
}
