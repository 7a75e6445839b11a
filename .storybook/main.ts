import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample feed, so a story can use `src="feeds/aanbod.json"` (relative to iframe.html).
  staticDirs: [{ from: '../examples/feeds', to: '/feeds' }],
  core: {
    // No network here but the npm registry; never phone home.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  async viteFinal(viteConfig) {
    // Vite 8 transforms TypeScript with Oxc. Oxc reads tsconfig.json too, but the
    // element classes must compile with legacy decorators and
    // `useDefineForClassFields: false` (class fields assigned, not defined, so they
    // do not shadow Lit's reactive accessors); standard decorators break stories
    // silently. Set it explicitly so no tsconfig lookup can change it.
    const oxc = viteConfig.oxc === false ? {} : (viteConfig.oxc ?? {});
    return {
      ...viteConfig,
      optimizeDeps: {
        ...viteConfig.optimizeDeps,
        // Storybook's renderer imports `lit/directive-helpers.js`: pre-bundle it with the
        // rest of lit, or the dev server loads a second copy of lit-html.
        include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
      },
      oxc: {
        ...oxc,
        decorator: { ...oxc.decorator, legacy: true },
        typescript: { ...oxc.typescript, removeClassFieldsWithoutInitializer: true },
        assumptions: { ...oxc.assumptions, setPublicClassFields: true },
      },
    };
  },
};

export default config;
