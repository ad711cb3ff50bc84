import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher, DEFAULT_CLAIM_THRESHOLD } from '../../../lib/match/matcher';
import { frenchNegation } from '../../../lib/match/claims';
import type { Claim } from '../../../lib/kb/types';
import { fixtureKb } from './fixture-kb';

const matcher = createMatcher(compileIndex(fixtureKb));
const refs = (text: string, threshold?: number) => matcher.scan(text, threshold === undefined ? {} : { threshold }).claims.map((c) => c.ref);

describe('claims with concepts', () => {
  it('matches paraphrases, reported speech and headlines', () => {
    expect(refs('Lavrov said Moscow would never accept the deployment of European peacekeepers and rejected the idea outright.')).toContain('C06');
    expect(refs('Russia rules out deploying peacekeeping troops in Ukraine, Lavrov says')).toContain('C06');
    expect(refs('Putin is prepared to offer Kyiv security guarantees, according to Lavrov.')).toContain('C01');
    expect(refs('"We are ready to give guarantees," Putin told envoys.')).toContain('C01');
  });

  it('matches translations through multilingual terms (ru, de, fr, es)', () => {
    expect(refs('Лавров заявил, что Москва отвергает размещение миротворцев на Украине.')).toEqual(['C06']);
    expect(refs('Путин готов предоставить Украине гарантии безопасности, сообщил Лавров.')).toEqual(['C01']);
    expect(refs('Lawrow sagte, Russland lehnt die Stationierung von Friedenstruppen ab.')).toEqual(['C06']);
    expect(refs('Lavrov rejette le déploiement de casques bleus en Ukraine.')).toEqual(['C06']);
    expect(refs('Lavrov rechaza el despliegue de tropas de paz en Ucrania.')).toEqual(['C06']);
  });

  it('does not match a sentence lacking a required concept or with one idea only', () => {
    expect(refs('Lavrov rejected the proposal and opposed the deployment of new missiles.')).toEqual([]);
    expect(refs('Peacekeepers patrolled the border in Cyprus.')).toEqual([]);
  });

  it('does not match an affirmative claim in a negated sentence', () => {
    expect(refs('Putin is ready to provide security guarantees to Ukraine, Lavrov said.')).toEqual(['C01']);
    expect(refs('Putin is not ready to provide security guarantees to Ukraine, Lavrov said.')).toEqual([]);
    expect(refs('Lavrov said Putin never offered to give security guarantees to Ukraine.')).toEqual([]);
    expect(refs('Путин не готов предоставить Украине гарантии безопасности.')).toEqual([]);
  });

  it('does not take "not only" / "no obstante" for a negation', () => {
    expect(refs('Putin is not only ready to provide security guarantees to Ukraine, Lavrov said, but eager.')).toEqual(['C01']);
  });

  it('keeps a negative claim when the negation is part of what it says', () => {
    expect(refs('Lavrov said Russia would not accept peacekeepers and rejects their deployment.')).toEqual(['C06']);
  });

  it('scores higher with the speaker nearby and with quotation, and the threshold moves the cut', () => {
    const bare = matcher.scan('Security guarantees for Ukraine: Moscow is ready to provide them.').claims[0];
    const withSpeaker = matcher.scan('Lavrov said: "Moscow is ready to provide security guarantees for Ukraine."').claims[0];
    expect(bare.score).toBeLessThan(withSpeaker.score);
    expect(withSpeaker.score).toBeLessThanOrEqual(1);
    expect(bare.score).toBeGreaterThan(0);
    expect(refs('Security guarantees for Ukraine: Moscow is ready to provide them.', 0.99)).toEqual([]);
    expect(refs('Security guarantees for Ukraine: Moscow is ready to provide them.', 0.05)).toContain('C01');
    expect(DEFAULT_CLAIM_THRESHOLD).toBeGreaterThan(0);
    expect(DEFAULT_CLAIM_THRESHOLD).toBeLessThan(1);
  });

  it('uses the speaker in the neighbouring sentence (±1)', () => {
    const text = 'Sergei Lavrov spoke on Thursday. He is ready to offer security guarantees. Other news followed.';
    const near = matcher.scan(text).claims.find((c) => c.ref === 'C01')!;
    const far = matcher.scan('Sergei Lavrov spoke on Thursday. Then lunch. He is ready to offer security guarantees.').claims.find((c) => c.ref === 'C01');
    expect(near).toBeDefined();
    expect(near.score).toBeGreaterThan(far?.score ?? 0);
  });

  it('reports the sentence span in the original text, and "\\n" bounds sentences', () => {
    const text = 'Intro line without a stop\nLavrov said Russia rejects the deployment of peacekeepers. Next sentence.';
    const c = matcher.scan(text).claims[0];
    expect(c.ref).toBe('C06');
    expect(c.text).toBe('Lavrov said Russia rejects the deployment of peacekeepers.');
    expect(text.slice(c.start, c.end)).toBe(c.text);
    // the two halves of one claim on two lines (two blocks of a page) do not make a match
    expect(refs('Lavrov rejected it, peacekeepers were mentioned')).toEqual(['C06']);
    expect(refs('Lavrov rejected it\npeacekeepers were mentioned')).toEqual([]);
  });
});

describe('claims without concepts (BM25 path)', () => {
  it('matches a restatement with inflections and ignores stop words', () => {
    expect(refs('The city council said it is willing to build a new bridge over the river.')).toEqual(['U-1']);
    expect(refs('City councillors: council willing to build new bridges over the river')).toEqual(['U-1']);
  });

  it('does not match when the sentence negates the claim', () => {
    expect(refs('The city council is not willing to build a new bridge over the river.')).toEqual([]);
    expect(refs("The city council isn't willing to build a new bridge over the river.")).toEqual([]);
  });

  it('does not match sentences sharing only a word or two', () => {
    expect(refs('The river flooded the city again.')).toEqual([]);
    expect(refs('Young children love bridges.')).toEqual([]);
  });

  it('matches a negative user claim only with negation', () => {
    const neg: Claim = { ...fixtureKb.claims[3], id: 'U-3', ref: 'U-3', summary: 'Vaccines do not cause autism in young children' };
    const m = createMatcher(compileIndex({ ...fixtureKb, claims: [neg] }));
    expect(m.scan('Vaccines do not cause autism in children.').claims.map((c) => c.ref)).toEqual(['U-3']);
    expect(m.scan('Vaccines cause autism in young children.').claims.map((c) => c.ref)).toEqual([]);
  });

  it('ranks claims for retrieval (rankClaims)', () => {
    const ranked = matcher.rankClaims('Do vaccines cause autism?', 5);
    expect(ranked[0].ref).toBe('U-2');
    expect(ranked[0].score).toBeGreaterThan(0);
    expect(ranked[0].score).toBeLessThanOrEqual(1);
  });

  it('finds through the prefix filter exactly what the full postings find', () => {
    const words = 'council river bridge build vaccine autism children mayor budget tax school road port fishing energy plant'.split(' ');
    const claims: Claim[] = Array.from({ length: 300 }, (_, i) => ({
      ...fixtureKb.claims[2],
      id: `P-${i}`,
      ref: `P-${i}`,
      summary: Array.from({ length: 4 + (i % 5) }, (_, k) => words[(i * 7 + k * 3) % words.length] + (k % 3 === 0 ? '' : String(i % 13))).join(' '),
    }));
    const m = createMatcher(compileIndex({ ...fixtureKb, claims }));
    const text = claims.filter((_, i) => i % 17 === 0).map((c) => 'Now ' + c.summary.split(' ').slice(0, 3).join(' ') + ' and more.').join(' ');
    const viaPrefix = m.scan(text, { threshold: 0.5 }).claims.map((c) => `${c.ref}@${c.start}:${c.score}`).sort();
    // below the prefix filter's floor the scan walks the full postings
    const viaPostings = m.scan(text, { threshold: 0.2 }).claims.filter((c) => c.score >= 0.5).map((c) => `${c.ref}@${c.start}:${c.score}`).sort();
    expect(viaPrefix.length).toBeGreaterThan(0);
    expect(viaPrefix).toEqual(viaPostings);
    // the lower prefix level (thresholds between 0.3 and the default)
    const low = m.scan(text, { threshold: 0.35 }).claims.map((c) => `${c.ref}@${c.start}:${c.score}`).sort();
    const lowPostings = m.scan(text, { threshold: 0.2 }).claims.filter((c) => c.score >= 0.35).map((c) => `${c.ref}@${c.start}:${c.score}`).sort();
    expect(low.length).toBeGreaterThan(viaPrefix.length);
    expect(low).toEqual(lowPostings);
  });

  it('does not match a claim through the day number of a date', () => {
    const age: Claim = { ...fixtureKb.claims[2], id: 'U-10', ref: 'U-10', summary: 'A 14-year-old boy invented a water filter' };
    const m = createMatcher(compileIndex({ ...fixtureKb, claims: [...fixtureKb.claims, age] }));
    expect(m.rankClaims('Valentine protest on February 14, 2018', 5).map((r) => r.ref)).not.toContain('U-10');
    expect(m.rankClaims('Valentine protest, 14 years on', 5).map((r) => r.ref)).toContain('U-10');
    // nor the claim's own day numbers: "on 9 November" is not the number 9
    const dated: Claim = { ...fixtureKb.claims[2], id: 'U-11', ref: 'U-11', summary: 'The mayor resigned on 9 November 2016' };
    const idx = compileIndex({ ...fixtureKb, claims: [dated] });
    expect(idx.bm25.vocab).not.toContain('9');
    expect(idx.bm25.vocab).toContain('2016');
  });

  it("drops only the stop words of the claim's language ('war', 'hat', 'son' are English words)", () => {
    const en: Claim = { ...fixtureKb.claims[2], id: 'U-12', ref: 'U-12', lang: 'en', summary: "The president's son wore a war hat" };
    const de: Claim = { ...fixtureKb.claims[2], id: 'U-13', ref: 'U-13', lang: 'de', summary: 'Die Brücke war gesperrt' };
    const idx = compileIndex({ ...fixtureKb, claims: [en, de] });
    expect(idx.bm25.vocab).toEqual(expect.arrayContaining(['son', 'war', 'hat']));
    expect(idx.bm25.vocab).not.toContain('die');
    expect(idx.bm25.langs).toEqual(['de', 'en']);
    const m = createMatcher(compileIndex({ ...fixtureKb, claims: [...fixtureKb.claims, en] }));
    expect(m.rankClaims('Pictures of his son in a hat', 3)[0].ref).toBe('U-12');
  });

  it('splits unknown compounds into known words (lower-case hashtags)', () => {
    const storm: Claim = { ...fixtureKb.claims[2], id: 'U-9', ref: 'U-9', summary: 'Videos show tornadoes in Cape Town' };
    const m = createMatcher(compileIndex({ ...fixtureKb, claims: [...fixtureKb.claims, storm] }));
    expect(m.rankClaims('All capetowntornado videos are fake', 3)[0].ref).toBe('U-9');
  });

  it('scales to thousands of claims through the same index', () => {
    const many: Claim[] = Array.from({ length: 3000 }, (_, i) => ({
      ...fixtureKb.claims[2],
      id: `M-${i}`,
      ref: `M-${i}`,
      summary: `Item ${i} of the catalogue mentions widget${i} and gadget${i % 97} prices rising`,
    }));
    const m = createMatcher(compileIndex({ ...fixtureKb, claims: [...fixtureKb.claims, ...many] }));
    expect(m.scan('The catalogue says widget1234 and gadget70 prices are rising.').claims.map((c) => c.ref)).toEqual(['M-1234']);
    expect(m.scan('The city council is willing to build a new bridge over the river.').claims.map((c) => c.ref)).toEqual(['U-1']);
  });
});

describe('"ne" as a negation', () => {
  const keys = (s: string) => s.split(' ');
  it('negates in French with its partner, and as Italian "né … né", not as the Italian pronoun', () => {
    expect(frenchNegation(keys('la russie ne donnera pas de garanties'), 2)).toBe(true);
    expect(frenchNegation(keys('il ne veut plus en parler'), 1)).toBe(true);
    expect(frenchNegation(keys('ne il diritto legale ne quello morale'), 0)).toBe(true);
    expect(frenchNegation(keys('a patto che gli alleati ne garantiscano la sicurezza'), 5)).toBe(false);
  });
});
