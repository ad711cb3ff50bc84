/** Save one of the page's claim sentences (tab/save-match), and take it back (saved/delete). */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import { tabRequest } from '@/lib/messaging/tab-client';

export function SaveButton({
  tabId,
  claimId,
  index,
  savedId,
  onChange,
  announce,
}: {
  tabId: number;
  claimId: string;
  /** which sentence of the claim on the page */
  index: number;
  /** the saved item, when this sentence is saved */
  savedId: string | null;
  /** what is saved changed: look again */
  onChange: () => void;
  announce: (text: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Between a save and the saved list's reload, the answer is what we know.
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const focusAfter = useRef(false);
  const button = useRef<HTMLButtonElement>(null);

  // Once the saved list has caught up with our save, it is the truth: a delete elsewhere (the
  // options page) shows here too.
  const confirmed = useRef(false);
  useEffect(() => {
    if (savedId !== null && savedId === justSaved) confirmed.current = true;
    else if (savedId === null && confirmed.current) {
      confirmed.current = false;
      setJustSaved(null);
    }
  }, [savedId, justSaved]);

  const id = savedId && savedId !== removed ? savedId : justSaved;
  const saved = id !== null;

  // The button changes under the reader's finger: keep the keyboard focus on it, in the same
  // commit (an effect would run after paint, up to a frame later, with focus lost meanwhile).
  // Keyed on our own answer too: the saved list may show the save (savedId) before the answer
  // to our request comes back, and `saved` does not change again then.
  useLayoutEffect(() => {
    if (focusAfter.current) {
      focusAfter.current = false;
      button.current?.focus();
    }
  }, [saved, justSaved, removed]);

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await tabRequest(tabId, 'tab/save-match', { claimId, index });
      focusAfter.current = true;
      setRemoved(null);
      setJustSaved(result.id);
      announce(result.created ? 'Saved. Find it in your saved claims.' : 'Already in your saved claims.');
      onChange();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!id) return;
    setBusy(true);
    setProblem(null);
    try {
      await request('saved/delete', { id });
      focusAfter.current = true;
      confirmed.current = false;
      setJustSaved(null);
      setRemoved(id);
      announce('Removed from your saved claims.');
      onChange();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span class="save row">
      {saved ? (
        <>
          <span class="saved-label" data-testid="saved-label">
            Saved
          </span>
          <button type="button" ref={button} data-testid="undo-save" disabled={busy} onClick={undo} aria-label="Undo save">
            {id === justSaved ? 'Undo' : 'Remove'}
          </button>
        </>
      ) : (
        <button type="button" ref={button} data-testid="save-sentence" disabled={busy} onClick={save}>
          Save
        </button>
      )}
      {problem ? (
        <span class="error" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
