import type { ReportedClaim } from '@/lib/report';
import type { KnowledgeBaseView } from './use-knowledge-base';

/** The claims found on a page: the page's sentence and the knowledge-base claim it matches. */
export function ClaimList({
  found,
  kb,
  detailed = false,
}: {
  found: Array<ReportedClaim & { sentences?: number }>;
  kb: KnowledgeBaseView;
  detailed?: boolean;
}) {
  if (found.length === 0) return null;
  return (
    <ul class="plain stack" data-testid="page-claims" aria-label="Claims on this page">
      {found.map((item, index) => {
        const claim = kb.claims.get(item.claimId);
        const speaker = claim?.speakerId ? kb.actors.get(claim.speakerId) : null;
        const evidence = claim?.evidence[0];
        const source = evidence ? kb.sources.get(evidence.sourceId) : null;
        return (
          <li key={`${item.claimId}:${index}`} data-ref={item.ref} class="card">
            <div class="spread">
              <strong>{claim?.summary ?? item.ref}</strong>
              <span class="small muted" title="How sure the match is">
                {Math.round(item.score * 100)}%
              </span>
            </div>
            <div class="small muted">
              {speaker ? speaker.name : claim?.attribution}
              {item.sentences && item.sentences > 1 ? ` · ${item.sentences} sentences on this page` : ''}
            </div>
            <p class="quote small">{item.text}</p>
            {detailed && evidence ? (
              <p class="small muted">
                Source: {source?.title ?? evidence.sourceId} — “{evidence.text}”
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
