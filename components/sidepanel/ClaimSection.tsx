/**
 * The knowledge base's claims the page repeats: the page's sentences, the
 * canonical claim, who said it, how sure the match is, the source document's
 * supporting sentence, and saving.
 */
import { useState } from 'preact/hooks';
import type { ReportedClaim } from '@/lib/report';
import type { KnowledgeBaseView } from '../use-knowledge-base';
import { MentionStepper } from './MentionStepper';
import { groupClaims, percent, savedKey, type ClaimGroup } from './panel-model';
import { SaveButton } from './SaveButton';

/** Sentences shown before "Show N more": a claim repeated all over a page stays one card. */
const SENTENCES_SHOWN = 3;

export interface OpenSource {
  claimId: string;
  opener: HTMLElement | null;
}

export function ClaimSection({
  tabId,
  found,
  kb,
  saved,
  onSavedChange,
  onOpenSource,
  announce,
}: {
  tabId: number;
  found: ReportedClaim[];
  kb: KnowledgeBaseView;
  saved: Map<string, string>;
  onSavedChange: () => void;
  onOpenSource: (open: OpenSource) => void;
  announce: (text: string) => void;
}) {
  const groups = groupClaims(found);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading" data-testid="claims-section">
      <h2 id="claims-heading">
        Claims <span class="count">{groups.length}</span>
      </h2>
      <ul class="plain stack" data-testid="page-claims" aria-labelledby="claims-heading">
        {groups.map((group) => (
          <ClaimCard
            key={group.claimId}
            tabId={tabId}
            group={group}
            kb={kb}
            saved={saved}
            onSavedChange={onSavedChange}
            onOpenSource={onOpenSource}
            announce={announce}
          />
        ))}
      </ul>
    </section>
  );
}

function ClaimCard({
  tabId,
  group,
  kb,
  saved,
  onSavedChange,
  onOpenSource,
  announce,
}: {
  tabId: number;
  group: ClaimGroup;
  kb: KnowledgeBaseView;
  saved: Map<string, string>;
  onSavedChange: () => void;
  onOpenSource: (open: OpenSource) => void;
  announce: (text: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const claim = kb.claims.get(group.claimId);
  const speaker = claim?.speakerId ? kb.actors.get(claim.speakerId) : undefined;
  const evidence = claim?.evidence[0];
  const source = evidence ? kb.sources.get(evidence.sourceId) : undefined;
  const headingId = `claim-summary-${group.claimId}`;
  const title = claim?.summary ?? group.ref;
  const shown = expanded ? group.sentences : group.sentences.slice(0, SENTENCES_SHOWN);
  const hidden = group.sentences.length - shown.length;

  return (
    <li
      id={`claim-${group.claimId}`}
      class="card claim"
      data-ref={group.ref}
      data-testid="claim-card"
      data-sentences={group.sentences.length}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h3 id={headingId} class="claim-summary">
        {title}
      </h3>
      <p class="small muted meta">
        {speaker ? (
          <>
            Said by <strong class="speaker">{speaker.name}</strong>
            {claim?.attribution && !speaker.name.includes(claim.attribution) ? ` (${claim.attribution})` : ''}
          </>
        ) : claim?.attribution ? (
          <>Attributed to {claim.attribution}</>
        ) : (
          'Speaker unknown'
        )}
        {' · '}
        <span title="How closely the page's best sentence matches this claim">best match {percent(group.score)}%</span>
      </p>
      {!claim ? <p class="small muted">This claim was removed from your knowledge base after the page was read.</p> : null}

      <h4 class="sub">
        On this page{group.sentences.length > 1 ? ` · ${group.sentences.length} sentences` : ''}
      </h4>
      <ol class={group.sentences.length > 1 ? 'sentences numbered' : 'sentences single'}>
        {shown.map((sentence) => {
          const savedId = saved.get(savedKey(group.claimId, sentence.text)) ?? null;
          return (
            <li key={`${sentence.index} ${sentence.text}`} class="sentence" data-testid="claim-sentence" data-index={sentence.index}>
              <blockquote class="quote page-quote">{sentence.text}</blockquote>
              {sentence.speaker ? (
                <p
                  class="small muted page-speaker"
                  data-testid="sentence-speaker"
                  data-speaker-ref={sentence.speaker.ref}
                  data-claim-speaker={String(sentence.speaker.isClaimSpeaker)}
                >
                  Said here by <strong>{kb.actors.get(sentence.speaker.actorId)?.name ?? sentence.speaker.text}</strong>
                  {sentence.speaker.text !== kb.actors.get(sentence.speaker.actorId)?.name ? ` (“${sentence.speaker.text}”)` : ''}
                  {sentence.speaker.isClaimSpeaker ? ' · the knowledge base’s speaker' : speaker ? ` · not ${speaker.name}, whom the knowledge base quotes` : ''}
                </p>
              ) : null}
              <div class="row small actions">
                <span class="muted score" title="How closely this sentence matches the claim">
                  {percent(sentence.score)}% match
                </span>
                <SaveButton
                  tabId={tabId}
                  claimId={group.claimId}
                  index={sentence.index}
                  savedId={savedId}
                  onChange={onSavedChange}
                  announce={announce}
                />
              </div>
            </li>
          );
        })}
      </ol>
      {hidden > 0 ? (
        <button type="button" class="link small" onClick={() => setExpanded(true)}>
          Show {hidden} more {hidden === 1 ? 'sentence' : 'sentences'}
        </button>
      ) : null}
      <MentionStepper
        tabId={tabId}
        kind="claim"
        id={group.claimId}
        total={group.sentences.length}
        label={`“${title}”`}
        noun="sentence"
      />

      {evidence ? (
        <div class="source small" data-testid="claim-source">
          <h4 class="sub">Where it comes from</h4>
          <p class="muted">
            <cite>{source?.title ?? evidence.sourceId}</cite>
            {source?.publisher ? `, ${source.publisher}` : ''}
            {source?.published ? `, ${source.published}` : ''}
          </p>
          <blockquote class="quote evidence">{evidence.text}</blockquote>
          {source ? (
            <button
              type="button"
              data-testid="open-source"
              aria-haspopup="dialog"
              onClick={(event) => onOpenSource({ claimId: group.claimId, opener: event.currentTarget as HTMLElement })}
            >
              Read it in the source
            </button>
          ) : null}
        </div>
      ) : claim ? (
        <p class="small muted">No source document supports this claim in your knowledge base.</p>
      ) : null}
    </li>
  );
}
