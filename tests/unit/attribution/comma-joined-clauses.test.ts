import { describe, expect, it } from 'vitest';
import { spokenBy, statementWith } from './helpers';

/**
 * Round-ups join two people's words with a comma: "Klose called his red card "harsh", coach Joachim Löw described the
 * cards as "excessive"". The clause after the comma has its own named subject and cue: it is the second person's
 * statement, not more of the first's content.
 */
describe('a clause after a comma with a named subject and a cue of its own is someone else\'s', () => {
  const cases: Array<[string, string, string, string, string]> = [
    ['en', 'Miroslav Klose called his red card "harsh", coach Joachim Löw described the eight yellow cards as "excessive".', 'harsh', 'excessive', 'Joachim Löw'],
    ['en, "that" after the second cue', 'Donald Trump said the talks had been "productive", Sergei Lavrov said that Moscow "saw no progress".', 'productive', 'saw no progress', 'Sergei Lavrov'],
    ['de', 'Miroslav Klose nannte seinen Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten als „übertrieben“.', 'überzogen', 'übertrieben', 'Joachim Löw'],
    ['fr, a role and its article, a compound past', 'Miroslav Klose a jugé son expulsion « sévère », le sélectionneur Joachim Löw a jugé les huit cartons jaunes « excessifs ».', 'sévère', 'excessifs', 'Joachim Löw'],
    ['es', 'Miroslav Klose dijo que la expulsión fue «exagerada», el seleccionador Joachim Löw dijo que las tarjetas eran «excesivas».', 'exagerada', 'excesivas', 'Joachim Löw'],
  ];
  it.each(cases)('%s: the second clause is the second speaker\'s', (_c, text, _first, second, name) => spokenBy(_c, text, second, name));
  it.each(cases)('%s: the first statement stops at the comma', (_c, text, first, second) => {
    expect(statementWith(text, first).text).not.toContain(second);
  });
});

describe('what is not a clause of its own', () => {
  it('an incise: the cue and its subject set off by commas inside the words said', () => {
    expect(statementWith('Zelensky said the plan, Vladimir Putin argued, was "dead on arrival".', 'dead on arrival').speakerName).toBe('Vladimir Putin');
  });
  it('a name in a list of the content, with no cue after it', () => {
    const s = statementWith('Marco Rubio said the envoys met Vladimir Putin, Sergei Lavrov and Yuri Ushakov in Moscow.', 'Ushakov');
    expect(s.speakerName).toBe('Marco Rubio');
  });
});
