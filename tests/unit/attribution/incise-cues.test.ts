import { describe, expect, it } from 'vitest';
import { check, statementWith, statements } from './helpers';

/**
 * A cue set off inside its sentence ("The proposals, he said, could …"): the sentence around it is what was said, the
 * words before the cue too; with no subject in the incise (Romance and Polish drop it) the speaker is the person the
 * copy was quoting.
 */
describe('a cue with no subject, set off inside the sentence', () => {
  it.each([
    ['it', 'Il ministro degli Esteri russo Serghei Lavrov ha parlato martedì a Mosca. La Russia, ha aggiunto, ha trasmesso nuove proposte a Washington.', 'La Russia, ha aggiunto, ha trasmesso nuove proposte a Washington'],
    ['it (the subject of the clause, not the speaker, before the cue)', 'Serghei Lavrov ha parlato martedì a Mosca. Il presidente Vladimir Putin, ha riferito, ha espresso questa disponibilità agli inviati americani.', 'Il presidente Vladimir Putin, ha riferito, ha espresso questa disponibilità agli inviati americani'],
    ['es', 'Serguéi Lavrov habló el martes en Moscú. Rusia, añadió, ha enviado nuevas propuestas a Washington.', 'Rusia, añadió, ha enviado nuevas propuestas a Washington'],
    ['pt', 'Serguei Lavrov falou na terça-feira em Moscou. A Rússia, acrescentou, enviou novas propostas a Washington.', 'A Rússia, acrescentou, enviou novas propostas a Washington'],
    ['pl (dashes)', 'Siergiej Ławrow przemawiał we wtorek w Moskwie. Rosja – dodał – przekazała Waszyngtonowi nowe propozycje.', 'Rosja – dodał – przekazała Waszyngtonowi nowe propozycje'],
  ])('%s', (_l, text, content) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    check(s, { kind: 'indirect', actor: 'A01' });
  });

  it('is not a list of verbs or a cue with its subject after it', () => {
    // ("ha spiegato il ministro" names its speaker; the comma after the verb is missing)
    const s = statementWith('Il governo, ha spiegato il ministro Carlo Neri, resterà in carica fino a marzo.', 'resterà');
    check(s, { name: 'Carlo Neri' });
  });
});

describe('a cue and its subject set off inside the sentence keep the words before them', () => {
  it.each([
    ['en', 'Sergei Lavrov spoke in Moscow on Tuesday. Russia, he added, had sent new proposals to Washington.', 'Russia, he added, had sent new proposals to Washington'],
    ['en (inverted)', 'Sergei Lavrov spoke in Moscow on Tuesday. The proposals, said Lavrov, could serve as the basis for a binding treaty.', 'The proposals, said Lavrov, could serve as the basis for a binding treaty'],
    ['fr', "Sergueï Lavrov s'est exprimé mardi à Moscou. La Russie, a-t-il ajouté, a transmis de nouvelles propositions à Washington.", 'La Russie, a-t-il ajouté, a transmis de nouvelles propositions à Washington'],
    ['de', 'Sergej Lawrow sprach am Dienstag in Moskau. Russland habe, sagte er, neue Vorschläge nach Washington geschickt.', 'Russland habe, sagte er, neue Vorschläge nach Washington geschickt'],
    ['de ("so" and the source)', 'Sergej Lawrow sprach am Dienstag in Moskau. Russland habe, so Lawrow, neue Vorschläge nach Washington geschickt.', 'Russland habe, so Lawrow, neue Vorschläge nach Washington geschickt'],
    ['ru', 'Сергей Лавров выступил во вторник в Москве. Россия, добавил он, передала Вашингтону новые предложения.', 'Россия, добавил он, передала Вашингтону новые предложения'],
  ])('%s', (_l, text, content) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    check(s, { actor: 'A01' });
  });
});

describe('adverbs between the auxiliary and the reporting verb, and the perfect of Spain', () => {
  it.each([
    ['it "però"', 'Il titolare della diplomazia russa ha però assicurato che il Cremlino resta disponibile a discutere.', 'il Cremlino resta disponibile a discutere'],
    ['es "ha reiterado hoy"', 'El canciller ruso, Serguéi Lavrov, ha reiterado hoy que Moscú no aceptará tropas europeas.', 'Moscú no aceptará tropas europeas'],
    ['pt "hoje"', 'O chanceler russo Serguei Lavrov tem hoje repetido que Moscou não aceitará tropas europeias.', 'Moscou não aceitará tropas europeias'],
  ])('%s', (_l, text, content) => {
    expect(statements(text).map((s) => s.text)).toContain(content);
  });
});

describe('the Spanish raya sets the cue off inside the quote', () => {
  it('names the speaker of the quote it interrupts', () => {
    const text =
      'El Consejo Superior de Deportes ha pedido a la federación toda la documentación.\n\n«No voy a dimitir —afirmó Ortega en una rueda de prensa en la sede federativa—. Quien quiera echarme tendrá que demostrar algo más».';
    check(statementWith(text, 'No voy a dimitir'), { kind: 'direct', name: 'Ortega' });
  });

  it('is no cue when the dashes hold an aside', () => {
    const text = 'El ministro Pedro Sanz habló ayer.\n\n«El plan —que nadie ha leído— no funcionará», dijo Sanz.';
    check(statementWith(text, 'no funcionará'), { name: 'Pedro Sanz' });
  });
});

describe('Slavic word order around the subject', () => {
  it('ru, a prepositional phrase before the subject, no comma', () => {
    const text = 'Президент США Дональд Трамп дал интервью. В интервью Politico американский лидер сказал, что выборы на Украине сейчас могут все усложнить.';
    check(statementWith(text, 'выборы на Украине'), { actor: 'A03' });
  });
  it('ru, a medium that passes the words on, set off between the subject and its verb', () => {
    const text = 'В Киеве заявили, что завершают работу над планом. Сам Зеленский, как передает «Интерфакс-Украина», повторил, что готов провести выборы.';
    const s = statementWith(text, 'готов провести выборы');
    expect(s.text).toBe('готов провести выборы');
    check(s, { actor: 'A04' });
  });
});

/** French joins the subject of an incise to its verb by hyphens, whatever the verb: a verb the lexicon lacks is the cue. */
describe('French incises with a verb the lexicon lacks, then the pronoun', () => {
  it.each([
    ['grimace-t-il', "L'entraîneur Paul Roy était déçu. « On avait le match dans nos mains », grimace-t-il.", 'dans nos mains', 'Paul Roy'],
    ['pouffe-t-elle', "La maire Anne Roy était ravie. « Ce n'est pas fini », pouffe-t-elle.", "pas fini", 'Anne Roy'],
    ['a-t-il laissé tomber', "L'entraîneur Paul Roy était déçu. « On avait le match dans nos mains », a-t-il laissé tomber.", 'dans nos mains', 'Paul Roy'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', speaker: /elle/.test(_l) ? 'elle' : 'il', name });
  });

  it('reads no incise in a hyphenated word after a quotation that is no verb and pronoun ("« Oui », peut-être.")', () => {
    const said = statements('« Oui », peut-être. Le maire Paul Roy hésite.');
    for (const s of said) expect(s.speaker?.text ?? null).not.toBe('être');
  });
});

/**
 * English copy sets its cue outside the quotation marks: a clause inside them with a subject pronoun and a verb, set off
 * by commas, is the speaker's own words, not an incise naming whoever it names.
 */
describe('a clause of the speaker\'s own inside an English quote is no incise', () => {
  it.each([
    ['en, a pronoun and a reporting verb', 'Her daughter, Denise Carter, wept as the verdict was read.\n\n“Mom was careful. She bought that heater new, she read the manual, she kept it away from the curtains,” the 48-year-old said.', 'Mom was careful', 'Denise Carter'],
    ['en, a first-person clause (read so already)', 'The coach, Mark Delaney, spoke after the match.\n\n“We knew the risks, we said so in March, and nobody listened,” Delaney said.', 'We knew the risks', 'Mark Delaney'],
    ['fr (guard: an incise with its subject after the verb)', "Le procureur, Étienne Marchal, a requis cinq ans.\n\n« Ce dossier, a déclaré le magistrat, est d'une gravité exceptionnelle. »", 'Ce dossier', 'Étienne Marchal'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
