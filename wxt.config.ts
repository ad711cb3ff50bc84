import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { missingCatalogueRefs, validateKnowledgeBase } from './lib/kb/validate';
import { loadSeedKnowledgeBase } from './seeds/node';
import { ALL_SITES } from './lib/background/site-access';
import { engineSplit } from './scripts/lib/engine-split';

// The extension id Firefox needs to keep storage across reinstalls.
export const GECKO_ID = 'newsmark@newsmark.dev';

/**
 * Our own pages load only our own files and talk to nobody: no remote script,
 * style, frame or connection, even if a bug let page text reach them as markup.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "connect-src 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // A broken seed must never ship: the build fails with the validator's errors.
    'build:before': () => {
      const result = validateKnowledgeBase(loadSeedKnowledgeBase());
      const errors = result.ok ? missingCatalogueRefs(result.kb).map((ref) => `missing catalogue entry ${ref}`) : result.errors;
      if (errors.length > 0) {
        throw new Error(`The seed knowledge base is invalid:\n  ${errors.slice(0, 50).join('\n  ')}`);
      }
    },
    // The engine in two scripts (lib/content/engine-parts.ts): engine.js reads engine-base.js's modules from the world.
    'vite:build:extendConfig': (entrypoints, config) => engineSplit(entrypoints.map((e) => e.name), config),
  },
  vite: () => ({
    plugins: [preact()],
    ...(process.env.NEWSMARK_SOURCEMAP ? { build: { sourcemap: true } } : {}),
  }),
  manifest: ({ browser, command }) => ({
    name: 'Newsmark',
    description:
      'Recognises the people, states and claims of your knowledge base in the news you read. Everything stays in your browser.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'tabs',
      'contextMenus',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // No site at install: the reader allows every site or the ones they list
    // (lib/background/site-access.ts). Firefox's MV2 keeps hosts among optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: [...ALL_SITES] }
      : { optional_host_permissions: [...ALL_SITES] }),
    action: { default_title: 'Newsmark' },
    // `wxt dev` serves pages from its dev server and keeps its own policy; builds get ours.
    ...(command === 'build'
      ? {
          content_security_policy:
            browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
        }
      : {}),
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide Newsmark highlights on this page',
      },
      // Firefox opens the sidebar itself on its reserved command; Chrome needs ours.
      [browser === 'firefox' ? '_execute_sidebar_action' : 'open-side-panel']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Open the Newsmark side panel',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Newsmark collects nothing: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // The data-collection key needs Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
