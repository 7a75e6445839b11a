import type { CSSResult, ReactiveControllerHost } from 'lit';

/** The visitor asked their browser to save data (`Save-Data`): fetch nothing ahead. */
export function savesData(): boolean {
  const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/**
 * The code of a view that most visits never open (a programme's details, the check step of
 * a form), fetched when it is first needed instead of with the widget.
 *
 * - `prefetch()` on intent (pointer over, focus or pointer down on the control that opens
 *   the view) starts the download so the visitor rarely waits; not with Save-Data.
 * - `value` is the loaded module, or undefined; `state` says whether it is loading or failed.
 * - `load()` fetches it (once; again after a failure) and updates the host when it arrives
 *   or fails, so the template can show the view, a short progress state or a message with
 *   a retry. A failure never rejects into the page.
 */
export class LazyViewController<T> {
  value?: T;
  state: 'idle' | 'loading' | 'loaded' | 'failed' = 'idle';
  private loading?: Promise<T | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importer: () => Promise<T>,
    /** Runs when the code has arrived, before the host renders with it (e.g. to add its styles). */
    private readonly arrived?: (value: T) => void,
  ) {}

  /** Starts the download ahead of need, unless the visitor saves data. */
  prefetch = (): void => {
    if (this.state === 'idle' && !savesData()) void this.load();
  };

  /** Fetches the view's code (again, after a failure); resolves to undefined when it failed. */
  load(): Promise<T | undefined> {
    if (this.state === 'loaded') return Promise.resolve(this.value);
    if (this.loading) return this.loading;
    this.state = 'loading';
    this.loading = this.importer().then(
      (value) => {
        this.value = value;
        this.state = 'loaded';
        this.arrived?.(value);
        this.loading = undefined;
        this.host.requestUpdate();
        return value;
      },
      () => {
        this.state = 'failed';
        this.loading = undefined;
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.loading;
  }

  /** The loaded module for a render; starts loading when it is not there (and has not failed). */
  get(): T | undefined {
    if (this.state === 'idle') void this.load();
    return this.value;
  }
}

/**
 * Adds the styles of a view loaded later to an element's shadow root, after the element's
 * own (constructed sheets: allowed by a strict Content-Security-Policy).
 */
export function adoptMoreStyles(root: HTMLElement | DocumentFragment, styles: readonly CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.map((style) => style.styleSheet).filter((sheet) => sheet !== undefined);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
