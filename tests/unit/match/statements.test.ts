/**
 * Statements and speakers (lib/match/statements.ts) and what they change in
 * claim matching: a claim is scored on the statement (over sentences), a
 * pronoun or title resolves to the speaker named before, and a known speaker
 * who is not the claim's vetoes it.
 */
import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import { SPEAKER_NONE, SPEAKER_OTHER, speakerFits } from '../../../lib/match/statements';
import { fixtureKb } from './fixture-kb';

// The fixture with the relations a real knowledge base has: whose side each person is on.
const related = {
  ...fixtureKb,
  actors: fixtureKb.actors.map((a) =>
    a.id === 'A01'
      ? { ...a, relations: [{ type: 'serves' as const, target: 'A05' }] }
      : a.id === 'A02'
        ? { ...a, relations: [{ type: 'leads' as const, target: 'A05' }] }
        : a.id === 'A03'
          ? { ...a, relations: [{ type: 'leads' as const, target: 'A07' }] }
          : a,
  ),
};
const index = compileIndex(related);
const matcher = createMatcher(index);
const ix = (id: string) => index.actors.findIndex((a) => a[0] === id);
const scan = (text: string) => matcher.scan(text).claims;

describe('a claim as a statement', () => {
  it('scores a quote over two sentences whose speaker is named in the second, and covers both', () => {
    const text = 'Talks resumed on Thursday.\n"We reject the deployment of European peacekeepers. They must stay out," Sergei Lavrov said.';
    const claims = scan(text).filter((c) => c.ref === 'C06');
    expect(claims).toHaveLength(1);
    expect(claims[0].text).toBe('"We reject the deployment of European peacekeepers. They must stay out," Sergei Lavrov said.');
    expect(claims[0].speaker).toMatchObject({ ref: 'A01', via: 'named', text: 'Sergei Lavrov', isClaimSpeaker: true });
  });

  it('resolves "he" after a quote to the speaker named before, and says so', () => {
    const text = 'Sergei Lavrov spoke to reporters in Moscow on Thursday about the talks. "We reject any peacekeepers in Ukraine," he said.';
    const [claim] = scan(text).filter((c) => c.ref === 'C06');
    expect(claim).toBeDefined();
    expect(claim.speaker).toMatchObject({ ref: 'A01', isClaimSpeaker: true });
    expect(claim.speaker!.via).not.toBe('named');
    expect(text.slice(claim.speaker!.start, claim.speaker!.end)).toBe('Sergei Lavrov');
  });

  it('does not give a claim to another known speaker who says the same words', () => {
    expect(scan('Lavrov said Moscow rejects the deployment of peacekeepers in Ukraine.').map((c) => c.ref)).toContain('C06');
    expect(scan('Trump said Moscow rejects the deployment of peacekeepers in Ukraine.').map((c) => c.ref)).not.toContain('C06');
    expect(scan('"We reject any peacekeepers in Ukraine," Kremlin spokesman Dmitry Peskov said.').map((c) => c.ref)).not.toContain('C06');
  });

  it("reads the name between commas before the verb as the speaker: a spokesman's words are not the claim", () => {
    const words = 'said Moscow rejected the deployment of European peacekeepers in Ukraine.';
    expect(scan(`The Kremlin spokesman, Dmitry Peskov, ${words}`).filter((c) => c.ref === 'C06')).toEqual([]);
    expect(scan(`The Kremlin spokesman, Dmitry Peskov, repeated that Moscow rejected the deployment of European peacekeepers.`).filter((c) => c.ref === 'C06')).toEqual([]);
    const own = scan(`Russia's top diplomat, Sergei Lavrov, ${words}`).filter((c) => c.ref === 'C06');
    expect(own).toHaveLength(1);
    expect(own[0].speaker).toMatchObject({ ref: 'A01', via: 'named', text: 'Sergei Lavrov' });
  });

  it('accepts the state the speaker serves, and a person the claim reports of the same side', () => {
    expect(scan('Moscow said it rejects the deployment of peacekeepers in Ukraine.').map((c) => c.ref)).toContain('C06');
    expect(scan('Putin said Russia is ready to give Ukraine security guarantees.').map((c) => c.ref)).toContain('C01');
  });
});

describe('statements across lines', () => {
  it('keeps a sentence before a French-spaced quote out of the quote', () => {
    const text = 'Analysts expect hard talks in Geneva.\n« Why would we accept that ? We reject the deployment of European peacekeepers in Ukraine », said Sergei Lavrov.';
    const [claim] = scan(text).filter((c) => c.ref === 'C06');
    expect(claim).toBeDefined();
    expect(claim.text.startsWith('Why would we accept')).toBe(true);
    expect(claim.speaker).toMatchObject({ ref: 'A01', via: 'named' });
  });

  it('gives a headline the claim its lead states when it says part of it', () => {
    const lead = 'MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow rejects the deployment of European peacekeepers in Ukraine.';
    const found = scan(`Lavrov: no peacekeepers in Ukraine\n${lead}`).filter((c) => c.ref === 'C06');
    expect(found.map((c) => c.text)).toEqual(['Lavrov: no peacekeepers in Ukraine', lead]);
    // Not on its own, not when it is a sentence of the story rather than a title.
    expect(scan('Lavrov: no peacekeepers in Ukraine\nThe talks in Geneva resumed on Thursday. Nothing else was said.')).toEqual([]);
    expect(scan(`Lavrov: no peacekeepers in Ukraine.\n${lead}`).map((c) => c.text)).toEqual([lead]);
  });

  it('gives it the claim of a lead that comes after a dateline and a sentence of background', () => {
    const lead = 'He said Moscow rejects the deployment of European peacekeepers in Ukraine.';
    const text = `Lavrov: no peacekeepers in Ukraine\nMOSCOW, Dec 4.\nSergei Lavrov spoke to reporters after talks in Moscow.\n${lead}`;
    expect(scan(text).filter((c) => c.ref === 'C06').map((c) => c.text)).toEqual(['Lavrov: no peacekeepers in Ukraine', lead]);
  });
});

describe('the subject of a sentence', () => {
  // A reporter's claim about a person, with a concept that names him.
  const graft = {
    id: 'C16',
    ref: 'C16',
    speakerId: null,
    attribution: '',
    subjectIds: ['A04'],
    summary: 'A corruption scandal puts Zelensky under pressure at home',
    lang: 'en',
    polarity: 'affirmative' as const,
    concepts: [
      { label: 'corruption', weight: 3, required: true, terms: [{ text: 'corrupt*', lang: 'en' }, { text: 'graft', lang: 'en' }] },
      { label: 'Zelensky', weight: 3, required: true, terms: [{ text: 'Zelensky', lang: 'en' }] },
      { label: 'pressure', weight: 1, terms: [{ text: 'pressure', lang: 'en' }] },
    ],
    evidence: [],
  };
  const m = createMatcher(compileIndex({ ...related, claims: [...related.claims, graft] }));
  const refs = (text: string) => m.scan(text).claims.map((c) => c.ref);

  it('is the person a title opening the sentence stands for', () => {
    expect(refs('Volodymyr Zelensky met U.S. envoys in Kyiv on Monday.\nThe president is under pressure over a graft scandal.')).toEqual(['C16']);
    expect(refs('Talks resumed in Geneva on Monday.\nThe president is under pressure over a graft scandal.')).toEqual([]);
  });

  it("reads a state's adjective before the title as part of it", () => {
    expect(refs('Volodymyr Zelensky met U.S. envoys in Kyiv on Monday.\nThe Ukrainian president is under pressure over a graft scandal.')).toEqual(['C16']);
    expect(refs('Talks resumed in Geneva on Monday.\nThe Ukrainian president is under pressure over a graft scandal.')).toEqual([]);
  });

  it('reads the general title words of other languages ("руководитель", "керівник")', () => {
    const words = { label: 'corruption', weight: 3, required: true, terms: [{ text: 'коррупц*', lang: 'ru' }, { text: 'корупці*', lang: 'uk' }] };
    const mx = createMatcher(compileIndex({ ...related, claims: [...related.claims, { ...graft, concepts: [words, ...graft.concepts.slice(1)] }] }));
    const found = (text: string) => mx.scan(text).claims.map((c) => c.ref);
    expect(found('Владимир Зеленский встретился в понедельник с посланниками США.\nРуководитель государства оказался в центре коррупционного скандала.')).toEqual(['C16']);
    expect(found('Володимир Зеленський зустрівся в понеділок з посланцями США.\nКерівник держави опинився в центрі корупційного скандалу.')).toEqual(['C16']);
    expect(found('Переговоры возобновились в понедельник в Женеве.\nРуководитель государства оказался в центре коррупционного скандала.')).toEqual([]);
  });
});

describe("a condition the speaker states next", () => {
  const vote = {
    id: 'C13',
    ref: 'C13',
    speakerId: 'A04',
    attribution: 'Zelensky',
    subjectIds: ['A06'],
    summary: 'Zelensky is ready to hold elections if the allies make them safe',
    lang: 'en',
    polarity: 'affirmative' as const,
    concepts: [
      { label: 'elections', weight: 3, required: true, terms: [{ text: 'election*', lang: 'en' }, { text: 'vote', lang: 'en' }] },
      { label: 'willing', weight: 3, required: true, terms: [{ text: 'ready', lang: 'en' }, { text: 'could hold', lang: 'en' }] },
      { label: 'security', weight: 2, required: true, terms: [{ text: 'security', lang: 'en' }, { text: 'safe', lang: 'en' }] },
    ],
    evidence: [],
  };
  const m = createMatcher(compileIndex({ ...related, claims: [...related.claims, vote] }));
  const said = (text: string) => m.scan(text).claims.map((c) => c.text);
  const lead = 'Volodymyr Zelensky said on Tuesday that Ukraine could hold elections within three months.';
  const condition = '"I am asking our allies to help guarantee security for the elections," he said.';

  it('completes a statement that lacks a lesser part of the claim, when the same speaker says it next as the claim', () => {
    expect(said(lead)).toEqual([]);
    expect(said(`${lead}\n${condition}`)).toEqual([lead, condition]);
    // Not when someone else says it.
    expect(said(`${lead}\n"Our allies must guarantee security for the elections," Sergei Lavrov said.`)).toEqual([]);
  });
});

describe('speakerFits', () => {
  const kinds = index.actors.map((a) => a[2]);
  const aff = index.affiliations;
  const [lavrov, putin, trump, russia, usa] = ['A01', 'A02', 'A03', 'A05', 'A07'].map(ix);

  it('follows the knowledge base: speaker, its state, a reported person of its side', () => {
    expect(speakerFits(SPEAKER_NONE, lavrov, [], kinds, aff)).toBe(true);
    expect(speakerFits(lavrov, lavrov, [], kinds, aff)).toBe(true);
    expect(speakerFits(russia, lavrov, [], kinds, aff)).toBe(true);
    expect(speakerFits(usa, lavrov, [], kinds, aff)).toBe(false);
    expect(speakerFits(putin, lavrov, [putin], kinds, aff)).toBe(true);
    expect(speakerFits(putin, lavrov, [], kinds, aff)).toBe(false);
    expect(speakerFits(trump, lavrov, [trump], kinds, aff)).toBe(false);
    expect(speakerFits(SPEAKER_OTHER, lavrov, [], kinds, aff)).toBe(false);
  });

  it("lets a commentator (a name outside the knowledge base) or a state, not a known person, make a commentators' claim", () => {
    expect(speakerFits(SPEAKER_OTHER, -1, [], kinds, aff)).toBe(true);
    expect(speakerFits(usa, -1, [], kinds, aff)).toBe(true);
    expect(speakerFits(trump, -1, [], kinds, aff)).toBe(false);
  });
});

describe('a claim its speaker goes on with', () => {
  const targets = {
    id: 'C07',
    ref: 'C07',
    speakerId: 'A01',
    attribution: 'Lavrov',
    subjectIds: ['A05'],
    summary: 'Foreign troops in Ukraine would be legitimate targets; Europe should take the warning seriously',
    lang: 'en',
    polarity: 'affirmative' as const,
    concepts: [
      { label: 'troops', weight: 3, required: true, terms: [{ text: 'troops', lang: 'en' }, { text: 'soldiers', lang: 'en' }] },
      { label: 'targets', weight: 3, required: true, terms: [{ text: 'legitimate target*', lang: 'en' }] },
      { label: 'warning', weight: 1, terms: [{ text: 'warning', lang: 'en' }, { text: 'seriously', lang: 'en' }] },
    ],
    evidence: [],
  };
  const m = createMatcher(compileIndex({ ...related, claims: [...related.claims, targets] }));
  const said = (text: string) => m.scan(text).claims.filter((c) => c.ref === 'C07').map((c) => c.text);
  const claim = 'Sergei Lavrov said on Thursday that foreign troops in Ukraine would be legitimate targets.';
  const between = 'Britain and France are drawing up plans for a force to be sent after a ceasefire.';
  const goesOn = 'Lavrov urged the Europeans to take the warning seriously.';

  it('reports the lesser part of the claim its speaker says a few sentences on, with another sentence between', () => {
    expect(said(goesOn)).toEqual([]);
    expect(said(`${claim}\n${between}\n${goesOn}`)).toEqual([claim, goesOn]);
  });

  it('not when someone else says it, nor far from the claim', () => {
    expect(said(`${claim}\n${between}\nMark Rutte urged the Europeans to take the warning seriously.`)).toEqual([claim]);
    expect(said(`${claim}\n${between}\n${between}\n${between}\n${between}\n${between}\n${goesOn}`)).toEqual([claim]);
  });
});

describe('a statement that points back at its topic', () => {
  const offer = {
    id: 'C01',
    ref: 'C01',
    speakerId: 'A01',
    attribution: 'Lavrov, reporting Putin',
    subjectIds: ['A02', 'A05'],
    summary: "Putin told the envoys of Russia's readiness to give Ukraine security guarantees",
    lang: 'en',
    polarity: 'affirmative' as const,
    concepts: [
      { label: 'guarantees', weight: 3, required: true, terms: [{ text: 'security guarantees', lang: 'en' }] },
      { label: 'willing', weight: 3, required: true, terms: [{ text: 'readiness', lang: 'en' }, { text: 'ready', lang: 'en' }] },
      { label: 'envoys', weight: 2, required: true, terms: [{ text: 'envoys', lang: 'en' }] },
    ],
    evidence: [],
  };
  const m = createMatcher(compileIndex({ ...related, claims: [...related.claims.filter((c) => c.id !== 'C01'), offer] }));
  const said = (text: string) => m.scan(text).claims.filter((c) => c.ref === 'C01').map((c) => c.text);
  const before = 'Moscow could give Kyiv security guarantees as part of a settlement, officials said on Thursday.';

  it('takes the topic from the sentence before when a named speaker says "such" or "this"', () => {
    expect(said(`${before}\nAccording to Sergei Lavrov, Putin expressed such readiness to the envoys.`)).toContain('According to Sergei Lavrov, Putin expressed such readiness to the envoys.');
    expect(said(`${before}\nAccording to Sergei Lavrov, Putin expressed readiness to the envoys.`)).toEqual([]);
  });
});
