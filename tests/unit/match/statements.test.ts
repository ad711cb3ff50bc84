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

  it('accepts the state the speaker serves, and a person the claim reports of the same side', () => {
    expect(scan('Moscow said it rejects the deployment of peacekeepers in Ukraine.').map((c) => c.ref)).toContain('C06');
    expect(scan('Putin said Russia is ready to give Ukraine security guarantees.').map((c) => c.ref)).toContain('C01');
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
