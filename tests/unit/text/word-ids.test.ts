/**
 * Word ids (lib/text/word-ids.ts): one number per token key, shared by the matcher and attribution when they read the
 * same Segmented, numbered again from 0 in a new generation, which empties what either keeps by id.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { segment, sentenceWindow } from '../../../lib/text/segment';
import { WORD_ID_LIMIT, WordIdTable, newWordIdGeneration, wordId, wordIdCount, wordIdGeneration, wordIdsOf } from '../../../lib/text/word-ids';
import { makeDoc } from '../../../lib/attribution/doc';
import { Bodies } from '../../../lib/attribution/bodies';
import { attribute } from '../../../lib/attribution/index';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import { fixtureKb } from '../match/fixture-kb';

beforeEach(() => newWordIdGeneration());

describe('word ids', () => {
  it('give a key the same id on every page of a generation, and other keys other ids', () => {
    const a = wordIdsOf(segment('The minister said the talks would go on.'));
    const b = wordIdsOf(segment('Talks? The minister said nothing.'));
    expect(a[0]).toBe(a[3]); // the, the
    expect(b[2]).toBe(a[1]); // minister
    expect(b[3]).toBe(a[2]); // said
    expect(b[0]).toBe(a[4]); // talks
    expect(new Set(a).size).toBe(7);
    expect(wordId('minister')).toBe(a[1]);
    expect(wordIdCount()).toBe(8);
  });

  it('number a dotted acronym by its key, as the word it spells', () => {
    const ids = wordIdsOf(segment('The U.S. and us.'));
    expect(ids[1]).toBe(ids[3]);
  });

  it('are read once per Segmented: a second reader gets the same array', () => {
    const seg = segment('Lavrov met Zelenskyy.');
    const ids = wordIdsOf(seg);
    const count = wordIdCount();
    expect(wordIdsOf(seg)).toBe(ids);
    expect(wordIdCount()).toBe(count);
  });

  it('are read again for a Segmented whose ids are of an older generation', () => {
    const seg = segment('Lavrov met Zelenskyy.');
    const old = wordIdsOf(seg);
    wordIdsOf(segment('Earlier words push the others along.'));
    newWordIdGeneration();
    wordIdsOf(segment('Zelenskyy first.'));
    const ids = wordIdsOf(seg);
    expect(ids).not.toBe(old);
    expect(seg.wordIdGeneration).toBe(wordIdGeneration());
    expect(Array.from(ids)).toEqual([2, 3, 0]);
  });

  it('are cut with a sentence window from its page, as reading the window would give them', () => {
    const seg = segment('First one here. Second one there. Third.');
    const ids = wordIdsOf(seg);
    const w = sentenceWindow(seg, 1, 2).segmented;
    expect(w.wordIdGeneration).toBe(wordIdGeneration());
    expect(Array.from(w.wordIds!)).toEqual(Array.from(ids.subarray(3)));
    expect(Array.from(w.wordIds!)).toEqual(Array.from(wordIdsOf(segment('Second one there. Third.'))));
    // a page without ids gives its windows none
    expect(sentenceWindow(segment('First one here. Second one there.'), 1, 1).segmented.wordIds).toBeUndefined();
  });

  it('start a new generation when full, before a page and not in its middle', () => {
    const words = (from: number, n: number) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');
    const gen = wordIdGeneration();
    wordIdsOf(segment(words(0, WORD_ID_LIMIT - 1000)));
    expect(wordIdGeneration()).toBe(gen);
    const seg = segment(words(WORD_ID_LIMIT, 2000));
    const ids = wordIdsOf(seg);
    expect(wordIdGeneration()).toBe(gen + 1);
    expect(seg.wordIdGeneration).toBe(gen + 1);
    expect(ids[0]).toBe(0);
    expect(ids[1999]).toBe(1999);
  });
});

describe('what readers keep by word id', () => {
  it('is kept in a table that holds every id of the generation and is emptied by the next', () => {
    const table = new WordIdTable((n) => new Int32Array(n));
    for (let i = 0; i < 5000; i++) wordId(`table-word-${i}`);
    const values = table.ready();
    expect(values.length).toBeGreaterThanOrEqual(wordIdCount());
    values[wordId('table-word-4999')] = 7;
    expect(table.ready()[wordId('table-word-4999')]).toBe(7);
    newWordIdGeneration();
    expect(table.ready().every((v) => v === 0)).toBe(true);
    expect(table.generation).toBe(wordIdGeneration());
  });

  it("is emptied by a new generation: attribution's token flags are the words' own, not those of an older id", () => {
    const b = 'Kremlin: the minister said Peskov met reporters.';
    const a = 'Reporters met Peskov: the minister said nothing, the Kremlin added.';
    makeDoc(b, segment(b));
    // (a copy: makeDoc's arrays are reused by the next call)
    const first = Array.from(makeDoc(a, segment(a)).flags);
    newWordIdGeneration();
    // a's words now have the ids b's had
    expect(Array.from(makeDoc(a, segment(a)).flags)).toEqual(first);
  });

  it("is emptied by a new generation: the bodies scan's gate for a head noun is the word's own", () => {
    const named = (t: string, a: number, b: number) => new Bodies(makeDoc(t, segment(t))).namedAt(a, b)?.name ?? null;
    const b = 'The Rail Drivers Federation called a strike.';
    // (b's words at ids of their own, past those the next texts take)
    wordIdsOf(segment('one two three four five six seven eight nine ten'));
    expect(named(b, 1, 4)).toBe('Rail Drivers Federation');
    newWordIdGeneration();
    // capitalised words and one after them, none a head, at the ids b's words take next ("met", "federation")
    expect(named('Marta Kowalska Nowak met Zielinska Wrona.', 0, 5)).toBe(null);
    newWordIdGeneration();
    expect(named(b, 1, 4)).toBe('Rail Drivers Federation');
  });

  it("is emptied by a new generation: the registry's test of a surname's head is the word's own", () => {
    // (a capitalised word of Nowak's length, no one's surname, at the id "nowak" takes next: the fifth word)
    attribute('One two three four Zzyzx left. "Yes," she said.');
    newWordIdGeneration();
    // "thanked Nowak" names him again: the "he" after it, not the subject before
    const t = 'Piotr Wrona met Jan Nowak on Monday. The board thanked Nowak for the plan. "We will win," he said.';
    expect(attribute(t).map((s) => s.speakerName)).toEqual(['Jan Nowak']);
  });

  it("is emptied by a new generation: the matcher's words are the words' own, not those of an older id", () => {
    const matcher = createMatcher(compileIndex(fixtureKb));
    const found = (text: string) => matcher.scan(text).actors.map((m) => `${m.ref}:${m.text}`);
    expect(found('Zelenskyy met Lavrov.')).toEqual(['A04:Zelenskyy', 'A01:Lavrov']);
    newWordIdGeneration();
    expect(found('Lavrov met Zelenskyy.')).toEqual(['A01:Lavrov', 'A04:Zelenskyy']);
  });

  it("is emptied when the matcher is released, with the ids", () => {
    const matcher = createMatcher(compileIndex(fixtureKb));
    matcher.scan('Zelenskyy met Lavrov.');
    const gen = wordIdGeneration();
    matcher.release();
    expect(wordIdGeneration()).toBe(gen + 1);
    expect(wordIdCount()).toBe(0);
    expect(matcher.scan('Lavrov met Zelenskyy.').actors.map((m) => m.ref)).toEqual(['A01', 'A04']);
  });
});
