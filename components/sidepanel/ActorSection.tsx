/** The page's actors, grouped by kind: who they are, how often the page names them, what they said. */
import { Fragment } from 'preact';
import type { ReportedActor } from '@/lib/report';
import type { KnowledgeBaseView } from '../use-knowledge-base';
import { MentionStepper } from './MentionStepper';
import { claimsOfActor, groupActorsByKind, KIND_LABEL, type ActorEntry } from './panel-model';

export function ActorSection({
  tabId,
  found,
  kb,
  claimsOnPage,
}: {
  tabId: number;
  found: ReportedActor[];
  kb: KnowledgeBaseView;
  claimsOnPage: ReadonlySet<string>;
}) {
  const groups = groupActorsByKind(found, kb.actors);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="actors-heading" data-testid="actors-section">
      <h2 id="actors-heading">
        Actors <span class="count">{found.length}</span>
      </h2>
      {groups.map((group) => (
        <section key={group.kind} class="group" aria-labelledby={`kind-${group.kind}`} data-kind={group.kind}>
          <h3 id={`kind-${group.kind}`} class="group-heading">
            {group.heading}
          </h3>
          <ul class="plain stack" data-testid="page-actors" aria-labelledby={`kind-${group.kind}`}>
            {group.actors.map((entry) => (
              <ActorCard key={entry.found.actorId} tabId={tabId} entry={entry} kb={kb} claimsOnPage={claimsOnPage} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function ActorCard({
  tabId,
  entry,
  kb,
  claimsOnPage,
}: {
  tabId: number;
  entry: ActorEntry;
  kb: KnowledgeBaseView;
  claimsOnPage: ReadonlySet<string>;
}) {
  const { found, actor } = entry;
  const name = actor?.name ?? found.ref;
  const said = claimsOfActor(found.actorId, kb.claimsBySpeaker, claimsOnPage);
  const headingId = `actor-name-${found.actorId}`;
  // Forms other than the canonical name are what the reader may not recognise.
  const forms = found.forms.filter((form) => form.toLowerCase() !== name.toLowerCase());
  return (
    <li
      id={`actor-${found.actorId}`}
      class="card actor"
      data-ref={found.ref}
      data-count={found.count}
      data-testid="actor-card"
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <div class="spread">
        <h4 id={headingId} class="name">
          {name}
        </h4>
        <span class="badge" title={`${found.count} mentions on this page`} aria-label={`${found.count} mentions`}>
          {found.count}
        </span>
      </div>
      <p class="small muted meta">
        <span class="kind">{actor ? KIND_LABEL[actor.kind] : 'Removed'}</span>
        {actor?.role ? ` · ${actor.role}` : ''}
      </p>
      {actor?.description ? <p class="small description">{actor.description}</p> : null}
      {!actor ? <p class="small muted">This actor was removed from your knowledge base after the page was read.</p> : null}
      {forms.length > 0 ? (
        <p class="small muted forms">
          Named here as {forms.map((form, i) => (
            <Fragment key={form}>
              {i > 0 ? ', ' : ''}
              <q>{form}</q>
            </Fragment>
          ))}
        </p>
      ) : null}
      <MentionStepper tabId={tabId} kind="actor" id={found.actorId} total={found.count} label={name} />
      {said.length > 0 ? (
        <details class="small said">
          <summary>
            {said.length} {said.length === 1 ? 'claim' : 'claims'} by {name} in your knowledge base
          </summary>
          <ul class="said-list">
            {said.map(({ claim, onPage }) => (
              <li key={claim.id}>
                {claim.summary}{' '}
                {onPage ? (
                  <a href={`#claim-${claim.id}`} class="on-page">
                    on this page
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
