/** Attribution over a text with the seed knowledge base's actors, as the CLI runs it. */
import { attribute, type Statement } from '../../../lib/attribution';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import { loadSeedKnowledgeBase } from '../../../seeds/node';

const kb = loadSeedKnowledgeBase();
const matcher = createMatcher(compileIndex(kb));
const byId = new Map(kb.actors.map((a) => [a.id, a]));

export function statements(text: string): Statement[] {
  return attribute(text, {
    actorMentions: matcher.scanActors(text),
    actorName: (id) => byId.get(id)?.name,
    actorKind: (id) => byId.get(id)?.kind,
  });
}

/**
 * The speakers' own words in quotation marks: the direct statements, and the quotations German copy holds inside an
 * indirect or mixed statement (its `quotes`), each as a direct quote with that statement's speaker — what German
 * WikiNews counts as direct quotes (scripts/lib/attribution-score.ts, quotationsAsDirect).
 */
export function ownWords(text: string): Statement[] {
  const out: Statement[] = [];
  for (const s of statements(text)) {
    if (s.kind === 'direct') out.push(s);
    else for (const q of s.quotes ?? []) out.push({ ...s, kind: 'direct', start: q.start, end: q.end, text: text.slice(q.start, q.end), quotes: undefined });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The one statement whose content holds `words`. */
export function statementWith(text: string, words: string): Statement {
  const found = statements(text).filter((s) => s.text.includes(words));
  if (found.length !== 1) throw new Error(`expected one statement holding "${words}", got ${JSON.stringify(statements(text).map((s) => s.text))}`);
  return found[0];
}

export interface Expect {
  kind?: Statement['kind'];
  speaker?: string | null;
  name?: string | null;
  actor?: string | null;
}

export function check(s: Statement, e: Expect): void {
  const got = { kind: s.kind, speaker: s.speaker?.text ?? null, name: s.speakerName, actor: s.actor };
  const want = { ...got, ...('kind' in e ? { kind: e.kind } : {}), ...('speaker' in e ? { speaker: e.speaker } : {}), ...('name' in e ? { name: e.name } : {}), ...('actor' in e ? { actor: e.actor } : {}) };
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`got ${JSON.stringify(got)}, want ${JSON.stringify(want)} for ${JSON.stringify(s.text)}`);
}

/** An it.each row's check: the statement holding `words` is given to the person named `name`. */
export const spokenBy = (_case: string, text: string, words: string, name: string): void => check(statementWith(text, words), { name });

/** An it.each row's check: the statement holding `words` is given to the knowledge-base actor `actor`. */
export const spokenByActor = (_case: string, text: string, words: string, actor: string): void => check(statementWith(text, words), { actor });
