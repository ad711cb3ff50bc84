import type { PageState } from '@/lib/report';

/** One plain sentence on what Newsmark did with the page, and what the reader can do. */
export function PageStatus({ state, error }: { state: PageState | null; error: string | null }) {
  let text: string;
  if (error) text = `Newsmark could not reach its background: ${error}`;
  else if (!state) text = 'Looking at this page…';
  else if (state.kind === 'pending') text = 'Reading this page…';
  else if (state.kind === 'unreadable') text = state.reason;
  else if (state.kind === 'paused') text = 'Newsmark is paused everywhere. Resume it in the settings.';
  else if (state.kind === 'disabled') text = `Newsmark is turned off on ${state.hostname}.`;
  else if (state.kind === 'no-access') text = `You have not allowed Newsmark to read ${state.hostname}.`;
  else {
    const { actors, claims } = state.report;
    const mentions = actors.reduce((sum, actor) => sum + actor.count, 0);
    // Claims, not sentences: a claim the page makes twice is one claim, as the lists show it.
    const distinctClaims = new Set(claims.map((claim) => claim.claimId)).size;
    text =
      actors.length === 0 && claims.length === 0
        ? 'Nothing from your knowledge base on this page.'
        : `${actors.length} ${actors.length === 1 ? 'actor' : 'actors'} (${mentions} ${mentions === 1 ? 'mention' : 'mentions'}) and ${distinctClaims} ${distinctClaims === 1 ? 'claim' : 'claims'} found on this page.`;
  }
  return (
    <p data-testid="page-status" role="status" class={error ? 'error' : 'muted'}>
      {text}
    </p>
  );
}
