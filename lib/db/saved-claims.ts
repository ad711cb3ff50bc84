/** Saving claims the reader wants to keep. Saving the same quote twice returns the first save. */
import type { NewsmarkDatabase } from './database';
import type { QuoteSelector, SavedClaimRecord } from './records';
import { canonicalUrl, dedupeKeyFor } from './dedupe';

export interface SaveClaimInput {
  text: string;
  url: string;
  pageTitle: string;
  claimId: string | null;
  actorIds: string[];
  note?: string;
  tags?: string[];
  selector: QuoteSelector;
}

export interface SaveOutcome {
  record: SavedClaimRecord;
  /** false when an identical save already existed */
  created: boolean;
}

export async function saveClaim(
  db: NewsmarkDatabase,
  input: SaveClaimInput,
  now = Date.now(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<SaveOutcome> {
  const dedupeKey = dedupeKeyFor(input.url, input.text);
  return db.transaction('rw', db.savedClaims, async () => {
    const existing = await db.savedClaims.where('dedupeKey').equals(dedupeKey).first();
    if (existing) return { record: existing, created: false };
    const record: SavedClaimRecord = {
      id: newId(),
      dedupeKey,
      text: input.text,
      url: input.url,
      pageTitle: input.pageTitle,
      createdAt: now,
      updatedAt: now,
      claimId: input.claimId,
      actorIds: [...new Set(input.actorIds)],
      note: input.note ?? '',
      tags: [...new Set(input.tags ?? [])],
      selector: input.selector,
    };
    await db.savedClaims.add(record);
    return { record, created: true };
  });
}

export async function deleteSavedClaim(db: NewsmarkDatabase, id: string): Promise<void> {
  await db.savedClaims.delete(id);
}

export async function savedClaimsNewestFirst(db: NewsmarkDatabase, limit = 200): Promise<SavedClaimRecord[]> {
  return db.savedClaims.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** What was saved on this page, whatever #fragment either address carried. */
export async function savedClaimsForUrl(db: NewsmarkDatabase, url: string): Promise<SavedClaimRecord[]> {
  const page = canonicalUrl(url);
  const candidates = await db.savedClaims.where('url').startsWith(page).toArray();
  return candidates.filter((row) => canonicalUrl(row.url) === page);
}
