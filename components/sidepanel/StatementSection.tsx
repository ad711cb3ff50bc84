/**
 * "Statements on this page": who says what on the page (lib/attribution via the tab), grouped by
 * speaker; a statement the knowledge base already has is marked, any other is tracked with one
 * click, and a person the knowledge base does not know is offered as a new actor. Every addition
 * can be undone from here. Page text is shown as text.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageSpeaker, PageStatement } from '@/lib/attribution/page-statements';
import { request } from '@/lib/messaging/client';
import type { TrackReceiptView } from '@/lib/messaging/protocol';
import { tabRequest } from '@/lib/messaging/tab-client';
import type { TabRequestMap } from '@/lib/messaging/tab-protocol';
import type { KnowledgeBaseView } from '../use-knowledge-base';

type Page = TabRequestMap['tab/statements']['response'];

type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; page: Page };

/** What the reader added from this list, by statement (selector start) and by speaker name. */
interface Added {
  tracked: Map<number, { receipt: TrackReceiptView; ref: string; terms: string[]; newSpeaker: boolean }>;
  people: Map<string, { actorId: string; name: string }>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function StatementSection({ tabId, kb, pageKey, announce }: { tabId: number; kb: KnowledgeBaseView | null; pageKey: string; announce: (text: string) => void }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [added, setAdded] = useState<Added>({ tracked: new Map(), people: new Map() });
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const read = useCallback(() => {
    // A re-read (the page rescanned) keeps the list shown until the new one is there.
    tabRequest(tabId, 'tab/statements', {}).then(
      (page) => setLoad({ kind: 'ready', page }),
      (error) => setLoad((was) => (was.kind === 'ready' ? was : { kind: 'failed', message: message(error) })),
    );
  }, [tabId]);
  // A new scan (another page, a new knowledge base) may know more of the page's statements.
  useEffect(read, [read, pageKey]);

  const run = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(message(error));
    } finally {
      setBusy(null);
    }
  };

  if (load.kind === 'loading') return <p class="muted small" data-testid="statements-loading">Reading who says what on this page…</p>;
  if (load.kind === 'failed') {
    return (
      <p class="muted small" data-testid="statements-failed">
        Statements could not be read: {load.message}{' '}
        <button
          type="button"
          class="link"
          onClick={() => {
            setLoad({ kind: 'loading' });
            read();
          }}
        >
          Try again
        </button>
      </p>
    );
  }
  const { page } = load;
  const count = page.speakers.reduce((n, s) => n + s.statements.length, 0);

  const track = (speaker: PageSpeaker, st: PageStatement) =>
    run(`t${st.selector.start}`, async () => {
      const person = added.people.get(speaker.name);
      const who = speaker.actorId ? { actorId: speaker.actorId } : person ? { actorId: person.actorId } : { name: speaker.name, role: speaker.role };
      const r = await request('claim/track', {
        item: { text: st.text, speaker: who, lang: page.lang, url: page.url, pageTitle: page.pageTitle, published: page.published, selector: st.selector, terms: null },
      });
      setAdded((a) => ({ ...a, tracked: new Map(a.tracked).set(st.selector.start, { receipt: r.receipt, ref: r.ref, terms: r.terms, newSpeaker: r.newSpeaker }) }));
      announce(`Tracked: Newsmark now looks for this statement on the pages you read.`);
    });

  const untrack = (st: PageStatement) =>
    run(`t${st.selector.start}`, async () => {
      const t = added.tracked.get(st.selector.start);
      if (!t) return;
      await request('claim/untrack', { receipt: t.receipt });
      setAdded((a) => {
        const tracked = new Map(a.tracked);
        tracked.delete(st.selector.start);
        return { ...a, tracked };
      });
      announce('Removed from your knowledge base.');
    });

  const addPerson = (speaker: PageSpeaker) =>
    run(`p${speaker.name}`, async () => {
      const r = await request('actor/add', { person: { name: speaker.name, role: speaker.role, forms: speaker.forms.filter((f) => f !== speaker.name), lang: page.lang, url: page.url } });
      setAdded((a) => ({ ...a, people: new Map(a.people).set(speaker.name, { actorId: r.actorId, name: r.name }) }));
      announce(`${r.name} added: Newsmark now marks them on the pages you read.`);
    });

  const removePerson = (speaker: PageSpeaker) =>
    run(`p${speaker.name}`, async () => {
      const p = added.people.get(speaker.name) ?? [...added.people.values()].find((x) => x.actorId === speaker.actorId);
      if (!p) return;
      const { removed } = await request('actor/remove', { actorId: p.actorId });
      if (!removed) throw new Error(`${p.name} is the speaker of a claim you track: remove that first.`);
      setAdded((a) => {
        const people = new Map([...a.people].filter(([, x]) => x.actorId !== p.actorId));
        return { ...a, people };
      });
      announce(`${p.name} removed from your knowledge base.`);
    });

  return (
    <section aria-labelledby="statements-heading" data-testid="page-statements">
      <h2 id="statements-heading">
        Statements on this page <span class="count">{count}</span>
      </h2>
      {count === 0 ? <p class="muted small">Newsmark finds no attributed statement on this page.</p> : null}
      {failure ? (
        <p class="error small" role="alert" data-testid="statements-failure">
          {failure}
        </p>
      ) : null}
      {page.speakers.map((speaker) => {
        const actor = speaker.actorId ? kb?.actors.get(speaker.actorId) : undefined;
        // Added here: after the page's re-read the knowledge base names them, and undo stays at hand.
        const person = added.people.get(speaker.name) ?? [...added.people.values()].find((p) => p.actorId === speaker.actorId);
        const trackedNewSpeaker = speaker.statements.some((st) => added.tracked.get(st.selector.start)?.newSpeaker);
        const headingId = `speaker-${speaker.actorId ?? speaker.name.replace(/\W+/g, '-')}`;
        return (
          <section key={speaker.name} class="group card" aria-labelledby={headingId} data-testid="statement-group" data-speaker={speaker.name}>
            <h3 id={headingId} class="group-heading">
              {actor?.name ?? speaker.name}
              {actor?.role || speaker.role ? <span class="muted small"> · {actor?.role || speaker.role}</span> : null}
            </h3>
            {person ? (
              <p class="small row" data-testid="person-added">
                Added to your knowledge base as a person.
                <button type="button" class="link" data-testid="person-undo" disabled={busy !== null} onClick={() => removePerson(speaker)}>
                  Undo
                </button>
              </p>
            ) : speaker.actorId ? (
              <p class="small muted">In your knowledge base.</p>
            ) : trackedNewSpeaker ? (
              <p class="small muted">Added with the statement you track.</p>
            ) : speaker.addable ? (
              <p class="small row">
                <span class="muted">Not in your knowledge base{speaker.forms.length > 1 ? ` (named ${speaker.forms.join(', ')})` : ''}.</span>
                <button type="button" data-testid="add-person" disabled={busy !== null} onClick={() => addPerson(speaker)}>
                  Add as a person
                </button>
              </p>
            ) : null}
            <ul class="plain stack">
              {speaker.statements.map((st) => {
                const t = added.tracked.get(st.selector.start);
                return (
                  <li key={st.selector.start} class="statement" data-testid="statement" data-known={st.known?.ref ?? ''}>
                    <blockquote class="sentence">{st.text}</blockquote>
                    {t ? (
                      <div class="small" data-testid="statement-tracked" data-ref={t.ref}>
                        <p>
                          Tracked. Found by: <span class="terms">{t.terms.join(', ')}</span>
                        </p>
                        <button type="button" class="link" data-testid="statement-undo" disabled={busy !== null} onClick={() => untrack(st)}>
                          Undo
                        </button>
                      </div>
                    ) : st.known ? (
                      <p class="small muted" data-testid="statement-known">
                        Known claim {st.known.ref}
                        {kb?.claims.get(st.known.claimId) ? `: ${kb.claims.get(st.known.claimId)!.summary}` : ''}
                      </p>
                    ) : (
                      <button type="button" data-testid="track-statement" disabled={busy !== null} onClick={() => track(speaker, st)}>
                        {busy === `t${st.selector.start}` ? 'Tracking…' : 'Track this claim'}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
