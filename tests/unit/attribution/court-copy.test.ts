import { describe, expect, it } from 'vitest';
import { check, spokenBy, statementWith, statements } from './helpers';

/**
 * Court copy names the defendant by a word that is also a participle of a cue ("le prévenu", "l'accusé"): after its
 * article it is the role, and the verb after it ("bredouille", "balbutie") the cue.
 */
describe('a role that is also a participle is the role after its article', () => {
  it.each([
    ['"Le prévenu bredouille :"', 'Dans le box, Kévin D., 34 ans, baisse la tête. Le prévenu bredouille : « Je pensais que j’étais capable de rentrer. »', 'capable de rentrer', 'Kévin D'],
    ['"L’accusé balbutie :"', 'Dans le box, Kévin D., 34 ans, baisse la tête. L’accusé balbutie : « Je ne voulais pas ça. »', 'voulais pas', 'Kévin D'],
  ])('%s', spokenBy);

  it('the participle after a verb stays the cue: "a-t-il prévenu"', () => {
    const text = 'Le maire, Patrick Kieffer, reçoit les salariés. « On ne se laissera pas faire une deuxième fois », a-t-il prévenu.';
    expect(statementWith(text, 'deuxième fois').speakerName).toBe('Patrick Kieffer');
  });
});

/** "Puis, d'une voix à peine audible : « … »": an adverb opening the sentence is no one, the words the last speaker's. */
describe('an adverb before a colon and a quote names no one', () => {
  it.each([
    ['fr', 'Dans le box, Kévin D., 34 ans, baisse la tête. « C’était à dix minutes », dit-il. Puis, d’une voix à peine audible : « Je ne me pardonnerai jamais. »', 'pardonnerai', 'Kévin D'],
    ['de', 'Der Richter Paul Martin kam herein. Dennis K. (34) saß still. „Es tut mir leid“, sagte er. Dann, mit kaum hörbarer Stimme: „Ich werde mir das nie verzeihen.“', 'nie verzeihen', 'Dennis K'],
  ])('%s', spokenBy);
});

/** "pour la première fois", "per la prima volta": a one-word frame before a time names no source. */
describe('a frame word before a time is no source', () => {
  it.each([
    ['fr', 'Le juge Paul Martin entre. Marc Rossi, 34 ans, est dans le box. Marc Rossi s’est tourné, pour la première fois, vers les parents de Léa : « Je sais que mes excuses ne valent rien. »', 'excuses', 'Marc Rossi'],
    ['it', 'Il giudice Paolo Marini entra. Marco Rossi, 34 anni, è in aula. Marco Rossi si è rivolto, per la prima volta, ai genitori di Lea: «So che le mie scuse non valgono nulla.»', 'scuse', 'Marco Rossi'],
  ])('%s', spokenBy);
});

/**
 * Court and local copy name a victim's family by a first name and the relation set off after it ("Nathalie, la mère de
 * Léa,"): that is someone, whom the next "elle" is — not the person the relation is to, named last.
 */
describe('a first name with a relation set off after it names someone', () => {
  it.each([
    ['fr', 'Léa, 19 ans, est morte. À la barre, Nathalie, la mère de Léa, serre une photo. « Elle voulait devenir infirmière », raconte-t-elle.', 'infirmière', 'Nathalie'],
    ['de', 'Lea (19) ist tot. Vor Gericht hält Anna, die Mutter von Lea, ein Foto. „Sie wollte Krankenschwester werden“, erzählt sie.', 'Krankenschwester', 'Anna'],
    ['en', 'Lea, 19, died. In court, Anna, the mother of Lea, held a photo. “She wanted to be a nurse,” she said.', 'a nurse', 'Anna'],
  ])('%s', spokenBy);
});

/** "Son père, resté au premier rang, explique …": someone's kin is someone else, not the last person named. */
describe('a possessive and a kin noun are someone new', () => {
  it.each([
    ['fr', 'À la barre, Nathalie, la mère de Léa, serre une photo. « Elle voulait devenir infirmière », raconte-t-elle. Son père, resté au premier rang, explique que la famille n’attend « pas de la vengeance, mais que justice soit rendue ».', 'justice soit rendue', 'Son père'],
    ['de', 'Vor Gericht hält Anna, die Mutter von Lea, ein Foto. „Sie wollte Krankenschwester werden“, erzählt sie. Sein Vater sagte, die Familie wolle „keine Rache, sondern Gerechtigkeit“.', 'keine Rache', 'Sein Vater'],
    ['en', 'Lea, 19, died. In court, Anna, the mother of Lea, held a photo. Her father said the family wanted “not revenge, but justice.”', 'not revenge', 'Her father'],
  ])('%s', spokenBy);
});

/** "the young man" is not someone the text gave an age of 35 or more. */
describe('"le jeune homme", "il giovane": not the one given an older age', () => {
  it.each([
    ['fr', 'Kévin Morel, 23 ans, comparaissait mardi devant le tribunal. Le 14 juin, il avait coupé la route d’un motard de 47 ans, Laurent Bessière. « Je n’ai pas vu la moto », a répété le jeune homme à la barre.', 'vu la moto', 'Kévin Morel'],
    ['it', 'Kevin Rossi, 23 anni, è comparso martedì davanti al tribunale. Il 14 giugno aveva tagliato la strada a un motociclista di 47 anni, Laurent Bessière. «Non ho visto la moto», ha ripetuto il giovane in aula.', 'visto la moto', 'Kevin Rossi'],
  ])('%s', spokenBy);
});

/** A quote after a sentence whose subject, after an opening set off by a comma, is someone named in apposition to kin. */
describe('the subject after an opening aside speaks the quote that follows', () => {
  it.each([
    ['fr', 'Le prévenu a reconnu l’avoir eu « posé sur la cuisse ». L’expertise du portable fait apparaître un message envoyé avant l’impact.\n\nAu premier rang, la sœur de la victime, Nathalie Garnier, a demandé à s’exprimer. « Laurent partait tous les dimanches matin faire sa boucle. »', 'dimanches', 'Nathalie Garnier'],
    ['es', 'El acusado reconoció haberlo tenido «sobre la pierna». La pericia del móvil muestra un mensaje enviado antes del impacto.\n\nEn primera fila, la hermana de la víctima, Natalia Gómez, pidió la palabra. «Laurent salía todos los domingos por la mañana.»', 'domingos', 'Natalia Gómez'],
    ['it', 'L’imputato ha ammesso di averlo avuto «sulla coscia». La perizia del telefono mostra un messaggio inviato prima dell’impatto.\n\nIn prima fila, la sorella della vittima, Natalia Bianchi, ha chiesto di parlare. «Laurent usciva ogni domenica mattina.»', 'domenica', 'Natalia Bianchi'],
  ])('%s', spokenBy);
});

/** A judge named in the phrase that opens a sentence, then "er", "il", "he" after the verb: the pronoun is someone else. */
describe('named in an opening phrase, then a pronoun: not the one the pronoun is', () => {
  it.each([
    ['de "Auf Nachfrage des Richters X ergriff er das Wort"', 'Der Angeklagte Sascha K. äußerte sich zunächst nicht. Auf Nachfrage des Vorsitzenden Richters Bernd Achterberg ergriff er dann doch selbst das Wort. „Ich schäme mich dafür“, sagte er.', 'schäme mich', 'Sascha K'],
    ['fr "Sur une question du président X, il a pris la parole"', "Le prévenu Karim Benali a d'abord gardé le silence. Sur une question du président Marc Lefort, il a finalement pris la parole. « J'ai honte », a-t-il dit.", "J'ai honte", 'Karim Benali'],
    ['en "At the request of Judge X, he finally spoke"', 'The defendant, Sam Keller, stayed silent at first. At the request of Judge Mark Price, he finally spoke. “I am ashamed,” he said.', 'I am ashamed', 'Sam Keller'],
    ['en, but after a comma the name is the subject: "For his part, Mr. X said he …"', 'Donald Hale spoke first. For his part, Mr. Obama said he planned to stay active. “My hope,” he said, “is that I can have more influence.”', 'My hope', 'Mr. Obama'],
  ])('%s', spokenBy);
});

describe('German: the subject after the verb is no name of an opening phrase; a witness described by her age', () => {
  it.each([
    ['"In Bern bekräftigte Innenminister X, dass er …": X is the subject, whom "er" is', 'Der Sprecher Thomas Roth sagte, man warte ab. In Bern bekräftigte Innenminister Martin Keller, dass er keine Zugeständnisse machen werde. „Wir bleiben bei unserer Linie“, sagte er.', 'unserer Linie', 'Martin Keller'],
    ['"sagte eine 84-Jährige aus Oberkassel aus": someone new, whom "die Rentnerin" and "sie" are', 'Verteidiger Jörg Paffrath sprach von einem Geständnis. Als erste Zeugin sagte am Nachmittag eine 84-Jährige aus Oberkassel aus. Sie habe dem Mann vertraut, berichtete die Rentnerin. „Das ist das Schlimmste daran“, sagte sie.', 'Schlimmste', 'eine 84-Jährige aus Oberkassel'],
  ])('%s', spokenBy);
});

/** French court copy calls a lawyer "le conseil". */
describe('"a assuré le conseil": the lawyer named before', () => {
  it.each([
    ['after the lawyer and the prosecutor', "Me Julien Vasseur, avocat de la défense, a plaidé la « dérive d'un artisan dépassé ». La procureure Anne Morel a requis deux ans. « Il ne fuit pas ses responsabilités. Il est là, il répond », a assuré le conseil.", 'ne fuit pas', 'Julien Vasseur'],
  ])('%s', spokenBy);
});

/** French "jugé", the participle, is no judge: the man it opens the sentence about is the defendant "le prévenu" names. */
describe('"Jugé depuis lundi, X …": the defendant, not a judge', () => {
  it('"le prévenu" is the man tried, not the presiding judge named last', () => {
    const text =
      "Jugé depuis lundi par le tribunal correctionnel de Bordeaux, Gérard Lapeyre, 67 ans, est soupçonné de favoritisme. " +
      "Le président du tribunal, Alain Reynaud, l'a interrogé longuement. « Vous présidiez cette commission », a-t-il rappelé. " +
      "« Les techniciens décidaient, pas moi », a répondu le prévenu.";
    expect(statementWith(text, 'Les techniciens').speakerName).toBe('Gérard Lapeyre');
  });
});

/** Court copy names the defendant first, then calls them by the role alone: who "il" is after "le prévenu". */
describe('the defendant no one was named as', () => {
  it('is the person named first, not the victim named last: "À la barre, le prévenu …"', () => {
    const text = "Le tribunal de Marseille a condamné jeudi Dylan Ferraro, 23 ans, à cinq ans de prison. Le 8 juin, il avait percuté Jean-Pierre Audibert, 64 ans. Le cycliste était mort sur le coup.\n\nÀ la barre, le prévenu a tenté de s'expliquer. « Je n'ai pas vu le vélo », a-t-il répété.";
    check(statementWith(text, 'pas vu le vélo'), { speaker: 'il', name: 'Dylan Ferraro' });
  });

  it('is none of the court: not the lawyer named just before', () => {
    const text = "Samuel Ouellet-Drouin avait plaidé coupable en septembre. « Mon client a exprimé des remords », a indiqué son avocat, Me Patrick Lévesque.\n\nL'accusé s'est brièvement adressé à la cour. « Je m'excuse à toutes les personnes que j'ai appelées », a-t-il dit.";
    check(statementWith(text, 'toutes les personnes'), { name: 'Samuel Ouellet-Drouin' });
  });

  it('en (read so already)', () => {
    const text = 'The court in Leeds on Thursday sentenced John Baker, 23, to five years. Last June he hit Peter Hall, 64, on the A61. The cyclist died at the scene.\n\nIn the dock, the defendant tried to explain himself. "I did not see the bike," he said.';
    check(statementWith(text, 'see the bike'), { name: 'John Baker' });
  });
});

/** "L'avocat du prévenu, Me X": a lawyer, not someone named the defendant. */
describe('a role of whom another role serves', () => {
  it.each([
    ['fr', "Pendant huit ans, Laurent V., 58 ans, a fait miroiter des rendements. L'avocat du prévenu, Me Olivier Schaller, a plaidé pour une peine plus légère.\n\nInvité à s'exprimer une dernière fois, le prévenu s'est tourné vers les victimes. « Je vous ai menti, à tous », a-t-il lâché.", 'menti, à tous', 'Laurent V'],
  ])('%s', spokenBy);
});

/** A role, the role it is of and that role's complement, then the name: "la substitute du procureur du Roi Anne-Sophie Claes". */
describe("a role's complement of place or body before the name", () => {
  it.each([
    ['fr, after the verb', 'Le conducteur, Mehdi B., 29 ans, avait pris la fuite. « Ces regrets arrivent bien tard », a estimé la substitute du procureur du Roi Anne-Sophie Claes.', 'regrets arrivent', 'Anne-Sophie Claes'],
    ['fr, after "Pour"', 'Le conducteur, Mehdi B., 29 ans, avait pris la fuite. Pour la substitute du procureur du Roi Anne-Sophie Claes, ces regrets arrivent « bien tard ».', 'regrets arrivent', 'Anne-Sophie Claes'],
    ['pt (read so already)', 'O motorista, Pedro G., de 29 anos, fugiu. «Estas desculpas chegam muito tarde», afirmou a procuradora do Porto Ana Ribeiro.', 'desculpas chegam', 'Ana Ribeiro'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/** "L'avocat du prévenu, Me Olivier Schaller, a plaidé …": "prévenu" after "du" is the noun, and the lawyer is no defendant. */
describe('the lawyer of the defendant', () => {
  const text = "Laurent V., 58 ans, ancien gérant de fortune, comparaissait mardi. L'avocat du prévenu, Me Olivier Schaller, a plaidé pour une peine légère. « Il n'a pas agi par cupidité », a soutenu Me Schaller.\n\nInvité à s'exprimer une dernière fois, le prévenu s'est tourné vers les victimes. « Je vous ai menti, à tous », a-t-il lâché.";

  it('reads "du prévenu" as the noun, not as the cue of the words after it', () => {
    check(statementWith(text, 'peine légère'), { kind: 'indirect', name: 'Olivier Schaller' });
  });

  it('keeps "le prévenu" the defendant after the lawyer spoke (read so before, by the wrong cue; the lawyer took "prévenu" among his words once the cue was right)', () => {
    check(statementWith(text, 'menti'), { name: 'Laurent V' });
  });

  it('reads no statement in "a tout reconnu", whose "tout" is no speaker', () => {
    expect(statements('Le prévenu, Laurent V., 58 ans, a tout reconnu.')).toEqual([]);
  });
});

/**
 * German court copy attributes the charges to the indictment ("Laut Anklage …"), which is the prosecutor's office's:
 * the office the report named, in full when it did.
 */
describe('German "laut Anklage": the prosecutor\'s office named before', () => {
  it.each([
    ['a speaker before', 'Nach Auffassung der Augsburger Staatsanwaltschaft hat sich der Landrat der Untreue schuldig gemacht. Laut Anklage bestellte er ohne Ausschreibung Masken bei der Firma seines Schwagers.', 'ohne Ausschreibung', 'Augsburger Staatsanwaltschaft'],
    ['named with its city', 'Die Staatsanwaltschaft Köln hat Anklage gegen drei Männer erhoben. Laut Anklage sollen sie zu einer Bande gehören, die gezielt Senioren anrief.', 'Bande gehören', 'Staatsanwaltschaft Köln'],
    ['named by the noun alone', 'Die Staatsanwaltschaft wirft dem 24-Jährigen Mord vor. Laut Anklage fuhr er mit 120 Stundenkilometern über eine rote Ampel.', 'rote Ampel', 'Staatsanwaltschaft'],
    ['the indictment read out', 'Die Staatsanwaltschaft Leipzig hat den Mann angeklagt. Der Prozess begann am Montag. Die Anklageschrift wirft ihm vor, die Kasse des Vereins geplündert zu haben.', 'Kasse des Vereins', 'Staatsanwaltschaft Leipzig'],
  ])('%s', spokenBy);

  // (the office's head noun opens no prosecutor's role: "Die Staatsanwältin" is a person; "und Polizei" another body)
  it.each([
    ['a prosecutor by her role is no office (guard)', 'Die Staatsanwaltschaft Freiburg hat Anklage erhoben. Die Staatsanwältin forderte in ihrem Plädoyer drei Jahre Haft.', 'drei Jahre', 'Die Staatsanwältin'],
    ['the police after "und" are another body (guard)', 'Staatsanwaltschaft und Polizei ermitteln gegen den Fahrer. Laut Anklage fuhr er mit 120 Stundenkilometern über eine rote Ampel.', 'rote Ampel', 'Staatsanwaltschaft'],
  ])('%s', spokenBy);

  // (no office named: the indictment, as written)
  it('none named: "Anklage" (read so already)', () => {
    check(statementWith('Der Prozess gegen den Bürgermeister begann am Montag. Laut Anklage soll er Geschenke angenommen haben.', 'Geschenke'), { name: 'Anklage' });
  });
});
