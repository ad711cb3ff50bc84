/**
 * The "Save selection" form's logic, apart from its markup: the draft the
 * reader edits, reading tags from what they typed, and checking the draft
 * against the limits the background enforces, so a mistake is explained next
 * to its field instead of coming back as a protocol error.
 */
import { canonicalQuote } from '@/lib/db/dedupe';
import type { SaveClaimRequest } from '@/lib/messaging/protocol';
import { MAX_SAVED_TEXT } from '@/lib/messaging/validate';

export const MAX_NOTE = 10_000;
export const MAX_TAGS = 50;
export const MAX_TAG = 100;
export const MAX_ACTORS = 500;

/** What the form edits. The selector and the page stay as the page described them. */
export interface SaveDraft {
  text: string;
  claimId: string | null;
  actorIds: string[];
  note: string;
  /** as typed: "talks, security guarantees" */
  tags: string;
}

export type DraftField = 'text' | 'note' | 'tags' | 'actorIds';
export type DraftErrors = Partial<Record<DraftField, string>>;

export type DraftCheck = { ok: true; item: SaveClaimRequest } | { ok: false; errors: DraftErrors };

export function draftFrom(item: SaveClaimRequest): SaveDraft {
  return {
    text: item.text,
    claimId: item.claimId,
    actorIds: [...new Set(item.actorIds)],
    note: item.note,
    tags: item.tags.join(', '),
  };
}

/**
 * Tags from what the reader typed: separated by commas or new lines, trimmed,
 * inner spacing collapsed, a leading # dropped, the first spelling kept when
 * two differ only in case.
 */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const piece of input.split(/[,\n]/)) {
    const tag = piece.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '');
    if (!tag) continue;
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The draft as a save request, or a message per field that would be refused. */
export function checkDraft(base: SaveClaimRequest, draft: SaveDraft): DraftCheck {
  const errors: DraftErrors = {};
  const text = draft.text.replace(/\s+/g, ' ').trim();
  if (text.length === 0) errors.text = 'The sentence is empty: keep at least a few words of it.';
  else if (text.length > MAX_SAVED_TEXT) {
    errors.text = `The sentence is ${count(text.length)} characters long; Newsmark keeps up to ${count(MAX_SAVED_TEXT)}.`;
  }
  const note = draft.note.trim();
  if (note.length > MAX_NOTE) errors.note = `The note is ${count(note.length)} characters long; keep it under ${count(MAX_NOTE)}.`;
  const tags = parseTags(draft.tags);
  const longTag = tags.find((tag) => tag.length > MAX_TAG);
  if (tags.length > MAX_TAGS) errors.tags = `${tags.length} tags; keep it to ${MAX_TAGS} at most.`;
  else if (longTag) errors.tags = `The tag “${longTag.slice(0, 30)}…” is longer than ${MAX_TAG} characters.`;
  const actorIds = [...new Set(draft.actorIds)];
  if (actorIds.length > MAX_ACTORS) errors.actorIds = `Choose at most ${MAX_ACTORS} actors.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    item: { ...base, text, claimId: draft.claimId, actorIds, note, tags },
  };
}

/** A sentence of the page, as the saved list knows it: saving it again would find the first save. */
export function quoteKey(text: string): string {
  return canonicalQuote(text);
}

export interface SavedOnPage {
  id: string;
  claimId: string | null;
  /** the words as saved */
  text: string;
  selector: { exact: string };
}

/** Which of the page's claim sentences are saved already: quote key → saved item id. */
export function savedByQuote(items: ReadonlyArray<Omit<SavedOnPage, 'text'>>): Map<string, string> {
  const saved = new Map<string, string>();
  for (const item of items) {
    const key = quoteKey(item.selector.exact);
    if (!saved.has(key)) saved.set(key, item.id);
  }
  return saved;
}

/** Options for the actor picker: those chosen first (in the order chosen), then the rest by name. */
export function actorOptions<A extends { id: string; name: string }>(all: Iterable<A>, chosen: readonly string[]) {
  const byId = new Map<string, A>();
  for (const actor of all) byId.set(actor.id, actor);
  const picked = chosen.map((id) => byId.get(id)).filter((a): a is A => a !== undefined);
  const pickedIds = new Set(picked.map((a) => a.id));
  const rest = [...byId.values()]
    .filter((a) => !pickedIds.has(a.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { picked, rest };
}
