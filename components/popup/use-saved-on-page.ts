/** What the reader saved on the popup's page, kept current when saves change anywhere. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { onNotice, request } from '@/lib/messaging/client';
import { savedByQuote, type SavedOnPage } from './save-form';

const canAsk = (url: string | undefined): url is string => !!url && /^(https?|file):/i.test(url);

export function useSavedOnPage(url: string | undefined) {
  const [items, setItems] = useState<SavedOnPage[]>([]);
  const [generation, setGeneration] = useState(0);

  const load = useCallback(async () => {
    if (!canAsk(url)) return [];
    return (await request('saved/for-url', { url })).items;
  }, [url]);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (next) => {
        if (!cancelled) setItems(next);
      },
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [load, generation]);

  useEffect(
    () =>
      onNotice((notice) => {
        if (notice.type === 'notice/saved-changed') setGeneration((g) => g + 1);
      }),
    [],
  );

  /** Reads again now; resolves once the new list is shown. */
  const reload = useCallback(async () => {
    try {
      setItems(await load());
    } catch {
      // The notice will bring the list when the background answers again.
    }
  }, [load]);

  const byQuote = useMemo(() => savedByQuote(items), [items]);
  return { items, byQuote, reload };
}
