/**
 * Where the content of an English statement starts and ends, and so its kind
 * (direct, mixed, indirect), when quotation marks cover only part of what is
 * reported. Our own sentences, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, statements, statementWith } from './helpers';

describe('a cue set off inside its own content', () => {
  it.each([
    ['The county budget, the treasurer said, is “in far better shape than anyone expected last spring.”', 'The county budget', 'the treasurer'],
    ['If the levy fails in November, she said, “the school will have to cut two bus routes and the late library hours.”', 'If the levy fails', 'she'],
    ['Most of the new jobs went to the port, Whitfield added, but “the rest of the county has barely seen a single new opening.”', 'Most of the new jobs', 'Whitfield'],
  ])('%s', (text, lead, speaker) => {
    const s = statementWith(text, lead);
    expect(s.text.endsWith('”')).toBe(true);
    check(s, { kind: 'mixed', speaker });
  });

  it('the words before the cue are content, the cue between is not: a short lead with a long quote is direct', () => {
    const text =
      'Within two years, she said, “the district will open two new schools on the east side, hire forty teachers and bring the bus fleet up to the standard the state has asked of us for a decade.”';
    check(statementWith(text, 'Within two years'), { kind: 'direct', speaker: 'she' });
  });

  it('a quote that opens as a sentence after a question put to the speaker is the quote alone', () => {
    const text = 'Asked whether the plant would close, Whitfield said, “Not while I am mayor of this town.”';
    const s = statementWith(text, 'Not while');
    expect(s.text.startsWith('“Not while')).toBe(true);
    check(s, { kind: 'direct', speaker: 'Whitfield' });
  });
});

describe('a report after a participle or a verb joined by "and" takes the subject of its sentence', () => {
  it.each([
    ['Mayor Dana Whitfield closed the meeting early, adding that the vote on the new bus depot would have to wait until March.', 'the vote on the new bus depot', 'Mayor Dana Whitfield', 'indirect'],
    ['The mayor met the families at the school and told them that the county would “not rest until every road in the valley is open again.”', 'not rest', 'The mayor', 'mixed'],
    ['The governor signed the bill late on Friday, saying it would cut the waiting lists at county clinics by half within two years.', 'cut the waiting lists', 'The governor', 'indirect'],
  ])('%s', (text, words, speaker, kind) => {
    check(statementWith(text, words), { kind: kind as 'mixed' | 'indirect', speaker });
  });
});

describe('the kind of a report is read in letters, its "that" included', () => {
  it('a quote that makes most of the characters but not four fifths of the letters is mixed', () => {
    const text = 'The mayor said on Monday that the new budget “is a promise to every family in this county and every town.”';
    check(statementWith(text, 'new budget'), { kind: 'mixed', speaker: 'The mayor' });
  });

  it('a quote after a short subject is direct', () => {
    const text = 'The mayor said on Monday that she was “not going to let a single family in this county go without heat this winter.”';
    check(statementWith(text, 'single family'), { kind: 'direct', speaker: 'The mayor' });
  });
});

describe('a party and state in brackets between the name and the cue', () => {
  it.each([
    ['Sen. Ann Ruiz (D-Ore.) told reporters on Monday that the county would lose two of its clinics.', 'two of its clinics', 'Sen. Ann Ruiz'],
    ['Rep. Mark Delaney (R-Texas) said the plan would “put every rural hospital in the state at risk within a year.”', 'rural hospital', 'Rep. Mark Delaney'],
  ])('%s', (text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });

  // (the bracket, then an apposition set off by commas: the name before the bracket, not the party in it; an institution's
  // initials after its name stay the institution's, whoever the apposition then names)
  it.each([
    ['en', 'Ann Ruiz (D-Ore.), a member of the committee, said the bill would fail.', 'bill would fail', 'Ann Ruiz'],
    ['fr', "Claire Dumont (PS), échevine de la Mobilité, a réagi : « Quand un chauffeur est agressé, c'est toute la ville qui est touchée. »", 'toute la ville', 'Claire Dumont'],
    ['es', 'Marta Gil (PP), concejala de Urbanismo, afirmó que el plan llegará tarde.', 'llegará tarde', 'Marta Gil'],
    ['fr, guard', "Le directeur de l'Office fédéral de la santé publique (OFSP), Marc Keller, juge la hausse «inquiétante».", 'inquiétante', 'OFSP'],
  ])('%s: %s', (_lang, text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });
});

describe("the reporter's own clause after a quote closed by a comma is not content", () => {
  it.each([
    ['The two senators argue that “the county has every right to close the pool,” citing a ruling from last spring.', 'every right', 'citing'],
    ['Whitfield said she would “support the levy but not the new depot,” while the treasurer said nothing at all.', 'support the levy', 'while the treasurer'],
    ['The mayor said the depot plan was “a waste of money we do not have,” and called for a vote before the summer.', 'waste of money', 'called for a vote'],
  ])('%s', (text, words, tail) => {
    const s = statementWith(text, words);
    expect(s.text.endsWith(',”')).toBe(true);
    expect(s.text.includes(tail)).toBe(false);
  });
});

describe('words of place and time set off before a quote that opens as a sentence are not content', () => {
  it.each([
    ['Whitfield said in the spring, when the flooding began, “No family in this county will be left without a roof.”', 'No family'],
    ['The treasurer stated a day earlier, “The budget will balance, whatever the council decides to do.”', 'The budget will balance'],
  ])('%s', (text, words) => {
    const s = statementWith(text, words);
    expect(s.text.startsWith('“')).toBe(true);
    check(s, { kind: 'direct' });
  });
});

/** English copy names a speaker again by where they are from ("the Italian added"): the one named before, not a country. */
describe('a demonym after "the" names the speaker named before', () => {
  it.each([
    ['en', 'Rovers manager Paolo Renzi was in no mood to be diplomatic: “It’s a foul. Everybody saw it.”\n\n“I won’t say any more than that,” the Italian added. “We were the better side for an hour.”', 'any more than that', 'Paolo Renzi'],
    ['en, a woman', 'The head coach, Ana Souza, said she was proud of the team and that the players had given everything they had. “We lost our heads in the last ten minutes,” the Brazilian said.', 'lost our heads', 'Ana Souza'],
    ['de (read so before)', 'Trainer Paolo Renzi war nicht diplomatisch: „Das war ein Foul.“ „Mehr sage ich dazu nicht“, fügte der Italiener hinzu.', 'Mehr sage ich', 'Paolo Renzi'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/** A dash inside English quotation marks is the speaker's own punctuation, not an attribution set off by dashes as Slavic copy sets it. */
describe('a dash inside the marks: English keeps the speaker; Polish and Russian read the insertion', () => {
  it.each([
    ['en', 'Tom Walcott, a transport analyst at Calder Partners, was blunt: “This is a credibility problem now, not an earnings problem.”\n\n“Two downgrades in 12 months from a management team that has been in the job less than two years – investors are entitled to ask some hard questions.”', 'Two downgrades', 'Tom Walcott'],
    ['pl (read so before)', 'Minister Jan Nowak spoke on Monday. „Nie zgadzamy się na to – powiedział Adam Kowalski, rzecznik związku. – Będziemy protestować.”', 'Nie zgadzamy', 'Adam Kowalski'],
    ['ru (read so before)', 'Министр Иван Петров выступил в понедельник. «Мы с этим не согласны, – сказал представитель профсоюза Андрей Смирнов. – Мы будем протестовать».', 'не согласны', 'Андрей Смирнов'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
