/**
 * The reader's additions to the knowledge base: new actors, claims and
 * aliases, checked by the same validator as the seed and imports, in the
 * context of everything stored (so references resolve and no id or ref is
 * used twice). Each write bumps the revision, like every edit in
 * knowledge-base.ts, so the compiled index is rebuilt once per change.
 */
import type { Actor, ActorKind, Alias, Claim, ClaimPolarity, Concept, Source } from '../kb/types';
import { validateKnowledgeBase } from '../kb/validate';
import type { NewsmarkDatabase } from './database';
import { bumpRevision, updateActor, updateClaim } from './knowledge-base';
import type { ActorRecord, ClaimRecord } from './records';

export class EntryValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(errors[0] ?? 'invalid entry');
    this.name = 'EntryValidationError';
  }
}

const META = ['origin', 'edited', 'disabled', 'retired', 'seedVersion', 'updatedAt', 'seedCopy'];
function strip<T>(row: object): T {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of META) delete copy[key];
  return copy as T;
}

/** Validates `actors`/`claims` (new or changed) with the rest of the stored knowledge base. */
export async function checkEntries(
  db: NewsmarkDatabase,
  changed: { actors?: Actor[]; claims?: Claim[]; sources?: Source[] },
): Promise<string[]> {
  const [actors, claims, sources] = await Promise.all([db.actors.toArray(), db.claims.toArray(), db.sources.toArray()]);
  const newActors = changed.actors ?? [];
  const newClaims = changed.claims ?? [];
  const actorIds = new Set(newActors.map((a) => a.id));
  const claimIds = new Set(newClaims.map((c) => c.id));
  const result = validateKnowledgeBase(
    {
      version: 'edit',
      sources: [...(changed.sources ?? []), ...sources.map((s) => strip<Source>(s))],
      actors: [...newActors, ...actors.filter((a) => !actorIds.has(a.id)).map((a) => strip<Actor>(a))],
      claims: [...newClaims, ...claims.filter((c) => !claimIds.has(c.id)).map((c) => strip<Claim>(c))],
    },
    { allowClaimsWithoutConcepts: true },
  );
  return result.ok ? [] : result.errors;
}

function userId(prefix: 'A' | 'C'): string {
  return `U-${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export interface ActorDraft {
  name: string;
  kind: ActorKind;
  role: string;
  description: string;
  lang: string;
}

export const userMeta = (now: number) => ({
  origin: 'user' as const,
  edited: false,
  disabled: false,
  retired: false,
  seedVersion: null,
  updatedAt: now,
  seedCopy: null,
});

export async function addActor(db: NewsmarkDatabase, draft: ActorDraft, now = Date.now()): Promise<Actor> {
  const id = userId('A');
  const actor: Actor = {
    id,
    ref: id,
    kind: draft.kind,
    name: draft.name.trim(),
    role: draft.role.trim(),
    description: draft.description.trim(),
    aliases: [{ text: draft.name.trim(), lang: draft.lang, type: 'name' }],
    relations: [],
    sourceIds: [],
  };
  return addUserActor(db, actor, now);
}

/** Writes a new actor of the reader's, checked against the knowledge base first, in one transaction. */
export async function addUserActor(db: NewsmarkDatabase, actor: Actor, now: number): Promise<Actor> {
  const errors = await checkEntries(db, { actors: [actor] });
  if (errors.length) throw new EntryValidationError(errors);
  await db.transaction('rw', [db.actors, db.settings], async () => {
    await db.actors.add({ ...actor, ...userMeta(now) } as ActorRecord);
    await bumpRevision(db);
  });
  return actor;
}

/**
 * Cues as a reader writes them: one idea per line, its alternative wordings
 * separated by commas; "label: a, b" names the idea. "guarantee*" matches any
 * word starting with "guarantee".
 */
export function parseCues(text: string, lang: string): Concept[] {
  const concepts: Concept[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const colon = trimmed.indexOf(':');
    const label = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    const terms = (colon > 0 ? trimmed.slice(colon + 1) : trimmed)
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    if (terms.length === 0) continue;
    concepts.push({ label: label || terms[0]!, weight: 1, required: true, terms: terms.map((t) => ({ text: t, lang })) });
  }
  return concepts;
}

export interface ClaimDraft {
  summary: string;
  speakerId: string | null;
  attribution: string;
  subjectIds: string[];
  polarity: ClaimPolarity;
  lang: string;
  cues: string;
}

export async function addClaim(db: NewsmarkDatabase, draft: ClaimDraft, now = Date.now()): Promise<Claim> {
  const id = userId('C');
  const claim: Claim = {
    id,
    ref: id,
    speakerId: draft.speakerId,
    attribution: draft.attribution.trim(),
    subjectIds: [...new Set(draft.subjectIds)],
    summary: draft.summary.trim(),
    lang: draft.lang,
    polarity: draft.polarity,
    concepts: parseCues(draft.cues, draft.lang),
    evidence: [],
  };
  const errors = await checkEntries(db, { claims: [claim] });
  if (errors.length) throw new EntryValidationError(errors);
  await db.transaction('rw', [db.claims, db.settings], async () => {
    await db.claims.add({ ...claim, ...userMeta(now) } as ClaimRecord);
    await bumpRevision(db);
  });
  return claim;
}

/** Adds a name the actor goes by; the validator checks it like a seed alias. */
export async function addAlias(db: NewsmarkDatabase, actorId: string, alias: Alias, now = Date.now()): Promise<void> {
  const row = await db.actors.get(actorId);
  if (!row) throw new Error(`No actor ${actorId}`);
  const text = alias.text.replace(/\s+/g, ' ').trim();
  if (row.aliases.some((a) => a.text === text && a.lang === alias.lang)) {
    throw new EntryValidationError([`"${text}" is already a name of ${row.name}`]);
  }
  const aliases = [...row.aliases, { ...alias, text }];
  const errors = await checkEntries(db, { actors: [{ ...strip<Actor>(row), aliases }] });
  if (errors.length) throw new EntryValidationError(errors);
  await updateActor(db, actorId, { aliases }, now);
}

export async function removeAlias(db: NewsmarkDatabase, actorId: string, index: number, now = Date.now()): Promise<void> {
  const row = await db.actors.get(actorId);
  if (!row) throw new Error(`No actor ${actorId}`);
  const aliases = row.aliases.filter((_, i) => i !== index);
  const errors = await checkEntries(db, { actors: [{ ...strip<Actor>(row), aliases }] });
  if (errors.length) throw new EntryValidationError(errors);
  await updateActor(db, actorId, { aliases }, now);
}

export async function editActorText(
  db: NewsmarkDatabase,
  actorId: string,
  patch: { description?: string; role?: string },
  now = Date.now(),
): Promise<void> {
  const row = await db.actors.get(actorId);
  if (!row) throw new Error(`No actor ${actorId}`);
  const next = { ...strip<Actor>(row), ...patch };
  const errors = await checkEntries(db, { actors: [next] });
  if (errors.length) throw new EntryValidationError(errors);
  await updateActor(db, actorId, patch, now);
}

export async function editClaimSummary(db: NewsmarkDatabase, claimId: string, summary: string, now = Date.now()): Promise<void> {
  const row = await db.claims.get(claimId);
  if (!row) throw new Error(`No claim ${claimId}`);
  const next = { ...strip<Claim>(row), summary: summary.trim() };
  const errors = await checkEntries(db, { claims: [next] });
  if (errors.length) throw new EntryValidationError(errors);
  await updateClaim(db, claimId, { summary: summary.trim() }, now);
}
