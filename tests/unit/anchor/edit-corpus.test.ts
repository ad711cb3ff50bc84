/**
 * Saved quotes after the article's edits, measured per edit kind on our own
 * article-like fixtures and on the real pages of ../shared/pages/readability
 * (read at test time, never copied). Targets: in-quote edits ≥ 97% found at
 * the right place, deleted quotes ≥ 98% left as orphans, every other kind 100%.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, hiddenByInlineStyle } from '../../../lib/dom/text-walker';
import { parsePage } from '../../../scripts/lib/parse-page';
import { EDITED_ARTICLES } from '../../fixtures/edited-articles';
import { editCases, formatResults, IN_QUOTE_EDITS, runCases, sampleQuotes, type EditKind, type KindResult } from './edit-corpus';

const PAGES_DIR = resolve(__dirname, '../../../../shared/pages/readability');
const hasPages = existsSync(PAGES_DIR);
if (!hasPages) console.warn(`NOTICE: ${PAGES_DIR} is absent: the real-page edit corpus is skipped`);

function expectTargets(results: Map<EditKind, KindResult>) {
  let inQuote = { cases: 0, right: 0 };
  for (const [kind, r] of results) {
    if (r.cases === 0) continue;
    const rate = r.right / r.cases;
    if (IN_QUOTE_EDITS.has(kind)) inQuote = { cases: inQuote.cases + r.cases, right: inQuote.right + r.right };
    if (IN_QUOTE_EDITS.has(kind)) expect.soft(rate, kind).toBeGreaterThanOrEqual(0.97);
    else if (kind === 'the quote deleted') expect.soft(rate, kind).toBeGreaterThanOrEqual(0.98);
    else expect.soft(rate, kind).toBe(1);
  }
  expect(inQuote.right / inQuote.cases).toBeGreaterThanOrEqual(0.97);
}

describe('re-anchoring saved quotes after edits', () => {
  it('on our own wire-copy fixtures', () => {
    const cases = EDITED_ARTICLES.flatMap((article, i) => editCases(article.text, sampleQuotes(article.text, 40), 1000 + i));
    const results = runCases(cases);
    console.log(formatResults(`Edit corpus, our fixtures (${EDITED_ARTICLES.length} articles):`, results));
    for (const kind of results.keys()) expect(results.get(kind)!.cases, kind).toBeGreaterThan(0);
    expectTargets(results);
  });

  it.skipIf(!hasPages)('on the real pages of ../shared/pages/readability', () => {
    const files = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
    const cases = files.flatMap((file, i) => {
      const page = parsePage(readFileSync(resolve(PAGES_DIR, file), 'utf8'));
      const text = extractText(page.root, { isHidden: hiddenByInlineStyle }).text;
      return editCases(text, sampleQuotes(text, 15), 1 + i);
    });
    const results = runCases(cases);
    console.log(formatResults(`Edit corpus, real pages (${files.length} pages of ../shared/pages/readability):`, results));
    expectTargets(results);
  }, 120_000);
});
