import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/feed-studio/define.js';

interface Args {
  locale: string;
}

/**
 * For a Taalhuis coordinator: open the offer's spreadsheets (`.xlsx`, `.ods`, CSV) or a feed,
 * see every problem by file, row and column, preview the three widgets on the result in any
 * language, and download `aanbod.json`, JSON-LD, `.ics` or a workbook, with the embed code.
 * Nothing leaves the computer.
 *
 * Here it shows its empty state: converting needs its worker and template beside the built
 * `dist/feed-studio.js`, which this documentation site does not serve. Try it all in
 * `npm start` (examples/studio.html).
 */
const meta: Meta<Args> = {
  title: 'Coordinators/Feed studio',
  component: 'taal-feed-studio',
  args: { locale: '' },
  argTypes: {
    locale: {
      control: 'select',
      options: ['', 'nl', 'en', 'ar', 'tr', 'pl', 'uk', 'ti', 'fa', 'so'],
      description: 'UI language (empty: the page’s)',
    },
  },
  render: ({ locale }) => html`<taal-feed-studio locale=${locale || nothing}></taal-feed-studio>`,
};
export default meta;

type Story = StoryObj<Args>;

/** In Dutch, before any file is opened: the template and the example are one click away. */
export const Default: Story = {};

/** The studio in English (its problem messages are English too). */
export const English: Story = { args: { locale: 'en' } };
