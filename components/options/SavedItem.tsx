/** One saved claim in the list: what was saved, where, and the reader's note and tags (editable). */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { database } from '@/lib/db/database';
import type { SavedClaimRecord } from '@/lib/db/records';
import { MAX_NOTE_LENGTH, parseTagList, updateSavedClaim } from '@/lib/db/saved-list';
import type { KnowledgeBaseView } from '../use-knowledge-base';

/** Only web addresses become links: an imported "javascript:" or "data:" address stays text. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

interface Props {
  item: SavedClaimRecord;
  kb: KnowledgeBaseView | null;
  selected: boolean;
  onSelect(selected: boolean): void;
  onDelete(): void;
  onChanged(message: string): void;
  onTag(tag: string): void;
}

export function SavedItem({ item, kb, selected, onSelect, onDelete, onChanged, onTag }: Props) {
  const [editing, setEditing] = useState(false);
  const claim = item.claimId ? kb?.claims.get(item.claimId) : undefined;
  const href = safeHref(item.url);
  const short = item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text;
  const saved = new Date(item.createdAt);
  return (
    <li class="card saved-item" data-testid="saved-item" data-id={item.id}>
      <div class="select">
        <input
          type="checkbox"
          checked={selected}
          aria-label={`Select: ${short}`}
          onChange={(e) => onSelect((e.target as HTMLInputElement).checked)}
        />
      </div>
      <div class="body">
        <p class="quote" data-testid="saved-text">
          {item.text}
        </p>
        {item.anchorState === 'orphaned' ? (
          <p class="small error" data-testid="saved-anchor">
            Not on its page any more when last read; the page may have changed.
          </p>
        ) : item.anchorState === 'changed' && item.pageText ? (
          <p class="small" data-testid="saved-anchor">
            The page now reads: <q>{item.pageText}</q>
          </p>
        ) : null}
        {item.claimId ? (
          <p class="small" data-testid="saved-claim">
            Matches {claim ? `${claim.ref}: ${claim.summary}` : `a claim no longer in the knowledge base (${item.claimId})`}
          </p>
        ) : null}
        {item.actorIds.length > 0 ? (
          <ul class="chips" aria-label="Actors">
            {item.actorIds.map((id) => (
              <li key={id} class="chip actor">
                {kb?.actors.get(id)?.name ?? id}
              </li>
            ))}
          </ul>
        ) : null}
        <div class="spread small muted">
          <span>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {item.pageTitle || item.url}
              </a>
            ) : (
              <span>{item.pageTitle || item.url}</span>
            )}{' '}
            <span class="muted">{hostOf(item.url)}</span>
          </span>
          <time dateTime={saved.toISOString()} title={saved.toLocaleString()}>
            {saved.toLocaleDateString()}
          </time>
        </div>
        {editing ? (
          <EditForm
            item={item}
            onDone={(message) => {
              setEditing(false);
              if (message) onChanged(message);
            }}
          />
        ) : (
          <>
            {item.note ? (
              <p class="small" data-testid="saved-note">
                <span class="muted">Note: </span>
                {item.note}
              </p>
            ) : null}
            {item.tags.length > 0 ? (
              <ul class="chips" aria-label="Tags" data-testid="saved-tags">
                {item.tags.map((tag) => (
                  <li key={tag}>
                    <button type="button" class="chip" title={`Show saved claims tagged “${tag}”`} onClick={() => onTag(tag)}>
                      #{tag}
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            <div class="row">
              <button type="button" class="small" data-testid="edit" onClick={() => setEditing(true)} aria-label={`Edit note and tags: ${short}`}>
                Edit note and tags
              </button>
              <button type="button" class="small danger" data-testid="delete" onClick={onDelete} aria-label={`Delete: ${short}`}>
                Delete
              </button>
            </div>
          </>
        )}
      </div>
    </li>
  );
}

function EditForm({ item, onDone }: { item: SavedClaimRecord; onDone(message: string | null): void }) {
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(', '));
  const [error, setError] = useState('');
  const first = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  return (
    <form
      class="stack"
      data-testid="edit-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(null);
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await updateSavedClaim(database(), item.id, { note, tags: parseTagList(tags) });
          onDone('Saved your note and tags.');
        } catch (err) {
          setError(err instanceof Error ? err.message : String(err));
        }
      }}
    >
      <label class="field">
        Note
        <textarea ref={first} data-testid="edit-note" maxLength={MAX_NOTE_LENGTH} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="field">
        Tags, separated by commas
        <input type="text" data-testid="edit-tags" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
      </label>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="primary" data-testid="edit-save">
          Save
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
