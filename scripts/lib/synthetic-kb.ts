/**
 * Synthetic knowledge bases for the benchmarks (`npm run bench`, `npm run bench:browser`): the
 * seed plus n generated actors and n generated claims, deterministic, so every run and every
 * benchmark measures the same entries.
 */
import type { Actor, Alias, Claim, KnowledgeBase } from '../../lib/kb/types';

/** Deterministic pseudo-random numbers (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ['ka', 'lo', 'mi', 'ren', 'sta', 'vo', 'dar', 'el', 'ni', 'qu', 'tor', 'bel', 'gan', 'ri', 'sol', 'ven', 'ash', 'mor', 'pel', 'zu'];
export const WORDS = (
  'government minister talks peace troops security agreement border election economy market energy gas oil sanctions summit ' +
  'parliament vote court ruling budget tax inflation growth trade export import army attack drone missile city region ' +
  'official spokesperson statement report investigation corruption scandal protest reform treaty alliance partner proposal plan'
).split(' ');

export function word(r: () => number, n = 2 + Math.floor(r() * 2)): string {
  let w = '';
  for (let i = 0; i < n; i++) w += SYL[Math.floor(r() * SYL.length)];
  return w;
}
export const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** A vocabulary of 8,000 made-up words drawn with Zipf frequencies (rank r has weight 1/r). */
export const VOCAB = (() => {
  const r = rng(99);
  const set = new Set<string>();
  while (set.size < 8000) set.add(word(r, 2 + Math.floor(r() * 3)));
  return [...set];
})();
export const zipf = (r: () => number) => VOCAB[Math.min(VOCAB.length - 1, Math.floor(Math.exp(r() * Math.log(VOCAB.length))) - 1)];
export const news = (r: () => number) => WORDS[Math.floor(r() * WORDS.length)];
/** Key terms are content words: made-up words past the 200 most frequent ones. */
export const keyword = (r: () => number) => VOCAB[200 + Math.floor(r() * (VOCAB.length - 200))];
/** Prefix terms are stems of real words ("guarante*"): at least three syllables here. */
const stemword = (r: () => number) => {
  for (;;) {
    const w = keyword(r);
    if (w.length >= 6) return w;
  }
};

/**
 * The seed plus n generated actors (name, surname, variant, title) and n
 * claims (half with concepts, half summaries only). Deterministic: the first
 * 1,000 generated entries of the 10k KB are the 1k KB's.
 */
export function syntheticKb(base: Pick<KnowledgeBase, 'version' | 'actors' | 'claims'>, n: number): Pick<KnowledgeBase, 'version' | 'actors' | 'claims'> {
  const r = rng(42);
  const actors: Actor[] = [...base.actors];
  const claims: Claim[] = [...base.claims];
  const al = (text: string, type: Alias['type']): Alias => ({ text, lang: 'en', type });
  for (let i = 0; i < n; i++) {
    const first = cap(word(r));
    const last = cap(word(r, 3));
    actors.push({
      id: `S-A${i}`,
      ref: `S-A${i}`,
      kind: 'person',
      name: `${first} ${last}`,
      role: '',
      description: '',
      aliases: [al(`${first} ${last}`, 'name'), al(last, 'surname'), al(`${first} ${last}s`, 'variant'), al(`the ${zipf(r)} ${news(r)} minister`, 'title')],
      relations: [],
      sourceIds: [],
    });
    const withConcepts = i % 2 === 0;
    const summary = `${first} ${last} says the ${news(r)} ${zipf(r)} will ${zipf(r)} the ${news(r)} ${zipf(r)} ${zipf(r)}`;
    claims.push({
      id: `S-C${i}`,
      ref: `S-C${i}`,
      speakerId: `S-A${i}`,
      attribution: '',
      subjectIds: [],
      summary,
      lang: 'en',
      polarity: 'affirmative',
      concepts: withConcepts
        ? [
            { label: 'a', weight: 2, required: true, terms: [{ text: `${news(r)} ${keyword(r)}`, lang: 'en' }, { text: `${stemword(r)}*`, lang: 'en' }] },
            { label: 'b', weight: 1, terms: [{ text: keyword(r), lang: 'en' }, { text: news(r), lang: 'en' }] },
            { label: 'c', weight: 1, terms: [{ text: `${zipf(r)} ${keyword(r)}`, lang: 'en' }] },
          ]
        : [],
      evidence: [],
    });
  }
  return { version: `synthetic-${n}`, actors, claims };
}

/** A long live blog: timestamped entries of news words, made-up words, names and quoted claims. */
export function liveBlog(kb: Pick<KnowledgeBase, 'actors' | 'claims'>, bytes: number): string {
  const r = rng(7);
  const names = kb.actors.flatMap((a) => a.aliases.filter((x) => x.type === 'name' || x.type === 'surname').map((x) => x.text));
  const summaries = kb.claims.map((c) => c.summary);
  const parts: string[] = [];
  let len = 0;
  let k = 0;
  while (len < bytes) {
    const lines: string[] = [`${10 + (k % 12)}:${String(k % 60).padStart(2, '0')} Update ${k}`];
    for (let s = 0; s < 4; s++) {
      const ws: string[] = [];
      for (let i = 0; i < 18; i++) {
        const x = r();
        ws.push(x < 0.05 && names.length ? names[Math.floor(r() * names.length)] : x < 0.45 ? news(r) : x < 0.7 ? zipf(r) : FUNCTION_WORDS[Math.floor(r() * FUNCTION_WORDS.length)]);
      }
      ws[0] = cap(ws[0]);
      lines.push(ws.join(' ') + '.');
    }
    if (k % 5 === 0 && summaries.length) lines.push(`“${summaries[(k * 7) % summaries.length]},” an official said on Tuesday.`);
    const block = lines.join('\n') + '\n';
    parts.push(block);
    len += block.length;
    k++;
  }
  return parts.join('');
}
export const FUNCTION_WORDS = 'the a of to in and that is was for on with as by at from it he she they not'.split(' ');
