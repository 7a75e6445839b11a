import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { styles } from './offer-overview.styles.js';
import { TaalElement } from '../shared/taal-element.js';
import { FeedController } from '../controllers/feed-controller.js';
import { FeedError, readFeedText, type LoadedFeed } from '../feed/load.js';
import { explainItem } from '../feed/explain.js';
import { DAYS, DOMAINS, LEARNING_TYPES, THEMES, type Domain, type Theme } from '../feed/values.js';
import type { Text } from '../feed/schema.js';
import { parseFeedDateTime } from '../feed/schedule.js';
import { pickText, sameLanguage } from '../feed/text.js';
import { PARTS_OF_DAY } from '../contract/parts-of-day.js';
import { TaalFeedErrorEvent, TaalFeedLoadedEvent } from '../contract/events.js';
import {
  dayLabel,
  domainLabel,
  formatLabel,
  learningLabel,
  organisationKindLabel,
  partOfDayLabel,
  routeLabel,
  themeLabel,
  type OrganisationKind,
} from '../shared/labels.js';
import { languageName } from '../shared/language-names.js';
import { capitalise, dateTimeFormat, formatList, formatNumber } from '../shared/format.js';
import { renderFeedError, renderFeedLoading, renderStaleNotice } from '../shared/feed-status.js';
import {
  heatLevel,
  offerOverview,
  ROUTE_COLUMNS,
  type OfferOverview,
  type RouteColumn,
} from '../feed/offer-overview.js';
import { finderHref, finderTarget, type FinderFilters, type FinderTarget } from './finder-link.js';
import { gapText, t } from './messages.js';
import { qrCode } from '../shared/qr.js';
import { useMessages } from '../localization/localization.js';

useMessages('overview');

/** Where the inline feed of `feedText` is said to come from. */
const INLINE_URL = 'about:inline-feed';

/**
 * `@page` has no effect inside a shadow root: the A4 portrait page is set on the document,
 * once, through a constructed stylesheet (allowed on strict-CSP pages).
 */
const PAGE_SHEET = Symbol.for('taalwijzer.overview.page-sheet.v1');
function adoptPageSheet(doc: Document): void {
  const scope = doc as unknown as Record<symbol, CSSStyleSheet | undefined>;
  if (scope[PAGE_SHEET] || typeof CSSStyleSheet === 'undefined') return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('@page { size: A4 portrait; margin: 12mm 12mm 14mm; }');
  scope[PAGE_SHEET] = sheet;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/**
 * The offer of a feed at a glance, for the municipality, a klantmanager writing a PIP, a
 * policy officer or the Taalhuis coordinator: programmes counted by learning route x domain
 * (shaded as a heat map) and route x theme, the VIME split per domain, who offers what, the
 * days, the support languages, what is full, the volunteer roles, and the gaps in plain
 * words. Programmes that have ended are left out, and the overview says how many.
 * Printable on A4 (two pages for a typical Taalhuis), with the publisher, the feed's date
 * and a QR code to the live finder.
 *
 * With `finder`, every count links to the finder filtered that way (the finder needs
 * `url-state`). The figures come from `feed/offer-overview.ts`, the same module `taalwijzer overview` uses.
 *
 * @tagname taal-offer-overview
 * @summary The offer of a feed counted by route, domain, theme and VIME, with its gaps; printable.
 *
 * @fires taal-feed-loaded - The feed loaded: `detail.programmes` and `detail.issues` (what was skipped).
 * @fires taal-feed-error - No usable feed: `detail.kind` and `detail.message`.
 *
 * @csspart header - The top: title, publisher, dates, QR code and print button.
 * @csspart qr - The QR code (an SVG image) with its caption and address.
 * @csspart print-button - Prints the overview.
 * @csspart summary - How many programmes are counted, ended and skipped.
 * @csspart gaps - The list of gaps ("Wat ontbreekt").
 * @csspart gap - One gap.
 * @csspart section - Each section (a table or list with its heading).
 * @csspart table - Each table.
 * @csspart count - A count cell; `count-link` is the link inside it.
 * @csspart count-link - The link from a count to the finder.
 * @csspart legend - The legend of the shaded route x domain table.
 * @csspart loading - The loading state.
 * @csspart error - The error notice, with its retry button.
 * @csspart retry-button - Loads the feed again.
 * @csspart stale-notice - Shown when an older saved copy of the feed is shown.
 */
export class TaalOfferOverview extends TaalElement {
  static override styles = [TaalElement.styles, styles];

  private readonly feed = new FeedController(this, { wholeRegion: true });

  private readonly qr = new Task(this, {
    args: () => [this.qrUrl] as const,
    task: ([url]) => (url ? qrCode(url) : undefined),
  });

  /** Address of the feed (JSON). */
  @property({ attribute: 'src' }) src: string | null = null;

  /** The finder the counts link to: the `id` of a finder on this page, or the URL of the finder's page (its `#fragment` names the finder's id there). */
  @property({ attribute: 'finder' }) finder: string | null = null;

  /** The feed's JSON text itself, instead of `src` (used by `taalwijzer overview`'s offline file). */
  @property({ attribute: false }) feedText: string | null = null;

  /** The moment "ended" and "the next year" are measured from; default the current time. */
  @property({ attribute: false }) now: Date | null = null;

  @state() private inline?: LoadedFeed | FeedError;

  private computed?: { loaded: LoadedFeed; now: number | null; overview: OfferOverview };

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageSheet(this.ownerDocument);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('feedText')) this.readInline();
  }

  /** The figures of the loaded feed (worked out once per feed and `now`). */
  get overview(): OfferOverview | undefined {
    const loaded = this.loaded;
    if (!loaded) return undefined;
    const now = this.now?.getTime() ?? null;
    if (this.computed?.loaded !== loaded || this.computed.now !== now) {
      this.computed = { loaded, now, overview: offerOverview(loaded.feed, { now: this.now ?? new Date() }) };
    }
    return this.computed.overview;
  }

  override render() {
    return html`${this.renderLanguageMenu()}${this.renderBody()}`;
  }

  private renderBody() {
    if (this.feedText !== null) {
      if (this.inline instanceof FeedError || !this.inline)
        return renderFeedError(this.inline, () => this.readInline());
      return this.renderOverview(this.inline);
    }
    return this.feed.task.render({
      initial: () => (this.src ? renderFeedLoading() : nothing),
      pending: () => renderFeedLoading(),
      error: (error) => renderFeedError(error, () => this.feed.retry()),
      complete: (loaded) => (loaded ? this.renderOverview(loaded) : nothing),
    });
  }

  private get loaded(): LoadedFeed | undefined {
    if (this.feedText !== null) return this.inline instanceof FeedError ? undefined : this.inline;
    return this.feed.task.value;
  }

  private get target(): FinderTarget | undefined {
    return finderTarget(this.finder, globalThis.location?.href ?? '');
  }

  /** The QR code's address: the finder's page, else the publisher's website. */
  private get qrUrl(): string | undefined {
    const target = this.target;
    if (target?.qr && /^https?:/.test(target.qr)) return target.qr;
    const url = this.loaded?.feed.publisher?.url;
    return url && /^https?:/.test(url) ? url : undefined;
  }

  private renderOverview(loaded: LoadedFeed): TemplateResult {
    const o = this.overview!;
    const locale = this.localeController.locale;
    return html`${renderStaleNotice(loaded, locale)}
      <article class="overview">
        ${this.renderHeader(o, loaded, locale)} ${this.renderSummary(o, loaded, locale)}
        ${this.renderGaps(o, locale)} ${this.renderRouteDomain(o, locale)} ${this.renderRouteTheme(o, locale)}
        ${this.renderVime(o, locale)} ${this.renderOrganisations(o, locale)} ${this.renderWhen(o, locale)}
        <div class="columns">
          ${this.renderLanguages(o, locale)} ${this.renderFull(o, locale)} ${this.renderRoles(loaded, locale)}
        </div>
      </article>`;
  }

  private renderHeader(o: OfferOverview, loaded: LoadedFeed, locale: string): TemplateResult {
    const dateFormat = dateTimeFormat(locale, { dateStyle: 'long' });
    const updated = o.updated ? parseFeedDateTime(o.updated) : undefined;
    const feedDate =
      updated && !Number.isNaN(updated.getTime())
        ? t.feedDate(dateFormat.format(updated))
        : t.feedDateUnknown();
    return html`<header class="header" part="header">
      <div class="heading-block">
        <h2 class="title">${o.publisher ? this.feedText_(o.publisher.name, locale) : nothing}</h2>
        <p class="subtitle">${t.title()}</p>
        <p class="meta">${feedDate}<br />${t.made(dateFormat.format(this.now ?? loaded.fetchedAt))}</p>
        <button
          class="button secondary print-button"
          part="print-button"
          type="button"
          @click=${this.handlePrint}
        >
          ${t.print()}
        </button>
      </div>
      ${this.renderQr()}
    </header>`;
  }

  private renderQr(): TemplateResult | typeof nothing {
    const url = this.qrUrl;
    if (!url) return nothing;
    const code = this.qr.value;
    return html`<figure class="qr" part="qr">
      ${
        code
          ? html`<svg
              class="qr-code"
              viewBox="0 0 ${code.size} ${code.size}"
              role="img"
              aria-label=${t.qrLabel(url)}
              shape-rendering="crispEdges"
            >
              ${svg`<rect width=${code.size} height=${code.size} class="qr-light"></rect><path d=${code.path} class="qr-dark"></path>`}
            </svg>`
          : html`<div class="qr-code qr-pending" aria-hidden="true"></div>`
      }
      <figcaption>${t.qrCaption()}<br /><span class="url" dir="ltr">${url}</span></figcaption>
    </figure>`;
  }

  private renderSummary(o: OfferOverview, loaded: LoadedFeed, locale: string): TemplateResult {
    const n = (count: number) => formatNumber(count, locale);
    const skipped = loaded.issues.length;
    const formats = (['in-person', 'online', 'hybrid'] as const)
      .filter((format) => o.formats[format] > 0)
      .map((format) => t.labelCount(formatLabel(format), n(o.formats[format])));
    const learning = LEARNING_TYPES.map((type) =>
      t.labelCount(learningLabel(type), n(o.learningTotals[type])),
    );
    return html`<ul class="summary" part="summary">
      <li><strong>${t.labelCount(t.counted(), n(o.counted))}</strong></li>
      ${o.ended.length ? html`<li>${t.ended(o.ended.length, locale)}</li>` : nothing}
      ${skipped ? html`<li>${t.labelCount(t.skipped(), n(skipped))}</li>` : nothing}
      ${o.counted ? html`<li>${formatList(learning, locale)}</li>` : nothing}
      ${formats.length ? html`<li>${formatList(formats, locale)}</li>` : nothing}
    </ul>`;
  }

  private renderGaps(o: OfferOverview, locale: string): TemplateResult {
    return html`<section class="section gaps" part="section gaps">
      <h3 id="gaps-heading">${t.gapsHeading()}</h3>
      ${
        o.gaps.length
          ? html`<ul>
              ${o.gaps.map((gap) => html`<li part="gap">${gapText(gap, locale)}</li>`)}
            </ul>`
          : html`<p>${t.gapsNone()}</p>`
      }
    </section>`;
  }

  /** A count cell: the number, a link to the finder when there is one and the count is not 0. */
  private renderCount(count: number, filters: FinderFilters, locale: string, heat?: number): TemplateResult {
    const target = this.target;
    const text = formatNumber(count, locale);
    const classes = `count${heat !== undefined ? ` heat heat-${heat}` : ''}${count === 0 ? ' zero' : ''}`;
    return html`<td class=${classes} part="count">
      ${
        target && count > 0
          ? html`<a part="count-link" href=${finderHref(target, filters)}>${text}</a>`
          : text
      }
    </td>`;
  }

  private routeHeaders(): TemplateResult {
    return html`${ROUTE_COLUMNS.map(
        (route) => html`<th scope="col">${route === 'none' ? t.noRoute() : routeLabel(route)}</th>`,
      )}
      <th scope="col">${t.total()}</th>`;
  }

  private routeFilters(route: RouteColumn): FinderFilters {
    // The finder has no "names no route" filter: those counts link to all of that domain or theme.
    return route === 'none' ? {} : { route };
  }

  private renderRouteDomain(o: OfferOverview, locale: string): TemplateResult {
    const max = o.maxRouteDomain;
    return this.renderRouteTable(locale, {
      id: 'rd-heading',
      heading: t.routesDomainsHeading(),
      rowHeading: t.domain(),
      heat: true,
      rows: DOMAINS.map((domain: Domain) => ({
        label: domainLabel(domain),
        filters: { domain },
        count: (route: RouteColumn) => o.routeDomain[route][domain],
        total: o.domainTotals[domain],
        level: (route: RouteColumn) =>
          route === 'none' ? undefined : heatLevel(o.routeDomain[route][domain], max),
      })),
      totals: { count: (route: RouteColumn) => o.routeTotals[route], total: o.counted },
      after: html`<p class="legend" part="legend">
        <span class="swatches" aria-hidden="true"
          >${t.few()} <span class="swatch heat-1"></span><span class="swatch heat-2"></span
          ><span class="swatch heat-3"></span><span class="swatch heat-4"></span> ${t.many()}</span
        >
        ${t.heatLegend()} ${t.countingNote()} ${this.target ? t.linkHint() : nothing}
      </p>`,
    });
  }

  private renderRouteTheme(o: OfferOverview, locale: string): TemplateResult {
    return this.renderRouteTable(locale, {
      id: 'rt-heading',
      heading: t.routesThemesHeading(),
      rowHeading: t.theme(),
      rows: THEMES.map((theme: Theme) => ({
        label: themeLabel(theme),
        filters: { theme },
        count: (route: RouteColumn) => o.routeTheme[route][theme],
        total: o.themeTotals[theme],
      })),
    });
  }

  /** A table with a row per domain or theme and a column per route, each count a link to the finder. */
  private renderRouteTable(
    locale: string,
    table: {
      id: string;
      heading: string;
      rowHeading: string;
      heat?: boolean;
      rows: {
        label: string;
        filters: FinderFilters;
        count: (route: RouteColumn) => number;
        total: number;
        level?: (route: RouteColumn) => number | undefined;
      }[];
      totals?: { count: (route: RouteColumn) => number; total: number };
      after?: TemplateResult;
    },
  ): TemplateResult {
    const { totals } = table;
    return html`<section class="section" part="section">
      <h3 id=${table.id}>${table.heading}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby=${table.id}>
        <table part="table" class=${table.heat ? 'heat-table' : nothing}>
          <thead>
            <tr>
              <th scope="col">${table.rowHeading}</th>
              ${this.routeHeaders()}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              (row) =>
                html`<tr>
                  <th scope="row">${row.label}</th>
                  ${ROUTE_COLUMNS.map((route) =>
                    this.renderCount(
                      row.count(route),
                      { ...this.routeFilters(route), ...row.filters },
                      locale,
                      row.level?.(route),
                    ),
                  )}
                  ${this.renderCount(row.total, row.filters, locale)}
                </tr>`,
            )}
          </tbody>
          ${
            totals
              ? html`<tfoot>
                  <tr>
                    <th scope="row">${t.allProgrammes()}</th>
                    ${ROUTE_COLUMNS.map((route) =>
                      this.renderCount(totals.count(route), this.routeFilters(route), locale),
                    )}
                    ${this.renderCount(totals.total, {}, locale)}
                  </tr>
                </tfoot>`
              : nothing
          }
        </table>
      </div>
      ${table.after ?? nothing}
    </section>`;
  }

  private renderVime(o: OfferOverview, locale: string): TemplateResult {
    return html`<section class="section" part="section">
      <h3 id="vime-heading">${t.vimeHeading()}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="vime-heading">
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${t.domain()}</th>
              ${LEARNING_TYPES.map((type) => html`<th scope="col">${learningLabel(type)}</th>`)}
              <th scope="col">${t.total()}</th>
            </tr>
          </thead>
          <tbody>
            ${DOMAINS.map(
              (domain) =>
                html`<tr>
                  <th scope="row">${domainLabel(domain)}</th>
                  ${LEARNING_TYPES.map((learning) =>
                    this.renderCount(o.vime[domain][learning], { learning, domain }, locale),
                  )}
                  ${this.renderCount(o.domainTotals[domain], { domain }, locale)}
                </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${t.allProgrammes()}</th>
              ${LEARNING_TYPES.map((learning) => this.renderCount(o.learningTotals[learning], { learning }, locale))}
              ${this.renderCount(o.counted, {}, locale)}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>`;
  }

  private renderOrganisations(o: OfferOverview, locale: string): TemplateResult {
    return html`<section class="section wide" part="section">
      <h3 id="org-heading">${t.organisationsHeading()}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="org-heading">
        <table part="table" class="organisations">
          <thead>
            <tr>
              <th scope="col">${t.organisation()}</th>
              <th scope="col">${t.kind()}</th>
              <th scope="col">${t.programmes()}</th>
              <th scope="col">${t.mainDomains()}</th>
            </tr>
          </thead>
          <tbody>
            ${o.organisations.map(
              (row) =>
                html`<tr>
                  <th scope="row">
                    ${row.name ? this.feedText_(row.name, locale) : t.unknownOrganisation(row.id)}
                  </th>
                  <td>${row.kind ? organisationKindLabel(row.kind as OrganisationKind) : nothing}</td>
                  ${this.renderCount(row.count, { organisation: row.id }, locale)}
                  <td>${formatList(row.domains.slice(0, 3).map(domainLabel), locale)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderWhen(o: OfferOverview, locale: string): TemplateResult {
    const n = (count: number) => formatNumber(count, locale);
    const parts = PARTS_OF_DAY.map((part) => t.labelCount(partOfDayLabel(part), n(o.parts[part])));
    return html`<section class="section" part="section">
      <h3 id="when-heading">${t.whenHeading()}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="when-heading">
        <table part="table" class="days">
          <caption>
            ${t.nextYear()}
          </caption>
          <thead>
            <tr>
              ${DAYS.map(
                (day) =>
                  html`<th scope="col">
                    <abbr title=${dayLabel(day, locale)}
                      >${capitalise(dayLabel(day, locale, 'short'), locale)}</abbr
                    >
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            <tr>
              ${DAYS.map((day) => this.renderCount(o.days[day], { day }, locale))}
            </tr>
          </tbody>
        </table>
      </div>
      <p>${formatList(parts, locale)}. ${t.labelCount(t.unscheduled(), n(o.unscheduled))}.</p>
    </section>`;
  }

  private renderLanguages(o: OfferOverview, locale: string): TemplateResult {
    return html`<section class="section" part="section">
      <h3 id="lang-heading">${t.languagesHeading()}</h3>
      ${
        o.languages.length
          ? html`<ul class="inline-list">
              ${o.languages.map(
                ({ code, count }) =>
                  html`<li>${t.labelCount(languageName(code, locale), formatNumber(count, locale))}</li>`,
              )}
            </ul>`
          : html`<p>${t.languagesNone()}</p>`
      }
    </section>`;
  }

  private renderFull(o: OfferOverview, locale: string): TemplateResult {
    return html`<section class="section" part="section">
      <h3 id="full-heading">${t.fullHeading()}</h3>
      ${
        o.full.length
          ? html`<ul>
              ${o.full.map(
                (item) =>
                  html`<li>
                    ${this.feedText_(item.title, locale)}:
                    <strong>${item.state === 'full' ? t.stateFull() : t.stateWaiting()}</strong>
                  </li>`,
              )}
            </ul>`
          : html`<p>${t.fullNone()}</p>`
      }
    </section>`;
  }

  private renderRoles(loaded: LoadedFeed, locale: string): TemplateResult {
    const roles = loaded.feed.volunteerRoles;
    return html`<section class="section" part="section">
      <h3 id="roles-heading">${t.rolesHeading()}</h3>
      ${
        roles.length
          ? html`<ul>
              ${roles.map((role) => {
                const facts = [
                  ...(role.hoursPerWeek ? [t.hoursPerWeek(formatNumber(role.hoursPerWeek, locale))] : []),
                  ...(role.vogRequired ? [t.vog()] : []),
                ];
                return html`<li>
                  ${this.feedText_(role.title, locale)}${facts.length ? html` (${formatList(facts, locale)})` : nothing}
                </li>`;
              })}
            </ul>`
          : html`<p>${t.rolesNone()}</p>`
      }
    </section>`;
  }

  /** Feed text in the UI language where the feed has it, marked with its own language and direction. */
  private feedText_(text: Text, locale: string): TemplateResult | string {
    const picked = pickText(text, locale);
    if (!picked) return '';
    if (sameLanguage(picked.lang, locale)) return picked.text;
    return html`<span lang=${picked.lang} dir="auto">${picked.text}</span>`;
  }

  private readInline(): void {
    if (this.feedText === null) {
      this.inline = undefined;
      return;
    }
    try {
      const loaded = readFeedText(this.feedText, INLINE_URL, new Date(), undefined, explainItem);
      this.inline = loaded;
      this.dispatchEvent(
        new TaalFeedLoadedEvent({
          programmes: loaded.feed.programmes.length,
          issues: loaded.issues,
          feeds: 1,
        }),
      );
    } catch (error) {
      const feedError = error instanceof FeedError ? error : new FeedError('parse', String(error));
      this.inline = feedError;
      this.dispatchEvent(new TaalFeedErrorEvent({ kind: feedError.kind, message: feedError.message }));
    }
  }

  private readonly handlePrint = (): void => {
    window.print();
  };
}
