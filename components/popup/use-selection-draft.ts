/**
 * Asking the page for a draft made from the reader's selection (Save selection, Track this claim):
 * the page's refusal or a failure in words, and a click made before the popup knows which tab it is
 * about kept until it does. The popup renders its buttons before it has asked the browser for its
 * tab; a click in that moment used to be refused as "no web page open" although one was.
 */
import { useEffect, useRef } from 'preact/hooks';
import { errorMessage } from './page-access';

export const NO_PAGE_OPEN = 'There is no web page open in this window: open a news page first.';

/** What the hook reports while it asks, or why there is no draft. */
export type DraftAsk = { kind: 'asking' } | { kind: 'refused'; message: string };

/** A tab request's answer: a draft, or the page's refusal in words. */
type Answer = { ok: true } | { ok: false; message: string };

export interface SelectionDraftOptions<R extends Answer> {
  /** the tab the popup is about (undefined: none, once `ready`) */
  tabId: number | undefined;
  /** false until the popup has resolved its tab and that tab's state */
  ready: boolean;
  /** why the page cannot be drafted from, or null */
  blocked: string | null;
  /** asks the page (one of the tab requests that answer a draft or a refusal) */
  read: (tabId: number) => Promise<R>;
  onStep: (step: DraftAsk) => void;
  onDraft: (answer: Extract<R, { ok: true }>) => void;
}

/** Returns the function the button calls. */
export function useSelectionDraft<R extends Answer>(options: SelectionDraftOptions<R>): () => void {
  const latest = useRef(options);
  latest.current = options;
  const waiting = useRef(false);

  const run = async () => {
    const { tabId, blocked, read, onStep, onDraft } = latest.current;
    if (blocked) return onStep({ kind: 'refused', message: blocked });
    if (tabId === undefined) return onStep({ kind: 'refused', message: NO_PAGE_OPEN });
    onStep({ kind: 'asking' });
    try {
      const answer = await read(tabId);
      if (answer.ok) onDraft(answer as Extract<R, { ok: true }>);
      else onStep({ kind: 'refused', message: (answer as { message: string }).message });
    } catch (error) {
      onStep({ kind: 'refused', message: errorMessage(error) });
    }
  };

  useEffect(() => {
    if (!options.ready || !waiting.current) return;
    waiting.current = false;
    void run();
  }, [options.ready]);

  return () => {
    if (latest.current.ready) return void run();
    waiting.current = true;
    latest.current.onStep({ kind: 'asking' });
  };
}
