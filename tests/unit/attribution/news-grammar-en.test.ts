/**
 * The constructions by which English news copy names, and names again, the person who speaks, one passage of invented
 * wire copy per form (tests/attribution/README.md: speaker = the mention next to the cue as written, name = who said it).
 * Written from how the English-language press writes, not from any article of the set or a corpus.
 */
import { describe, expect, it } from 'vitest';
import { check, statementWith, statements } from './helpers';

describe('English: speaker position around the cue', () => {
  it.each([
    ['postposed surname, then a pronoun for a woman', 'Prime Minister Keir Starmer defended the plan on Monday. "We will not be pushed around," Starmer said. Opposition leader Kemi Badenoch called it a surrender. "This is a betrayal of our farmers," she said.', 'betrayal of our farmers', 'she', 'Kemi Badenoch'],
    ['inverted, "said X, the …"', '"The talks were constructive," said Jake Sullivan, the national security adviser. "We expect another round next week." Russian officials did not comment.', 'constructive', 'Jake Sullivan', 'Jake Sullivan'],
    ['"X told reporters": the addressee is not the speaker', '"We have seen nothing like this in 30 years," Mayor Karen Bass told reporters on Tuesday. Fire Chief Kristin Crowley said crews had worked through the night.', 'nothing like this', 'Mayor Karen Bass', 'Karen Bass'],
    ['"the chief added"', 'Mayor Karen Bass toured the burned streets on Tuesday. Fire Chief Kristin Crowley said crews had worked through the night. "They are exhausted," the chief added.', 'exhausted', 'the chief', 'Kristin Crowley'],
    ['"X told the BBC"', 'According to Health Secretary Wes Streeting, waiting lists fell by 2 percent in March. "It is a start," Streeting told the BBC. He added that more needed to be done.', 'It is a start', 'Streeting', 'Wes Streeting'],
    ['"X told LBC radio:"', 'Police Commissioner Mark Rowley said officers would be retrained. Rowley told LBC radio: "We have to win back trust." Home Secretary Yvette Cooper welcomed the move.', 'win back trust', 'Rowley', 'Mark Rowley'],
    ['"X, 70, said … the 70-year-old said"', 'Labour MP Diane Abbott, 70, said she had been treated unfairly. "I have been a member of this party for 40 years," the 70-year-old said. Party officials said the matter was closed.', 'member of this party', 'the 70-year-old', 'Diane Abbott'],
    ['"he told reporters traveling with him"', 'Defense Secretary Lloyd Austin spoke with his Chinese counterpart on Friday. "Open lines are essential," he told reporters traveling with him. Austin said the call lasted 90 minutes.', 'Open lines', 'he', 'Lloyd Austin'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });

  it('a role and the name set off by commas before "said" speak; the clause after is what was said', () => {
    const text =
      'The World Health Organization warned on Friday about a new strain of the virus. Its director, Maria Neira, said the risk remained low. Health ministers will meet next week.';
    const s = statementWith(text, 'risk remained low');
    check(s, { name: 'Maria Neira' });
    expect(s.text).not.toContain('Maria Neira');
  });

  it('a spokeswoman for a body of several words, before "said"', () => {
    const text = 'A spokeswoman for the Department of Justice said the investigation was continuing. Lawyers for the company declined to comment.';
    const s = statementWith(text, 'investigation was continuing');
    expect(s.speaker?.text.startsWith('A spokeswoman')).toBe(true);
  });

  it('a headline "Name: …" over the story', () => {
    const text = 'Nadia Calviño: "Spain will meet its deficit target"\n\nMADRID (Reuters) - Spain will meet its deficit target this year, Economy Minister Nadia Calviño said on Monday.';
    check(statementWith(text, 'Spain will meet its deficit target"'), { name: 'Nadia Calviño' });
  });
});

describe('English: source frames', () => {
  it.each([
    ['"according to X"', 'According to Health Secretary Wes Streeting, waiting lists fell by 2 percent in March. Hospitals said the winter would be hard.', 'waiting lists fell', 'Wes Streeting'],
    ['"in the words of X"', 'In the words of Federal Reserve Chair Jerome Powell, the economy is "in a good place." Markets rose after his remarks.', 'economy is', 'Jerome Powell'],
    ['"X\'s spokesman said"', 'The former president, Donald Trump, attacked the ruling on Friday. His spokesman Steven Cheung said the campaign would appeal.', 'would appeal', 'Steven Cheung'],
  ])('%s', (_form, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('"was quoted by Reuters as saying": the agency reports, the person speaks', () => {
    const text = 'Germany\'s Chancellor Olaf Scholz was quoted by Reuters as saying the sanctions would stay. "There is no way back," Scholz said.';
    check(statementWith(text, 'no way back'), { name: 'Olaf Scholz' });
  });
});

describe('English: naming again', () => {
  it.each([
    ['a party member, "the Massachusetts Democrat"', 'Senator Elizabeth Warren, who chairs the banking panel, said the rules were too weak. "Wall Street wrote this bill," the Massachusetts Democrat said. Her colleague Tim Scott disagreed.', 'Wall Street', 'the Massachusetts Democrat', 'Elizabeth Warren'],
    ['"the top U.S. diplomat"', 'Israeli Prime Minister Benjamin Netanyahu met Secretary of State Antony Blinken in Jerusalem. "We will finish the job," Netanyahu said. Blinken urged restraint. "Civilians must be protected," the top U.S. diplomat said.', 'Civilians', 'the top U.S. diplomat', 'Antony Blinken'],
    ['"the former Algerian foreign minister"', 'The veteran diplomat, Lakhdar Brahimi, warned that the truce was fragile. "Everyone wants peace, but nobody is willing to pay for it," Brahimi said. The former Algerian foreign minister added: "Time is running out."', 'Time is running out', 'The former Algerian foreign minister', 'Lakhdar Brahimi'],
    ['"the Fed chief"', 'Federal Reserve Chairman Jerome Powell spoke in Washington on Wednesday. "We are patient," the Fed chief said.', 'patient', 'the Fed chief', 'Jerome Powell'],
    ['"the Swedish activist"', 'Climate activist Greta Thunberg criticised the summit. Thunberg, 21, said promises were not enough. "We need action," the Swedish activist said.', 'We need action', 'the Swedish activist', 'Greta Thunberg'],
    ['"the prime minister" for a name given with "Mr."', 'Mr. Sunak told the BBC that he was confident. "We are closing the gap," the prime minister said. Ms. Rayner, his Labour opponent, laughed.', 'closing the gap', 'the prime minister', 'Mr. Sunak'],
    ['a pronoun to the last person of its gender', 'Republican Senator Lindsey Graham said the bill would pass. Senate Majority Leader Chuck Schumer said that was wishful thinking. "They don\'t have the votes," he said.', 'have the votes', 'he', 'Chuck Schumer'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });

  it.each([
    ['"the latter" is the second of the last two named', 'Union leader Mick Lynch met rail minister Huw Merriman on Tuesday. The latter said the offer was fair. "We have gone as far as we can," he said.', 'offer was fair', 'The latter', 'Huw Merriman'],
    ['"the former" is the first of the last two named', 'Union leader Mick Lynch met rail minister Huw Merriman on Tuesday. The former said the offer was an insult. "We will strike," he said.', 'an insult', 'The former', 'Mick Lynch'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });
});

describe('English: not a speaker', () => {
  it('the person the quote speaks of', () => {
    const text = '"Biden is too old," Trump said of his rival on Saturday. President Joe Biden laughed off the attack. "I\'ve been around a long time," he said.';
    check(statementWith(text, 'too old'), { speaker: 'Trump' });
    check(statementWith(text, 'around a long time'), { name: 'Joe Biden' });
  });

  it('a body after the person who spoke is no speaker of the next quote: "The agency said"', () => {
    const text = 'Fire Chief Kristin Crowley said crews had worked through the night. The agency said it would ask for more funding. "We need more trucks," Crowley said.';
    expect(statements(text).find((s) => s.text.includes('more trucks'))?.speakerName).toBe('Kristin Crowley');
  });
});

describe('English: reported speech around the cue', () => {
  it('"told X …" with no "that": the person told is not part of what was said', () => {
    const text =
      'Boeing chief executive Kelly Ortberg told employees the company faced a long recovery. Union leader Jon Holden said workers would vote on the offer.';
    const s = statementWith(text, 'long recovery');
    expect(s.text.startsWith('the company')).toBe(true);
    check(s, { name: 'Kelly Ortberg' });
    const text2 =
      'Prosecutors said the defendant had lied to investors. His attorney, Mark Cohen, told the jury his client had made mistakes. "Sam did not defraud anyone," Cohen said.';
    expect(statementWith(text2, 'made mistakes').text.startsWith('his client')).toBe(true);
  });

  it('"Asked about X, Y said …": the participle opens the sentence, Y speaks and the clause after "said" is what was said', () => {
    const text =
      'Rail workers walked out on Monday. Asked about the strike, Transport Secretary Louise Haigh said she was disappointed. "Nobody wins from this," Haigh said.';
    const s = statementWith(text, 'disappointed');
    check(s, { speaker: 'Transport Secretary Louise Haigh', name: 'Louise Haigh' });
    expect(s.text).not.toContain('Asked');
  });

  it('a reporting noun after an article is no cue ("the verdict is a warning"), and names no one for the next "she"', () => {
    const text = 'For Amnesty International\'s Agnès Callamard, the verdict is a warning to governments. "No one is above the law," she said.';
    for (const s of statements(text)) expect(s.speakerName).not.toBe('the verdict');
  });

  it('"in the view of X"', () => {
    const text = 'In the view of Nobel laureate Joseph Stiglitz, the policy has failed. "Inequality has grown," the economist told the Guardian.';
    check(statementWith(text, 'policy has failed'), { speaker: 'Nobel laureate Joseph Stiglitz', name: 'Joseph Stiglitz' });
    check(statementWith(text, 'Inequality'), { speaker: 'the economist', name: 'Joseph Stiglitz' });
  });

  it.each([
    ['"said X, who …"', 'Opposition leader Peter Dutton rejected the plan. "It\'s a tax grab," said Dutton, who faces an election next year. Treasurer Jim Chalmers hit back.', 'tax grab', 'Dutton', 'Peter Dutton'],
    ['an incise inside the quote', 'Chancellor Rachel Reeves spoke at the party conference in Liverpool. "We will not raise taxes," she said, "but we will close loopholes."', 'raise taxes', 'she', 'Rachel Reeves'],
    ['"the mayor of X, Name," the place is no speaker', 'The mayor of Chicago, Brandon Johnson, said the city would appeal. "We will not back down," Johnson said.', 'would appeal', 'The mayor of Chicago, Brandon Johnson', 'Brandon Johnson'],
    ['"X\'s lawyer, Name, said … the lawyer said"', 'Former Prime Minister Boris Johnson\'s lawyer, Ben Fields, said his client had done nothing wrong. "Mr. Johnson acted in good faith," the lawyer said.', 'good faith', 'the lawyer', 'Ben Fields'],
    ['"the Conservative leader told the Daily Telegraph"', 'Opposition leader Kemi Badenoch said the figures were alarming. "The government has lost control," the Conservative leader told the Daily Telegraph.', 'lost control', 'the Conservative leader', 'Kemi Badenoch'],
  ])('%s', (_form, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });
});

describe('English: a body in the role, an acronym in the phrase', () => {
  it.each([
    ['"The director of the World Health Organization, Name, said …"', 'The director of the World Health Organization, Maria Lopez, said the outbreak was under control. Officials in Geneva declined to comment.', 'under control', 'Maria Lopez'],
    ['"The head of the agency, Name, said …"', 'The head of the agency, Maria Lopez, said the outbreak was under control. Officials in Geneva declined to comment.', 'under control', 'Maria Lopez'],
  ])('%s', (_form, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('an acronym that folds to a function word ("the WHO chief") stays in the speaker phrase', () => {
    const text =
      'The head of the World Health Organization, Tedros Adhanom Ghebreyesus, said the outbreak was under control. "The risk remains low," the WHO chief said. The agency said it would send experts.';
    check(statementWith(text, 'risk remains low'), { speaker: 'the WHO chief', name: 'Tedros Adhanom Ghebreyesus' });
    check(statementWith(text, 'outbreak was under control'), { name: 'Tedros Adhanom Ghebreyesus' });
  });
});

describe('English: not a speaker', () => {
  it('"X of Capital Economics": an institution\'s word that begins like a role noun of another language ("capitán") names no role', () => {
    const text =
      'The Bank of England held rates at 5.25 percent. Governor Andrew Bailey said inflation was falling.\n\nEconomists were divided. "The Bank is behind the curve," said Ruth Gregory of Capital Economics.';
    check(statementWith(text, 'behind the curve'), { speaker: 'Ruth Gregory of Capital Economics', name: 'Ruth Gregory' });
  });
});
