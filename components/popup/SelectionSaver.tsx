import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { SaveClaimRequest } from '@/lib/messaging/protocol';
import { tabRequest } from '@/lib/messaging/tab-client';
import type { KnowledgeBaseView } from '../use-knowledge-base';
import { errorMessage } from './page-access';
import { useSelectionDraft } from './use-selection-draft';
import { actorOptions, checkDraft, draftFrom, type DraftErrors, type SaveDraft } from './save-form';

type Step =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'refused'; message: string }
  | { kind: 'editing'; base: SaveClaimRequest; draft: SaveDraft; shown: string[]; errors: DraftErrors; failure: string | null; saving: boolean }
  | { kind: 'saved'; id: string; created: boolean; text: string }
  | { kind: 'undone' };

export interface SelectionSaverProps {
  tabId: number | undefined;
  /** false until the popup knows which tab it is about: a click waits for it */
  ready: boolean;
  kb: KnowledgeBaseView | null;
  /** why the page cannot be saved from, or null */
  blocked: string | null;
  onOpenSaved: () => void;
}

/**
 * "Save selection": asks the page for the reader's selection, shows it in a
 * form pre-filled with the actors it names and the knowledge-base claim it
 * matches, and saves what the reader confirms.
 */
export function SelectionSaver({ tabId, ready, kb, blocked, onOpenSaved }: SelectionSaverProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const firstField = useRef<HTMLTextAreaElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  // Focus follows the step: the sentence when the form opens, the outcome when it closes.
  // In the commit that changes the step: an effect would leave focus on a removed element until after paint.
  const previous = useRef<Step['kind']>('idle');
  useLayoutEffect(() => {
    if (step.kind === 'editing') firstField.current?.focus();
    else if (step.kind === 'saved' || step.kind === 'refused' || step.kind === 'undone') outcome.current?.focus();
    else if (step.kind === 'idle' && previous.current === 'editing') opener.current?.focus();
    previous.current = step.kind;
  }, [step.kind]);

  const ask = useSelectionDraft({
    tabId,
    ready,
    blocked,
    read: (id) => tabRequest(id, 'tab/selection', {}),
    onStep: setStep,
    onDraft: (answer) => {
      const draft = draftFrom(answer.item);
      setStep({ kind: 'editing', base: answer.item, draft, shown: draft.actorIds, errors: {}, failure: null, saving: false });
    },
  });

  if (step.kind !== 'editing') {
    return (
      <section class="stack" aria-labelledby="save-selection-heading">
        <h2 id="save-selection-heading" class="sr-only">
          Save a sentence of this page
        </h2>
        <div class="row">
          <button
            type="button"
            class="primary"
            ref={opener}
            data-testid="save-selection"
            disabled={step.kind === 'asking'}
            onClick={ask}
          >
            {step.kind === 'asking' ? 'Reading the selection…' : 'Save selection'}
          </button>
          <span class="small muted">Select a sentence in the page first.</span>
        </div>
        {step.kind === 'refused' ? (
          <div class="card notice error" role="alert" tabIndex={-1} ref={outcome} data-testid="selection-message">
            {step.message}
          </div>
        ) : null}
        {step.kind === 'saved' ? (
          <div class="card notice" role="status" tabIndex={-1} ref={outcome} data-testid="selection-saved" data-saved-id={step.id}>
            <p>{step.created ? 'Saved to Newsmark.' : 'This sentence was already saved.'}</p>
            <div class="row">
              {step.created ? (
                <button
                  type="button"
                  data-testid="selection-undo"
                  onClick={async () => {
                    try {
                      await request('saved/delete', { id: step.id });
                      setStep({ kind: 'undone' });
                    } catch (error) {
                      setStep({ kind: 'refused', message: `Could not undo: ${errorMessage(error)}` });
                    }
                  }}
                >
                  Undo
                </button>
              ) : null}
              <a
                href="#saved"
                onClick={(event) => {
                  event.preventDefault();
                  onOpenSaved();
                }}
              >
                See your saved claims
              </a>
            </div>
          </div>
        ) : null}
        {step.kind === 'undone' ? (
          <div class="card notice" role="status" tabIndex={-1} ref={outcome} data-testid="selection-undone">
            Removed: nothing of it is kept.
          </div>
        ) : null}
      </section>
    );
  }

  const { base, draft, shown, errors, failure, saving } = step;
  const update = (patch: Partial<SaveDraft>, extra: Partial<Extract<Step, { kind: 'editing' }>> = {}) =>
    setStep({ ...step, draft: { ...draft, ...patch }, errors: {}, failure: null, ...extra });
  const actors = kb ? [...kb.actors.values()].filter((a) => !a.retired) : [];
  const { picked, rest } = actorOptions(actors, shown);
  const claims = kb ? [...kb.claims.values()].filter((c) => !c.retired).sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true })) : [];
  const matched = draft.claimId ? kb?.claims.get(draft.claimId) : null;
  const describedBy = (field: keyof DraftErrors, hint?: string) =>
    [hint, errors[field] ? `sel-${field}-error` : null].filter(Boolean).join(' ') || undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkDraft(base, draft);
    if (!checked.ok) {
      setStep({ ...step, errors: checked.errors, failure: null });
      const first = (['text', 'actorIds', 'note', 'tags'] as const).find((f) => checked.errors[f]);
      document.getElementById(`sel-${first}`)?.focus();
      return;
    }
    setStep({ ...step, saving: true, failure: null });
    try {
      const { id, created } = await request('claim/save', { item: checked.item });
      setStep({ kind: 'saved', id, created, text: checked.item.text });
    } catch (error) {
      setStep({ ...step, saving: false, failure: `Nothing was saved: ${errorMessage(error)}` });
    }
  };

  return (
    <form
      class="stack card selection-form"
      data-testid="selection-form"
      aria-labelledby="selection-form-heading"
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          setStep({ kind: 'idle' });
        }
      }}
    >
      <h2 id="selection-form-heading">Save this sentence</h2>
      <p class="small muted page-ref" title={base.url}>
        From {base.pageTitle || base.url}
      </p>

      <div class="field">
        <label for="sel-text">Sentence</label>
        <textarea
          id="sel-text"
          ref={firstField}
          data-testid="selection-text"
          rows={4}
          value={draft.text}
          aria-invalid={errors.text ? 'true' : undefined}
          aria-describedby={describedBy('text', 'sel-text-hint')}
          onInput={(event) => update({ text: (event.target as HTMLTextAreaElement).value })}
        />
        <p id="sel-text-hint" class="small muted">
          Its place in the page is kept too, so Newsmark can mark it when you come back.
        </p>
        {errors.text ? (
          <p id="sel-text-error" class="small error">
            {errors.text}
          </p>
        ) : null}
      </div>

      <fieldset class="field" data-testid="selection-actors" aria-describedby={describedBy('actorIds')}>
        <legend>Actors it mentions</legend>
        {picked.length === 0 ? <p class="small muted">None found in this sentence.</p> : null}
        <ul class="plain chips">
          {picked.map((actor) => (
            <li key={actor.id}>
              <label class="chip">
                <input
                  type="checkbox"
                  data-actor-id={actor.id}
                  checked={draft.actorIds.includes(actor.id)}
                  onChange={(event) => {
                    const on = (event.target as HTMLInputElement).checked;
                    update({ actorIds: on ? [...draft.actorIds, actor.id] : draft.actorIds.filter((id) => id !== actor.id) });
                  }}
                />
                {actor.name}
              </label>
            </li>
          ))}
        </ul>
        {rest.length > 0 ? (
          <div class="row">
            <label for="sel-add-actor" class="small">
              Add an actor
            </label>
            <select
              id="sel-add-actor"
              data-testid="selection-add-actor"
              value=""
              onChange={(event) => {
                const id = (event.target as HTMLSelectElement).value;
                if (!id) return;
                (event.target as HTMLSelectElement).value = '';
                update({ actorIds: [...draft.actorIds, id] }, { shown: [...shown, id] });
              }}
            >
              <option value="">Choose…</option>
              {rest.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {errors.actorIds ? (
          <p id="sel-actorIds-error" class="small error">
            {errors.actorIds}
          </p>
        ) : null}
      </fieldset>

      <div class="field">
        <label for="sel-claim">Knowledge-base claim it matches</label>
        <select
          id="sel-claim"
          data-testid="selection-claim"
          value={draft.claimId ?? ''}
          onChange={(event) => update({ claimId: (event.target as HTMLSelectElement).value || null })}
        >
          <option value="">None</option>
          {claims.map((claim) => (
            <option key={claim.id} value={claim.id}>
              {claim.ref} · {claim.summary.length > 70 ? `${claim.summary.slice(0, 69)}…` : claim.summary}
            </option>
          ))}
        </select>
        {matched ? <p class="small muted">{matched.attribution}</p> : null}
      </div>

      <div class="field">
        <label for="sel-note">
          Note <span class="muted small">(optional)</span>
        </label>
        <textarea
          id="sel-note"
          data-testid="selection-note"
          rows={2}
          value={draft.note}
          aria-invalid={errors.note ? 'true' : undefined}
          aria-describedby={describedBy('note')}
          onInput={(event) => update({ note: (event.target as HTMLTextAreaElement).value })}
        />
        {errors.note ? (
          <p id="sel-note-error" class="small error">
            {errors.note}
          </p>
        ) : null}
      </div>

      <div class="field">
        <label for="sel-tags">
          Tags <span class="muted small">(optional, separated by commas)</span>
        </label>
        <input
          id="sel-tags"
          type="text"
          data-testid="selection-tags"
          value={draft.tags}
          aria-invalid={errors.tags ? 'true' : undefined}
          aria-describedby={describedBy('tags')}
          onInput={(event) => update({ tags: (event.target as HTMLInputElement).value })}
        />
        {errors.tags ? (
          <p id="sel-tags-error" class="small error">
            {errors.tags}
          </p>
        ) : null}
      </div>

      {failure ? (
        <p class="error" role="alert" data-testid="selection-failure">
          {failure}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="primary" data-testid="selection-save" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={() => setStep({ kind: 'idle' })}>
          Cancel
        </button>
      </div>
    </form>
  );
}
