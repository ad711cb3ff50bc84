/** Which of the page's claim sentences the reader saved, kept current as saves and undos happen anywhere. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { database } from '@/lib/db/database';
import { savedClaimsForUrl } from '@/lib/db/saved-claims';
import { onNotice } from '@/lib/messaging/client';
import { indexSaved } from './panel-model';

export interface SavedOnPage {
  /** saved item id by `savedKey(claimId, text)` */
  index: Map<string, string>;
  /** the page's saved items, with their words as saved */
  items: Array<{ id: string; text: string }>;
  reload: () => void;
}

export function useSavedOnPage(url: string | null): SavedOnPage {
  const [index, setIndex] = useState<Map<string, string>>(new Map());
  const [items, setItems] = useState<SavedOnPage['items']>([]);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    if (!url) {
      setIndex(new Map());
      setItems([]);
      return;
    }
    let cancelled = false;
    savedClaimsForUrl(database(), url).then(
      (rows) => {
        if (cancelled) return;
        setIndex(indexSaved(rows));
        setItems(rows.map((row) => ({ id: row.id, text: row.text })));
      },
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [url, generation]);

  useEffect(() => onNotice((notice) => notice.type === 'notice/saved-changed' && reload()), [reload]);

  return { index, items, reload };
}
