import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styles } from './feed-studio.styles.js';
import { TaalElement } from '../shared/taal-element.js';
import { TaalStudioChangeEvent } from './events.js';
import type { ProblemLanguage } from '../convert/language.js';
import type { Problem } from '../convert/sheet.js';
import type { FilePart, StudioFile, StudioResult } from './convert-files.js';
import { JobRunner } from './job-runner.js';
import type { StudioJobResult } from './jobs.js';
import { t } from './messages.js';
import { LOCALES } from '../localization/locales.js';
import { languageName } from '../shared/language-names.js';
import { formatNumber } from '../shared/format.js';
import { embedCode, PREVIEW_WIDGETS, type PreviewWidget } from './embed.js';

/** Larger files are not opened: a sheet this big is better split or saved as CSV. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

// Beside this module in dist/ (feed-studio.js is an entry of the build).
const WORKER_URL = new URL('./studio-worker.js', import.meta.url);
const PREVIEW_URL = new URL('./studio-preview.html', import.meta.url);
const TEMPLATE_URL = new URL('./taalwijzer-sjabloon.xlsx', import.meta.url);
const SCRIPT_URL = new URL('./taalwijzer.js', import.meta.url);

type Status = { kind: 'idle' } | { kind: 'reading' } | { kind: 'failed'; message: string };

/**
 * The feed studio, for a Taalhuis coordinator without a terminal: opens the offer's
 * spreadsheets (`.xlsx`, `.ods`, CSV) or an existing feed, converts them with the same
 * converter as `taalwijzer convert` (in a worker), lists every problem by file, row and
 * column, shows the translation coverage, previews the three widgets on the result in any UI
 * language and at phone width, and downloads the feed, JSON-LD, `.ics` and an `.xlsx`
 * workbook, plus the embed code for the CMS. Nothing is sent anywhere: files are read in
 * the browser and the preview gets the feed by `postMessage`.
 *
 * @tagname taal-feed-studio
 * @summary Spreadsheets to a Taalwijzer feed in the browser: problems, preview, downloads, embed code.
 *
 * @fires taal-studio-change - After each conversion: `detail.programmes`, `detail.errors`, `detail.warnings`.
 *
 * @csspart file-input - The file picker (`<input type="file" multiple>`).
 * @csspart drop-zone - The area files can be dropped on.
 * @csspart summary - The result's counts.
 * @csspart problems - The grouped list of problems.
 * @csspart coverage - The translation coverage table.
 * @csspart preview - The preview frame.
 * @csspart downloads - The download buttons.
 * @csspart embed-code - The embed code.
 */
export class TaalFeedStudio extends TaalElement {
  static override styles = [TaalElement.styles, styles];

  /** The moment "upcoming" and "six months old" are measured from; default now. */
  @property({ attribute: false }) now: Date | null = null;

  @state() private files: StudioFile[] = [];
  @state() private result?: StudioResult;
  @state() private status: Status = { kind: 'idle' };
  @state() private dragging = false;
  @state() private publisher = '';
  @state() private privacyUrl = '';
  @state() private urlError = '';
  @state() private widget: PreviewWidget = 'finder';
  @state() private previewLocale = 'nl';
  @state() private phone = false;
  @state() private accent = '#0b5f6e';
  @state() private feedUrl = 'https://www.example.nl/taalhuis/aanbod.json';
  @state() private embedLocale = '';
  @state() private action = '';
  @state() private copied = '';
  @state() private previewHeight = 480;

  @query('iframe') private frame?: HTMLIFrameElement;

  private readonly jobs = new JobRunner(WORKER_URL);
  private conversion = 0;
  /** The language the last conversion was asked for, and the language of the problems shown. */
  private convertedLanguage?: ProblemLanguage;
  private resultLanguage: ProblemLanguage = 'nl';
  private previewReady = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onFrameMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onFrameMessage);
    this.jobs.stop();
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (['result', 'widget', 'previewLocale', 'accent', 'privacyUrl'].some((key) => changed.has(key)))
      this.sendPreview();
    // Through the CSSOM: a `style` attribute (also styleMap's first render) breaks a strict CSP.
    this.frame?.style.setProperty('block-size', `${this.previewHeight}px`);
    // The problems are in English when the UI is English: convert again when that changes.
    if (
      this.files.length &&
      this.convertedLanguage !== undefined &&
      this.convertedLanguage !== this.problemLanguage()
    )
      void this.convert();
  }

  /** The language of the converter's problems: English for an English UI, else Dutch. */
  private problemLanguage(): ProblemLanguage {
    return this.localeController.locale === 'en' ? 'en' : 'nl';
  }

  override render() {
    const locale = this.localeController.locale;
    return html`<div class="top">${this.renderLanguageMenu()}</div>
      <header class="intro">
        <h2 class="title">${t.title()}</h2>
        <p>${t.intro()}</p>
        <p class="privacy">${t.privacy()}</p>
      </header>
      ${this.renderOpen()} ${this.renderResult(locale)}
      ${this.result?.feedText ? this.renderPreview() : nothing}
      ${this.result?.feedText ? this.renderDownloads() : nothing}
      ${this.result?.feedText ? this.renderEmbed() : nothing}`;
  }

  // -------------------------------------------------------------------------------------
  // 1. Opening files

  private renderOpen(): TemplateResult {
    // The worker starts as the coordinator moves toward opening a file (never before).
    const warmUp = () => this.jobs.warmUp();
    return html`<section
      class="step"
      aria-labelledby="open-heading"
      @pointerover=${warmUp}
      @focusin=${warmUp}
      @dragenter=${warmUp}
    >
      <h3 id="open-heading">${t.openHeading()}</h3>
      <div
        class="drop ${this.dragging ? 'dragging' : ''}"
        part="drop-zone"
        @dragenter=${this.onDragOver}
        @dragover=${this.onDragOver}
        @dragleave=${this.onDragLeave}
        @drop=${this.onDrop}
      >
        <label for="files" class="field-label">${t.fileLabel()}</label>
        <input
          id="files"
          type="file"
          multiple
          part="file-input"
          accept=".xlsx,.xlsm,.ods,.xls,.csv,.tsv,.txt,.json"
          aria-describedby="files-hint"
          @change=${this.onPick}
        />
        <p id="files-hint" class="hint">${this.dragging ? t.dropHere() : t.fileHint()}</p>
      </div>
      <form class="url-form" @submit=${this.onOpenUrl} novalidate>
        <label for="feed-url" class="field-label">${t.urlLabel()}</label>
        <div class="inline">
          <input
            id="feed-url"
            name="url"
            type="url"
            inputmode="url"
            autocomplete="url"
            dir="ltr"
            aria-invalid=${this.urlError ? 'true' : 'false'}
            aria-describedby=${this.urlError ? 'url-error' : nothing}
          />
          <button class="button secondary" type="submit">${t.urlButton()}</button>
        </div>
        ${this.urlError ? html`<p id="url-error" class="notice error">${this.urlError}</p>` : nothing}
      </form>
      ${
        this.files.length === 0
          ? html`<div class="empty">
              <p>${t.emptyState()}</p>
              <div class="actions">
                <a class="button" href=${TEMPLATE_URL.href} download="taalwijzer-sjabloon.xlsx"
                  >${t.template()}</a
                >
                <button class="button secondary" type="button" @click=${this.onExample}>
                  ${t.example()}
                </button>
              </div>
            </div>`
          : nothing
      }
      <details class="details">
        <summary>${t.detailsSummary()}</summary>
        <div class="fields">
          <div class="field">
            <label for="publisher">${t.publisherLabel()}</label>
            <input
              id="publisher"
              .value=${this.publisher}
              aria-describedby="publisher-hint"
              @change=${(event: Event) => this.setOption('publisher', event)}
            />
            <p id="publisher-hint" class="hint">${t.publisherHint()}</p>
          </div>
          <div class="field">
            <label for="privacy-url">${t.privacyLabel()}</label>
            <input
              id="privacy-url"
              type="url"
              dir="ltr"
              .value=${this.privacyUrl}
              @change=${(event: Event) => this.setOption('privacyUrl', event)}
            />
          </div>
        </div>
      </details>
    </section>`;
  }

  private setOption(name: 'publisher' | 'privacyUrl', event: Event): void {
    this[name] = (event.target as HTMLInputElement).value.trim();
    if (this.files.length) void this.convert();
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDragLeave(event: DragEvent): void {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as HTMLElement).contains(to)) this.dragging = false;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length) void this.open(files);
  }

  private onPick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    if (files.length) void this.open(files);
    input.value = ''; // the same file can be picked again after it was edited
  }

  /**
   * Opens `files` beside those already open (a file of the same name replaces its older
   * copy, so an edited sheet can be opened again); a feed (`.json`) replaces everything.
   */
  async open(files: readonly File[]): Promise<void> {
    const locale = this.localeController.locale;
    const problems: Problem[] = [];
    const read: StudioFile[] = [];
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        problems.push({
          level: 'fout',
          file: file.name,
          message: t.tooLarge(file.name, formatNumber(MAX_FILE_BYTES / 1024 / 1024, locale)),
        });
        continue;
      }
      try {
        read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } catch (error) {
        // Moved, deleted or locked by another program since it was picked.
        problems.push({ level: 'fout', file: file.name, message: t.failed((error as Error).message) });
      }
    }
    const names = new Set(read.map((file) => file.name));
    const keep = read.some((file) => /\.json$/i.test(file.name))
      ? []
      : this.files.filter((file) => !names.has(file.name) && !/\.json$/i.test(file.name));
    this.files = [...keep, ...read];
    await this.convert(problems);
  }

  private async onOpenUrl(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    let url: URL;
    try {
      url = new URL(input.value.trim());
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    } catch {
      this.urlError = t.urlInvalid();
      input.focus();
      return;
    }
    this.urlError = '';
    this.status = { kind: 'reading' };
    try {
      const response = await fetch(url, { credentials: 'omit', headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const name = decodeURIComponent(url.pathname.split('/').pop() || 'feed') || 'feed';
      this.files = [{ name: /\.json$/i.test(name) ? name : `${name}.json`, bytes }];
      this.feedUrl = url.href;
      await this.convert();
    } catch (error) {
      this.status = { kind: 'idle' };
      this.urlError = t.urlFailed(error instanceof Error ? error.message : String(error));
      input.focus();
    }
  }

  private async onExample(): Promise<void> {
    this.status = { kind: 'reading' };
    try {
      const response = await fetch(TEMPLATE_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.files = [
        { name: 'taalwijzer-sjabloon.xlsx', bytes: new Uint8Array(await response.arrayBuffer()) },
      ];
      await this.convert();
    } catch {
      this.status = { kind: 'failed', message: t.exampleFailed() };
    }
  }

  private clear(): void {
    this.files = [];
    this.result = undefined;
    this.status = { kind: 'idle' };
    this.focusController.focusAfterRender('#files');
  }

  /** Converts the open files (in the worker); `extra` are problems found before reading. */
  private async convert(extra: Problem[] = []): Promise<void> {
    const conversion = ++this.conversion;
    const language = this.problemLanguage();
    this.convertedLanguage = language;
    this.status = { kind: 'reading' };
    this.downloadError = '';
    this.jsonLdSnippet = '';
    const answer = this.files.length
      ? await this.jobs.run({
          type: 'convert',
          files: this.files,
          publisher: this.publisher,
          privacyUrl: this.privacyUrl,
          language,
          now: (this.now ?? new Date()).getTime(),
        })
      : undefined;
    if (conversion !== this.conversion) return; // a newer conversion started meanwhile
    if (answer?.type === 'failed') {
      this.status = {
        kind: 'failed',
        message: answer.message === 'crashed' ? t.crashed() : t.failed(answer.message),
      };
      this.result = undefined;
      return;
    }
    const result: StudioResult =
      answer?.type === 'convert'
        ? { ...answer.result, problems: [...extra, ...answer.result.problems] }
        : {
            problems: extra,
            advice: [],
            titleTranslations: {},
            parts: [],
            counts: { programmes: 0, locations: 0, organisations: 0, volunteerRoles: 0 },
          };
    this.resultLanguage = language;
    this.result = result;
    this.status = { kind: 'idle' };
    const email = result.feed?.publisher?.email;
    if (!this.action && email) this.action = `mailto:${email}`;
    this.dispatchEvent(
      new TaalStudioChangeEvent({
        programmes: result.counts.programmes,
        errors: result.problems.filter((problem) => problem.level === 'fout').length,
        warnings: result.problems.filter((problem) => problem.level !== 'fout').length + result.advice.length,
      }),
    );
  }

  // -------------------------------------------------------------------------------------
  // 2. The result and its problems

  private renderResult(locale: string): TemplateResult | typeof nothing {
    const { status, result } = this;
    if (status.kind === 'reading')
      return html`<p class="notice reading" role="status">
        <span class="spinner" aria-hidden="true"></span>${t.reading()}
      </p>`;
    if (status.kind === 'failed') return html`<p class="notice error" role="alert">${status.message}</p>`;
    if (!result) return nothing;
    const errors = result.problems.filter((problem) => problem.level === 'fout');
    const warnings = result.problems.filter((problem) => problem.level !== 'fout');
    const n = (count: number) => formatNumber(count, locale);
    const counts: [string, number][] = [
      [t.countProgrammes(), result.counts.programmes],
      [t.countLocations(), result.counts.locations],
      [t.countOrganisations(), result.counts.organisations],
      [t.countRoles(), result.counts.volunteerRoles],
      [t.countErrors(), errors.length],
      [t.countWarnings(), warnings.length],
      [t.countAdvice(), result.advice.length],
    ];
    return html`<section class="step" aria-labelledby="result-heading">
      <h3 id="result-heading">${t.resultHeading()}</h3>
      <div role="status" class="summary" part="summary">
        <p class="notice ${result.feedText ? 'success' : 'error'}">
          ${result.feedText ? t.resultReady() : t.resultNone()}
        </p>
        <ul class="counts">
          ${counts.map(([label, count]) => html`<li>${t.countLabel(label, n(count))}</li>`)}
        </ul>
      </div>
      ${this.renderParts(result.parts, locale)}
      <button class="button secondary" type="button" @click=${this.clear}>${t.clear()}</button>
      <h4>${t.problemsHeading()}</h4>
      ${locale !== 'nl' && locale !== 'en' ? html`<p class="hint">${t.dutchNote()}</p>` : nothing}
      <div class="problems" part="problems">
        ${
          errors.length + warnings.length + result.advice.length === 0
            ? html`<p>${t.noProblems()}</p>`
            : html`${this.renderGroup('errors', t.errorsGroup(), errors, locale)}
              ${this.renderGroup('warnings', t.warningsGroup(), warnings, locale)}
              ${this.renderAdvice(result, locale)}`
        }
      </div>
      ${result.feed ? this.renderCoverage(result, locale) : nothing}
    </section>`;
  }

  private renderParts(parts: FilePart[], locale: string): TemplateResult | typeof nothing {
    if (!parts.length) return nothing;
    const kindLabel = (kind: FilePart['kind']) =>
      ({
        programmes: t.kindProgrammes,
        locations: t.kindLocations,
        organisations: t.kindOrganisations,
        roles: t.kindRoles,
        feed: t.kindFeed,
      })[kind ?? 'feed'] ?? t.notUsed;
    return html`<div class="table-wrap" role="region" aria-labelledby="files-heading" tabindex="0">
      <table>
        <caption id="files-heading">
          ${t.filesHeading()}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.fileColumn()}</th>
            <th scope="col">${t.readAsColumn()}</th>
            <th scope="col" class="number">${t.rowsColumn()}</th>
          </tr>
        </thead>
        <tbody>
          ${parts.map(
            (part) =>
              html`<tr>
                <th scope="row" dir="auto">${part.label}</th>
                <td>${part.kind ? kindLabel(part.kind)() : t.notUsed()}</td>
                <td class="number">${formatNumber(part.rows, locale)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private where(problem: { file?: string; row?: number; column?: string }, locale: string): string {
    return [
      problem.file,
      problem.row === undefined ? undefined : t.row(formatNumber(problem.row, locale)),
      problem.column === undefined ? undefined : t.column(problem.column),
    ]
      .filter(Boolean)
      .join(', ');
  }

  private renderGroup(
    kind: string,
    heading: string,
    problems: readonly Problem[],
    locale: string,
  ): TemplateResult | typeof nothing {
    if (!problems.length) return nothing;
    return html`<details class="group ${kind}" open>
      <summary>${heading} (${formatNumber(problems.length, locale)})</summary>
      <ul>
        ${problems.map(
          (problem) =>
            html`<li>
              <span class="where" dir="auto">${this.where(problem, locale)}</span>
              <span class="message" lang=${this.resultLanguage} dir="ltr">${problem.message}</span>
            </li>`,
        )}
      </ul>
    </details>`;
  }

  /** Strict advice, each said of the programme it is about (its title, not a JSON path). */
  private renderAdvice(result: StudioResult, locale: string): TemplateResult | typeof nothing {
    if (!result.advice.length) return nothing;
    return html`<details class="group advice" open>
      <summary>${t.adviceGroup()} (${formatNumber(result.advice.length, locale)})</summary>
      <ul>
        ${result.advice.map(
          (advice) =>
            html`<li>
              <span class="where" dir="auto">${advice.title ? t.programme(advice.title) : advice.path}</span>
              <span class="message" lang=${this.resultLanguage} dir="ltr">${advice.message}</span>
            </li>`,
        )}
      </ul>
    </details>`;
  }

  private renderCoverage(result: StudioResult, locale: string): TemplateResult {
    const total = result.counts.programmes;
    const percent = (count: number) =>
      formatNumber(total ? count / total : 0, locale, { style: 'percent', maximumFractionDigits: 0 });
    return html`<div class="table-wrap" role="region" aria-labelledby="coverage-heading" tabindex="0">
      <table class="coverage" part="coverage">
        <caption id="coverage-heading">
          ${t.coverageHeading()}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.coverageLanguage()}</th>
            <th scope="col" class="number">${t.coverageCount()}</th>
            <th scope="col" class="number">${t.coverageShare()}</th>
          </tr>
        </thead>
        <tbody>
          ${LOCALES.map(({ code }) => {
            const count = result.titleTranslations[code] ?? 0;
            return html`<tr class=${count < total ? 'missing' : ''}>
              <th scope="row">${languageName(code, locale)}</th>
              <td class="number">${formatNumber(count, locale)} / ${formatNumber(total, locale)}</td>
              <td class="number">${percent(count)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  // -------------------------------------------------------------------------------------
  // 3. Preview

  private widgetName(widget: PreviewWidget): string {
    return { finder: t.widgetFinder, goals: t.widgetGoals, volunteer: t.widgetVolunteer }[widget]();
  }

  private renderPreview(): TemplateResult {
    const locale = this.localeController.locale;
    return html`<section class="step" aria-labelledby="preview-heading">
      <h3 id="preview-heading">${t.previewHeading()}</h3>
      <div class="preview-controls">
        <fieldset class="segmented">
          <legend>${t.previewWidget()}</legend>
          ${PREVIEW_WIDGETS.map(
            (widget) =>
              html`<label
                ><input
                  type="radio"
                  name="widget"
                  .checked=${this.widget === widget}
                  @change=${() => (this.widget = widget)}
                />${this.widgetName(widget)}</label
              >`,
          )}
        </fieldset>
        <div class="field">
          <label for="preview-locale">${t.previewLanguage()}</label>
          <select
            id="preview-locale"
            @change=${(event: Event) => (this.previewLocale = (event.target as HTMLSelectElement).value)}
          >
            ${LOCALES.map(
              ({ code, name }) =>
                html`<option value=${code} lang=${code} ?selected=${code === this.previewLocale}>
                  ${name}${code === locale ? '' : ` (${languageName(code, locale)})`}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="accent">${t.previewColour()}</label>
          <input
            id="accent"
            type="color"
            .value=${this.accent}
            @change=${(event: Event) => (this.accent = (event.target as HTMLInputElement).value)}
          />
        </div>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.phone}
            @change=${() => (this.phone = !this.phone)}
          />${t.previewPhone()}</label
        >
      </div>
      ${this.widget === 'volunteer' ? html`<p class="hint">${t.previewNoSend()}</p>` : nothing}
      <div class="frame-wrap ${this.phone ? 'phone' : ''}">
        <iframe
          part="preview"
          title=${t.previewFrame(this.widgetName(this.widget))}
          src=${PREVIEW_URL.href}
          @load=${this.onFrameLoad}
        ></iframe>
      </div>
    </section>`;
  }

  private onFrameLoad(): void {
    this.previewReady = true;
    this.sendPreview();
  }

  private readonly onFrameMessage = (event: MessageEvent): void => {
    if (!this.frame || event.source !== this.frame.contentWindow) return;
    const data = event.data as { type?: string; height?: unknown };
    if (data?.type === 'taalwijzer-preview-ready') {
      this.previewReady = true;
      this.sendPreview();
    } else if (data?.type === 'taalwijzer-preview-height' && typeof data.height === 'number') {
      this.previewHeight = Math.min(Math.max(Math.ceil(data.height), 320), 4000);
    }
  };

  /** Hands the feed and the preview's options to the frame (the same origin as this code). */
  private sendPreview(): void {
    const target = this.frame?.contentWindow;
    if (!target || !this.previewReady || !this.result?.feedText) return;
    target.postMessage(
      {
        type: 'taalwijzer-preview',
        feedText: this.result.feedText,
        widget: this.widget,
        locale: this.previewLocale,
        accent: this.accent,
        privacyUrl: this.privacyUrl,
      },
      PREVIEW_URL.origin,
    );
  }

  // -------------------------------------------------------------------------------------
  // 4. Downloads and 5. embed code

  private renderDownloads(): TemplateResult {
    return html`<section class="step" aria-labelledby="download-heading">
      <h3 id="download-heading">${t.downloadHeading()}</h3>
      <div class="downloads" part="downloads">
        <div>
          <button class="button" type="button" data-download="feed" @click=${this.downloadFeed}>
            ${t.downloadFeed()}
          </button>
          <p class="hint">${t.downloadFeedHint()}</p>
        </div>
        <button class="button secondary" type="button" data-download="jsonld" @click=${this.downloadJsonLd}>
          ${t.downloadJsonLd()}
        </button>
        <button class="button secondary" type="button" data-download="ics" @click=${this.downloadIcs}>
          ${t.downloadIcs()}
        </button>
        <button
          class="button secondary"
          type="button"
          data-download="workbook"
          @click=${this.downloadWorkbook}
        >
          ${t.downloadWorkbook()}
        </button>
      </div>
      ${this.downloadError ? html`<p class="notice error" role="alert">${this.downloadError}</p>` : nothing}
      ${
        this.jsonLdSnippet
          ? html`<label for="jsonld-snippet" class="field-label">${t.jsonLdSnippet()}</label>
              <textarea
                id="jsonld-snippet"
                readonly
                rows="6"
                dir="ltr"
                .value=${this.jsonLdSnippet}
              ></textarea>
              ${this.renderCopy('jsonld-snippet')}`
          : nothing
      }
    </section>`;
  }

  @state() private jsonLdSnippet = '';
  @state() private downloadError = '';

  private renderCopy(id: string): TemplateResult {
    return html`<div class="copy-row">
      <button class="button secondary" type="button" @click=${() => this.copy(id)}>${t.copy()}</button>
      <span role="status">${this.copied === id ? t.copied() : ''}</span>
    </div>`;
  }

  private async copy(id: string): Promise<void> {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${id}`);
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
    } catch {
      area.select();
      document.execCommand?.('copy');
    }
    this.copied = id;
  }

  private save(name: string, type: string, content: BlobPart): void {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private downloadFeed(): void {
    if (this.result?.feedText) this.save('aanbod.json', 'application/json', this.result.feedText);
  }

  private async downloadJsonLd(): Promise<void> {
    const feed = this.result?.feed;
    if (!feed) return;
    const answer = await this.jobs.run({ type: 'jsonld', feed, now: (this.now ?? new Date()).getTime() });
    if (answer.type !== 'text') return this.jobFailed(answer);
    // `<` escaped, so no text in the feed can close the script element it is pasted into.
    const text = answer.text.replace(/</g, '\\u003c');
    this.jsonLdSnippet = `<script type="application/ld+json">\n${text}\n</script>`;
    this.save('aanbod.jsonld', 'application/ld+json', `${text}\n`);
  }

  private async downloadIcs(): Promise<void> {
    const feed = this.result?.feed;
    if (!feed) return;
    const answer = await this.jobs.run({
      type: 'ics',
      feed,
      now: (this.now ?? new Date()).getTime(),
      url: this.feedUrl,
    });
    if (answer.type !== 'text') return this.jobFailed(answer);
    this.save('aanbod.ics', 'text/calendar', answer.text);
  }

  /** A download that could not be made: said in the downloads, the result stays. */
  private jobFailed(answer: StudioJobResult): void {
    const message = answer.type === 'failed' ? answer.message : answer.type;
    this.downloadError = message === 'crashed' ? t.crashed() : t.failed(message);
  }

  private async downloadWorkbook(): Promise<void> {
    const feed = this.result?.feed;
    if (!feed) return;
    const answer = await this.jobs.run({ type: 'workbook', feed });
    if (answer.type === 'workbook')
      this.save(
        'aanbod.xlsx',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        answer.bytes as Uint8Array<ArrayBuffer>,
      );
    else this.jobFailed(answer);
  }

  private renderEmbed(): TemplateResult {
    const code = embedCode({
      script: SCRIPT_URL.href,
      widget: this.widget,
      feedUrl: this.feedUrl,
      locale: this.embedLocale,
      accent: this.accent,
      privacyUrl: this.privacyUrl,
      action: this.action,
    });
    return html`<section class="step" aria-labelledby="embed-heading">
      <h3 id="embed-heading">${t.embedHeading()}</h3>
      <p>${t.embedIntro()}</p>
      <div class="fields">
        <div class="field">
          <label for="embed-url">${t.embedFeedUrl()}</label>
          <input
            id="embed-url"
            type="url"
            dir="ltr"
            .value=${this.feedUrl}
            @input=${(event: Event) => (this.feedUrl = (event.target as HTMLInputElement).value.trim())}
          />
        </div>
        ${
          this.widget === 'volunteer'
            ? html`<div class="field">
                <label for="embed-action">${t.embedAction()}</label>
                <input
                  id="embed-action"
                  dir="ltr"
                  aria-describedby="embed-action-hint"
                  .value=${this.action}
                  @input=${(event: Event) => (this.action = (event.target as HTMLInputElement).value.trim())}
                />
                <p id="embed-action-hint" class="hint">${t.embedActionHint()}</p>
              </div>`
            : nothing
        }
        <div class="field">
          <label for="embed-locale">${t.embedLanguage()}</label>
          <select
            id="embed-locale"
            @change=${(event: Event) => (this.embedLocale = (event.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${this.embedLocale === ''}>${t.embedAuto()}</option>
            ${LOCALES.map(
              ({ code, name }) =>
                html`<option value=${code} lang=${code} ?selected=${code === this.embedLocale}>
                  ${name}
                </option>`,
            )}
          </select>
        </div>
      </div>
      <label for="embed-code" class="field-label">${t.embedCode()}</label>
      <textarea id="embed-code" part="embed-code" readonly rows="5" dir="ltr" .value=${code}></textarea>
      ${this.renderCopy('embed-code')}
    </section>`;
  }
}
