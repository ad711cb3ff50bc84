// What both browsers' smoke tests expect of the seed page, and how they read the popup.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../../scripts/browsers.mjs';

/** Actors the seed article names over and over: the content script must find every one. */
export const EXPECTED_ACTORS = [
  { ref: 'A01', name: 'Sergei Lavrov' },
  { ref: 'A02', name: 'Vladimir Putin' },
  { ref: 'A03', name: 'Donald Trump' },
  { ref: 'A04', name: 'Zelensky' },
  { ref: 'A05', name: 'Russia' },
  { ref: 'A06', name: 'Ukraine' },
] as const;

export interface ActorRow {
  ref: string;
  text: string;
  /** `data-count` when the markup has it, else the number in the row's text */
  count: number | null;
}

export interface PopupState {
  status: string | null;
  rows: ActorRow[];
}

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/**
 * Runs inside popup.html (passed to the browser's evaluate, so self-contained): the status
 * line and one row per actor of `[data-testid="page-actors"]`.
 */
export function readPopupState(): PopupState {
  const status = document.querySelector('[data-testid="page-status"]');
  const items = Array.from(document.querySelectorAll('[data-testid="page-actors"] li[data-ref]'));
  return {
    status: status ? (status.textContent ?? '').trim() : null,
    rows: items.map((li) => {
      const element = li as HTMLElement;
      // innerText keeps the layout's word breaks ("Sergei Lavrov 7 Person"), textContent does not.
      const text = (element.innerText || element.textContent || '').replace(/\s+/g, ' ').trim();
      let count: number | null = null;
      // Most explicit first: a data-count, then an accessible "N mentions" label, then the row's text.
      const attr = li.getAttribute('data-count') ?? li.querySelector('[data-count]')?.getAttribute('data-count');
      if (attr != null && /^\d+$/.test(attr.trim())) count = Number(attr);
      if (count === null) {
        for (const node of Array.from(li.querySelectorAll('[aria-label], [title]'))) {
          const label = node.getAttribute('aria-label') ?? node.getAttribute('title') ?? '';
          const match = label.match(/^\s*(\d+)\s+mentions?\b/i);
          if (match) {
            count = Number(match[1]);
            break;
          }
        }
      }
      if (count === null) {
        const numbers = text.match(/(?<![\w.-])\d+(?![\w.-])/g);
        count = numbers ? Number(numbers[0]) : null;
      }
      return { ref: li.getAttribute('data-ref') ?? '', text, count };
    }),
  };
}

/** True once every expected actor has a row: the content script's report reached the popup. */
export function hasExpectedActors(state: PopupState): boolean {
  const refs = new Set(state.rows.map((row) => row.ref));
  return EXPECTED_ACTORS.every((actor) => refs.has(actor.ref));
}

export function expectActors(state: PopupState): void {
  const byRef = new Map(state.rows.map((row) => [row.ref, row]));
  for (const actor of EXPECTED_ACTORS) {
    const row = byRef.get(actor.ref);
    expect(row, `popup lists ${actor.ref} ${actor.name} (status: ${state.status})`).toBeDefined();
    expect(row!.text.toLowerCase(), `${actor.ref} row names ${actor.name}`).toContain(actor.name.toLowerCase());
    expect(row!.count, `${actor.ref} row shows a mention count: "${row!.text}"`).not.toBeNull();
    expect(row!.count!, `${actor.ref} mention count`).toBeGreaterThan(0);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Polls `read` until `done` holds; on timeout throws with the last value seen, so a failure says
 * what the browser showed instead of only "timed out".
 */
export async function pollUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeout = 30_000, interval = 500 } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      lastError = undefined;
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await sleep(interval);
  }
  const seen = lastError !== undefined ? `error: ${String(lastError)}` : JSON.stringify(last);
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${seen}`);
}
