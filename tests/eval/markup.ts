/**
 * The evaluation set is written in a small markup (tests/eval/src/*.txt) so that
 * labels sit where the words are and cannot drift from the text; build.ts turns
 * it into items.jsonl, the labelled form every consumer reads.
 *
 *   [surface|A01]            an actor mention
 *   {C06|sentence ...}       the sentence that expresses a claim (may hold mentions)
 *   {C02+C03|sentence ...}   a sentence expressing two claims
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
  sentence: string;
  start: number;
  end: number;
}

export interface EvalItem {
  id: string;
  lang: string;
  kind: EvalKind;
  text: string;
  claims: GoldClaim[];
  actors: GoldActor[];
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

/** Parses the body of one item (markup) into plain text and labels. */
export function parseMarkup(src: string, where: string): Pick<EvalItem, 'text' | 'claims' | 'actors'> {
  let text = '';
  const actors: GoldActor[] = [];
  const claims: GoldClaim[] = [];
  let claimOpen: { refs: string[]; start: number } | null = null;
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
      const refs = src.slice(i + 1, bar).split('+');
      for (const r of refs) if (!CLAIM_REF.test(r)) throw new MarkupError(`${where}: bad claim ref ${r}`);
      claimOpen = { refs, start: text.length };
      i = bar + 1;
    } else if (ch === '}') {
      if (!claimOpen) throw new MarkupError(`${where}: } without {`);
      const sentence = text.slice(claimOpen.start);
      if (sentence.trim() !== sentence || !sentence) throw new MarkupError(`${where}: claim sentence has outer spaces`);
      for (const ref of claimOpen.refs) claims.push({ ref, sentence, start: claimOpen.start, end: text.length });
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
  return { text, claims, actors };
}

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
    const parsed = parseMarkup(body, where);
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
