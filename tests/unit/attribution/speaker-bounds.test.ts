import { describe, expect, it } from 'vitest';
import { check, spokenBy, statementWith, statements } from './helpers';

/** The words around a cue that name its speaker, and where they stop. */
describe('the speaker after a dash cue stays in the cue’s sentence', () => {
  it.each([
    ['pl', 'Prezes spółki Ewa Lis broniła oferty. – Zaproponowaliśmy 600 złotych. To jest maksimum – powiedziała na konferencji prasowej. Rzecznik podkreślił, że rozmowy trwają.', 'maksimum', 'Ewa Lis'],
    ['pl (a verb opens the next sentence)', 'Wiceprezydent miasta Anna Bury zaapelowała o rozmowy. – Mieszkańcy nie mogą być zakładnikami sporu – mówiła dziennikarzom. Zapowiedziała też, że miasto nie dołoży pieniędzy.', 'zakładnikami', 'Anna Bury'],
    ['uk', 'Мер Олена Гай відвідала депо. – Ми запропонували максимум. Більше не буде – сказала вона на брифінгу. Профспілка відповіла, що страйк триває.', 'максимум', 'Олена Гай'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('Polish "się" after a cue verb belongs to the verb', () => {
  it.each([
    ['skarżyła się', '– Czekam już czterdzieści minut – skarżyła się pani Halina, emerytka z Nowej Huty.', 'czterdzieści', 'pani Halina', 'Halina'],
    ['żalił się', '„Nikt nic nie mówi” – żalił się Marek Wójcik, kierowca autobusu.', 'Nikt nic', 'Marek Wójcik', 'Marek Wójcik'],
  ])('%s', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });
});

describe('a role with an institution in the genitive, then the name', () => {
  it.each([
    ['pl (a role word inside the institution’s name)', '– Ludzie są zmęczeni – mówi przewodniczący Związku Zawodowego Kierowców MPK Krzysztof Nowak.', 'zmęczeni', 'Krzysztof Nowak'],
    ['pl (the outlet spoken to, before the role)', '– Ludzie są zmęczeni – mówi TVN24 przewodniczący Związku Zawodowego Kierowców MPK Krzysztof Nowak.', 'zmęczeni', 'Krzysztof Nowak'],
    ['ru', '«Цены вырастут», — сказал председатель Союза Водителей Автобусов Игорь Белов.', 'вырастут', 'Игорь Белов'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a surname that is a function word of another language', () => {
  it.each([
    ['fr (Polish "jego")', 'Pour Martine Jégo, conseillère municipale, « la justice a simplement rappelé la loi ».', 'rappelé', 'Martine Jégo'],
    ['es (Italian "dal")', '«No vamos a ceder», afirmó Ana Dal, portavoz del sindicato.', 'ceder', 'Ana Dal'],
    ['en (Spanish "del")', '“We will not give in,” said Maria Del, a union spokeswoman.', 'give in', 'Maria Del'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a body named in full is all of its name', () => {
  it.each([
    ['pt', 'A Federação Portuguesa de Futebol informou que o jogo foi adiado para domingo.', 'adiado', 'Federação Portuguesa de Futebol'],
    ['it', 'Il Sindacato dei Ferrovieri ha detto che lo sciopero continuerà fino a venerdì.', 'sciopero', 'Sindacato dei Ferrovieri'],
    ['es', 'La Federación Española de Baloncesto afirmó que el partido se jugará a puerta cerrada.', 'puerta cerrada', 'Federación Española de Baloncesto'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a body named again by the short name it was given in brackets', () => {
  it.each([
    ['pt', 'A Companhia do Metropolitano de São Paulo (Metrô) informou que a greve é abusiva. De acordo com o Metrô, apenas 31 estações abriram.', 'estações abriram', 'o Metrô', 'Companhia do Metropolitano de São Paulo'],
    ['es', 'La Compañía Metropolitana de Transportes (Metro) anunció cambios. Según el Metro, la línea dos cerrará en agosto.', 'cerrará', 'el Metro', 'Compañía Metropolitana de Transportes'],
  ])('%s', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });
});

describe('a role with its article, then the whole name', () => {
  it.each([
    ['pt', '"Saí de casa às quatro e meia", contou a diarista Rosângela Siqueira, de 52 anos.', 'quatro e meia', 'Rosângela Siqueira'],
    ['fr', '« On n’a rien vu venir », a expliqué la retraitée Jeanne Morel.', 'rien vu', 'Jeanne Morel'],
    ['it', '«Non ce la facciamo più», ha detto la pensionata Anna Maria Rossi.', 'facciamo', 'Anna Maria Rossi'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('the outlet a speaker talks to is not the speaker', () => {
  it.each([
    ['pt', 'O secretário Renato Guimarães falou com jornalistas. "O edital está publicado", afirmou em entrevista à rádio CBN.', 'edital', 'Renato Guimarães'],
    ['es', 'La ministra Elena Ruiz visitó la planta. "No habrá despidos", aseguró en una entrevista a la cadena SER.', 'despidos', 'Elena Ruiz'],
    ['pl', 'Minister Jan Kowal odwiedził szpital. „Nie będzie zwolnień” – powiedział w rozmowie z telewizją TVN.', 'zwolnień', 'Jan Kowal'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a body that a country’s adjective only qualifies is the body, not the country', () => {
  it.each([
    ['fr', 'La Fédération Française de Rugby a confirmé que le match aura lieu en mars.', 'en mars', 'Fédération Française de Rugby'],
    ['pt', 'A Federação Ucraniana de Futebol afirmou que a partida será disputada em Lviv.', 'Lviv', 'Federação Ucraniana de Futebol'],
    ['es', 'La Asociación Rusa de Atletismo aseguró que recurrirá la sanción.', 'sanción', 'Asociación Rusa de Atletismo'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name, actor: null });
  });
});

describe('an adverb between the auxiliary and the reporting verb', () => {
  it.each([
    ['fr', 'M. Lavrov a toutefois assuré que Moscou restait disposée à discuter de garanties.', 'disposée', 'Sergei Lavrov'],
    ['it', 'Il ministro Antonio Esposito ha invece spiegato che il governo non cadrà prima del voto.', 'governo', 'Antonio Esposito'],
    ['en', 'Mayor Karen Holt has repeatedly said that the depot will not close before spring.', 'depot', 'Karen Holt'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('an attribution inside the quotation marks that ends its sentence', () => {
  it.each([
    ['fr (a role)', 'Le ministre Paul Girard et la maire Anne Roux ont reçu la presse. « Ce déploiement est inacceptable, a déclaré la maire lors d’une conférence de presse à Lyon. Nous ne céderons pas. »', 'céderons', 'la maire', 'Anne Roux'],
    ['fr (a pronoun)', 'L’entraîneur Marc Petit a salué l’arrière Léa Bontemps. « Je ne pense pas aux statistiques, a-t-elle affirmé. Ce qui compte, c’est la finale. »', 'statistiques', 'elle', 'Léa Bontemps'],
    ['it', 'Il prefetto Carlo Bini e la sindaca Paola Neri hanno incontrato i residenti. «Il cantiere chiuderà entro giugno, ha detto la sindaca durante l’assemblea pubblica in municipio. Poi riapriremo la piazza.»', 'cantiere', 'la sindaca', 'Paola Neri'],
  ])('%s', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { speaker, name });
  });
});

describe('a headline that names a country before its colon, then a speaker with a cue, is that speaker’s', () => {
  it.each([
    ['fr', 'Ukraine : Moscou juge « inacceptable » tout déploiement de troupes européennes\n\nMOSCOU (AFP) - Le ministre russe a parlé jeudi.', 'déploiement', 'Moscou', 'A05'],
    ['pt', 'Ucrânia: Lavrov diz que tropas europeias seriam "alvos legítimos"\n\nMOSCOVO (Lusa) - O ministro russo falou.', 'tropas europeias', 'Lavrov', 'A01'],
    ['es', 'Ucrania: Lavrov dice que las tropas europeas serían "objetivos legítimos"\n\nMOSCÚ (EFE) - El ministro ruso habló.', 'tropas europeas', 'Lavrov', 'A01'],
  ])('%s', (_l, text, words, speaker, actor) => {
    check(statementWith(text, words), { speaker, actor });
  });
  it('a person before the colon stays the speaker (pl)', () => {
    check(statementWith('Ławrow: Rosja przekazała USA nowe propozycje gwarancji bezpieczeństwa\n\nMOSKWA (PAP) - Minister mówił w czwartek.', 'propozycje'), { speaker: 'Ławrow', actor: 'A01' });
  });
});

describe('a role that opens the sentence with an apposition is the subject, not what was said', () => {
  it.each([
    ['fr', 'Le syndicaliste Marc Roy était présent. Le syndicaliste, lui-même conducteur sur la ligne de Nantes depuis vingt ans, a dénoncé des propositions « au rabais ». « C’est une provocation », a-t-il ajouté.', 'provocation', 'conducteur', 'Marc Roy'],
    ['es', 'El sindicalista Marc Roy acudió a la reunión. El sindicalista, él mismo conductor en la línea de Bilbao desde hace veinte años, ha denunciado unas propuestas «de saldo». «Es una provocación», añadió.', 'provocación', 'conductor', 'Marc Roy'],
  ])('%s', (_l, text, words, apposition, name) => {
    expect(statements(text).filter((s) => s.text.includes(apposition))).toEqual([]);
    check(statementWith(text, words), { name });
  });
});

/** A slash with no space around it joins two words into one name: a party's ("Bündnis 90/Die Grünen"), a date's ("9/11"). */
describe('a slash between two words is no break in the speaker phrase', () => {
  it.each([
    ['de, a party whose name has an article after the slash', 'Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne der Bundesregierung. Hier seien die Mittel „völlig unrealistisch“.', 'völlig unrealistisch', 'Anja Hajduk'],
    ['fr, the same', 'La porte-parole d’Europe Écologie/Les Verts, Sandrine Rousseau, a jugé le budget « irresponsable ».', 'irresponsable', 'Sandrine Rousseau'],
    ['en, a date before the role', '“They are 100 percent wrong,” said 9/11 widow Terry Strada.', '100 percent wrong', 'Terry Strada'],
  ])('%s', spokenBy);
});

/** A given name joined by a hyphen is one given name, whatever stands before it: "le député RN Jean-Philippe Tanguy". */
describe('a hyphenated given name after a party or a place is all of the name', () => {
  it.each([
    ['fr, after a party\'s initials', '« C’est injuste », a déclaré le député RN Jean-Philippe Tanguy.', 'injuste', 'Jean-Philippe Tanguy'],
    ['fr, after a place', 'Le maire LR de Nice Jean-Pierre Martin a déclaré que le plan était injuste.', 'plan était injuste', 'Jean-Pierre Martin'],
    ['de', 'Die Grünen-Abgeordnete Anna-Lena Schmidt sagte, der Plan sei ungerecht.', 'Plan sei ungerecht', 'Anna-Lena Schmidt'],
    ['en', 'Senator Mary-Ann Jones said the plan was unfair.', 'plan was unfair', 'Mary-Ann Jones'],
  ])('%s', spokenBy);
});

/** A role whose complement has two parts joined by "and" ("de l'Europe et des Affaires étrangères") is one phrase. */
describe('a role with a complement of two parts', () => {
  it.each([
    ['fr (capitalised second part)', 'La réunion a duré trois heures. Le ministre de l’Économie et des Finances a estimé que la croissance ralentirait.', 'croissance', 'Le ministre de l’Économie et des Finances'],
    ['fr (lower-case end)', 'La réunion a duré trois heures. Le ministre de l’Europe et des Affaires étrangères a assuré que les Européens parlaient d’une seule voix.', 'Européens', 'Le ministre de l’Europe et des Affaires étrangères'],
    ['fr (elided article)', 'La réunion a duré trois heures. La ministre du Travail et de l’Emploi a estimé que la réforme était nécessaire.', 'réforme', 'La ministre du Travail et de l’Emploi'],
    ['es (read so already)', 'La reunión duró tres horas. La ministra de Trabajo y Economía Social dijo que el paro bajaría.', 'paro bajaría', 'La ministra de Trabajo y Economía Social'],
  ])('%s', (_l, text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });

  it('two subjects joined by "and" stay apart (read so already)', () => {
    check(statementWith('La réunion a duré trois heures. Les syndicats et le patronat ont dit que tout allait bien.', 'tout allait'), { speaker: 'le patronat' });
  });
});
