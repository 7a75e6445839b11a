import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/goal-picker/define.js';
import '../src/programme-finder/define.js';
import type { TaalGoalPicker } from '../src/goal-picker/goal-picker.js';

interface Args {
  src: string;
  maxLevel: string;
}

/** The picker in the story, once it has rendered. */
async function pickerIn(canvasElement: HTMLElement): Promise<TaalGoalPicker> {
  const picker = canvasElement.querySelector('taal-goal-picker')!;
  await customElements.whenDefined('taal-goal-picker');
  await picker.updateComplete;
  return picker;
}

/** Clicks in the picker's shadow root, then waits for it to render. */
async function click(picker: TaalGoalPicker, selector: string): Promise<void> {
  picker.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await picker.updateComplete;
}

/**
 * A newcomer picks what they want to be able to do in Dutch: a domain (pictures), the
 * goals in it (cards), then "Mijn doelen" to print or share. The speaker buttons show
 * when the browser has a voice for the language (most desktop browsers do for Dutch).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Goal picker',
  component: 'taal-goal-picker',
  args: { src: '', maxLevel: '' },
  argTypes: {
    src: { control: 'text', description: 'Optional feed whose goals add to the built-in ones' },
    maxLevel: {
      control: 'select',
      options: ['', 'A0', 'A1', 'A2', 'B1'],
      description: 'Show goals up to this level',
    },
  },
  render: ({ src, maxLevel }) =>
    html`<taal-goal-picker src=${src || nothing} max-level=${maxLevel || nothing}></taal-goal-picker>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The start: eight domains as big pictures. */
export const Default: Story = {};

/** The goals of one domain, two of them chosen. */
export const DomainOpen: Story = {
  play: async ({ canvasElement }) => {
    const picker = await pickerIn(canvasElement);
    await click(picker, '[part="domain-tile"][data-domain="health-exercise"]');
    await click(picker, 'input[data-goal="health-gp-appointment"]');
    await click(picker, 'input[data-goal="health-pharmacy"]');
  },
};

/** Only the easiest goals: the level control set by the `max-level` attribute. */
export const UpToLevelA1: Story = {
  args: { maxLevel: 'A1' },
  play: async ({ canvasElement }) => {
    const picker = await pickerIn(canvasElement);
    await click(picker, '[part="domain-tile"][data-domain="arranging-matters"]');
  },
};

/** "Mijn doelen" with goals from three domains: print it, or share the link. */
export const SummaryWithGoals: Story = {
  args: { src: 'feeds/aanbod.json' },
  play: async ({ canvasElement }) => {
    const picker = await pickerIn(canvasElement);
    const choose = async (domain: string, goals: string[]) => {
      await click(picker, `[part="domain-tile"][data-domain="${domain}"]`);
      for (const goal of goals) await click(picker, `input[data-goal="${goal}"]`);
      await click(picker, '[part="back-button"]');
    };
    await choose('health-exercise', ['health-gp-appointment']);
    await choose('digital-skills', ['digital-digid-login', 'digital-email']);
    await choose('leisure-social', ['leisure-small-talk']);
    await click(picker, '[part="summary-button"]');
  },
};

/** The optional feed could not be loaded: a small notice; every built-in goal still works. */
export const FeedError: Story = {
  args: { src: 'feeds/does-not-exist.json' },
};

/**
 * Arabic, right to left: the layout and the back arrow mirror. The Arabic UI strings
 * are not translated yet, so the texts show in Dutch (marked `lang="nl"`).
 */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  render: ({ src }) => html`<taal-goal-picker locale="ar" src=${src || nothing}></taal-goal-picker>`,
  play: async ({ canvasElement }) => {
    const picker = await pickerIn(canvasElement);
    await click(picker, '[part="domain-tile"][data-domain="parenting"]');
    await click(picker, 'input[data-goal="parenting-teacher-talk"]');
  },
};

/**
 * A library page: the picker steers the finder next to it. Choose goals and the finder
 * shows programmes in those domains, the ones working on the chosen goals first.
 */
export const WithFinder: Story = {
  args: { src: 'feeds/aanbod.json' },
  parameters: { layout: 'fullscreen' },
  render: ({ src }) =>
    html`<div class="story-page">
      <style>
        .story-page {
          display: grid;
          gap: 2rem;
          padding: 1rem;
        }
        @media (min-width: 64rem) {
          .story-page {
            grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
            align-items: start;
          }
        }
      </style>
      <section>
        <h2>Wat wil je leren?</h2>
        <taal-goal-picker for="finder" src=${src || nothing}></taal-goal-picker>
      </section>
      <section>
        <h2>Ons aanbod</h2>
        <taal-programme-finder id="finder" src="feeds/aanbod.json"></taal-programme-finder>
      </section>
    </div>`,
};
