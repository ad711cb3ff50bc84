/**
 * "Track this claim" from the popup: the selection's statement, pre-filled by the page
 * (its words without "he said", its speaker, the page as source), with the terms Newsmark
 * will find it by for the reader to keep or drop; tracked, it can be undone.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { deriveConcepts } from '@/lib/kb/derive-terms';
import { request } from '@/lib/messaging/client';
import type { TrackClaimRequest, TrackReceiptView } from '@/lib/messaging/protocol';
import { tabRequest } from '@/lib/messaging/tab-client';
import { errorMessage } from './page-access';
import { useSelectionDraft } from './use-selection-draft';

type Step =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'refused'; message: string }
  | { kind: 'editing'; base: TrackClaimRequest; text: string; speaker: string; knownSpeaker: string | null; dropped: string[]; extra: string; failure: string | null; saving: boolean }
  | { kind: 'tracked'; receipt: TrackReceiptView; terms: string[]; speaker: string | null }
  | { kind: 'undone' };

/** `ready`: false until the popup knows which tab it is about (a click waits for it). */
export function TrackSelection({ tabId, ready, blocked }: { tabId: number | undefined; ready: boolean; blocked: string | null }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const firstField = useRef<HTMLTextAreaElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (step.kind === 'editing') firstField.current?.focus();
    else if (step.kind === 'tracked' || step.kind === 'refused' || step.kind === 'undone') outcome.current?.focus();
  }, [step.kind]);

  const text = step.kind === 'editing' ? step.text : '';
  const lang = step.kind === 'editing' ? (step.base.lang ?? 'en') : 'en';
  // The terms as the background will derive them from these words (the same function).
  const derived = useMemo(() => (text.trim() ? deriveConcepts(text, lang).derived.map((d) => d.surface) : []), [text, lang]);

  const ask = useSelectionDraft({
    tabId,
    ready,
    blocked,
    read: (id) => tabRequest(id, 'tab/track-draft', {}),
    onStep: setStep,
    onDraft: (answer) => {
      const known = answer.item.speaker && 'actorId' in answer.item.speaker ? answer.speakerName : null;
      setStep({ kind: 'editing', base: answer.item, text: answer.item.text, speaker: answer.speakerName ?? '', knownSpeaker: known, dropped: [], extra: '', failure: null, saving: false });
    },
  });

  if (step.kind !== 'editing') {
    return (
      <section class="stack" aria-label="Track a claim of this page">
        <div class="row">
          <button type="button" data-testid="track-selection" disabled={step.kind === 'asking'} onClick={ask}>
            {step.kind === 'asking' ? 'Reading the selection…' : 'Track this claim'}
          </button>
          <span class="small muted">Newsmark then finds it on other pages.</span>
        </div>
        {step.kind === 'refused' ? (
          <div class="card notice error" role="alert" tabIndex={-1} ref={outcome} data-testid="track-message">
            {step.message}
          </div>
        ) : null}
        {step.kind === 'tracked' ? (
          <div class="card notice" role="status" tabIndex={-1} ref={outcome} data-testid="track-done" data-claim-id={step.receipt.claimId}>
            <p>
              Tracked{step.speaker ? ` as said by ${step.speaker}` : ''}. Found by: {step.terms.join(', ')}.
            </p>
            <button
              type="button"
              data-testid="track-undo"
              onClick={async () => {
                try {
                  await request('claim/untrack', { receipt: step.receipt });
                  setStep({ kind: 'undone' });
                } catch (error) {
                  setStep({ kind: 'refused', message: `Could not undo: ${errorMessage(error)}` });
                }
              }}
            >
              Undo
            </button>
          </div>
        ) : null}
        {step.kind === 'undone' ? (
          <div class="card notice" role="status" tabIndex={-1} ref={outcome} data-testid="track-undone">
            Removed from your knowledge base.
          </div>
        ) : null}
      </section>
    );
  }

  const { base } = step;
  const update = (patch: Partial<Extract<Step, { kind: 'editing' }>>) => setStep({ ...step, failure: null, ...patch });
  const kept = derived.filter((d) => !step.dropped.includes(d));
  const extra = step.extra
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);

  const submit = async (event: Event) => {
    event.preventDefault();
    const words = step.text.replace(/\s+/g, ' ').trim();
    if (!words) return update({ failure: 'Write the words of the claim first.' });
    const name = step.speaker.trim();
    // The page's speaker, unless the reader named someone else (or nobody).
    const speaker: TrackClaimRequest['speaker'] =
      !name ? null : step.knownSpeaker === name || (base.speaker && 'name' in base.speaker && base.speaker.name === name) ? base.speaker : { name };
    const edited = step.dropped.length > 0 || extra.length > 0;
    setStep({ ...step, saving: true, failure: null });
    try {
      const r = await request('claim/track', { item: { ...base, text: words, speaker, terms: edited ? [...kept, ...extra] : null } });
      setStep({ kind: 'tracked', receipt: r.receipt, terms: r.terms, speaker: r.speaker });
    } catch (error) {
      setStep({ ...step, saving: false, failure: `Nothing was tracked: ${errorMessage(error)}` });
    }
  };

  return (
    <form class="stack card selection-form" data-testid="track-form" aria-labelledby="track-form-heading" noValidate onSubmit={submit}>
      <h2 id="track-form-heading">Track this claim</h2>
      <p class="small muted page-ref" title={base.url}>
        From {base.pageTitle || base.url}
        {base.published ? `, ${base.published}` : ''}
      </p>
      <div class="field">
        <label for="track-text">What was said</label>
        <textarea id="track-text" ref={firstField} data-testid="track-text" rows={3} value={step.text} onInput={(e) => update({ text: (e.target as HTMLTextAreaElement).value })} />
      </div>
      <div class="field">
        <label for="track-speaker">
          Said by <span class="muted small">(empty: nobody named)</span>
        </label>
        <input id="track-speaker" type="text" data-testid="track-speaker" value={step.speaker} onInput={(e) => update({ speaker: (e.target as HTMLInputElement).value })} />
        {base.speaker && 'role' in base.speaker && base.speaker.role ? <p class="small muted">{base.speaker.role}</p> : null}
      </div>
      <fieldset class="field" data-testid="track-terms">
        <legend>Found by these words</legend>
        <ul class="plain chips">
          {derived.map((d) => (
            <li key={d}>
              <label class="chip">
                <input
                  type="checkbox"
                  checked={!step.dropped.includes(d)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    update({ dropped: on ? step.dropped.filter((x) => x !== d) : [...step.dropped, d] });
                  }}
                />
                {d}
              </label>
            </li>
          ))}
        </ul>
        <label for="track-extra" class="small">
          Other words to find it by <span class="muted">(separated by commas)</span>
        </label>
        <input id="track-extra" type="text" data-testid="track-extra" value={step.extra} onInput={(e) => update({ extra: (e.target as HTMLInputElement).value })} />
      </fieldset>
      {step.failure ? (
        <p class="error" role="alert" data-testid="track-failure">
          {step.failure}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="primary" data-testid="track-submit" disabled={step.saving}>
          {step.saving ? 'Tracking…' : 'Track'}
        </button>
        <button type="button" onClick={() => setStep({ kind: 'idle' })}>
          Cancel
        </button>
      </div>
    </form>
  );
}
