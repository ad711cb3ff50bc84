/**
 * The knowledge base as stored: actors with their names and aliases, claims
 * with their cues and evidence marked in the source document. Edits go
 * through lib/db (validated, revision bumped), so open pages pick them up
 * on their next scan.
 */
import { useMemo, useState } from 'preact/hooks';
import { database } from '@/lib/db/database';
import { EntryValidationError, addActor, addAlias, addClaim, editActorText, editClaimSummary, removeAlias } from '@/lib/db/kb-edit';
import { restoreSeedEntry, setEntryDisabled } from '@/lib/db/knowledge-base';
import type { ActorRecord, ClaimRecord, SourceRecord } from '@/lib/db/records';
import type { ActorKind, AliasType, ClaimPolarity, Evidence } from '@/lib/kb/types';
import { ACTOR_KINDS, ALIAS_TYPES } from '@/lib/kb/validate';
import type { KnowledgeBaseView } from '../use-knowledge-base';

type Change = (message: string) => void;

function errorText(error: unknown): string[] {
  if (error instanceof EntryValidationError) return error.errors;
  return [error instanceof Error ? error.message : String(error)];
}

function Problems({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" class="error small" data-testid="kb-error">
      {errors.length === 1 ? (
        <p>{errors[0]}</p>
      ) : (
        <ul class="problems">
          {errors.slice(0, 10).map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const ALIAS_HELP: Record<AliasType, string> = {
  name: 'full name',
  surname: 'surname alone',
  variant: 'other spelling',
  inflection: 'grammatical form',
  abbreviation: 'abbreviation',
  title: 'title or role',
  metonym: 'place standing for it',
  demonym: 'nationality adjective',
};

function matches(filter: string, ...texts: string[]): boolean {
  if (!filter) return true;
  const f = filter.toLowerCase();
  return texts.some((t) => t.toLowerCase().includes(f));
}

export function KnowledgePanel({ kb, onChange }: { kb: KnowledgeBaseView; onChange: Change }) {
  const [filter, setFilter] = useState('');
  const [showOff, setShowOff] = useState(true);
  const actors = useMemo(
    () => [...kb.actors.values()].filter((a) => !a.retired).sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true })),
    [kb],
  );
  const claims = useMemo(
    () => [...kb.claims.values()].filter((c) => !c.retired).sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true })),
    [kb],
  );
  const shownActors = actors.filter(
    (a) => (showOff || !a.disabled) && matches(filter, a.name, a.role, a.ref, ...a.aliases.map((x) => x.text)),
  );
  const shownClaims = claims.filter((c) => (showOff || !c.disabled) && matches(filter, c.summary, c.ref, c.attribution));

  return (
    <div class="stack">
      <div class="toolbar">
        <label class="field" style={{ flex: '1 1 16em' }}>
          Find an actor or claim
          <input type="search" data-testid="kb-filter" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
        </label>
        <label class="row small">
          <input type="checkbox" checked={showOff} onChange={(e) => setShowOff((e.target as HTMLInputElement).checked)} />
          Show entries that are off
        </label>
      </div>
      <div class="row">
        <AddActorForm onChange={onChange} />
        <AddClaimForm actors={actors} onChange={onChange} />
      </div>

      <h2>
        Actors ({shownActors.length}
        {shownActors.length !== actors.length ? ` of ${actors.length}` : ''})
      </h2>
      <ul class="plain stack" data-testid="kb-actors">
        {shownActors.map((actor) => (
          <ActorCard key={actor.id} actor={actor} kb={kb} onChange={onChange} />
        ))}
      </ul>

      <h2>
        Claims ({shownClaims.length}
        {shownClaims.length !== claims.length ? ` of ${claims.length}` : ''})
      </h2>
      <ul class="plain stack" data-testid="kb-claims">
        {shownClaims.map((claim) => (
          <ClaimCard key={claim.id} claim={claim} kb={kb} onChange={onChange} />
        ))}
      </ul>
    </div>
  );
}

function OriginBadges({ row }: { row: ActorRecord | ClaimRecord }) {
  return (
    <>
      {row.origin === 'user' ? <span class="badge-origin">yours</span> : null}
      {row.edited ? <span class="badge-origin">edited</span> : null}
      {row.disabled ? <span class="badge-origin">off</span> : null}
    </>
  );
}

function EntryControls({ row, table, label, onChange }: { row: ActorRecord | ClaimRecord; table: 'actors' | 'claims'; label: string; onChange: Change }) {
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <div class="row small">
      <label class="row">
        <input
          type="checkbox"
          data-testid="recognise"
          checked={!row.disabled}
          onChange={async (e) => {
            const on = (e.target as HTMLInputElement).checked;
            try {
              await setEntryDisabled(database(), table, row.id, !on);
              onChange(on ? `${label} is recognised again.` : `${label} is no longer recognised.`);
            } catch (error) {
              setErrors(errorText(error));
            }
          }}
        />
        Recognise
      </label>
      {row.origin === 'seed' && (row.edited || row.disabled) && row.seedCopy ? (
        <button
          type="button"
          class="small"
          data-testid="restore-seed"
          onClick={async () => {
            try {
              await restoreSeedEntry(database(), table, row.id);
              onChange(`${label} is back to the seed version.`);
            } catch (error) {
              setErrors(errorText(error));
            }
          }}
        >
          Restore seed
        </button>
      ) : null}
      <Problems errors={errors} />
    </div>
  );
}

function ActorCard({ actor, kb, onChange }: { actor: ActorRecord; kb: KnowledgeBaseView; onChange: Change }) {
  const [editing, setEditing] = useState(false);
  const [description, setDescription] = useState(actor.description);
  const [role, setRole] = useState(actor.role);
  const [errors, setErrors] = useState<string[]>([]);
  const claims = kb.claimsBySpeaker.get(actor.id) ?? [];
  const sources = actor.sourceIds.map((id) => kb.sources.get(id)).filter((s): s is SourceRecord => !!s);
  const headingId = `actor-${actor.id}`;
  return (
    <li class="card stack" data-ref={actor.ref} data-testid="kb-actor" aria-labelledby={headingId}>
      <div class="spread">
        <h3 id={headingId} style={{ margin: 0 }}>
          {actor.name} <span class="kind">{actor.kind}</span> <OriginBadges row={actor} />
        </h3>
        <EntryControls row={actor} table="actors" label={actor.name} onChange={onChange} />
      </div>
      <p class="small muted">
        {actor.ref}
        {actor.role ? ` · ${actor.role}` : ''}
      </p>
      {editing ? (
        <form
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await editActorText(database(), actor.id, { description, role });
              setEditing(false);
              setErrors([]);
              onChange(`Saved the description of ${actor.name}.`);
            } catch (error) {
              setErrors(errorText(error));
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false);
          }}
        >
          <label class="field">
            Role
            <input type="text" value={role} onInput={(e) => setRole((e.target as HTMLInputElement).value)} />
          </label>
          <label class="field">
            Description
            <textarea data-testid="edit-description" value={description} onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)} />
          </label>
          <div class="row">
            <button type="submit" class="primary">
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="row" style={{ alignItems: 'baseline' }}>
          <p class="small" style={{ flex: '1 1 20em' }}>
            {actor.description || <span class="muted">No description.</span>}
          </p>
          <button
            type="button"
            class="small"
            data-testid="edit-actor"
            aria-label={`Edit the description of ${actor.name}`}
            onClick={() => {
              setDescription(actor.description);
              setRole(actor.role);
              setEditing(true);
            }}
          >
            Edit description
          </button>
        </div>
      )}
      <Problems errors={errors} />
      <details class="small" data-testid="aliases">
        <summary>
          {actor.aliases.length} names and aliases
        </summary>
        <ul class="chips" aria-label={`Names of ${actor.name}`}>
          {actor.aliases.map((alias, i) => (
            <li key={`${alias.text}-${alias.lang}-${i}`} class="chip" title={`${ALIAS_HELP[alias.type]}, ${alias.lang}`}>
              {alias.text} <span class="muted">{alias.lang}</span>
              {actor.aliases.length > 1 ? (
                <button
                  type="button"
                  class="small"
                  style={{ border: 0, background: 'transparent', padding: '0 0.2em' }}
                  aria-label={`Remove the alias ${alias.text}`}
                  onClick={async () => {
                    try {
                      await removeAlias(database(), actor.id, i);
                      onChange(`Removed “${alias.text}” from ${actor.name}.`);
                    } catch (error) {
                      setErrors(errorText(error));
                    }
                  }}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        <AddAliasForm actor={actor} onChange={onChange} />
      </details>
      {sources.length > 0 ? (
        <p class="small muted">
          Sources: {sources.map((s) => `${s.title} (${s.publisher})`).join('; ')}
        </p>
      ) : null}
      {claims.length > 0 ? (
        <p class="small muted">
          Claims: {claims.map((c) => c.ref).join(', ')}
        </p>
      ) : null}
    </li>
  );
}

function AddAliasForm({ actor, onChange }: { actor: ActorRecord; onChange: Change }) {
  const [text, setText] = useState('');
  const [type, setType] = useState<AliasType>('variant');
  const [lang, setLang] = useState('en');
  const [errors, setErrors] = useState<string[]>([]);
  return (
    <form
      class="form-grid"
      data-testid="add-alias"
      aria-label={`Add a name for ${actor.name}`}
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await addAlias(database(), actor.id, { text, type, lang: lang.trim().toLowerCase() });
          setText('');
          setErrors([]);
          onChange(`Added “${text.trim()}” as a name of ${actor.name}. Pages pick it up on their next scan.`);
        } catch (error) {
          setErrors(errorText(error));
        }
      }}
    >
      <label class="field">
        New name or alias
        <input type="text" data-testid="alias-text" required value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        Kind of name
        <select data-testid="alias-type" value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as AliasType)}>
          {ALIAS_TYPES.map((t) => (
            <option key={t} value={t}>
              {t} ({ALIAS_HELP[t]})
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Language
        <input type="text" data-testid="alias-lang" value={lang} size={4} maxLength={3} onInput={(e) => setLang((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit" data-testid="alias-add">
        Add name
      </button>
      <div class="wide">
        <Problems errors={errors} />
      </div>
    </form>
  );
}

/** A window of the source text around the evidence, with the evidence marked. */
function EvidenceInSource({ evidence, source }: { evidence: Evidence; source: SourceRecord }) {
  const start = Math.max(0, evidence.start - 400);
  const end = Math.min(source.text.length, evidence.end + 400);
  return (
    <div class="source-text" tabIndex={0} aria-label={`Evidence in ${source.title}`}>
      {start > 0 ? '…' : ''}
      {source.text.slice(start, evidence.start)}
      <mark>{source.text.slice(evidence.start, evidence.end)}</mark>
      {source.text.slice(evidence.end, end)}
      {end < source.text.length ? '…' : ''}
    </div>
  );
}

function ClaimCard({ claim, kb, onChange }: { claim: ClaimRecord; kb: KnowledgeBaseView; onChange: Change }) {
  const [editing, setEditing] = useState(false);
  const [summary, setSummary] = useState(claim.summary);
  const [errors, setErrors] = useState<string[]>([]);
  const speaker = claim.speakerId ? kb.actors.get(claim.speakerId) : null;
  const subjects = claim.subjectIds.map((id) => kb.actors.get(id)?.name ?? id);
  const headingId = `claim-${claim.id}`;
  return (
    <li class="card stack" data-ref={claim.ref} data-testid="kb-claim" aria-labelledby={headingId}>
      <div class="spread">
        <h3 id={headingId} style={{ margin: 0 }}>
          {claim.summary} <OriginBadges row={claim} />
        </h3>
        <EntryControls row={claim} table="claims" label={claim.ref} onChange={onChange} />
      </div>
      <p class="small muted">
        {claim.ref} · {speaker?.name ?? 'no single speaker'}
        {claim.attribution ? ` · ${claim.attribution}` : ''} · {claim.polarity}
        {subjects.length ? ` · about ${subjects.join(', ')}` : ''}
      </p>
      {editing ? (
        <form
          class="stack"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              await editClaimSummary(database(), claim.id, summary);
              setEditing(false);
              setErrors([]);
              onChange(`Saved the summary of ${claim.ref}.`);
            } catch (error) {
              setErrors(errorText(error));
            }
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false);
          }}
        >
          <label class="field">
            Summary
            <textarea value={summary} onInput={(e) => setSummary((e.target as HTMLTextAreaElement).value)} />
          </label>
          <div class="row">
            <button type="submit" class="primary">
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div>
          <button
            type="button"
            class="small"
            aria-label={`Edit the summary of ${claim.ref}`}
            onClick={() => {
              setSummary(claim.summary);
              setEditing(true);
            }}
          >
            Edit summary
          </button>
        </div>
      )}
      <Problems errors={errors} />
      {claim.concepts.length > 0 ? (
        <details class="small">
          <summary>{claim.concepts.length} cues (ideas a matching sentence expresses)</summary>
          <ul class="problems">
            {claim.concepts.map((concept, i) => (
              <li key={i}>
                <strong>{concept.label}</strong>
                {concept.required ? ' (required)' : ''}: {concept.terms.map((t) => t.text).join(', ')}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p class="small muted">No cues: matched by its summary.</p>
      )}
      {claim.evidence.map((evidence, i) => {
        const source = kb.sources.get(evidence.sourceId);
        return (
          <div key={i} class="stack">
            <p class="quote small">{evidence.text}</p>
            {source ? (
              <details class="small">
                <summary>
                  In the source: {source.title} ({source.publisher})
                </summary>
                <EvidenceInSource evidence={evidence} source={source} />
              </details>
            ) : null}
          </div>
        );
      })}
    </li>
  );
}

function AddActorForm({ onChange }: { onChange: Change }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('person');
  const [role, setRole] = useState('');
  const [description, setDescription] = useState('');
  const [lang, setLang] = useState('en');
  const [errors, setErrors] = useState<string[]>([]);
  if (!open) {
    return (
      <button type="button" data-testid="add-actor-open" onClick={() => setOpen(true)}>
        Add an actor
      </button>
    );
  }
  return (
    <form
      class="card form-grid"
      style={{ flex: '1 1 100%' }}
      aria-label="Add an actor"
      data-testid="add-actor"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const actor = await addActor(database(), { name, kind, role, description, lang: lang.trim().toLowerCase() });
          setOpen(false);
          setName('');
          setRole('');
          setDescription('');
          setErrors([]);
          onChange(`Added ${actor.name}. Add more names to it under “names and aliases”.`);
        } catch (error) {
          setErrors(errorText(error));
        }
      }}
    >
      <h3 class="wide">Add an actor</h3>
      <label class="field">
        Name
        <input type="text" data-testid="actor-name" required value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        Kind
        <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as ActorKind)}>
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Language of the name
        <input type="text" value={lang} maxLength={3} onInput={(e) => setLang((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        Role
        <input type="text" value={role} onInput={(e) => setRole((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field wide">
        Description
        <textarea value={description} onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="row wide">
        <button type="submit" class="primary" data-testid="actor-add">
          Add actor
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <div class="wide">
        <Problems errors={errors} />
      </div>
    </form>
  );
}

function AddClaimForm({ actors, onChange }: { actors: ActorRecord[]; onChange: Change }) {
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState('');
  const [speakerId, setSpeakerId] = useState('');
  const [attribution, setAttribution] = useState('');
  const [polarity, setPolarity] = useState<ClaimPolarity>('affirmative');
  const [lang, setLang] = useState('en');
  const [cues, setCues] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  if (!open) {
    return (
      <button type="button" data-testid="add-claim-open" onClick={() => setOpen(true)}>
        Add a claim
      </button>
    );
  }
  return (
    <form
      class="card form-grid"
      style={{ flex: '1 1 100%' }}
      aria-label="Add a claim"
      data-testid="add-claim"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const claim = await addClaim(database(), {
            summary,
            speakerId: speakerId || null,
            attribution,
            subjectIds: [],
            polarity,
            lang: lang.trim().toLowerCase(),
            cues,
          });
          setOpen(false);
          setSummary('');
          setCues('');
          setErrors([]);
          onChange(`Added the claim ${claim.ref}.`);
        } catch (error) {
          setErrors(errorText(error));
        }
      }}
    >
      <h3 class="wide">Add a claim</h3>
      <label class="field wide">
        The claim in plain words
        <input type="text" data-testid="claim-summary" required value={summary} onInput={(e) => setSummary((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        Who says it
        <select value={speakerId} onChange={(e) => setSpeakerId((e.target as HTMLSelectElement).value)}>
          <option value="">No single speaker</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Attribution
        <input type="text" value={attribution} placeholder="e.g. Lavrov, quoting Putin" onInput={(e) => setAttribution((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        Polarity
        <select value={polarity} onChange={(e) => setPolarity((e.target as HTMLSelectElement).value as ClaimPolarity)}>
          <option value="affirmative">affirmative</option>
          <option value="negative">negative (a refusal or denial)</option>
        </select>
      </label>
      <label class="field">
        Language
        <input type="text" value={lang} maxLength={3} onInput={(e) => setLang((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field wide">
        Cues: one idea per line, its wordings separated by commas (“reject: rule out, refuse*”). Leave empty to match by
        the summary.
        <textarea data-testid="claim-cues" value={cues} onInput={(e) => setCues((e.target as HTMLTextAreaElement).value)} />
      </label>
      <div class="row wide">
        <button type="submit" class="primary" data-testid="claim-add">
          Add claim
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <div class="wide">
        <Problems errors={errors} />
      </div>
    </form>
  );
}
