import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of the Storage interface a draft needs. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface FormDraftOptions<T> {
  /** The storage key; read on every call, so it may depend on the host's attributes. */
  key: () => string;
  /** Turns stored JSON back into data; return `undefined` to throw the draft away. */
  read: (raw: unknown) => T | undefined;
  /** Drafts older than this many milliseconds are thrown away. Default: 2 hours. */
  maxAge?: number;
  /** Where drafts live. Default: `sessionStorage`. */
  storage?: () => DraftStorage | null;
  /** Milliseconds since the epoch; for tests. */
  now?: () => number;
}

export const DRAFT_MAX_AGE = 2 * 60 * 60 * 1000;

interface Stored {
  v: 1;
  savedAt: number;
  data: unknown;
}

function sessionStore(): DraftStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked (sandboxed iframe, privacy settings)
  }
}

/**
 * Keeps a half-filled form in `sessionStorage`, so an accidental reload in the same
 * tab loses nothing, while closing the tab (or the browser, on a shared library
 * computer) does. Never `localStorage`: a draft holds personal data.
 *
 * A draft older than `maxAge` is thrown away on load, and the host clears the
 * draft after a successful sign-up and when the volunteer empties the form. When
 * storage is blocked or full the form still works; only the reload safety is gone.
 */
export class FormDraftController<T> implements ReactiveController {
  private readonly maxAge: number;
  private readonly storage: () => DraftStorage | null;
  private readonly now: () => number;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: FormDraftOptions<T>,
  ) {
    this.maxAge = options.maxAge ?? DRAFT_MAX_AGE;
    this.storage = options.storage ?? sessionStore;
    this.now = options.now ?? Date.now;
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to do: the host loads the draft when it is ready to show it.
  }

  /** The saved draft, if there is a readable one that is not too old. */
  load(): T | undefined {
    const storage = this.storage();
    if (!storage) return undefined;
    let text: string | null;
    try {
      text = storage.getItem(this.options.key());
    } catch {
      return undefined;
    }
    if (text === null) return undefined;
    try {
      const stored = JSON.parse(text) as Partial<Stored>;
      const age = this.now() - (stored.savedAt ?? 0);
      if (stored.v === 1 && typeof stored.savedAt === 'number' && age >= 0 && age <= this.maxAge) {
        const data = this.options.read(stored.data);
        if (data !== undefined) return data;
      }
    } catch {
      /* not JSON: throw it away below */
    }
    this.clear();
    return undefined;
  }

  /** Saves `data` as the draft (replacing the previous one). */
  save(data: T): void {
    const stored: Stored = { v: 1, savedAt: this.now(), data };
    try {
      this.storage()?.setItem(this.options.key(), JSON.stringify(stored));
    } catch {
      /* full or blocked: the form still works, without reload safety */
    }
  }

  /** Removes the draft. */
  clear(): void {
    try {
      this.storage()?.removeItem(this.options.key());
    } catch {
      /* blocked: there is nothing stored either */
    }
  }
}
