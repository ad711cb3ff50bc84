/**
 * The errors of attribution on the tuned part of our own set, one article at a time:
 *
 *   npx tsx scripts/attribution-errors.ts LANG [ID-PART|-] [all]
 *
 * For each gold statement of tests/attribution/set/LANG.txt (never the sealed part): MISS (no prediction overlaps it
 * by half of the shorter, as the scorer matches), KIND (direct vs not), SPKR (the speaker check of
 * scripts/lib/attribution-score.ts fails), or ok with `all`; then EXTRA predictions. Content is abridged.
 */
import { readFileSync } from 'node:fs';
import { matchText } from '../lib/content/chunked-match';
import { loadSeedKnowledgeBase } from '../seeds/node';
import { compileIndex } from '../lib/match/compile';
import { createMatcher } from '../lib/match/matcher';
import { attribute } from '../lib/attribution';
import { parseOwnSet, nameSpeaker, dedupeGold } from './lib/attribution-score';
const [lang, only, showAll] = process.argv.slice(2).filter((a) => a !== '--');
if (!lang) {
  console.error('usage: npx tsx scripts/attribution-errors.ts LANG [ID-PART|-] [all]');
  process.exit(2);
}
const kb = loadSeedKnowledgeBase();
const matcher = createMatcher(compileIndex(kb));
const byId = new Map(kb.actors.map((a) => [a.id, a]));
const arts = parseOwnSet(readFileSync(`tests/attribution/set/${lang}.txt`, 'utf8'), lang);
const cut = (s: string, n = 70) => (s.length > n ? s.slice(0, n / 2) + '…' + s.slice(-n / 2 + 5) : s).replace(/\n/g, '⏎');
for (const a of arts) {
  if (only && only !== '-' && !a.id.includes(only)) continue;
  const preds = attribute(a.text, { actorMentions: matchText(a.text, matcher, {}).actors, actorName: (id) => byId.get(id)?.name, actorKind: (id) => byId.get(id)?.kind });
  const gold = dedupeGold(a.gold);
  const used = new Set<number>();
  const lines: string[] = [];
  for (const g of gold) {
    const [s, e] = g.content[0];
    let best = -1, bo = 0;
    preds.forEach((p, i) => { const ov = Math.max(0, Math.min(e, p.end) - Math.max(s, p.start)); if (ov > bo && ov * 2 >= Math.min(e - s, p.end - p.start) && !used.has(i)) { bo = ov; best = i; } });
    const gs = `${g.kind[0]} ${cut(a.text.slice(s, e))} ⇐ ${g.name ?? '-'}${g.ref ? ' ' + g.ref : ''}`;
    if (best < 0) { lines.push(`MISS  ${gs}`); continue; }
    used.add(best);
    const p = preds[best];
    const ok = !g.name && !g.ref ? true : nameSpeaker(g, p);
    const kindOk = (g.kind === 'direct') === (p.kind === 'direct');
    const flag = !kindOk ? 'KIND ' : !ok ? 'SPKR ' : 'ok   ';
    if (flag !== 'ok   ' || showAll) lines.push(`${flag} ${gs}\n        pred ${p.kind[0]} ${cut(p.text)} ⇐ [${p.speaker?.text ?? '-'}] ${p.speakerName ?? '-'} ${p.actor ?? ''}`);
  }
  preds.forEach((p, i) => { if (!used.has(i)) lines.push(`EXTRA ${p.kind[0]} ${cut(p.text)} ⇐ [${p.speaker?.text ?? '-'}] ${p.speakerName ?? '-'}`); });
  if (lines.length) console.log(`=== ${a.id}\n` + lines.join('\n'));
}
