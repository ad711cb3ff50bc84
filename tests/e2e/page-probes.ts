// What the real-browser tests of both browsers do in a page and read from the extension: select a
// sentence as a reader's drag would, and read the saved items from the extension's IndexedDB. Each
// probe is one self-contained function run in the browser (they are sent as source: no imports, no
// closures), with an adapter for Playwright (Chromium) and one for puppeteer (Firefox ESR).
import type { Page as PlaywrightPage, Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { SavedClaimRecord } from '../../lib/db/records';

/** Run in the page: one Range over the first occurrence of `wanted` in the document's selection (null: none). */
export function selectInPage(wanted: string | null): void {
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  if (wanted === null) return;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(wanted);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    selection.addRange(range);
    return;
  }
  throw new Error(`not in the page: ${wanted}`);
}

/** Run in the extension's origin (its service worker or one of its pages): every saved item as stored. */
export function savedRowsInExtension(): Promise<SavedClaimRecord[]> {
  return new Promise((resolve, reject) => {
    // Reading must never create the database (an empty one would race the extension's Dexie
    // upgrade) nor hang on a store not made yet: both read as nothing saved.
    let created = false;
    const open = indexedDB.open('newsmark');
    open.onupgradeneeded = () => {
      created = true;
      open.transaction?.abort();
    };
    open.onerror = (event) => {
      event.preventDefault();
      if (created) resolve([]);
      else reject(open.error);
    };
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('savedClaims')) {
        db.close();
        resolve([]);
        return;
      }
      const read = db.transaction('savedClaims').objectStore('savedClaims').getAll();
      read.onsuccess = () => {
        resolve(read.result as SavedClaimRecord[]);
        db.close();
      };
      read.onerror = () => reject(read.error);
    };
  });
}

/** What a reader added: tracked claims and the reader's own actors, as stored. */
export interface AddedRows {
  tracked: Array<{ id: string; summary: string; speakerId: string | null }>;
  people: Array<{ id: string; name: string; role: string }>;
}

/** Run in the extension's origin: the tracked claims and the actors the reader added. */
export function addedRowsInExtension(): Promise<AddedRows> {
  return new Promise((resolve, reject) => {
    // As savedRowsInExtension: never create the database, never hang on a missing store.
    let created = false;
    const open = indexedDB.open('newsmark');
    open.onupgradeneeded = () => {
      created = true;
      open.transaction?.abort();
    };
    open.onerror = (event) => {
      event.preventDefault();
      if (created) resolve({ tracked: [], people: [] });
      else reject(open.error);
    };
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('claims') || !db.objectStoreNames.contains('actors')) {
        db.close();
        resolve({ tracked: [], people: [] });
        return;
      }
      const tx = db.transaction(['claims', 'actors']);
      const claims = tx.objectStore('claims').getAll();
      const actors = tx.objectStore('actors').getAll();
      tx.oncomplete = () => {
        db.close();
        resolve({
          tracked: (claims.result as Array<{ id: string; summary: string; speakerId: string | null; tags?: string[] }>)
            .filter((c) => c.tags?.includes('tracked'))
            .map((c) => ({ id: c.id, summary: c.summary, speakerId: c.speakerId })),
          people: (actors.result as Array<{ id: string; name: string; role: string; origin?: string }>)
            .filter((a) => a.origin === 'user')
            .map((a) => ({ id: a.id, name: a.name, role: a.role })),
        });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

export const playwright = {
  select: (page: PlaywrightPage, text: string | null): Promise<void> => page.evaluate(selectInPage, text),
  /** from the service worker (Chromium, MV3) */
  savedRows: (worker: Worker): Promise<SavedClaimRecord[]> => worker.evaluate(savedRowsInExtension),
  added: (worker: Worker): Promise<AddedRows> => worker.evaluate(addedRowsInExtension),
};

export const puppeteer = {
  select: (page: PuppeteerPage, text: string | null): Promise<void> => page.evaluate(selectInPage, text),
  /** from an extension page kept open (Firefox, MV2: puppeteer reaches no background page) */
  savedRows: (extensionPage: PuppeteerPage): Promise<SavedClaimRecord[]> => extensionPage.evaluate(savedRowsInExtension),
  added: (extensionPage: PuppeteerPage): Promise<AddedRows> => extensionPage.evaluate(addedRowsInExtension),
};
