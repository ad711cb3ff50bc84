/**
 * "Track this claim": what a reader selected (or a statement the page
 * attributes) becomes a knowledge-base claim of their own. Pure: the popup,
 * the context menu, the side panel and the command-line scanner all call
 * trackClaim(), and only the storing differs (lib/db/track.ts, or an
 * in-memory knowledge base for `npm run scan -- --add-claims`).
 *
 * The speaker is resolved against the knowledge base's actors by name; a
 * person it does not know becomes a new actor (their full name, and their
 * surname once the full name was seen), so that pages naming them count as
 * the speaker being near. The claim's terms are derived from its words
 * (derive-terms.ts) and stay editable as cues.
 */
import type { Actor, Alias, Claim, Concept, Evidence, Lang, Source } from './types';
import { deriveConcepts, type DerivedTerm } from './derive-terms';
import { foldString } from '../text/normalize';
import { scriptOf } from '../text/stem';
import { TRACKED_TAG } from './tracked-tag';

/** W3C TextQuoteSelector + TextPositionSelector, as saved quotes store it. */
export interface TrackSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start?: number;
  end?: number;
}

export interface TrackInput {
  /** the statement's words (not "he said") */
  text: string;
  /** a known actor's id, a person's name as the page gives it, or nobody */
  speaker: { actorId: string } | { name: string; role?: string } | null;
  lang: Lang;
  source?: { title: string; url: string; date?: string } | null;
  /** where the quote sits on its page; its context becomes the evidence's source text */
  selector?: TrackSelector | null;
  /** public ref of the new claim; a generated id when absent */
  ref?: string;
  /** reader-edited cues replacing the derived ones */
  concepts?: Concept[];
}

export interface TrackContext {
  /** every actor the knowledge base holds now (speaker resolution) */
  actors: readonly Actor[];
  /** fresh ids: random in the browser, sequential in the scanner */
  newId: (kind: 'A' | 'C' | 'S') => string;
}

export interface TrackedClaim {
  claim: Claim;
  /** the page it was tracked from, holding the quote as evidence; null without a source */
  source: Source | null;
  /** the speaker when the knowledge base did not know them */
  newActors: Actor[];
  /** the derived terms, for showing and editing */
  derived: DerivedTerm[];
}

export { TRACKED_TAG };

const NAME_TYPES = new Set(['name', 'variant', 'surname', 'inflection']);

/** Folded alias texts per alias object: resolving many speakers folds each alias once. */
const foldedAlias = new WeakMap<Alias, string>();
function foldAlias(al: Alias): string {
  let f = foldedAlias.get(al);
  if (f === undefined) foldedAlias.set(al, (f = foldString(al.text)));
  return f;
}

/** The actor a name designates: an alias equal to it, or to its last word for a person's surname. */
export function resolveSpeaker(name: string, actors: readonly Actor[]): Actor | null {
  const folded = foldString(name.replace(/\s+/g, ' ').trim());
  if (!folded) return null;
  const last = folded.split(' ').pop()!;
  let bySurname: Actor | null = null;
  for (const a of actors) {
    for (const al of a.aliases) {
      if (!NAME_TYPES.has(al.type)) continue;
      const f = foldAlias(al);
      if (f === folded) return a;
      if (a.kind === 'person' && al.type === 'surname' && f === last && folded !== last) bySurname ??= a;
    }
  }
  return bySurname;
}

// Scientific-style romanisation with the English spellings news copy uses.
const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin spelling of a Cyrillic name ("Дмитрий Песков" → "Dmitriy Peskov"), or null for other scripts. */
export function romanise(name: string, lang: Lang): string | null {
  if (!/[\u0400-\u04FF]/.test(name)) return null;
  let out = '';
  for (const ch of name) {
    const lower = ch.toLowerCase();
    let t = TRANSLIT[lower];
    if (t === undefined) {
      out += ch;
      continue;
    }
    // Ukrainian и is "y", Russian и "i"; Ukrainian г is "h".
    if (lang === 'uk' && lower === 'и') t = 'y';
    if (lang === 'uk' && lower === 'г') t = 'h';
    out += ch !== lower && t ? t[0].toUpperCase() + t.slice(1) : t;
  }
  return out.replace(/iy\b/g, 'y').replace(/yy\b/g, 'y');
}

/** A person the knowledge base does not know yet, named as the page names them. */
export function newPersonActor(id: string, name: string, lang: Lang, role = ''): Actor {
  const clean = name.replace(/\s+/g, ' ').trim();
  const aliases: Alias[] = [{ text: clean, lang, type: 'name' }];
  const words = clean.split(' ');
  const surname = words[words.length - 1];
  // A bare surname is often someone else's too: only after the full name on the same page.
  if (words.length > 1 && surname.length >= 3) aliases.push({ text: surname, lang, type: 'surname', requiresPriorName: true });
  const latin = romanise(clean, lang);
  if (latin && scriptOf(foldString(latin)) === 'latin') {
    aliases.push({ text: latin, lang: 'en', type: 'variant' });
    const lw = latin.split(' ');
    if (lw.length > 1 && lw[lw.length - 1].length >= 3) aliases.push({ text: lw[lw.length - 1], lang: 'en', type: 'surname', requiresPriorName: true });
  }
  return { id, ref: id, kind: 'person', name: clean, role: role.trim(), description: '', aliases, relations: [], sourceIds: [] };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** Turns a selection or statement into a claim of the reader's (pure: ids come from the context). */
export function trackClaim(input: TrackInput, ctx: TrackContext): TrackedClaim {
  const text = input.text.replace(/\s+/g, ' ').trim();
  if (!text) throw new Error('Nothing to track: the selection is empty');
  const newActors: Actor[] = [];
  let speaker: Actor | null = null;
  if (input.speaker && 'actorId' in input.speaker) {
    speaker = ctx.actors.find((a) => a.id === (input.speaker as { actorId: string }).actorId) ?? null;
    if (!speaker) throw new Error(`No actor ${input.speaker.actorId}`);
  } else if (input.speaker && input.speaker.name.trim()) {
    speaker = resolveSpeaker(input.speaker.name, ctx.actors);
    if (!speaker) {
      speaker = newPersonActor(ctx.newId('A'), input.speaker.name, input.lang, input.speaker.role);
      newActors.push(speaker);
    }
  }
  const { concepts, derived, negated } = deriveConcepts(text, input.lang);
  const id = ctx.newId('C');
  let source: Source | null = null;
  const evidence: Evidence[] = [];
  if (input.source && /^https?:/i.test(input.source.url)) {
    const sel = input.selector;
    // The quote with the context it was selected in: the evidence a card shows, without storing the page.
    const prefix = sel?.prefix ?? '';
    const exact = sel?.exact?.trim() ? sel.exact : input.text;
    const suffix = sel?.suffix ?? '';
    source = {
      id: ctx.newId('S'),
      title: input.source.title.trim() || hostOf(input.source.url),
      publisher: hostOf(input.source.url),
      url: input.source.url,
      lang: input.lang,
      text: prefix + exact + suffix,
    };
    if (input.source.date && /^\d{4}-\d{2}-\d{2}/.test(input.source.date)) source.published = input.source.date;
    evidence.push({ sourceId: source.id, start: prefix.length, end: prefix.length + exact.length, text: exact });
  }
  const claim: Claim = {
    id,
    ref: input.ref ?? id,
    speakerId: speaker?.id ?? null,
    attribution: speaker ? speaker.name : source ? source.publisher : '',
    subjectIds: speaker ? [speaker.id] : [],
    summary: text,
    lang: input.lang,
    polarity: negated ? 'negative' : 'affirmative',
    concepts: input.concepts ?? concepts,
    evidence,
    tags: [TRACKED_TAG],
  };
  return { claim, source, newActors, derived };
}

/** One line of `npm run scan -- --add-claims FILE.jsonl`. */
export interface AddClaimLine {
  id: string;
  text: string;
  speaker: string | null;
  lang: Lang;
}

/** Checks one parsed JSONL line; returns an error message or null. */
export function checkAddClaimLine(x: unknown): string | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return 'expected an object';
  const o = x as Record<string, unknown>;
  if (typeof o.id !== 'string' || !o.id.trim()) return '"id" must be a non-empty string';
  if (typeof o.text !== 'string' || !o.text.trim()) return '"text" must be a non-empty string';
  if (o.speaker !== null && o.speaker !== undefined && typeof o.speaker !== 'string') return '"speaker" must be a string or null';
  if (typeof o.lang !== 'string' || !/^[a-z]{2,3}$/.test(o.lang)) return '"lang" must be a language code (en, ru…)';
  return null;
}

/**
 * Adds tracked claims to a knowledge base held in memory, one after the other
 * as a reader would (a speaker added by one line is known to the next).
 */
export function addTrackedClaims<KB extends { actors: Actor[]; claims: Claim[]; sources: Source[] }>(
  kb: KB,
  lines: readonly AddClaimLine[],
): { kb: KB; tracked: TrackedClaim[] } {
  const actors = [...kb.actors];
  const claims = [...kb.claims];
  const sources = [...kb.sources];
  let n = 0;
  const ctx: TrackContext = { actors, newId: (kind) => `T-${kind}-${++n}` };
  const tracked: TrackedClaim[] = [];
  for (const line of lines) {
    const t = trackClaim(
      { text: line.text, speaker: line.speaker ? { name: line.speaker } : null, lang: line.lang, ref: line.id },
      ctx,
    );
    actors.push(...t.newActors);
    claims.push(t.claim);
    if (t.source) sources.push(t.source);
    tracked.push(t);
  }
  return { kb: { ...kb, actors, claims, sources }, tracked };
}
