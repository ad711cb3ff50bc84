/**
 * An in-memory `browser.permissions` for the fake browser, which has none:
 * grants held as a set of origin patterns, and the reader's answer to the
 * browser's prompt decided by the test.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { urlIsGranted } from '../../lib/background/site-access';

type Listener = (permissions: { origins?: string[] }) => void;

export interface FakePermissions {
  granted: Set<string>;
  /** what the reader answers the next prompts; a request shows a prompt only for origins not yet held */
  answer: boolean;
  /** origins the installed build requires: remove() refuses them */
  required: Set<string>;
  prompts: string[][];
}

export function installFakePermissions(initial: string[] = []): FakePermissions {
  const state: FakePermissions = { granted: new Set(initial), answer: true, required: new Set(), prompts: [] };
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const covered = (origin: string) =>
    state.granted.has(origin) || (origin.endsWith('/*') && urlIsGranted([...state.granted], origin.replace('*.', '').replace(/\*$/, '')));
  const permissions = {
    getAll: async () => ({ origins: [...state.granted], permissions: [] }),
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every(covered),
    request: async ({ origins = [] }: { origins?: string[] }) => {
      const missing = origins.filter((origin) => !covered(origin));
      if (missing.length === 0) return true;
      state.prompts.push(missing);
      if (!state.answer) return false;
      for (const origin of missing) state.granted.add(origin);
      for (const listener of added) listener({ origins: missing });
      return true;
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      if (origins.some((origin) => state.required.has(origin))) throw new Error('You cannot remove required permissions.');
      const gone = origins.filter((origin) => state.granted.delete(origin));
      if (gone.length) for (const listener of removed) listener({ origins: gone });
      return gone.length > 0;
    },
    onAdded: {
      addListener: (listener: Listener) => void added.add(listener),
      removeListener: (listener: Listener) => void added.delete(listener),
    },
    onRemoved: {
      addListener: (listener: Listener) => void removed.add(listener),
      removeListener: (listener: Listener) => void removed.delete(listener),
    },
  };
  (fakeBrowser as unknown as { permissions: typeof permissions }).permissions = permissions;
  return state;
}
