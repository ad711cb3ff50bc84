import { describe, expect, it } from 'vitest';
import { check, statementWith } from './helpers';

/**
 * A French description after the verb of an incise that the role list lacks: the noun and what follows it up to its
 * manner, its complement or its age ("le sexagénaire d'une voix sourde", "la municipale chargée de la Mobilité,
 * Valérie Chappuis", "la jeune femme de 23 ans"), and, article elided, a noun of a person ("l'arrière"), who is the
 * person named before.
 */
describe('French descriptions of the speaker after the verb', () => {
  it.each([
    ['a manner after the noun', "Gérard Lemaire, 61 ans, était jugé mercredi. « Je ne suis pas un marchand de sommeil », a affirmé le sexagénaire d'une voix sourde, assurant que les locataires avaient surchargé les prises.", 'marchand de sommeil', 'le sexagénaire', 'Gérard Lemaire'],
    ['a complement, then the name in apposition', "Le projet a été présenté lundi. «Nous voulons en faire un lieu où l'on s'arrête», a expliqué la municipale chargée de la Mobilité, Valérie Chappuis.", 'lieu où', 'la municipale chargée de la Mobilité, Valérie Chappuis', 'Valérie Chappuis'],
    ['an age after the noun', "L'ailière gauche Léa Fournier ne cachait pas sa frustration. « On avait les cartes en main », soupirait la jeune femme de 23 ans.", 'cartes en main', 'la jeune femme de 23 ans', 'Léa Fournier'],
    ['an age after a noun of one word', "Depuis un an, Marc Peeters ouvre sa boulangerie face à une tranchée. « Les gens ne viennent plus », soupire le boulanger de 58 ans, installé rue Van Hove depuis 1994.", 'viennent plus', 'le boulanger de 58 ans', 'Marc Peeters'],
    ['an age after a role of one word, the phrase ending there', "Au tribunal, Henri Castel, poursuivi pour escroquerie, a pris la parole. « Je rembourserai tout », a promis le retraité de 67 ans.", 'rembourserai tout', 'le retraité de 67 ans', 'Henri Castel'],
    ['a noun of a person, its article elided', "Auteur de l'essai de la victoire, Hugo Lemaire savourait. « J'ai juste eu à finir le travail », assurait l'arrière.", 'finir le travail', 'arrière', 'Hugo Lemaire'],
  ])('%s', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { kind: 'direct', speaker, name });
  });

  it('keeps a paragraph of quotes with the described speaker', () => {
    const text = "L'ailière gauche Léa Fournier ne cachait pas sa frustration. « On avait les cartes en main », soupirait la jeune femme de 23 ans. « C'est un match qui nous échappe. »";
    check(statementWith(text, 'nous échappe'), { name: 'Léa Fournier' });
  });

  it('keeps the person of an age noun the one given that age: "le septuagénaire" (read so already)', () => {
    const text = 'Son voisin de palier, Gérard Lemoine, un retraité de 71 ans, a été évacué. « Je ne pouvais pas sortir », confie le septuagénaire, encore sous le choc.';
    check(statementWith(text, 'pas sortir'), { name: 'Gérard Lemoine' });
  });
});

/** A second description between the first and the name: "raconte le capitaine, le talonneur Romain Hébert". */
describe('a second description, then the name in apposition', () => {
  it.each([
    ['a role, then a lower-case noun and the name', "Les Normands ont haussé le ton. « Il fallait qu'on arrête de jouer avec le frein à main », raconte le capitaine, le talonneur Romain Hébert.", 'frein à main', 'Romain Hébert'],
    ['the second article elided', "Le club a gagné. « On a tenu jusqu'au bout », raconte le capitaine, l'ailier Tom Roux.", "jusqu'au bout", 'Tom Roux'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it('takes no name after "à", French "à" folded as the Portuguese article: "…, à bord d\'Air Force One" (read so already)', () => {
    const text = "Donald Trump a appelé Kyiv au réalisme. « Il doit être réaliste », a lancé le président américain mercredi soir devant des journalistes, à bord d'Air Force One.";
    check(statementWith(text, 'être réaliste'), { name: 'Donald Trump' });
  });
});

/** French quotes in which the speaker's own clause opens with a subject pronoun: no incise, which inverts its subject. */
describe('a subject pronoun and a verb of saying inside the quotation marks', () => {
  it('reads the cue after the quote, not "on s\'est dit les choses" inside it', () => {
    const text = "Les Normands ont haussé le ton. « À la pause, on s'est dit les choses. Il fallait qu'on arrête de jouer avec le frein à main », raconte le talonneur Romain Hébert.";
    check(statementWith(text, 'frein à main'), { kind: 'direct', speaker: 'le talonneur Romain Hébert', name: 'Romain Hébert' });
  });

  it('keeps the incise that inverts its subject (read so already)', () => {
    const text = "Le ministre Paul Roy était à Lyon. « Ce dossier, a-t-il dit, est prioritaire. »";
    check(statementWith(text, 'prioritaire'), { name: 'Paul Roy' });
  });
});

/** A definite description and where the person lives, after "de": a place, not the name. */
describe('a description and the place the person is from', () => {
  it.each([
    ['a noun of a person, the place after "de"', "Louise Bérubé en sait quelque chose. La femme de 67 ans accompagne son mari. « Il a passé deux nuits dans un corridor », raconte la résidante de Charlesbourg.", 'corridor', 'Louise Bérubé'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it('keeps a role and its place a title of its own, not a person named "Antsirabe"', () => {
    const text = "« Ce remaniement ne change rien », a réagi Naina Randrianarisoa. « On déplace les mêmes visages », a ajouté le député d'Antsirabe.";
    check(statementWith(text, 'mêmes visages'), { name: "le député d'Antsirabe" });
  });

  it('keeps a given name after "de" the name of kin (read so already): "le fils de Jean Roux"', () => {
    const s = statementWith("« Il n'a rien vu venir », a raconté le fils de Jean Roux.", 'rien vu venir');
    expect(s.speakerName).toContain('Jean Roux');
  });
});

/** A description, then a role, its adjective and a name of three words in apposition, before the verb. */
describe('a role, an adjective and a long name in apposition before the verb', () => {
  it.each([
    ['fr', "Le jury a délibéré samedi. Le président du jury, le réalisateur ivoirien Didier Aka Kouamé, a salué un film d'une grande pudeur.", 'grande pudeur', 'Didier Aka Kouamé'],
    ['es', 'El jurado deliberó el sábado. El presidente del jurado, el cineasta marfileño Didier Aka Kouamé, afirmó que la película era muy sobria.', 'muy sobria', 'Didier Aka Kouamé'],
    ['it, a name of two words (read so already)', 'Ferrante sarà ascoltato. Il suo legale, l\'avvocato Stefano Rinaldi, ha detto che le accuse sono infondate.', 'infondate', 'Stefano Rinaldi'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('more French descriptions after the verb', () => {
  it.each([
    ["the body a description belongs to, its article elided: not the body's name", "Deuxième, Romain Teyssier ne cachait pas sa déception. « Je me suis fait piéger », a reconnu le coureur de l'AC Lyon-Vaulx.", 'fait piéger', 'Romain Teyssier'],
    ['an age noun, its article elided, before whom it was said to', "Parmi les victimes, Thérèse Gingras, 84 ans, a perdu 18 000 dollars. « Le monsieur était tellement convaincant », a raconté l'octogénaire à TVA Nouvelles.", 'convaincant', 'Thérèse Gingras'],
    ['a noun of kin and a first name alone set off by commas', "Le prévenu a été condamné. « Ce n'est pas l'argent qui compte », a confié sa fille, Valérie, à la sortie de la salle d'audience.", "l'argent qui compte", 'Valérie'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });
});

/** A minister's office quoted in the minister's place: "le cabinet du ministre de la Santé" is the speaker as written. */
describe("a minister's cabinet as the speaker", () => {
  it.each([
    ['after the verb, the role in its complement', "Le député Marc Roy réclame des moyens. Hélène Dubois, infirmière, se dit épuisée. Le ministère promet une réponse. Le gouvernement va « suivre la situation de près », a fait savoir le cabinet du ministre de la Santé.", 'situation de près', 'cabinet du ministre de la Santé'],
    ['before the verb, a feminine role', "La sénatrice Claire Moreau dénonce un texte bâclé. « Le texte doit être voté avant l'été », indique le cabinet de la ministre.", "voté avant l'été", 'cabinet de la ministre'],
    ['reported speech, a regional minister', "Les salariés de l'usine ont manifesté lundi, emmenés par Julie Marchal. Le cabinet du ministre wallon de l'Économie se dit « attentif » à la situation.", 'attentif', "cabinet du ministre wallon de l'Économie"],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('keeps a law firm a body, by its whole name: "le cabinet d\'avocats Lenoir et Associés"', () => {
    const text = "Le promoteur Paul Girard conteste la décision. « Le permis a été délivré en toute légalité », affirme le cabinet d'avocats Lenoir et Associés.";
    check(statementWith(text, 'toute légalité'), { name: "cabinet d'avocats Lenoir et Associés" });
  });
});

/**
 * A second description with its adjective and its place before the name: "le premier signataire, le député socialiste de
 * Haute-Garonne Bertrand Lacombe, a dénoncé …" (the place stops at the given name that opens the person's).
 */
describe('a second description with an adjective and a place, then the name', () => {
  it.each([
    ['fr, a hyphenated place', 'Le gouvernement a survécu. À la tribune, le premier signataire, le député socialiste de Haute-Garonne Bertrand Lacombe, a dénoncé un « passage en force de trop ».', 'passage en force', 'Bertrand Lacombe'],
    ['fr, a place of one word', 'Le gouvernement a survécu. À la tribune, le premier signataire, le député socialiste de Toulouse Bertrand Lacombe, a dénoncé un « passage en force de trop ».', 'passage en force', 'Bertrand Lacombe'],
    ['es', 'El Gobierno sobrevivió. Desde la tribuna, el primer firmante, el diputado socialista de Sevilla Juan Pérez, denunció un «atropello más» del Ejecutivo.', 'atropello más', 'Juan Pérez'],
    ['pt', 'O Governo sobreviveu. Na tribuna, o primeiro signatário, o deputado socialista de Braga João Pereira, denunciou um «abuso a mais» do Executivo.', 'abuso a mais', 'João Pereira'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'mixed', name });
  });

  it('reads "premier" before a noun in lower case as the ordinal: "le premier signataire" is no head of government', () => {
    const text = "Le gouvernement d'Hélène Marchal a survécu. À la tribune, le premier signataire, le député socialiste de Haute-Garonne Bertrand Lacombe, a dénoncé un « passage en force de trop ».\n\nLa première ministre a répondu. « La censure n'est pas un programme », a-t-elle rétorqué. La cheffe du gouvernement estime que la gauche « joue avec la stabilité du pays ».";
    check(statementWith(text, 'joue avec la stabilité'), { name: 'Hélène Marchal' });
  });
});

/** "La mère de famille", "le père de famille": the parent just quoted or named, described, as vox pops go on. */
describe('a parent described, not the parent of someone', () => {
  it.each([
    ['fr', "Chantal Bergeron, 38 ans, a dû faire remorquer son véhicule jeudi dernier. « Je paie mes taxes comme tout le monde », lance la mère de famille.", 'Je paie mes taxes', 'Chantal Bergeron'],
    ['es (read so already)', 'Lucía Romero, de 41 años, espera el autobús cada mañana con sus dos hijos. «Nadie nos ha avisado de nada», lamenta la madre de familia.', 'Nadie nos ha avisado', 'Lucía Romero'],
    ['pt (read so already)', 'Rogério Almeida, de 45 anos, perdeu o emprego em março. «Ninguém nos explicou nada», desabafa o pai de família.', 'Ninguém nos explicou', 'Rogério Almeida'],
    ['it (read so already)', 'Marco Ferri, 44 anni, aspetta da due ore davanti alla scuola. «Nessuno ci ha detto niente», spiega il padre di famiglia.', 'Nessuno ci ha detto', 'Marco Ferri'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('fr, a parent brought in by an indefinite article is someone new', () => {
    const text = "Chantal Bergeron, 38 ans, a dû faire remorquer son véhicule. « On nous oublie », raconte une mère de famille du quartier.";
    check(statementWith(text, 'On nous oublie'), { name: 'une mère de famille du quartier' });
  });
});

/** A noun of a person with its article elided and the town they are from: the one named before, not the town. */
describe('a person described by the town they are from', () => {
  const text = "Le président du syndicat de la lentille verte, Jean-Marc Bonnefoy, ne cache pas son inquiétude. « On n'avait jamais vu ça », explique l'agriculteur de Saint-Paulien, qui cultive une quarantaine d'hectares. Le quinquagénaire dit craindre surtout le découragement des jeunes installés.";
  it.each([
    ['fr, the quote the description speaks (read so already)', "jamais vu ça"],
    ['fr, the age noun after it', 'découragement des jeunes'],
  ])('%s', (_l, words) => {
    check(statementWith(text, words), { name: 'Jean-Marc Bonnefoy' });
  });

  it('fr (guard: a surname of a saint\'s name after a given name is a person)', () => {
    const t = "Les pompiers sont intervenus toute la nuit. « La situation est sous contrôle », a indiqué le préfet, Laurent Saint-Marc, lors d'un point presse.";
    check(statementWith(t, 'sous contrôle'), { name: 'Laurent Saint-Marc' });
  });
});
