import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/offer-overview/define.js';

interface Args {
  src: string;
  finder: string;
}

/**
 * The offer at a glance, for the municipality: programmes by learning route x domain (the
 * shaded table is the heat map) and route x theme, the VIME split, who offers what, when,
 * the support languages, what is full, the volunteer roles and the gaps. Print it (the
 * button, or Ctrl+P) for two A4 pages.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Offer overview',
  component: 'taal-offer-overview',
  args: { src: 'feeds/aanbod.json', finder: '' },
  argTypes: {
    src: { control: 'text', description: 'The feed (JSON)' },
    finder: {
      control: 'text',
      description: 'Id of a finder on the page, or the URL of the finder page: each count links there',
    },
  },
  render: ({ src, finder }) =>
    html`<taal-offer-overview src=${src || nothing} finder=${finder || nothing}></taal-offer-overview>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample feed of Taalhuis Zutphen. */
export const Default: Story = {};

/** Every count links to the finder page, filtered the same way. */
export const WithFinderLinks: Story = {
  args: { finder: 'https://www.bibliotheek-voorbeeld.nl/taalhuis/aanbod#finder' },
};

/** Arabic, right to left: the tables mirror; feed text in Dutch keeps its own direction. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  render: ({ src }) => html`<taal-offer-overview locale="ar" src=${src || nothing}></taal-offer-overview>`,
};

/** A feed that cannot be loaded: the error in plain words, with a retry button. */
export const FeedError: Story = {
  args: { src: 'feeds/does-not-exist.json' },
};
