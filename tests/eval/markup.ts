/**
 * The evaluation set is written in a small markup (tests/eval/src/*.txt) so that
 * labels sit where the words are and cannot drift from the text; build.ts turns
 * it into items.jsonl, the labelled form every consumer reads.
 *
 *   [surface|A01]            an actor mention
 *   {C06|sentence ...}       the sentence that expresses a claim (may hold mentions)
 *   {C02+C03|sentence ...}   a sentence expressing two claims
 *   {C06/out,pron|"…," he said. "…"}
 *                            a claim label with its difficulty kinds; the span may cover
 *                            several sentences (one statement: kind "multi")
 *   {!C07/else|…}            a decoy: the claim's words or topic that are NOT the claim
 *                            (said by someone else, background); scored as "must not match"
 *   {C03/pron+!C01/bg|…}     a claim and a decoy of another claim on the same span
 *
 * Items are blocks separated by blank lines. The first line starts with
 * "<lang> <kind>:" where kind is s (sentence), h (headline), a (article) or
 * n (negative); further lines of the block are further paragraphs. Lines
 * starting with "#" outside a block are comments.
 */

export type EvalKind = 'sentence' | 'headline' | 'article' | 'negative';

export interface GoldActor {
  ref: string;
  text: string;
  start: number;
  end: number;
}

export interface GoldClaim {
  ref: string;
  /** the labelled span: a sentence, or the sentences of one statement */
  sentence: string;
  start: number;
  end: number;
  /** difficulty kinds (article-shaped batches): see CLAIM_KINDS */
  kinds?: ClaimKind[];
}

/**
 * Why a claim label is hard to find: the speaker or topic sits outside the
 * labelled sentence ("out"), the speaker is a pronoun or a title ("pron"), the
 * statement runs over several sentences ("multi"), or none of these ("plain").
 */
export const CLAIM_KINDS = ['plain', 'out', 'pron', 'multi'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * Why a decoy is not its claim: the claim's words said by someone else
 * ("else": another official, a commentator, the reporter), or background on the
 * claim's topic ("bg": the investigation behind a scandal, one side's proposal
 * that the other refuses, guarantees for all parties rather than for Ukraine).
 */
export const DECOY_KINDS = ['else', 'bg'] as const;
export type DecoyKind = (typeof DECOY_KINDS)[number];

/** A span that shares a claim's words or topic but does not express it. */
export interface GoldDecoy {
  ref: string;
  text: string;
  start: number;
  end: number;
  kinds: DecoyKind[];
}

export interface EvalItem {
  id: string;
  lang: string;
  kind: EvalKind;
  text: string;
  claims: GoldClaim[];
  actors: GoldActor[];
  /** spans that must not match their claim (article-shaped batches only) */
  decoys?: GoldDecoy[];
}

const KINDS: Record<string, EvalKind> = {
  s: 'sentence',
  h: 'headline',
  a: 'article',
  n: 'negative',
};

export const LANGS = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'pt', 'it', 'pl'];
const ACTOR_REF = /^A(0[1-9]|1[0-4])$/;
const CLAIM_REF = /^C(0[1-9]|1[0-6])$/;

export class MarkupError extends Error {}

interface LabelRef {
  ref: string;
  decoy: boolean;
  kinds: string[];
}

/** "C03/pron,multi", "!C01/bg": one label of a {…} span. */
function parseLabel(raw: string, where: string, requireKinds: boolean): LabelRef {
  const m = /^(!?)(C\d\d)(?:\/([a-z,]+))?$/.exec(raw);
  if (!m || !CLAIM_REF.test(m[2])) throw new MarkupError(`${where}: bad claim label ${raw}`);
  const decoy = m[1] === '!';
  const kinds = m[3] ? m[3].split(',') : [];
  const allowed: readonly string[] = decoy ? DECOY_KINDS : CLAIM_KINDS;
  for (const k of kinds) if (!allowed.includes(k)) throw new MarkupError(`${where}: unknown ${decoy ? 'decoy' : 'claim'} kind ${k} in ${raw}`);
  if (new Set(kinds).size !== kinds.length) throw new MarkupError(`${where}: repeated kind in ${raw}`);
  if (kinds.includes('plain') && kinds.length > 1) throw new MarkupError(`${where}: "plain" goes alone: ${raw}`);
  if ((decoy || requireKinds) && !kinds.length) throw new MarkupError(`${where}: ${raw} needs its kinds (/plain, /out,pron, …)`);
  return { ref: m[2], decoy, kinds };
}

export interface MarkupOptions {
  /** every claim label must say its difficulty kinds (article-shaped batches) */
  requireKinds?: boolean;
}

/** Parses the body of one item (markup) into plain text and labels. */
export function parseMarkup(
  src: string,
  where: string,
  opts: MarkupOptions = {},
): Pick<EvalItem, 'text' | 'claims' | 'actors' | 'decoys'> {
  let text = '';
  const actors: GoldActor[] = [];
  const claims: GoldClaim[] = [];
  const decoys: GoldDecoy[] = [];
  let claimOpen: { labels: LabelRef[]; start: number } | null = null;
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '[') {
      const close = src.indexOf(']', i);
      if (close < 0) throw new MarkupError(`${where}: unclosed [`);
      const inner = src.slice(i + 1, close);
      const bar = inner.lastIndexOf('|');
      if (bar < 0) throw new MarkupError(`${where}: actor mention without |ref: [${inner}]`);
      const surface = inner.slice(0, bar);
      const ref = inner.slice(bar + 1);
      if (!ACTOR_REF.test(ref)) throw new MarkupError(`${where}: bad actor ref ${ref}`);
      if (!surface || /[[\]{}|]/.test(surface)) throw new MarkupError(`${where}: bad surface [${inner}]`);
      actors.push({ ref, text: surface, start: text.length, end: text.length + surface.length });
      text += surface;
      i = close + 1;
    } else if (ch === '{') {
      if (claimOpen) throw new MarkupError(`${where}: nested claim`);
      const bar = src.indexOf('|', i);
      if (bar < 0) throw new MarkupError(`${where}: claim without |`);
      const labels = src
        .slice(i + 1, bar)
        .split('+')
        .map((r) => parseLabel(r, where, !!opts.requireKinds));
      claimOpen = { labels, start: text.length };
      i = bar + 1;
    } else if (ch === '}') {
      if (!claimOpen) throw new MarkupError(`${where}: } without {`);
      const sentence = text.slice(claimOpen.start);
      if (sentence.trim() !== sentence || !sentence) throw new MarkupError(`${where}: claim sentence has outer spaces`);
      for (const l of claimOpen.labels) {
        const span = { start: claimOpen.start, end: text.length };
        if (l.decoy) decoys.push({ ref: l.ref, text: sentence, ...span, kinds: l.kinds as DecoyKind[] });
        else if (l.kinds.includes('multi') && !/[.!?…][»"”“’]?\s+\S/.test(sentence))
          throw new MarkupError(`${where}: ${l.ref}/multi on a single sentence`);
        else if (l.kinds.length) claims.push({ ref: l.ref, sentence, ...span, kinds: l.kinds as ClaimKind[] });
        else claims.push({ ref: l.ref, sentence, ...span });
      }
      claimOpen = null;
      i++;
    } else if (ch === ']' || ch === '|') {
      throw new MarkupError(`${where}: stray ${ch}`);
    } else {
      text += ch;
      i++;
    }
  }
  if (claimOpen) throw new MarkupError(`${where}: unclosed {`);
  return decoys.length ? { text, claims, actors, decoys } : { text, claims, actors };
}

/**
 * Source files of the article-shaped batches: news-*.txt (tuning) and
 * sealed-*.txt (never tuned on). Their claim labels must carry kinds.
 */
export const isArticleBatchFile = (base: string) => /^(news|sealed)-/.test(base);

/** Parses one source file of the evaluation set. `base` prefixes the item ids. */
export function parseSourceFile(content: string, base: string): EvalItem[] {
  const items: EvalItem[] = [];
  const blocks: { line: number; lines: string[] }[] = [];
  let cur: { line: number; lines: string[] } | null = null;
  content.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trimEnd();
    if (!line.trim()) {
      cur = null;
      return;
    }
    if (!cur && line.startsWith('#')) return;
    if (!cur) {
      cur = { line: n + 1, lines: [] };
      blocks.push(cur);
    }
    cur.lines.push(line.trim());
  });
  for (const b of blocks) {
    const where = `${base}:${b.line}`;
    const m = /^([a-z]{2}) ([shan]):\s*(.*)$/.exec(b.lines[0]);
    if (!m) throw new MarkupError(`${where}: item must start with "<lang> <s|h|a|n>:"`);
    const [, lang, k, first] = m;
    if (!LANGS.includes(lang)) throw new MarkupError(`${where}: unknown language ${lang}`);
    const kind = KINDS[k];
    const body = [first, ...b.lines.slice(1)].join('\n');
    const parsed = parseMarkup(body, where, { requireKinds: isArticleBatchFile(base) });
    if (kind === 'negative' && parsed.claims.length) throw new MarkupError(`${where}: a negative holds a claim`);
    if ((kind === 'sentence' || kind === 'headline') && !parsed.claims.length)
      throw new MarkupError(`${where}: a ${kind} without a claim must be marked n (negative)`);
    items.push({
      id: `${base}-${String(items.length + 1).padStart(3, '0')}`,
      lang,
      kind,
      ...parsed,
    });
  }
  return items;
}
