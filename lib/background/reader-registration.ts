/**
 * Keeps the content script ("the reader") registered on exactly the sites the
 * reader granted, and brings open tabs in line when a grant changes: a page
 * just allowed is read at once, a page just taken back is cleared at once,
 * neither needs a reload.
 */
import type { Notice } from '../messaging/protocol';
import { readerMatches, urlIsGranted } from './site-access';

export const READER_SCRIPT_ID = 'newsmark-reader';

export interface RegisteredScript {
  id: string;
  matches?: string[];
}

export interface RegistrationPorts {
  /** the host patterns granted now (permissions.getAll().origins) */
  grantedOrigins(): Promise<string[]>;
  registered(): Promise<RegisteredScript[]>;
  register(matches: string[]): Promise<void>;
  update(matches: string[]): Promise<void>;
  unregister(): Promise<void>;
  openTabs(): Promise<{ id: number; url: string }[]>;
  /** runs the content script in a tab now (it ignores a second start) */
  inject(tabId: number): Promise<void>;
  notifyTab(tabId: number, notice: Notice): void;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const left = [...a].sort();
  const right = [...b].sort();
  return left.every((value, i) => value === right[i]);
}

export class ReaderRegistration {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly ports: RegistrationPorts) {}

  /**
   * Registers, updates or removes the content script to match the grants, then
   * starts it in open tabs the change brought in. Calls run one after another:
   * a grant and a revocation in quick succession must not interleave.
   * Resolves to the grants it synced to.
   */
  sync(): Promise<string[]> {
    const run = this.queue.then(() => this.syncNow());
    this.queue = run.catch(() => {});
    return run;
  }

  /** After a grant is taken back: pages on those sites stop and clear (they ask, and are told no). */
  async revoked(): Promise<void> {
    const origins = await this.sync();
    for (const tab of await this.ports.openTabs()) {
      // Tabs never read ignore the notice; browser pages never had a reader.
      if (/^https?:/i.test(tab.url) && !urlIsGranted(origins, tab.url)) this.ports.notifyTab(tab.id, { type: 'notice/rescan' });
    }
  }

  private async syncNow(): Promise<string[]> {
    const { ports } = this;
    const origins = await ports.grantedOrigins();
    const matches = readerMatches(origins);
    const current = (await ports.registered()).find((script) => script.id === READER_SCRIPT_ID);
    if (matches.length === 0) {
      if (current) await ports.unregister();
      return origins;
    }
    if (current && sameList(current.matches ?? [], matches)) return origins;
    if (current) await ports.update(matches);
    else await ports.register(matches);
    // Registration covers pages loaded from now on; pages already open get it here.
    // Registering first leaves no gap for a page that loads in between.
    for (const tab of await ports.openTabs()) {
      if (!urlIsGranted(origins, tab.url)) continue;
      await ports.inject(tab.id).catch(() => {
        // A tab that closed or navigated to a page we cannot read meanwhile.
      });
    }
    return origins;
  }
}
