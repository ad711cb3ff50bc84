import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../lib/match/compile';
import { givenNameShape } from '../../../lib/match/actors';
import { createMatcher } from '../../../lib/match/matcher';
import type { Actor } from '../../../lib/kb/types';
import { fixtureKb } from './fixture-kb';
import { matchText } from '../../../lib/content/chunked-match';

const matcher = createMatcher(compileIndex(fixtureKb));
const found = (text: string) => matcher.scan(text).actors.map((m) => `${m.ref}:${m.text}`);

describe('actor mentions', () => {
  it('finds full names, surnames and transliterations with offsets into the original', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met Zelenskyy; later Selenskyj and Zelensky spoke.';
    const r = matcher.scan(text);
    for (const m of r.actors) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.actors.map((m) => `${m.ref}:${m.text}:${m.aliasType}`)).toEqual([
      // A title right before the name is one mention.
      'A01:Russian Foreign Minister Sergei Lavrov:name',
      'A04:Zelenskyy:variant',
      'A04:Selenskyj:variant',
      'A04:Zelensky:surname',
    ]);
  });

  it('sorts mentions by start and never overlaps them', () => {
    const r = matcher.scan('Lavrov, Putin and Trump. The Russian armed forces and Russian troops. Moscow and Kyiv.');
    for (let i = 1; i < r.actors.length; i++) expect(r.actors[i].start).toBeGreaterThanOrEqual(r.actors[i - 1].end);
  });

  it('does not match "trump card" (case-sensitive surname)', () => {
    expect(found('He played his trump card at the summit.')).toEqual([]);
    expect(found('Donald Trump played his trump card.')).toEqual(['A03:Donald Trump']);
  });

  it('does not let a sentence-initial capital turn a common word into a name', () => {
    expect(found('Trump cards win tricks. A trump beats any other suit.')).toEqual([]);
    // …but a surname opening a sentence still counts when the word is not used in lower case
    expect(found('Trump said the talks went well.')).toEqual(['A03:Trump']);
  });

  it('does not match "Washington Post" or "George Washington" (unlessFollowedBy / unlessPrecededBy)', () => {
    expect(found('The Washington Post reported that George Washington slept here.')).toEqual([]);
    expect(found('The Washington post office. Officials in Washington said so.')).toEqual(['A07:Washington']);
    expect(found('Washington rejected the plan.')).toEqual(['A07:Washington']);
  });

  it('does not match "U.S. Open" but matches "U.S." and "US", never "us"', () => {
    expect(found('She won the U.S. Open last year.')).toEqual([]);
    expect(found('The U.S. and US officials told us nothing.')).toEqual(['A07:U.S.', 'A07:US']);
  });

  it('does not match Georgia the US state after a city ("Atlanta, Georgia")', () => {
    expect(found('The rally in Atlanta, Georgia, drew thousands.')).toEqual([]);
    expect(found('Georgia and Ukraine want to join NATO.')).toEqual(['A20:Georgia', 'A06:Ukraine', 'A08:NATO']);
    expect(found('Ukraine, Georgia and Moldova.')).toEqual(['A06:Ukraine', 'A20:Georgia']);
    expect(found('She spoke at a rally in Atlanta, Georgia on Tuesday.')).toEqual([]);
    // a place, then the country acting: not the City, Region pattern
    expect(found('In talks in Brussels, Ukraine said no. Meanwhile, Georgia, a candidate, waits.')).toEqual(['A06:Ukraine', 'A20:Georgia']);
    expect(found('Meanwhile, Russian drones struck. Speaking in Abu Dhabi, U.S. officials agreed.')).toEqual(['A05:Russian', 'A07:U.S.']);
  });

  it('only accepts a requiresPriorName surname after a name of the same actor', () => {
    expect(found('Smith arrived. Will Smith sang.')).toEqual([]);
    expect(found('John Smith arrived. Later Smith left.')).toEqual(['A21:John Smith', 'A21:Smith']);
    const r = matcher.scan('John Smith arrived. Later Smith left.');
    expect(r.actors[1].aliasType).toBe('surname');
  });

  it('accepts a requiresPriorName surname when the name was in an earlier chunk (priorActorIds)', () => {
    expect(matcher.scan('Later Smith left.').actors).toEqual([]);
    expect(matcher.scan('Later Smith left.', { priorActorIds: ['A21'] }).actors.map((m) => `${m.ref}:${m.text}`)).toEqual(['A21:Smith']);
  });

  it("leaves a surname alone to someone else of that name, named with another given name (\"Игорь Лавров\")", () => {
    expect(found('Как сообщил генеральный директор сети Игорь Лавров, магазины закроются. Господин Лавров с этим не согласен.')).toEqual([]);
    expect(found('Retail chief Peter Lavrov said stores would close. Lavrov added that staff would be paid.')).toEqual([]);
  });

  it('keeps the actor\'s surname where the text also names the actor in full, but for the one after the other given name', () => {
    expect(found('Sergei Lavrov met the envoy. Peter Lavrov, a banker, was not there. Lavrov spoke first.')).toEqual(['A01:Sergei Lavrov', 'A01:Lavrov']);
    expect(found('Lavrov spoke on Monday.')).toEqual(['A01:Lavrov']);
  });

  it("keeps the actor's own given name before another spelling of the surname (\"Sergei Lawrow\")", () => {
    const m = createMatcher(compileIndex({ ...fixtureKb, actors: fixtureKb.actors.map((x) => (x.id === 'A01' ? { ...x, aliases: [...x.aliases, { text: 'Lawrow', lang: 'de', type: 'surname' as const }] } : x)) }));
    expect(m.scan('Das erklärte Aussenminister Sergei Lawrow am Montag.').actors.map((x) => `${x.ref}:${x.text}`)).toEqual(['A01:Lawrow']);
  });

  it("keeps the actor's given name in a transliteration the aliases lack (\"Wladimir Putin\", \"Владимир Путин\", \"Władimir Putin\")", () => {
    expect(found('Präsident Wladimir Putin sprach am Montag.')).toEqual(['A02:Putin']);
    expect(found('Президент Владимир Путин выступил в понедельник.')).toEqual(['A02:Путин']);
    expect(found('Prezydent Władimir Putin przemawiał w poniedziałek.')).toEqual(['A02:Putin']);
    expect(givenNameShape('wladimir')).toBe(givenNameShape('vladimir'));
    expect(givenNameShape('владимир')).toBe(givenNameShape('vladimir'));
    expect(givenNameShape('melania')).not.toBe(givenNameShape('donald'));
  });

  it("leaves another member of the family to themselves (\"Melania Trump\"), and a given name that is a common word to the name (\"Sam Zełenski\", \"Will Putin …?\")", () => {
    expect(found('Melania Trump visited the school.')).toEqual([]);
    expect(found('Will Putin attend the summit?')).toEqual(['A02:Putin']);
  });

  it('carries someone else of the surname into the later chunks of a page (priorOtherBearerIds)', () => {
    const first = matcher.scan('Retail chief Peter Lavrov said stores would close.');
    expect(first.otherBearerIds).toEqual(['A01']);
    expect(matcher.scan('Lavrov added that staff would be paid.', { priorOtherBearerIds: first.otherBearerIds }).actors).toEqual([]);
    expect(matcher.scan('Lavrov added that staff would be paid.').actors.map((m) => m.ref)).toEqual(['A01']);
  });

  it('keeps someone else of the surname across the chunks a long page is matched in', () => {
    const filler = 'Магазины в малых городах работают в убыток третий год подряд, и сеть решила их закрыть. '.repeat(16);
    const text = `Генеральный директор сети Игорь Лавров объявил о закрытии магазинов.\n${filler}\n${filler}\nГосподин Лавров пообещал выплатить компенсации.`;
    expect(text.length).toBeGreaterThan(2_400);
    expect(matchText(text, matcher).actors.filter((m) => m.ref === 'A01')).toEqual([]);
  });

  it('recognises Cyrillic inflections without listing them (Зеленского, Лаврова, Путину)', () => {
    expect(found('Встреча Зеленского и Лаврова; Путину сообщили. Зеленському передали.')).toEqual([
      'A04:Зеленского',
      'A01:Лаврова',
      'A02:Путину',
      'A04:Зеленському',
    ]);
    expect(found('Россией и Украины')).toEqual(['A05:Россией', 'A06:Украины']);
    // a lower-case common word is not a name
    expect(found('путина и лаврова')).toEqual([]);
  });

  it('tolerates case endings of capitalised Latin-script names (pl, cs, de) but not of common words', () => {
    expect(found('Rozmowa Putina z Trumpem o Ukrainie.')).toEqual(['A02:Putina', 'A03:Trumpem', 'A06:Ukrainie']);
    expect(found('Die Rolle Russlands wächst.')).toEqual(['A05:Russlands']);
    expect(found('putina russlands')).toEqual([]);
  });

  it('recognises listed inflections ("Putins") and long acronyms written capitalised ("Nato")', () => {
    expect(found('Putins Berater und die Nato')).toEqual(['A02:Putins', 'A08:Nato']);
  });

  it('matches names in an ALL-CAPS headline', () => {
    expect(found('LAVROV SAYS MOSCOW REJECTS PEACEKEEPERS')).toEqual(['A01:LAVROV', 'A05:MOSCOW']);
  });

  it('gives titles, metonyms and demonyms less confidence than names', () => {
    const r = matcher.scan("Sergei Lavrov spoke. Ukraine's president answered. Moscow said no. Russian officials agreed.");
    const conf = Object.fromEntries(r.actors.map((m) => [m.text, m.confidence]));
    expect(conf['Sergei Lavrov']).toBeGreaterThan(conf["Ukraine's president"]);
    expect(conf["Ukraine's president"]).toBeGreaterThan(conf['Moscow']);
    expect(conf['Moscow']).toBeGreaterThan(conf['Russian']);
    expect(r.actors.find((m) => m.text === 'Moscow')?.aliasType).toBe('metonym');
    expect(r.actors.find((m) => m.text === 'Russian')?.aliasType).toBe('demonym');
  });

  it('requires the diacritics of a demonym or title ("alemã" is not "D\'Alema")', () => {
    expect(found("A chanceler alemã falou. Massimo D'Alema respondeu.")).toEqual(['A11:alemã']);
  });

  it('titles are case-insensitive and drop a leading "the"', () => {
    expect(found('the russian foreign minister said')).toEqual(['A01:russian foreign minister']);
    expect(found('Russia’s foreign minister said')).toEqual(['A01:Russia’s foreign minister']);
  });

  it('resolves overlaps to the longest, most specific mention', () => {
    expect(found('The Russian armed forces moved. Russian troops too.')).toEqual(['A14:Russian armed forces', 'A05:Russian']);
    expect(found('the Russian foreign minister')).toEqual(['A01:Russian foreign minister']);
  });

  it('handles soft hyphens, curly apostrophes and emoji in page text', () => {
    const text = '🇺🇦 Zelen\u00ADsky’s reply to Putin’s envoys';
    const r = matcher.scan(text);
    expect(r.actors.map((m) => m.text)).toEqual(['Zelen\u00ADsky', 'Putin']);
    for (const m of r.actors) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('works with many actors sharing words', () => {
    const extra: Actor[] = Array.from({ length: 500 }, (_, i) => ({
      id: `X${i}`,
      ref: `X${i}`,
      kind: 'person',
      name: `Sergei Name${i}`,
      role: '',
      description: '',
      aliases: [{ text: `Sergei Name${i}`, lang: 'en', type: 'name' }],
      relations: [],
      sourceIds: [],
    }));
    const m = createMatcher(compileIndex({ ...fixtureKb, actors: [...fixtureKb.actors, ...extra] }));
    expect(m.scan('Sergei Name42 and Sergei Lavrov').actors.map((x) => x.ref)).toEqual(['X42', 'A01']);
  });
});

describe('a title right before a name', () => {
  it('makes one mention of the whole, and leaves titles alone elsewhere', async () => {
    const { joinTitles } = await import('../../../lib/match/matcher');
    const text = 'Foreign Minister Sergei Lavrov spoke. The minister, Lavrov, left.';
    const m = (start: number, end: number, aliasType: 'title' | 'name' | 'surname', actorId = 'A01') => ({
      actorId, ref: actorId, start, end, text: text.slice(start, end), aliasType, confidence: aliasType === 'title' ? 0.7 : 0.95,
    });
    const later = text.lastIndexOf('Lavrov');
    const joined = joinTitles(text, [m(0, 16, 'title'), m(17, 30, 'name'), m(later, later + 6, 'surname')]);
    expect(joined.map((x) => x.text)).toEqual(['Foreign Minister Sergei Lavrov', 'Lavrov']);
    expect(joined[0]).toMatchObject({ start: 0, end: 30, aliasType: 'name', confidence: 0.95 });
    // Another actor's name after a title stays apart.
    expect(joinTitles(text, [m(0, 16, 'title'), m(17, 30, 'name', 'A02')])).toHaveLength(2);
  });
});
