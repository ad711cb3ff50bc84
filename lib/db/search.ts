/**
 * Full-text search over saved claims, answered by IndexedDB indexes rather
 * than a scan of every row. Each saved claim carries `words`, the distinct
 * normalised tokens of its sentence, note, tags and page title, in a
 * multi-entry index: a query token is a key-range lookup (`startsWith`), so
 * "peacek" finds "peacekeepers" and a search costs the size of its answer.
 *
 * `words` and `site` are derived fields: a DBCore middleware writes them on
 * every add and put of the table (saves, edits, imports), and schema version 3
 * fills them in for rows saved before.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { SavedClaimRecord } from './records';

/** a token longer than this is cut: nobody types 64 letters to find one word */
export const MAX_TOKEN_LENGTH = 64;
/** tokens indexed per item; a 100,000-character quote still gets a bounded index entry */
export const MAX_TOKENS_PER_ITEM = 2000;

/**
 * Lowercase, accents folded (é → e, ё → е, й stays a letter), split on
 * anything that is not a letter or a digit. The same function serves
 * indexing and querying, so they always agree.
 */
export function searchTokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  const out: string[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push(match[0].slice(0, MAX_TOKEN_LENGTH));
  }
  return out;
}

type SearchSource = Pick<SavedClaimRecord, 'text'> & Partial<Pick<SavedClaimRecord, 'note' | 'tags' | 'pageTitle'>>;

/** The distinct tokens a saved claim is found by. */
export function searchWordsFor(item: SearchSource): string[] {
  const words = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value !== 'string' || words.size >= MAX_TOKENS_PER_ITEM) return;
    for (const token of searchTokens(value)) {
      words.add(token);
      if (words.size >= MAX_TOKENS_PER_ITEM) return;
    }
  };
  add(item.text);
  add(item.note);
  if (Array.isArray(item.tags)) item.tags.forEach(add);
  add(item.pageTitle);
  return [...words];
}

/** The host a saved claim comes from ("news.example:8080"), '' when its address has none. */
export function siteOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

/** A copy of a saved-claim row with its derived fields recomputed. */
export function withSearchFields<T extends Record<string, unknown>>(row: T): T & { words: string[]; site: string } {
  const text = typeof row.text === 'string' ? row.text : '';
  const url = typeof row.url === 'string' ? row.url : '';
  return {
    ...row,
    words: searchWordsFor({
      text,
      note: row.note as string | undefined,
      tags: row.tags as string[] | undefined,
      pageTitle: row.pageTitle as string | undefined,
    }),
    site: siteOf(url),
  };
}

/** Keeps `words` and `site` right on every write to savedClaims, whoever writes. */
export const savedClaimsSearchMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'newsmark-saved-claims-search',
  create(down: DBCore): DBCore {
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'savedClaims') return table;
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if (req.type === 'add' || req.type === 'put') {
              // In place: the caller's object then equals the stored row
              // (saveClaim returns the record it added).
              for (const value of req.values) {
                if (value && typeof value === 'object') {
                  const { words, site } = withSearchFields(value as Record<string, unknown>);
                  Object.assign(value as object, { words, site });
                }
              }
            }
            return table.mutate(req);
          },
        };
      },
    };
  },
};
