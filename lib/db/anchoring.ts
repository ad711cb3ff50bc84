/**
 * Records where the saved quotes of a page stood when the page was last read,
 * as its content script reported them, so the saved list (another origin than
 * the page) can show and filter the quotes their page no longer holds. Only
 * the page's own saved items are touched, and `text` and `updatedAt` never:
 * the reader's words stay as saved, and a visit is not an edit.
 */
import type { NewsmarkDatabase } from './database';
import type { SavedAnchoring } from '../report';
import { savedClaimsForUrl } from './saved-claims';

/** Writes what changed; returns how many saved items did. */
export async function recordAnchoring(
  db: NewsmarkDatabase,
  url: string,
  states: readonly SavedAnchoring[],
  now = Date.now(),
): Promise<number> {
  if (states.length === 0) return 0;
  return db.transaction('rw', db.savedClaims, async () => {
    const rows = new Map((await savedClaimsForUrl(db, url)).map((row) => [row.id, row]));
    let changed = 0;
    for (const state of states) {
      const row = rows.get(state.id);
      if (!row) continue;
      const pageText = state.state === 'changed' ? state.text : '';
      if (row.anchorState === state.state && (row.pageText ?? '') === pageText) continue;
      await db.savedClaims.update(row.id, { anchorState: state.state, pageText, anchorCheckedAt: now });
      changed++;
    }
    return changed;
  });
}
