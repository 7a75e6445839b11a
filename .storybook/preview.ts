/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { availableLocales, switchLocale } from '../src/localization/localization.js';
import { LOCALES, matchLocale } from '../src/localization/locales.js';

// `custom-elements.json` is generated (`npm run analyze`) and not in git. A glob
// import is empty when the file is missing, so the preview works without it (the
// docs pages then only lack their attribute tables).
const manifests = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(withoutInternals(manifest));

interface Manifest {
  modules?: { declarations?: { members?: { privacy?: string; static?: boolean }[] }[] }[];
}

/** Drops private, protected and static members (controllers, styles) from the docs tables. */
function withoutInternals(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
        ),
      })),
    })),
  };
}

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'UI language of the widgets (page-wide)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LOCALES.map(({ code, name }) => ({ value: code, title: name, right: code })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    locale: 'nl',
  },
  // Localisation is page-wide: switch it before each story renders. A locale without
  // translations yet falls back to Dutch (switchLocale alone would keep the last one).
  loaders: [
    async ({ globals }) => {
      const wanted = typeof globals.locale === 'string' ? globals.locale : 'nl';
      await switchLocale(matchLocale(wanted, availableLocales) ?? 'nl');
      return {};
    },
  ],
  parameters: {
    a11y: {
      // Violations show in the Accessibility panel; they do not fail the story.
      test: 'todo',
    },
    controls: {
      matchers: {
        color: /(background|color)$/i,
        date: /Date$/i,
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
