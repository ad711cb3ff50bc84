/**
 * "Statements on this page" (lib/attribution/page-statements.ts): the page's
 * statements by speaker, marked when the knowledge base knows them, with the
 * page's title for a person it does not know. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../lib/attribution';
import { pageStatements, splitTitleAndName } from '../../../lib/attribution/page-statements';
import { addTrackedClaims } from '../../../lib/kb/track-claim';
import { compileIndex } from '../../../lib/match/compile';
import { createMatcher } from '../../../lib/match/matcher';
import { loadSeedKnowledgeBase } from '../../../seeds/node';

const text = `Dockers in Rotterdam begin 48-hour strike over automation

ROTTERDAM (Reuters) - Dockers at Europe's largest port walked out on Tuesday. "We will not accept a single forced redundancy at the Maasvlakte terminals," union leader Marieke Janssen told reporters outside the gates.
Deputy Economy Minister Pieter de Vries said the government would not intervene in the dispute. Janssen said the strike could last until Friday. Sergei Lavrov said Moscow was watching closely.`;

describe('splitTitleAndName', () => {
  it('keeps the name, particles included, apart from the title', () => {
    expect(splitTitleAndName('Deputy Economy Minister Pieter de Vries')).toEqual({ title: 'Deputy Economy Minister', name: 'Pieter de Vries' });
    expect(splitTitleAndName('leader Marieke Janssen')).toEqual({ title: 'leader', name: 'Marieke Janssen' });
    expect(splitTitleAndName('Janssen')).toEqual({ title: '', name: 'Janssen' });
    expect(splitTitleAndName('he')).toBeNull();
  });
});

describe('pageStatements', () => {
  it('groups statements by speaker, with the title and name forms of people the knowledge base does not know', () => {
    const kb = loadSeedKnowledgeBase();
    const scan = createMatcher(compileIndex(kb)).scan(text);
    const groups = pageStatements(text, attribute(text, { actorMentions: scan.actors }), scan, 'en');
    const janssen = groups.find((g) => g.name === 'Marieke Janssen')!;
    expect(janssen).toMatchObject({ actorId: null, role: 'union leader', addable: true, forms: ['Marieke Janssen', 'Janssen'] });
    expect(janssen.statements.map((s) => s.text)).toEqual(['We will not accept a single forced redundancy at the Maasvlakte terminals', 'the strike could last until Friday']);
    // The selector is the page's own text: the quote without its quotation marks.
    expect(janssen.statements[0].selector).toMatchObject({ exact: janssen.statements[0].text, prefix: expect.stringMatching(/"$/) });
    expect(groups.find((g) => g.name === 'Pieter de Vries')).toMatchObject({ role: 'Deputy Economy Minister', addable: true });
    const lavrov = groups.find((g) => g.actorId !== null)!;
    expect(lavrov).toMatchObject({ addable: false, forms: [] });
  });

  it('marks a statement the knowledge base knows', () => {
    const { kb } = addTrackedClaims(loadSeedKnowledgeBase(), [{ id: 'X1', text: 'the government would not intervene in the dispute', speaker: 'Pieter de Vries', lang: 'en' }]);
    const scan = createMatcher(compileIndex(kb)).scan(text);
    const groups = pageStatements(text, attribute(text, { actorMentions: scan.actors }), scan, 'en');
    const all = groups.flatMap((g) => g.statements);
    expect(all.find((s) => s.text.startsWith('the government'))?.known?.ref).toBe('X1');
    expect(all.filter((s) => s.known).length).toBe(1);
  });
});
