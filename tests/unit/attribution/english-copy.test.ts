/**
 * Patterns of English news copy (wire and newspaper style) for quotes and
 * their speakers. Our own sentences, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, statements, statementWith } from './helpers';

describe('a speaker described before the name, after the cue', () => {
  it.each([
    ['“It is far too early to tell,” said a former senior police official.', 'too early', 'former senior police official'],
    ['“We will hold the seat,” said retired teacher Anne Lowell of Dover.', 'hold the seat', 'retired teacher Anne Lowell of Dover'],
    ['“Turnout decides this one,” said pollster Frank Bell.', 'Turnout', 'pollster Frank Bell'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });

  it('a preposition after the cue names nobody', () => {
    const s = statements('“The vote was close,” said on Sunday the county clerk.');
    expect(s.some((x) => x.speaker?.text.startsWith('on'))).toBe(false);
  });
});

describe('a cue with no subject of its own takes the subject of its sentence', () => {
  it.each([
    ['“The party will come together,” she said, adding, “We always do.”', 'We always do', 'she'],
    ['In May, the senator wrote to the board, calling it “a disgrace to the whole state.”', 'disgrace', 'the senator'],
    ['Speaking in a calm voice, he went on to defend the plan, saying: “Nobody will lose coverage.”', 'Nobody will', 'he'],
    ['On Tuesday, Mayor Dana Whitfield toured the flooded streets, telling residents: “Help is on the way.”', 'Help is', 'Mayor Dana Whitfield'],
    ['Six years ago, when her rival mocked the plan, she laughed and said, “Wait and see.”', 'Wait and see', 'she'],
    ['Smiling broadly, Mayor Dana Whitfield turned to the crowd and boomed: “We are not going anywhere.”', 'not going', 'Mayor Dana Whitfield'],
    ['In the spring, Whitfield emphatically declared at a meeting, “No school in this district will close its doors this year, whatever the state decides.”', 'No school', 'Whitfield'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });

  it('an apposition is set off by commas, a clause with its own subject is not', () => {
    check(statementWith('Helena Marsh, a defence analyst in London, said: “They are buying time.”', 'buying time'), { speaker: 'Helena Marsh' });
  });
});

describe('a quotation over several paragraphs, interrupted by its attribution', () => {
  it('the cue sentence ends the paragraph and the next one goes on quoting: one statement', () => {
    const text = 'The council met late.\n\n“We cannot keep the pool open all year,” Mayor Dana Whitfield said.\n\n“The heating alone costs more than the library.”';
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    expect(s[0].text.startsWith('“We cannot')).toBe(true);
    expect(s[0].text.endsWith('library.”')).toBe(true);
    check(s[0], { speaker: 'Mayor Dana Whitfield' });
  });

  it('a quote already interrupted by its cue goes on in the next paragraph', () => {
    const text = '“We cannot keep the pool open all year,” Whitfield said. “Not at these prices.”\n\n“The heating alone costs more than the library.”\n\nThe council voted on Monday.';
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    expect(s[0].text.endsWith('library.”')).toBe(true);
  });

  it.each([
    ['“The levy will pass in the spring,” she said. “Then the real work on the roads starts,” she added.'],
    ['“The levy will pass in the spring,” Whitfield said. “Then the real work on the roads starts,” the treasurer said.'],
    ['“The levy will pass in the spring,” Whitfield said as a heckler yelled: “Then the real work on the roads starts,”'],
  ])('a quote with a cue of its own after it is a statement of its own: %s', (text) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.map((x) => x.text)).toEqual(['“The levy will pass in the spring,”', '“Then the real work on the roads starts,”']);
  });

  it('a title inside the cue\'s clause is not the quote going on', () => {
    const text = "''We won it fair,'' the coach, Dan Miller, told the program ''Sports Tonight'' after the game, which drew a record crowd. ''Next year we go further.''";
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    expect(s[0].text.endsWith("further.''")).toBe(true);
    // (a role, then the name in apposition: the speaker phrase runs to the name, as for "the minister, Dan Miller,")
    check(s[0], { speaker: 'the coach, Dan Miller', name: 'Dan Miller' });
  });

  it('the comma may stand before the close of a quotation inside the quote', () => {
    const text = '“They told us, ‘Not this year,’” Whitfield said. “So we waited.”';
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    expect(s[0].end).toBe(text.length);
  });

  it('a quote that ends its sentence, or a title in single marks, starts a statement of its own', () => {
    const s1 = statements('“We cannot keep the pool open all year.” Whitfield said it twice.\n\n“The heating alone costs more than the library.”').filter((x) => x.kind === 'direct');
    expect(s1.length).toBe(2);
    const s2 = statements('“We cannot keep the pool open all year,” Whitfield said.\n\n‘A costly summer.’\n\nThe council voted on Monday.').filter((x) => x.kind === 'direct');
    expect(s2[0].text.includes('costly summer')).toBe(false);
  });
});

describe('a speaker described between the quote and the cue', () => {
  it.each([
    ['“Big rate cuts mostly help the top earners,” James Reid of the Budget Policy Institute wrote in a column.', 'rate cuts', 'James Reid of the Budget Policy Institute'],
    ['“It reminds us how much is at stake,” Sen. Ann Ruiz (D-Ore.) said on Saturday.', 'at stake', 'Sen. Ann Ruiz'],
    ['“I just do not think she has been honest about it,” Cecelia Moran, 67, a retired nurse from Dayton, said.', 'honest', 'Cecelia Moran'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });

  it('a clause with its own verb is not a description', () => {
    expect(statements('“It was a long night,” the mayor who lost the vote went home and said nothing.').filter((x) => x.kind === 'direct')).toHaveLength(0);
  });
});

describe('a verb the lexicon lacks, in a short clause after a quote that goes on', () => {
  it.each([
    ['“We will build it anyway,” he went on.', 'build it', 'he'],
    ['“Nobody here is afraid of a recount,” Whitfield shrugged.', 'recount', 'Whitfield'],
    ['“Is that a promise or a threat?” retorted Whitfield.', 'promise', 'Whitfield'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });

  it('not after a quote that ends its sentence, nor a clause with no speaker', () => {
    expect(statements('“Nobody here is afraid of a recount.” Whitfield shrugged.').every((x) => x.cue === null)).toBe(true);
    expect(statements('“It was a long night,” and then the lights went out.').every((x) => x.cue === null)).toBe(true);
  });
});

describe('words set off by a comma between the cue and a quote that ends the sentence', () => {
  it('who was spoken to, named at length', () => {
    check(statementWith('Last month Whitfield told Fox News host Dana Reed of the morning show, “We will not close the pool.”', 'close the pool'), { kind: 'direct', speaker: 'Whitfield' });
  });

  it('not a clause with a verb of its own', () => {
    expect(statements('Whitfield said the council would meet again after the vote, “a long night for everyone.”').some((x) => x.kind === 'direct' && x.text.startsWith('“a long'))).toBe(false);
  });
});

describe('the speaker after a quote, described up to the cue', () => {
  it.each([
    ['“The bridge will reopen before the holidays,” a spokesman for the county said.', 'bridge will reopen', 'a spokesman'],
    ['“Nobody here saw that coming,” an aide in the room wondered aloud.', 'Nobody here', 'an aide'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });
});

describe('a quote in an aside set off by brackets or dashes, its cue closing the aside', () => {
  it.each([
    ['The plan drew fire from both parties (“It is a tax by another name,” Senator Ann Ruiz wrote on Monday) and from the unions.', 'a tax by another name', 'Senator Ann Ruiz'],
    ['The mayor had little patience for the board - “They have had two years to fix the roof,” she said - and called for a vote.', 'two years to fix', 'she'],
    ['The mayor had little patience for the board — “They have had two years to fix the roof,” Whitfield said — and called for a vote.', 'two years to fix', 'Whitfield'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });
});

describe('a speaker and a verb the lexicon lacks before a comma and a quote that stands as a sentence', () => {
  it.each([
    ['After the vote, Whitfield shot back, “I could have stayed quiet, but the families of this county deserve better.”', 'families of this county', 'Whitfield'],
    ['The treasurer interjected, “Ladies and gentlemen, the budget will balance this year whatever you hear.”', 'Ladies and gentlemen', 'The treasurer'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });
});

describe('a quoted sentence that opens its own and goes on past the cue list', () => {
  it.each([
    ['“We will keep the ferry running through the whole winter,” the retired captain shrugged over his coffee at the pier.', 'ferry running', 'the retired captain'],
    ['“Nobody in this town has seen the river this high before,” Mr. Hale grumbled as he tied the boat up to the old pier.', 'river this high', 'Mr. Hale'],
    ['“Will the county ever pay for the new school roof?” a parent in the third row wondered aloud at the meeting.', 'school roof', 'a parent'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });

  it('a quoted phrase the reporter goes on with is no statement of its own', () => {
    const text = '“A plan for every family in the county,” like the one the board passed last spring, is what the mayor promised.';
    expect(statements(text).some((s) => s.kind === 'direct')).toBe(false);
  });
});

describe('an utterance of one or two words right after its verb', () => {
  it.each([
    ['After the vote on the new depot, Councillor Tom Reyes yelled “Shame!”', 'Shame', 'Councillor Tom Reyes'],
    ['Asked whether she would run again, Mayor Dana Whitfield smiled and said, “Probably.”', 'Probably', 'Mayor Dana Whitfield'],
    ['When the count was over, the county clerk asked, “Really?”', 'Really', 'the county clerk'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });

  it('a phrase in lower case the verb is about is no utterance of its own', () => {
    const text = 'The councillor said the budget relied on what he called “creative accounting.”';
    expect(statements(text).some((s) => s.kind === 'direct')).toBe(false);
  });
});

describe('"as X put it" before a quote', () => {
  it.each([
    ['As Ann Ruiz, a former county clerk and author of a book on local elections, put it, “Nobody in this county trusts a count that takes three weeks.”', 'Nobody in this county', 'Ann Ruiz'],
    ['As the harbor pilot puts it: “The river decides when we sail, not the schedule.”', 'The river decides', 'the harbor pilot'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });
});

describe('a dateline dash in English copy', () => {
  it('opens no dash quote: English sets no dialogue off with dashes', () => {
    const text =
      'Ferry service returns to the valley.\n\nDOVER, Del. — The county ferry will run again on Monday after a two-week halt, and the harbor office said the boats were ready for the winter schedule. The mayor is expected at the pier for the first crossing of the day.';
    expect(statements(text).filter((s) => s.kind === 'direct')).toEqual([]);
  });
});

describe('a headline "Name: …" with a quotation among its words', () => {
  const body = '\n\nThe harbor chief told reporters on Monday that the county ferry was not safe for the winter and that the board had to act before the storms.';
  it('the words before the quotation are said too', () => {
    const s = statementWith('Harbor Chief Dana Pike: County Ferry Unsafe, ‘Like a Floating Coffin’' + body, 'Floating Coffin');
    expect(s.text).toBe('County Ferry Unsafe, ‘Like a Floating Coffin’');
    check(s, { kind: 'mixed', speaker: 'Harbor Chief Dana Pike' });
  });

  it('a quotation right after the colon that the headline goes on from is part of one statement, even with a final stop', () => {
    const s = statementWith('Dana Pike: ‘No Idea’ Whether the Ferry Will Run in Winter.' + body, 'No Idea');
    expect(s.text).toBe('‘No Idea’ Whether the Ferry Will Run in Winter');
    check(s, { kind: 'indirect', speaker: 'Dana Pike' });
  });
});
