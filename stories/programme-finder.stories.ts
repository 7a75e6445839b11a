import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/programme-finder/define.js';
import type { GoalSteering } from '../src/programme-finder/programme-finder.js';
import { generateFeed } from '../bench/generate-feed.js';

/** The sample feed is dated around this moment; stories measure schedules from it. */
const NOW = new Date('2026-11-28T12:00:00+01:00');
/** The sample feed (examples/feeds/aanbod.json), served by Storybook at `feeds/`. */
const SAMPLE = 'feeds/aanbod.json';

interface Args {
  src: string;
  locale?: string;
  urlState?: boolean;
  goalSteering?: GoalSteering | null;
  width?: string;
}

/** A feed as a URL the finder can fetch, made in the browser. */
function feedUrl(feed: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

async function sampleFeed(): Promise<{ programmes: unknown[] }> {
  return (await fetch(SAMPLE)).json();
}

/**
 * Newcomers search and filter the programmes of a Taalhuis feed: courses, taalcafés,
 * coaching and digital-skills help. Every story uses the sample feed of a fictional
 * Taalhuis in Zutphen (or a feed generated from it) and measures dates from
 * 28 November 2026, so the stories look the same on any day.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Programme finder',
  component: 'taal-programme-finder',
  args: { src: SAMPLE },
  argTypes: {
    src: { control: 'text', description: 'URL of the feed' },
    locale: { control: 'select', options: ['nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'fa', 'so'] },
    urlState: { control: 'boolean', name: 'url-state' },
    width: { control: 'text', description: 'Width of the box around the finder (the finder adapts to it)' },
  },
  render: ({ src, locale, urlState, goalSteering, width }) =>
    html`<div class=${width ? 'story-frame' : nothing} style=${width ? `max-inline-size: ${width}` : nothing}>
      <taal-programme-finder
        src=${src}
        locale=${locale ?? nothing}
        ?url-state=${urlState ?? false}
        .now=${NOW}
        .goalSteering=${goalSteering ?? null}
      ></taal-programme-finder>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample feed: 44 programmes of a Taalhuis and its partners. */
export const Default: Story = {};

/** On a phone: the filters fold behind a button; the layout follows the box, not the window. */
export const Phone: Story = {
  args: { width: '320px' },
};

/**
 * While the feed loads: a skeleton and a status for screen readers. This feed never
 * answers, so after 15 seconds the finder gives up and shows the timeout error.
 */
export const Loading: Story = {
  loaders: [
    async () => {
      const hanging = 'feeds/still-loading.json';
      const scope = window as unknown as { __taalHangingFetch?: boolean };
      if (!scope.__taalHangingFetch) {
        scope.__taalHangingFetch = true;
        const realFetch = window.fetch.bind(window);
        window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
          String(input instanceof Request ? input.url : input).includes(hanging)
            ? new Promise<Response>((_resolve, reject) =>
                init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
              )
            : realFetch(input, init);
      }
      return {};
    },
  ],
  args: { src: 'feeds/still-loading.json' },
};

/** The feed cannot be loaded (here: 404): the reason in plain words and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { src: 'feeds/does-not-exist.json' },
};

/**
 * Nothing matches the search and filters (from the URL: "fietsles" and "free only"):
 * the finder names the filter to remove and removes it on request.
 */
export const Empty: Story = {
  loaders: [
    async () => {
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${location.search}#finder.q=fietsles&finder.free=free`,
      );
      return {};
    },
  ],
  args: { urlState: true },
};

/**
 * The server fails, so the last good copy from an earlier visit is shown, with a notice
 * that it may be out of date. (The copy is put in localStorage the way the feed loader
 * keeps it.)
 */
export const Stale: Story = {
  loaders: [
    async () => {
      const src = 'feeds/stale-copy.json';
      const url = new URL(src, document.baseURI).href;
      const body = JSON.stringify(await sampleFeed());
      localStorage.setItem(
        `taalwijzer.feed:${url}`,
        JSON.stringify({ savedAt: '2026-11-21T09:30:00.000Z', body }),
      );
      return {};
    },
  ],
  args: { src: 'feeds/stale-copy.json' },
};

/** 5,000 programmes generated from the sample: indexed in slices, twenty cards at a time. */
export const LargeFeed: Story = {
  loaders: [async () => ({ src: feedUrl(generateFeed(await sampleFeed(), 5000)) })],
  render: ({ locale }, { loaded }) =>
    html`<taal-programme-finder
      src=${(loaded as { src: string }).src}
      locale=${locale ?? nothing}
      .now=${NOW}
    ></taal-programme-finder>`,
};

/** Arabic: the whole finder mirrors (right to left); Dutch feed text stays left to right. */
export const Arabic: Story = {
  args: { locale: 'ar' },
  globals: { locale: 'ar' },
};

/** Steered by the goal picker: its domains filter, programmes for its goals come first. */
export const SteeredByGoals: Story = {
  args: {
    goalSteering: { domains: ['digital-skills', 'arranging-matters'], goals: ['digital-digid-login'] },
  },
};
