import type { ActorRecord } from '@/lib/db/records';
import type { ReportedActor } from '@/lib/report';
import type { KnowledgeBaseView } from './use-knowledge-base';

const KIND_LABEL: Record<ActorRecord['kind'], string> = {
  person: 'Person',
  country: 'Country',
  organisation: 'Organisation',
  group: 'Group',
};

/** The actors found on a page, most mentioned first. */
export function ActorList({
  found,
  kb,
  detailed = false,
}: {
  found: ReportedActor[];
  kb: KnowledgeBaseView;
  detailed?: boolean;
}) {
  if (found.length === 0) return null;
  return (
    <ul class="plain stack" data-testid="page-actors" aria-label="Actors on this page">
      {found.map((item) => {
        const actor = kb.actors.get(item.actorId);
        const said = kb.claimsBySpeaker.get(item.actorId) ?? [];
        return (
          <li key={item.actorId} data-ref={item.ref} data-count={item.count} class="card">
            <div class="spread">
              <strong>{actor?.name ?? item.ref}</strong>
              <span class="badge" title={`${item.count} mentions`} aria-label={`${item.count} mentions`}>
                {item.count}
              </span>
            </div>
            <div class="small muted">
              <span class="kind">{actor ? KIND_LABEL[actor.kind] : 'Unknown'}</span>
              {actor?.role ? ` · ${actor.role}` : ''}
            </div>
            {detailed && actor?.description ? <p class="small">{actor.description}</p> : null}
            {detailed && said.length > 0 ? (
              <details class="small">
                <summary>
                  {said.length} known {said.length === 1 ? 'claim' : 'claims'}
                </summary>
                <ul>
                  {said.map((claim) => (
                    <li key={claim.id}>{claim.summary}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
