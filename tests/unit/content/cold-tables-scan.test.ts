/**
 * A page scanned while attribution's tables are cold (lib/attribution/warm.ts): the content script's matcher
 * stops, builds them in steps, and scans again; what it finds is what a scan that built them in place finds.
 * (Vitest gives each file its own modules: the tables start cold here.)
 */
import { describe, expect, it } from 'vitest';
import { attributionWarm } from '../../../lib/attribution';
import { matchText } from '../../../lib/content/chunked-match';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import type { Matcher } from '../../../lib/match/types';
import { fixtureKb } from '../match/fixture-kb';

// (the quote's speaker is named a paragraph before: the matcher asks lib/attribution for it)
const ARTICLE =
  'Talks resumed in Geneva on Thursday, a day after the delegations arrived.\n\n' +
  'Sergei Lavrov was blunt when he spoke to reporters in Moscow.\n\n' +
  '"We reject any peacekeepers in Ukraine. They would be a target."\n\n' +
  'In Kyiv, officials said they had not seen the text.\n\n';

describe('a scan that meets cold tables', () => {
  it('builds them in steps and finds what a scan that builds them in place finds', () => {
    const matcher = createMatcher(compileIndex(fixtureKb));
    let warmSteps = 0;
    const stepping: Matcher = { version: matcher.version, scan: (t, o) => matcher.scan(t, o), warmStep: () => (warmSteps++, matcher.warmStep!()) };
    // (without warmStep a matcher is never asked to stop: it builds the tables where it needs them)
    const building: Matcher = { version: matcher.version, scan: (t, o) => matcher.scan(t, o) };
    const text = ARTICLE.repeat(4);

    expect(attributionWarm()).toBe(false);
    const stepped = matchText(text, stepping);
    expect(warmSteps).toBeGreaterThanOrEqual(12);
    expect(attributionWarm()).toBe(true);
    expect(stepped.claims.some((c) => c.ref === 'C06' && c.speaker?.ref === 'A01')).toBe(true);
    expect(stepped).toEqual(matchText(text, building));
  });
});
