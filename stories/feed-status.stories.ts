import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/programme-finder/define.js';

interface Args {
  src: string;
}

/**
 * Proves the Storybook set-up end to end: the element compiles with its decorators,
 * the sample feed is served at `feeds/` (`staticDirs`), and the docs page shows the
 * attribute table from `custom-elements.json`.
 */
const meta: Meta<Args> = {
  title: 'Checks/Feed status',
  component: 'taal-programme-finder',
  render: ({ src }) => html`<taal-programme-finder src=${src}></taal-programme-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample feed of `examples/feeds/aanbod.json`. */
export const Loaded: Story = {
  args: { src: 'feeds/aanbod.json' },
};

/** A feed address that answers 404: the error state with its retry button. */
export const NotFound: Story = {
  args: { src: 'feeds/does-not-exist.json' },
};
