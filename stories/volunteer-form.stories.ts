import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import '../src/volunteer-form/define.js';
import type { TaalVolunteerForm } from '../src/volunteer-form/volunteer-form.js';

interface Args {
  src: string;
  action: string;
  privacyUrl: string;
}

/**
 * A pretend back end for the stories: `/story-api/<what>` answers as named, so each
 * state of sending can be shown without a server. Other requests go through.
 */
const STORY_API = '/story-api/';
function installStoryBackend(): void {
  const scope = window as unknown as { __taalStoryBackend?: boolean };
  if (scope.__taalStoryBackend) return;
  scope.__taalStoryBackend = true;
  const original = window.fetch.bind(window);
  window.fetch = async (resource: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(resource instanceof Request ? resource.url : String(resource), location.href);
    if (!url.pathname.startsWith(STORY_API)) return original(resource, init);
    switch (url.pathname.slice(STORY_API.length)) {
      case 'ok':
        return new Response('{"ok":true}', { status: 201, headers: { 'Content-Type': 'application/json' } });
      case 'fail':
        return new Response('{"ok":false}', { status: 503, headers: { 'Content-Type': 'application/json' } });
      case 'network':
        throw new TypeError('Failed to fetch');
      default:
        return new Promise<Response>(() => undefined); // 'slow': never answers
    }
  };
}

// ---- playing a volunteer -------------------------------------------------------

/** How long a step may take: the feed and the form's code load first, on a slow phone too. */
const PATIENCE = { timeout: 10_000 };

async function formIn(canvas: HTMLElement): Promise<TaalVolunteerForm> {
  const el = canvas.querySelector('taal-volunteer-form') as TaalVolunteerForm;
  await waitFor(() => {
    if (!el.shadowRoot?.querySelector('form')) throw new Error('the form is not there yet');
  }, PATIENCE);
  return el;
}

const field = (el: TaalVolunteerForm, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;

async function type(el: TaalVolunteerForm, id: string, value: string) {
  const input = field(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function tick(el: TaalVolunteerForm, id: string) {
  if (!field(el, id).checked) field(el, id).click();
  await el.updateComplete;
}

async function fillIn(el: TaalVolunteerForm) {
  await tick(el, 'tw-role-0');
  await tick(el, 'tw-role-3');
  await type(el, 'tw-name', 'Samira El Amrani');
  await type(el, 'tw-email', 'samira@example.nl');
  await type(el, 'tw-postcode', '7201dn');
  await tick(el, 'tw-avail-tue-evening');
  await tick(el, 'tw-avail-sat-morning');
  await tick(el, 'tw-lang-ar');
  await tick(el, 'tw-lang-fr');
  await type(el, 'tw-message', 'Ik werk als verpleegkundige en heb op dinsdagavond tijd.');
  await tick(el, 'tw-consent-privacy');
}

async function toCheckAnswers(el: TaalVolunteerForm) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await waitFor(() => {
    if (!el.shadowRoot!.querySelector('[part~="check-answers"]')) throw new Error('not at the check step');
  }, PATIENCE);
}

async function pressSend(el: TaalVolunteerForm, until: string) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  await waitFor(() => {
    if (!el.shadowRoot!.querySelector(until)) throw new Error(`no ${until} yet`);
  }, PATIENCE);
}

/**
 * The volunteer sign-up form through each step and state. Sending goes to a pretend
 * back end (`/story-api/ok`, `/fail`, `/network`, `/slow`); a relative `action` is
 * allowed because Storybook runs on localhost (or https).
 */
const meta: Meta<Args> = {
  title: 'Widgets/Volunteer form',
  component: 'taal-volunteer-form',
  args: { src: 'feeds/aanbod.json', action: '/story-api/ok', privacyUrl: '' },
  argTypes: {
    src: { control: 'text', description: 'Feed with `volunteerRoles`' },
    action: { control: 'text', description: 'https: URL, relative URL on https/localhost, or mailto:' },
    privacyUrl: { control: 'text', description: 'Overrides the feed’s `publisher.privacyUrl`' },
  },
  beforeEach: () => {
    installStoryBackend();
    // Each story starts empty: no draft of an earlier story.
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith('taalwijzer.volunteer-form')) sessionStorage.removeItem(key);
    }
  },
  render: ({ src, action, privacyUrl }, { id }) =>
    html`<taal-volunteer-form
      id=${`story-${id}`}
      src=${src}
      action=${action}
      privacy-url=${privacyUrl || ''}
      .minFillTime=${0}
    ></taal-volunteer-form>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1: roles from the sample feed, contact details, availability, languages, consent. */
export const Form: Story = {};

/** Pressing "Controleer je antwoorden" with nothing filled in: the error summary, focused, with a link per problem. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await el.updateComplete;
  },
};

/** Step 2: every answer with a change link, then send. */
export const CheckAnswers: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fillIn(el);
    await toCheckAnswers(el);
  },
};

/** While sending: the button is disabled and says so. */
export const Sending: Story = {
  args: { action: '/story-api/slow' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fillIn(el);
    await toCheckAnswers(el);
    await pressSend(el, '[part~="submit-button"][disabled]');
  },
};

/** The server answered 503: the reason in plain words, the answers kept, "Probeer opnieuw". */
export const ServerError: Story = {
  args: { action: '/story-api/fail' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fillIn(el);
    await toCheckAnswers(el);
    await pressSend(el, '[part~="failure"]');
  },
};

/** No connection: offers to send by itself once the volunteer is back online. */
export const NoConnection: Story = {
  args: { action: '/story-api/network' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fillIn(el);
    await toCheckAnswers(el);
    await pressSend(el, '[part~="failure"]');
  },
};

/** Accepted: the thank-you with what happens next (intake; a free VOG for the VoorleesExpress). */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fillIn(el);
    await toCheckAnswers(el);
    await pressSend(el, '[part~="confirmation"]');
  },
};

/** A `mailto:` action: the e-mail program opens (not here: the story stops the navigation). */
export const MailOpened: Story = {
  args: { action: 'mailto:taalhuis@example.nl' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    (el as unknown as { openMailto: (href: string) => void }).openMailto = () => undefined;
    await fillIn(el);
    await toCheckAnswers(el);
    await pressSend(el, '[part~="confirmation"]');
  },
};

/** The host page cancelled `taal-volunteer-submit` to send it itself: a neutral state. */
export const HandedToThePage: Story = {
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    el.addEventListener('taal-volunteer-submit', (event) => event.preventDefault(), { once: true });
    await fillIn(el);
    await toCheckAnswers(el);
    await pressSend(el, '[part~="confirmation"]');
  },
};

/** An `action` that is not https (nor localhost): the webmaster sees why, instead of a send button. */
export const ConfigurationError: Story = {
  args: { action: 'http://example.org/api/aanmelden' },
};

/** Without a feed: four common Taalhuis roles. */
export const BuiltInRoles: Story = {
  args: { src: '' },
};

/** Arabic: the layout mirrors (the form's own texts are not translated yet and show in Dutch). */
export const Arabic: Story = {
  globals: { locale: 'ar' },
};

/** Arabic, at the check step: e-mail, phone and postcode stay left-to-right. */
export const ArabicCheckAnswers: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await fillIn(el);
    await toCheckAnswers(el);
  },
};
