import type { ActorCard, ClaimCard } from '@/lib/messaging/protocol';
import type { ReportedSpeaker } from '@/lib/report';

export type CardData =
  | { kind: 'actor'; ref: string; pageText: string; entry: ActorCard | null }
  | { kind: 'claim'; ref: string; pageText: string; score: number; entry: ClaimCard | null; pageSpeaker?: ReportedSpeaker };

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** "Track this claim" from the card: the page's statement added to the reader's knowledge base, and its undo. */
export type CardTrack =
  | { kind: 'idle' }
  | { kind: 'tracking' }
  | { kind: 'tracked'; speaker: string | null; terms: string[] }
  | { kind: 'undoing' }
  | { kind: 'undone' }
  | { kind: 'error'; message: string };

export interface CardActions {
  /** given the click: the card acts only on the reader's own (trusted) clicks */
  onSave: (event: Event) => void;
  onTrack: (event: Event) => void;
  onUntrack: (event: Event) => void;
}

const KIND_LABEL = { person: 'Person', country: 'State', organisation: 'Organisation', group: 'Group' } as const;

/** The card shown for a highlight: who an actor is, or where a claim comes from. All text is rendered as text. */
export function HoverCard({
  data,
  saveState,
  saveError,
  track,
  onClose,
  onMoreContext,
  ...actions
}: {
  data: CardData;
  saveState: SaveState;
  saveError?: string;
  track: CardTrack;
  onClose: () => void;
  onMoreContext: () => void;
} & CardActions) {
  return (
    <div class="card" role="dialog" aria-label={data.kind === 'actor' ? 'About this actor' : 'About this claim'}>
      <button class="close" aria-label="Close" onClick={onClose}>
        ×
      </button>
      {data.kind === 'actor' ? (
        <ActorBody data={data} />
      ) : (
        <ClaimBody data={data} saveState={saveState} saveError={saveError} track={track} {...actions} />
      )}
      <div class="row">
        <span />
        <button class="link" onClick={onMoreContext}>
          More context
        </button>
      </div>
    </div>
  );
}

function ActorBody({ data }: { data: Extract<CardData, { kind: 'actor' }> }) {
  const actor = data.entry;
  if (!actor) return <p class="muted">Loading…</p>;
  return (
    <>
      <h2>{actor.name}</h2>
      <div class="muted">
        <span class="kind">{KIND_LABEL[actor.kind]}</span> · {actor.role}
      </div>
      <p>{actor.description}</p>
      {actor.claims.length > 0 ? (
        <>
          <div class="muted">Known claims</div>
          <ul>
            {actor.claims.map((claim) => (
              <li key={claim.id}>{claim.summary}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** Who says it on this page, and whether that is who the knowledge base has it from. */
export function PageSpeaker({ speaker, claim }: { speaker: ReportedSpeaker; claim: Pick<ClaimCard, 'speaker' | 'attribution'> }) {
  const known = claim.speaker ? claim.speaker.name : claim.attribution;
  return (
    <div class="muted" data-testid="card-speaker" data-speaker-ref={speaker.ref} data-claim-speaker={String(speaker.isClaimSpeaker)}>
      Said here by <strong>{speaker.text}</strong>
      {speaker.isClaimSpeaker ? ' · the knowledge base’s speaker' : known ? ` · the knowledge base has it from ${known}` : ''}
    </div>
  );
}

function ClaimBody({
  data,
  saveState,
  saveError,
  track,
  onSave,
  onTrack,
  onUntrack,
}: {
  data: Extract<CardData, { kind: 'claim' }>;
  saveState: SaveState;
  saveError?: string;
  track: CardTrack;
} & CardActions) {
  const claim = data.entry;
  if (!claim) return <p class="muted">Loading…</p>;
  return (
    <>
      <h2>{claim.summary}</h2>
      <div class="muted">
        {claim.speaker ? claim.speaker.name : claim.attribution} · match {Math.round(data.score * 100)}%
      </div>
      {data.pageSpeaker ? <PageSpeaker speaker={data.pageSpeaker} claim={claim} /> : null}
      {claim.evidence ? (
        <>
          <div class="muted">
            Source: {claim.source ? `${claim.source.title} (${claim.source.publisher})` : 'the knowledge base'}
          </div>
          <p class="quote">{claim.evidence}</p>
        </>
      ) : null}
      <div class="row">
        <span class="muted" role="status">
          {saveState === 'error' ? `Could not save${saveError ? `: ${saveError}` : '. Try again.'}` : ''}
        </span>
        <button class="primary" data-testid="card-save" disabled={saveState === 'saving' || saveState === 'saved'} onClick={(event) => onSave(event)}>
          {saveState === 'saved' ? 'Saved' : saveState === 'saving' ? 'Saving…' : 'Save'}
        </button>
      </div>
      {claim.tracked && track.kind === 'idle' ? (
        <p class="muted" data-testid="card-tracked-claim">
          A claim you track.
        </p>
      ) : (
        <TrackRow track={track} onTrack={onTrack} onUntrack={onUntrack} />
      )}
    </>
  );
}

/** Track the page's statement as the reader's own claim (as said here), and undo it; every outcome in words. */
function TrackRow({ track, onTrack, onUntrack }: { track: CardTrack } & Pick<CardActions, 'onTrack' | 'onUntrack'>) {
  const busy = track.kind === 'tracking' || track.kind === 'undoing';
  const status =
    track.kind === 'tracked'
      ? `Tracked${track.speaker ? ` as said by ${track.speaker}` : ''}. Found by: ${track.terms.join(', ')}.`
      : track.kind === 'undone'
        ? 'Removed from your knowledge base.'
        : track.kind === 'error'
          ? track.message
          : 'Track what this page says, in its words, as a claim of your own.';
  return (
    <div class="row track" data-testid="card-track-row">
      <span class={track.kind === 'error' ? 'error' : 'muted'} role="status" data-testid="card-track-status">
        {status}
      </span>
      {track.kind === 'tracked' || track.kind === 'undoing' ? (
        <button data-testid="card-untrack" disabled={busy} onClick={(event) => onUntrack(event)}>
          {track.kind === 'undoing' ? 'Undoing…' : 'Undo'}
        </button>
      ) : track.kind !== 'undone' ? (
        <button data-testid="card-track" disabled={busy} onClick={(event) => onTrack(event)}>
          {track.kind === 'tracking' ? 'Tracking…' : 'Track'}
        </button>
      ) : null}
    </div>
  );
}
