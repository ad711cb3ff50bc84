/**
 * The speaker errors on direct quotes of a corpus split (a directory of .txt files with its labels in DIR.jsonl beside
 * it, as ../shared/attribution lays them out):
 *
 *   npx tsx scripts/attribution-errors-corpus.ts DIR [all]
 *
 * Direct quotes are paired with predictions as `npm run eval:attribution` pairs them (scripts/lib/attribution-score.ts:
 * overlap of half the shorter, largest overlaps first, one to one; in German WikiNews the quotations inside an indirect
 * or mixed statement count as direct quotes of its speaker). For each pair whose gold has a source and whose speaker
 * check fails (spanSpeaker), or every pair with `all`: the gold source text, our speaker span and speakerName, and the
 * sentence of the gold cue (the quote's own when it has none) with the one before. Counts at the end.
 *
 * Corpus splits only: it refuses our own set's sealed part (tests/attribution/sealed), whose errors nobody may read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { matchText } from '../lib/content/chunked-match';
import { loadSeedKnowledgeBase } from '../seeds/node';
import { compileIndex } from '../lib/match/compile';
import { createMatcher } from '../lib/match/matcher';
import { attribute } from '../lib/attribution';
import { dedupeGold, quotationsAsDirect, quotationsCountDirect, spanSpeaker, type GoldItem, type PredItem } from './lib/attribution-score';

const args = process.argv.slice(2).filter((a) => a !== '--');
const dir = args.find((a) => a !== 'all')?.replace(/\/+$/, '');
const showAll = args.includes('all');
if (!dir) {
  console.error('usage: npx tsx scripts/attribution-errors-corpus.ts DIR [all]');
  process.exit(2);
}
if (/tests\/attribution\/sealed/.test(resolve(dir))) {
  console.error('attribution-errors-corpus: the sealed part is never read');
  process.exit(2);
}

interface Doc {
  file: string;
  attributions: Array<{ type: GoldItem['kind']; content: Array<[number, number]>; source: Array<[number, number]>; cue: Array<[number, number]> }>;
}
const docs = readFileSync(`${dir}.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Doc);

const kb = loadSeedKnowledgeBase();
const matcher = createMatcher(compileIndex(kb));
const byId = new Map(kb.actors.map((a) => [a.id, a]));
const quotationsDirect = quotationsCountDirect(dir);

const flat = (s: string) => s.replace(/\s+/g, ' ');
const cut = (s: string, n = 90) => flat(s.length > n ? s.slice(0, n / 2) + '…' + s.slice(-n / 2 + 5) : s);

/** Start of the sentence holding `at`: after the last `.!?` (and closing marks) followed by a space, or a line break. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (text[i] === '\n') return i + 1;
    if (/\s/.test(text[i]) && /[.!?][“”"«»‘’)]*$/.test(text.slice(Math.max(0, i - 3), i)) && /[A-ZÄÖÜ„“"»«]/.test(text[i + 1] ?? '')) return i + 1;
  }
  return 0;
}
function sentenceEnd(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    if (text[i] === '\n') return i;
    if (/[.!?]/.test(text[i]) && /^[“”"«»‘’)]*\s/.test(text.slice(i + 1, i + 5))) {
      let j = i + 1;
      while (/[“”"«»‘’)]/.test(text[j] ?? '')) j++;
      return j;
    }
  }
  return text.length;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

let matched = 0;
let withSource = 0;
let wrong = 0;
let noSpeaker = 0;
for (const doc of docs) {
  const text = readFileSync(`${dir}/${doc.file}`, 'utf8');
  const preds = attribute(text, { actorMentions: matchText(text, matcher, {}).actors, actorName: (id) => byId.get(id)?.name, actorKind: (id) => byId.get(id)?.kind });
  const cues = new Map(doc.attributions.map((a) => [JSON.stringify(a.content), a.cue]));
  const gold = dedupeGold(doc.attributions.map((a) => ({ kind: a.type, content: a.content, source: a.source }))).filter((g) => g.kind === 'direct');
  const pred: PredItem[] = [...preds.filter((p) => p.kind === 'direct'), ...(quotationsDirect ? quotationsAsDirect(preds) : [])];
  // the pairing of score(): every pair overlapping by half the shorter, largest overlaps first, one to one
  const pairs: Array<{ gi: number; pi: number; ov: number }> = [];
  gold.forEach((g, gi) => {
    const glen = g.content.reduce((n, [s, e]) => n + e - s, 0);
    pred.forEach((p, pi) => {
      const ov = g.content.reduce((n, [s, e]) => n + overlap(s, e, p.start, p.end), 0);
      if (ov > 0 && ov * 2 >= Math.min(glen, p.end - p.start)) pairs.push({ gi, pi, ov });
    });
  });
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const lines: string[] = [];
  for (const { gi, pi } of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    matched++;
    const g = gold[gi];
    if (!g.source.length) continue;
    withSource++;
    const p = pred[pi];
    const ok = spanSpeaker(g, p);
    if (!ok) {
      wrong++;
      if (!p.speaker) noSpeaker++;
    }
    if (ok && !showAll) continue;
    const [cs] = g.content[0];
    const ce = g.content[g.content.length - 1][1];
    const cue = cues.get(JSON.stringify(g.content))?.[0];
    const at = cue ? cue[0] : cs;
    const s1 = sentenceStart(text, at);
    const s0 = s1 > 0 ? sentenceStart(text, s1 - 1) : 0;
    const e1 = Math.max(sentenceEnd(text, cue ? cue[1] : ce), ce);
    const full = (p as PredItem & { text?: string }).text ?? text.slice(p.start, p.end);
    lines.push(
      `${ok ? 'ok  ' : 'SPKR'} ${doc.file}@${cs} «${cut(text.slice(cs, ce), 70)}»\n` +
        `     gold [${g.source.map(([s, e]) => flat(text.slice(s, e))).join(' + ')}]${cue ? ` cue [${flat(text.slice(cue[0], cue[1]))}]` : ''}\n` +
        `     ours [${p.speaker ? flat(text.slice(p.speaker.start, p.speaker.end)) : '-'}] ${p.speakerName ?? '-'}${p.actor ? ' ' + p.actor : ''}${p.start !== cs || p.end !== ce ? ` (pred «${cut(full, 50)}»)` : ''}\n` +
        `     ctx  ${flat(text.slice(s0, Math.min(e1, s0 + 700)))}`,
    );
  }
  if (lines.length) console.log(lines.join('\n'));
}
console.log(`\nmatched ${matched}, with a gold source ${withSource}, speaker wrong ${wrong} (no speaker at all ${noSpeaker}); accuracy ${((withSource - wrong) / withSource).toFixed(3)}`);
