/**
 * The side panel's "Statements on this page": the page's attributed statements
 * (attribute()), grouped by speaker, each marked with the knowledge-base claim
 * it already matches, and the speakers the knowledge base does not know yet,
 * with the title the page gives them ("Deputy Foreign Minister") and the forms
 * of their name it uses. Pure: offsets are into the text the page's scans read.
 */
import { describeSpan } from '../dom/quote-selector';
import type { QuoteSelector } from '../db/records';
import type { ClaimMatch, ScanResult } from '../match/types';
import { stopwordTest } from '../text/stopwords';
import type { Statement } from './types';

export interface PageStatement {
  /** the words said, without the attribution */
  text: string;
  kind: Statement['kind'];
  /** where it stands in the page's text (a quote selector the page can anchor) */
  selector: QuoteSelector;
  /** the knowledge-base claim the page's scan matched on it, if any */
  known: { claimId: string; ref: string } | null;
}

export interface PageSpeaker {
  /** the knowledge-base actor, or null for a person it does not know */
  actorId: string | null;
  /** the fullest name the page uses ("Marieke Janssen") */
  name: string;
  /** the title the page gives them ("union leader", "Deputy Economy Minister"); empty when none */
  role: string;
  /** the distinct ways the page names them ("Marieke Janssen", "Janssen") */
  forms: string[];
  /** a person the knowledge base could add: an unknown speaker named by first and last name */
  addable: boolean;
  statements: PageStatement[];
}

/** Lists are for reading, not for dumping a live blog: at most this many statements. */
export const MAX_PAGE_STATEMENTS = 300;

/** Lower-case words inside a name ("Pieter de Vries", "Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
const NAME_PARTICLES = new Set(['de', 'van', 'der', 'den', 'von', 'zu', 'da', 'di', 'del', 'della', 'do', 'dos', 'das', 'du', 'la', 'le', 'bin', 'al', 'el', 'y', 'e', 'ter', 'ten']);

const isCapitalised = (w: string) => {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
};

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * The person's name at the end of the speaker's words ("Deputy Economy Minister Pieter de Vries"
 * → "Pieter de Vries") and the words before it (the title), or null when they end in no name.
 */
export function splitTitleAndName(speakerText: string): { title: string; name: string } | null {
  const w = words(speakerText.replace(/[,;:()"“”«»„]/g, ' '));
  let i = w.length - 1;
  if (i < 0 || !isCapitalised(w[i])) return null;
  while (i > 0 && (isCapitalised(w[i - 1]) || (NAME_PARTICLES.has(w[i - 1]) && i - 2 >= 0 && isCapitalised(w[i - 2])))) i--;
  // Titles are capitalised too ("Deputy Economy Minister Pieter de Vries"): a name is its last two
  // or three capitalised words, particles kept.
  let first = i;
  let caps = 0;
  for (let k = w.length - 1; k >= i; k--) {
    if (isCapitalised(w[k])) caps++;
    if (caps > 3 || (caps === 3 && k > i && !NAME_PARTICLES.has(w[k + 1] ?? ''))) break;
    first = k;
  }
  if (caps > 3 || (w.length - first >= 3 && !w.slice(first).some((x) => NAME_PARTICLES.has(x)))) {
    // Keep "Marieke Janssen" of "Union Leader Marieke Janssen": the last two capitalised words.
    first = w.length - 2 >= i ? w.length - 2 : i;
    while (first > i && NAME_PARTICLES.has(w[first - 1])) first -= 2;
  }
  return { title: w.slice(0, first).join(' '), name: w.slice(first).join(' ') };
}

/**
 * The title the page gives a person: the words before their name up to the clause's start
 * ("union leader Marieke Janssen"), else an apposition after it ("Marieke Janssen, head of the
 * FNV union,").
 */
export function roleFor(text: string, at: number, nameEnd: number, lang: string): string {
  const isStop = stopwordTest([lang]);
  const before: string[] = [];
  const head = text.slice(Math.max(0, at - 80), at);
  const m = /([^.!?;:,"“”«»„()\n—–-]*)$/.exec(head);
  if (m) {
    const w = words(m[1]);
    for (let k = w.length - 1; k >= 0 && before.length < 4; k--) {
      const key = w[k].toLowerCase();
      if (isStop(key) || /\d/.test(key)) break;
      before.unshift(w[k]);
    }
  }
  // Verbs of saying before a name ("said Marieke Janssen") are no title.
  while (before.length && /^(said|says|told|added|according|sagte|erklärte|a déclaré|dijo|disse|ha detto|powiedział|заявил|сказал|заявив|сказав)$/i.test(before[0])) before.shift();
  if (before.length) return before.join(' ');
  const after = /^,\s*([^,.;:!?\n]{3,80}),/.exec(text.slice(nameEnd, nameEnd + 90));
  return after && words(after[1]).length <= 8 ? after[1].trim() : '';
}

function knownClaim(claims: readonly ClaimMatch[], start: number, end: number): PageStatement['known'] {
  let best: ClaimMatch | null = null;
  for (const c of claims) if (c.start < end && start < c.end && (!best || c.score > best.score)) best = c;
  return best ? { claimId: best.claimId, ref: best.ref } : null;
}

/** The page's statements by speaker, in the order each speaker first speaks. */
export function pageStatements(text: string, statements: readonly Statement[], scan: ScanResult, lang: string): PageSpeaker[] {
  const groups = new Map<string, PageSpeaker>();
  let n = 0;
  for (const s of statements) {
    if (n >= MAX_PAGE_STATEMENTS) break;
    if (!s.speaker || !s.speakerName || !s.text.trim()) continue;
    const split = s.actorId ? null : splitTitleAndName(s.speaker.text);
    const name = s.actorId ? s.speakerName : split && split.name.length >= s.speakerName.length ? split.name : s.speakerName;
    const key = s.actorId ? `a:${s.actorId}` : `n:${name.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      // Where the page first names them in full: their title is there.
      const nameAt = text.indexOf(name);
      const role = s.actorId ? '' : (nameAt >= 0 ? roleFor(text, nameAt, nameAt + name.length, lang) : '') || split?.title || '';
      g = {
        actorId: s.actorId ?? null,
        name,
        role,
        forms: [],
        addable: !s.actorId && words(name).filter(isCapitalised).length >= 2,
        statements: [],
      };
      groups.set(key, g);
    }
    const form = split?.name ?? s.speaker.text;
    if (!s.actorId && isCapitalised(form) && !g.forms.includes(form)) g.forms.push(form);
    const at = { start: s.start, end: s.end };
    // Quotation marks and a trailing comma are the page's punctuation, not the statement's words.
    const lead = /^[\s"“”«»„‚‘’'—–-]*/.exec(s.text)![0].length;
    const tail = /[\s"“”«»„‚‘’',.;:—–-]*$/.exec(s.text)![0].length;
    if (s.text.length - lead - tail > 0) {
      at.start += lead;
      at.end -= tail;
    }
    g.statements.push({ text: text.slice(at.start, at.end), kind: s.kind, selector: describeSpan(text, at.start, at.end), known: knownClaim(scan.claims, at.start, at.end) });
    n++;
  }
  for (const g of groups.values()) if (!g.actorId && !g.forms.includes(g.name)) g.forms.unshift(g.name);
  return [...groups.values()];
}
