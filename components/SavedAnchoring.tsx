import type { SavedAnchoring } from '@/lib/report';

export interface SavedWords {
  id: string;
  /** the words as the reader saved them */
  text: string;
}

export interface SavedAnchoringProps {
  /** what the page's reader found of the saved quotes (the page report); undefined until it looked */
  states: readonly SavedAnchoring[] | undefined;
  /** this page's saved items */
  saved: readonly SavedWords[];
}

/**
 * The saved items of this page that the page no longer shows as saved:
 * gone (said plainly, with the saved words, rather than marking other words),
 * or reworded (the page's words now, the saved words kept as saved).
 */
export function SavedAnchoringList({ states, saved }: SavedAnchoringProps) {
  if (!states) return null;
  const words = new Map(saved.map((item) => [item.id, item.text]));
  const gone = states.filter((s) => s.state === 'orphaned' && words.has(s.id));
  const changed = states.filter((s) => s.state === 'changed' && words.has(s.id));
  if (gone.length === 0 && changed.length === 0) return null;
  return (
    <section class="stack saved-anchoring" aria-labelledby="saved-anchoring-heading">
      <h2 id="saved-anchoring-heading">Your saved sentences on this page</h2>
      {gone.length > 0 ? (
        <ul class="plain stack" data-testid="saved-not-found" aria-label="Saved sentences not found on this page">
          {gone.map((s) => (
            <li key={s.id} class="card" data-saved-id={s.id}>
              <p class="small">
                <strong>Not found:</strong> not on this page any more; the page may have changed.
              </p>
              <p class="quote small clamp" data-testid="saved-not-found-text" title={words.get(s.id)}>
                {words.get(s.id)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {changed.length > 0 ? (
        <ul class="plain stack" data-testid="saved-changed" aria-label="Saved sentences whose words changed">
          {changed.map((s) => (
            <li key={s.id} class="card" data-saved-id={s.id}>
              <p class="small">
                <strong>Reworded:</strong> the page now reads
              </p>
              <p class="quote small clamp" data-testid="saved-changed-page-text" title={s.text}>
                {s.text}
              </p>
              <p class="small muted">You saved: {words.get(s.id)}</p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
