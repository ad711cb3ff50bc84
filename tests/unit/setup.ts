// Every test file gets a fresh in-memory IndexedDB and a reset fake browser.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePermissions } from './fake-permissions';

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh install's grants: none. Tests that need sites grant them.
  installFakePermissions();
});
