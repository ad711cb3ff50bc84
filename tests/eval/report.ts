/** Plain-text rendering of an evaluation summary for `npm run eval`. */
import type { ArticleBatchSummary, EvalSummary, Prf } from './evaluate';
import type { FloorCheck } from './floor';

const f = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

function row(label: string, p: Prf, extra = ''): string {
  return `${pad(label, 12)} P ${f(p.precision)}  R ${f(p.recall)}  F1 ${f(p.f1)}   tp ${lpad(p.tp, 4)}  fp ${lpad(p.fp, 4)}  fn ${lpad(p.fn, 4)}${extra}`;
}

const BATCH_TITLES: Record<string, string> = {
  articles: 'ARTICLE-SHAPED batch (src/news-*.txt; tuning)',
  sealed: 'SEALED batch (src/sealed-*.txt; never tuned on, errors not printed)',
};

/** One article-shaped batch: statement-level claim P/R, recall per difficulty kind, decoys left alone. */
export function renderArticleBatch(name: string, b: ArticleBatchSummary): string[] {
  const out: string[] = [];
  out.push(`${BATCH_TITLES[name] ?? name}: ${b.items} articles, ${b.goldClaims} claim statements, ${b.decoys} decoys`);
  out.push(row('  claims', b.claims, `   duplicates ${b.claims.duplicates}`));
  out.push(
    '  recall per kind: ' +
      Object.entries(b.perKind)
        .map(([k, v]) => `${k} ${f(v.recall)} (${v.found}/${v.gold})`)
        .join('   '),
  );
  out.push(
    '  decoys left alone: ' +
      Object.entries(b.perDecoyKind)
        .map(([k, v]) => `${k === 'else' ? 'someone else said it' : 'background'} ${f(v.rejected)} (${v.total - v.matched}/${v.total})`)
        .join('   '),
  );
  out.push(
    '  per language: ' +
      Object.entries(b.perLang)
        .map(([l, p]) => `${l} P ${f(p.precision)} R ${f(p.recall)}`)
        .join(' · '),
  );
  // The sealed batch gets its headline figures only: which claims miss there, or where the
  // threshold would sit on it, is what tuning must not see.
  if (name === 'sealed') return out;
  const weak = Object.entries(b.perClaim).filter(([, p]) => p.tp + p.fn + p.fp > 0 && (p.recall < 0.85 || p.precision < 0.9));
  if (weak.length) out.push('  weak claims: ' + weak.map(([r, p]) => `${r} P ${f(p.precision)} R ${f(p.recall)}`).join(' · '));
  out.push(
    '  threshold sweep: ' +
      b.thresholdSweep.map((t) => `≥${t.threshold.toFixed(1)} P ${f(t.claims.precision)} R ${f(t.claims.recall)}`).join(' · '),
  );
  return out;
}

export function renderReport(s: EvalSummary, floor: FloorCheck[], verbose: boolean): string {
  const out: string[] = [];
  const gold = (n: number) => `   (gold ${n})`;
  out.push(
    `Newsmark evaluation: ${s.items} items, ${s.goldActorMentions} gold actor mentions, ${s.goldClaims} gold claims; KB ${s.kbVersion}; claim threshold ${s.threshold}`,
  );
  out.push('');
  out.push(row('ACTORS', s.actors, `   duplicates ${s.actors.duplicates}, non-catalogue ignored ${s.actors.ignoredNonCatalogue}`));
  out.push(row('CLAIMS', s.claims, `   non-catalogue ignored ${s.claims.ignoredNonCatalogue}`));
  out.push(row('actors ¬en', s.actorsNonEnglish));
  out.push(row('claims ¬en', s.claimsNonEnglish));
  out.push(`negative items with a claim match: ${s.negativesWithClaims} / ${s.negativeItems}`);
  out.push('');
  out.push('Per claim');
  for (const [ref, p] of Object.entries(s.perClaim)) out.push(row(`  ${ref}`, p, gold(p.tp + p.fn)));
  out.push('');
  out.push('Per actor');
  for (const [ref, p] of Object.entries(s.perActor)) out.push(row(`  ${ref}`, p, gold(p.tp + p.fn)));
  out.push('');
  out.push('Per language                 actors                    |                claims');
  for (const [lang, g] of Object.entries(s.perLang))
    out.push(
      `  ${pad(lang, 4)} ${lpad(g.items, 4)} items   P ${f(g.actors.precision)} R ${f(g.actors.recall)} F1 ${f(g.actors.f1)}  |  P ${f(g.claims.precision)} R ${f(g.claims.recall)} F1 ${f(g.claims.f1)}`,
    );
  out.push('');
  out.push('Per kind');
  for (const [k, g] of Object.entries(s.perKind))
    out.push(
      `  ${pad(k, 9)} ${lpad(g.items, 4)} items   P ${f(g.actors.precision)} R ${f(g.actors.recall)} F1 ${f(g.actors.f1)}  |  P ${f(g.claims.precision)} R ${f(g.claims.recall)} F1 ${f(g.claims.f1)}`,
    );
  out.push('');
  out.push('Per batch (held-out: written after the knowledge base appeared)');
  for (const [k, g] of Object.entries(s.perBatch))
    out.push(
      `  ${pad(k, 9)} ${lpad(g.items, 4)} items   P ${f(g.actors.precision)} R ${f(g.actors.recall)} F1 ${f(g.actors.f1)}  |  P ${f(g.claims.precision)} R ${f(g.claims.recall)} F1 ${f(g.claims.f1)}`,
    );
  out.push('');
  if (Object.keys(s.articleBatches).length) {
    out.push('Article-shaped batches (statement level: every labelled span counts; not in the figures above)');
    for (const [name, b] of Object.entries(s.articleBatches)) if (b) out.push(...renderArticleBatch(name, b), '');
  }
  out.push('Claim threshold sweep (scores of a threshold-0 scan)');
  for (const t of s.thresholdSweep)
    out.push(
      `  ≥ ${t.threshold.toFixed(2)}   all: P ${f(t.claims.precision)} R ${f(t.claims.recall)} F1 ${f(t.claims.f1)}   ¬en: P ${f(t.claimsNonEnglish.precision)} R ${f(t.claimsNonEnglish.recall)} F1 ${f(t.claimsNonEnglish.f1)}`,
    );
  out.push('');
  if (s.pages.skipped) out.push(`NOTICE: shared pages skipped: ${s.pages.skipped}`);
  else {
    out.push(`Shared pages (${s.pages.results.length}; text by ${s.pages.extraction}): ${s.pages.claimMatches} claim matches (should be 0), ${s.pages.actorMentions} actor mentions`);
    for (const p of s.pages.results) {
      const top = Object.entries(p.mentionTexts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, verbose ? 50 : 4)
        .map(([k, n]) => `${k}×${n}`)
        .join(', ');
      out.push(`  ${pad(p.page, 30)} ${lpad(p.chars, 7)} chars  claims ${lpad(p.claims.length, 2)}  actors ${lpad(p.actorMentions, 3)}  ${lpad(p.ms.toFixed(1), 6)} ms  ${top}`);
      for (const c of p.claims) out.push(`      CLAIM ${c.ref} ${c.score.toFixed(2)}: ${c.text.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  out.push(`scan time over the items: ${s.scanMs.toFixed(0)} ms`);
  if (verbose) {
    out.push('');
    out.push('Claim misses (gold sentence; best score the engine gave that claim in the item)');
    for (const e of s.claimErrors.filter((x) => x.kind !== 'false-positive'))
      out.push(`  ${e.ref} ${pad(e.item, 18)} ${e.kind === 'wrong-sentence' ? '[wrong sentence] ' : ''}best ${f(e.bestScore ?? 0)}: ${e.sentence.replace(/\n/g, ' ')}`);
    out.push('');
    out.push('Claim false positives (matched sentence)');
    for (const e of s.claimErrors.filter((x) => x.kind === 'false-positive'))
      out.push(`  ${e.ref} ${pad(e.item, 18)} ${f(e.score ?? 0)} [${e.itemKind}]: ${e.sentence.replace(/\n/g, ' ')}`);
    const art = s.articleBatches.articles;
    if (art) {
      out.push('');
      out.push('Article-shaped batch (tuning): claim misses [kinds] and false positives [decoy kinds]');
      for (const e of art.errors)
        out.push(
          e.kind === 'miss'
            ? `  MISS ${e.ref} ${pad(e.item, 12)} [${(e.claimKinds ?? []).join(',')}] best ${f(e.bestScore ?? 0)}: ${e.text.replace(/\n/g, ' ')}`
            : `  FP   ${e.ref} ${pad(e.item, 12)} ${e.decoyKinds ? `[decoy ${e.decoyKinds.join(',')}] ` : ''}${f(e.score ?? 0)}: ${e.text.replace(/\n/g, ' ')}`,
        );
    }
    out.push('');
    out.push('Actor misses');
    for (const e of s.actorErrors.filter((x) => x.kind === 'miss')) out.push(`  ${e.ref} ${pad(e.item, 18)} "${e.text}"   ${e.context}`);
    out.push('');
    out.push('Actor false positives');
    for (const e of s.actorErrors.filter((x) => x.kind === 'false-positive'))
      out.push(`  ${e.ref} ${pad(e.item, 18)} "${e.text}" (${e.aliasType})   ${e.context}`);
  }
  out.push('');
  for (const c of floor)
    out.push(
      c.id === 'pageClaims'
        ? `FLOOR ${c.ok ? 'ok  ' : 'FAIL'} ${c.name} ${c.value} (floor ${c.floor})`
        : `FLOOR ${c.ok ? 'ok  ' : 'FAIL'} ${c.name} ${f(c.value)} (floor ${f(c.floor)})`,
    );
  return out.join('\n');
}
