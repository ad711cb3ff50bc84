import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension id Firefox needs to keep storage across reinstalls.
export const GECKO_ID = 'newsmark@newsmark.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Newsmark',
    description:
      'Recognises the people, states and claims of your knowledge base in the news you read. Everything stays in your browser.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'tabs',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    action: { default_title: 'Newsmark' },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: GECKO_ID, strict_min_version: '140.0' } }
        : undefined,
  }),
});
