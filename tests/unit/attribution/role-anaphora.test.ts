import { describe, it } from 'vitest';
import { check, spokenBy, spokenByActor, statements as statementsOf, statementWith } from './helpers';

/** A role said again with its article stands for the person named with a role before, as copy writes it. */
describe('a collective role with a definite article in the singular', () => {
  it.each([
    ['de "so die Expertin" after a political scientist', 'Die Politologin Karin Oberleitner beobachtet die Gespräche seit Monaten. „Das ist ein altes Muster“, sagte sie.\n\n„Niemand weiß, wer das Kommando hat“, so die Expertin.', 'Kommando', 'Karin Oberleitner'],
    ['de "der Experte" after a named economist', 'Der Ökonom Jens Hallberg rechnet mit weiteren Ausfällen. „Ein Streiktag kostet die Region Millionen“, sagte der Experte der Nachrichtenagentur dpa.', 'Millionen', 'Jens Hallberg'],
    ['fr "l\'experte" after a researcher', "La chercheuse Hélène Vasseur suit ces négociations depuis le début. « Moscou pose des conditions inacceptables », estime l'experte.", 'inacceptables', 'Hélène Vasseur'],
    ['es "la analista" after a named professor', 'La profesora Marta Ibáñez sigue las negociaciones desde Madrid. «Moscú gana tiempo», afirmó la analista.', 'gana tiempo', 'Marta Ibáñez'],
  ])('%s', spokenBy);

  it.each([
    ['de "ein Experte" is someone new', 'Die Politologin Karin Oberleitner beobachtet die Gespräche. „Niemand weiß, wer das Kommando hat“, sagte ein Experte des Instituts.', 'Kommando'],
    ['fr "un expert" is someone new', "La chercheuse Hélène Vasseur suit ces négociations. « Moscou pose des conditions », estime un expert.", 'conditions'],
  ])('%s', (_l, text, words) => {
    const s = statementWith(text, words);
    if (s.speakerName && /Oberleitner|Vasseur/.test(s.speakerName)) throw new Error(`"${s.speakerName}" for someone new`);
  });
});

/** A person named again by surname alone at the end of a sentence is the one the text speaks of next. */
describe('a surname that ends a sentence', () => {
  it.each([
    ['de, the sentence before the quote', 'Aebersold gewann vor dem Österreicher Florian Gruber. Cheftrainer Thomas Inäbnit zeigte sich erleichtert: «Luca hat brutal gearbeitet.»\n\nWenig Freude hatte Gruber. «Da habe ich Zeit liegen lassen», sagte er dem ORF.', 'Zeit liegen', 'Florian Gruber'],
    ['de, a sentence between', 'Aebersold gewann vor dem Österreicher Florian Gruber. Cheftrainer Thomas Inäbnit zeigte sich erleichtert: «Luca hat brutal gearbeitet.»\n\nWenig Freude hatte Gruber. Er haderte mit einem Fehler. «Da habe ich Zeit liegen lassen», sagte er.', 'Zeit liegen', 'Florian Gruber'],
    ['en', 'The bill was drafted by Senator Paul Whitaker. Committee chair Dan Morrow defended it: "It is a fair compromise."\n\nThe loudest critic was Whitaker. He called the final text a betrayal. "They gutted it," he said.', 'gutted', 'Paul Whitaker'],
    ['fr', "Le texte a été rédigé par le sénateur Paul Lemaire. Le rapporteur Denis Morel l'a défendu : « C'est un compromis. »\n\nLe plus critique fut Lemaire. Il a dénoncé un texte vidé de sa substance. « Ils l'ont trahi », a-t-il lancé.", 'trahi', 'Paul Lemaire'],
  ])('%s', spokenBy);
});

/** German nouns are capitalised: one the role list lacks, before a given name, describes the person the name names. */
describe('a capitalised noun before a name that opens with a given name', () => {
  it.each([
    ['de, an age, a noun, a name and an initial', 'Pendler reagierten genervt. „Ich bin um fünf aufgestanden“, erzählte die 41-jährige Pflegekraft Meike S. am Hauptbahnhof.', 'fünf', 'Meike S'],
    ['de, a noun and a full name', 'Der Streik traf vor allem Schichtarbeiter. „Heute fährt gar nichts“, sagte der Busfahrer Jens Kraus vor dem Depot.', 'gar nichts', 'Jens Kraus'],
  ])('%s', spokenBy);
});

/** Someone new of a body, described and not named, as the subject before the verb: whom "he" is next. */
describe('an indefinite member of a body, before the verb', () => {
  it.each([
    ['de', 'Außenminister Sergej Lawrow warnte Europa erneut. In Kiew stießen die Äußerungen auf Skepsis. Ein Berater im Präsidialamt sagte der Deutschen Presse-Agentur, Moskau wolle Zeit gewinnen. „Russland droht im selben Atemzug“, sagte er.', 'Atemzug', 'Ein Berater im Präsidialamt'],
    ['fr', "Le maire Paul Henry a salué la décision du préfet. Un conseiller du ministère de l'Intérieur a assuré que rien n'était tranché. « Nous attendons le rapport », a-t-il ajouté.", 'le rapport', "Un conseiller du ministère de l'Intérieur"],
    ['it', 'Il sindaco Paolo Neri ha accolto la decisione. Un consigliere del ministero dell’Interno ha assicurato che nulla era deciso. «Aspettiamo la relazione», ha aggiunto lui.', 'relazione', 'Un consigliere del ministero dell’Interno'],
  ])('%s', spokenBy);
});

/** A role that matches no one's, as a pronoun reads: the subject of the sentence that named the last person it may be. */
describe('a role said of no one named with it', () => {
  it.each([
    ['fr', "Le chef de la diplomatie russe, Sergueï Lavrov, a affirmé jeudi que Vladimir Poutine avait reçu les émissaires de Donald Trump.\n\n« Le président a confirmé cette disposition », a déclaré le ministre lors d'une conférence de presse.", 'disposition', 'A01'],
    ['en', 'Trump, appearing after Clinton at the forum, blamed the policies of President Obama and Clinton.\n\n"We need change," the New York businessman said.', 'We need change', 'A03'],
    ['de', 'Der russische Chefdiplomat Sergej Lawrow sagte am Donnerstag, Wladimir Putin habe die Gesandten von Donald Trump empfangen.\n\n„Der Präsident hat das bestätigt“, sagte der Minister vor Journalisten.', 'bestätigt', 'A01'],
  ])('%s', spokenByActor);
});

/** A headline quotes someone it only describes; the body names them where it quotes the same words. */
describe('a headline quote by a role the body names', () => {
  it.each([
    ['fr', "Landerneau : « On demande aux habitants de faire la route de Brest en pleine nuit », s'indigne le maire\n\nLes urgences fermeront chaque nuit. Une explication qui ne convainc pas le maire, Yann Le Goff. « On demande aux habitants de faire la route de Brest en pleine nuit, parfois avec un enfant malade », s'indigne l'élu.", 'Yann Le Goff'],
    ['de', '„Wir lassen die Familien im Stich“, sagt die Landrätin\n\nDie Geburtsstation schließt Ende März. Landrätin Petra Albers (SPD) ist empört. „Wir lassen die Familien im Stich, und das mitten im Winter“, sagte sie am Montag.', 'Petra Albers'],
    ['it', '«Così si chiude un reparto che funziona», attacca il sindaco\n\nIl punto nascite chiuderà a marzo. Il sindaco Marco Ferri non ci sta. «Così si chiude un reparto che funziona da trent’anni», ha detto Ferri.', 'Marco Ferri'],
  ])('%s', (_l, text, name) => {
    check(statementsOf(text)[0], { name });
  });
});

describe("French copy's women's names and incises", () => {
  it.each([
    ['a name in -elle is a woman\'s', "« Le pire, ce sont les familles », confie une soignante. Sa porte-parole, Gwenaëlle Tanguy, a parlé samedi. « On connaît la chanson », dit-elle.", 'chanson', 'Gwenaëlle Tanguy'],
    ['a name in -ette is a woman\'s', "Le maire Paul Henry a salué la décision. La présidente du club, Huguette Marchal, était présente. « Nous avons attendu dix ans », a-t-elle rappelé.", 'dix ans', 'Huguette Marchal'],
    ['Antoine is a man\'s', "La juge Claire Vidal a ouvert l'audience. Le prévenu, Antoine Roussel, s'est levé. « Je regrette », a-t-il dit.", 'regrette', 'Antoine Roussel'],
    ['the incise "soupire-t-elle" inside the marks', "Le maire Paul Henry a salué la décision. Sa porte-parole, Gwenaëlle Tanguy, a parlé samedi. « On connaît la chanson, soupire-t-elle. Avec la chirurgie, on nous avait parlé de provisoire. »", 'chanson', 'Gwenaëlle Tanguy'],
    ['the incise "ajoute-t-il" inside the marks', "La juge Claire Vidal a ouvert l'audience. Le maire Paul Henry était présent. « Nous irons, ajoute-t-il, jusqu'au bout. »", 'jusqu', 'Paul Henry'],
  ])('%s', spokenBy);
});

/** Romance copy names the outlet a cue was said to between the verb and its subject. */
describe('the outlet between a cue and its subject', () => {
  it.each([
    ['fr, an outlet of one word and a name', 'Kyiv met la dernière main à son plan de paix, a affirmé à RFI Mykhaïlo Levtchenko, conseiller au bureau présidentiel.', 'dernière main', 'Mykhaïlo Levtchenko'],
    ['fr, "au" and a role', 'Le texte sera prêt dans quelques jours, a confié au Parisien la ministre Agnès Firmin.', 'quelques jours', 'Agnès Firmin'],
    ['it, "al" and a role', 'Il piano sarà pronto entro marzo, ha detto al Corriere il sindaco Marco Ferri.', 'entro marzo', 'Marco Ferri'],
    ['pt, "ao" and a name', 'O plano estará pronto em março, disse ao Público o autarca Rui Moreira.', 'em março', 'Rui Moreira'],
  ])('%s', spokenBy);
});

/** German capitalises its nouns: after an indefinite article they describe someone new, they name no one. */
describe('a German indefinite description', () => {
  it('is the speaker as written, and whom "er" is next', () => {
    const text = 'Dauerkarteninhaber Jürgen Wöhrle verteidigte den Trainer. Vor dem Bahnhof warteten Hunderte. „Dann fahre ich eben mit dem Zug“, sagte ein junger Mann. „Hoffentlich streikt die Bahn nicht“, fügte er hinzu.';
    check(statementWith(text, 'mit dem Zug'), { name: 'ein junger Mann' });
    check(statementWith(text, 'Hoffentlich'), { name: 'ein junger Mann' });
  });
});

/** A German definite article and a noun of a person the role list lacks: someone named before, as a pronoun reads. */
describe('a German description with a definite article', () => {
  it.each([
    ['"der Innenverteidiger" after a captain named', 'Die Partie war ein Offenbarungseid. Kapitän Niklas Oberle nahm danach die Spieler in die Pflicht. „Der Trainer hat kein Gegentor verschuldet“, sagte der Innenverteidiger.', 'Gegentor', 'Niklas Oberle'],
    ['"die Tirolerin" after a skier named', 'Im Ziel jubelte Anna Gruber aus Innsbruck. „Ich habe einfach angegriffen“, sagte die Tirolerin im ORF.', 'angegriffen', 'Anna Gruber'],
  ])('%s', spokenBy);

  it('"die" before a noun in -er is the plural: the organisers are no one named before', () => {
    const s = statementWith('Bürgermeister Jens Kraus eröffnete den Marsch. „Die größte Demo jemals in der Region“, sagten die Veranstalter.', 'größte Demo');
    if (s.speakerName === 'Jens Kraus') throw new Error('the organisers read as the mayor');
  });
});

/** Unnamed sources: where they sit, and "this source" for the one just quoted. */
describe('an unnamed source', () => {
  it.each([
    ['fr, a live blog entry: its time stamp, "selon une source à", "cette source"', "15h50 : Selon une source à l'Élysée, Paris, Londres et Berlin se coordonnent « heure par heure ». « Personne ne veut d'une paix injuste », confie cette source.", 'paix injuste', "une source à l'Élysée"],
    ['de, "diese Quelle"', 'Laut einer Quelle im Kanzleramt wird weiter verhandelt. „Niemand will eine Einigung um jeden Preis“, sagte diese Quelle.', 'jeden Preis', 'einer Quelle im Kanzleramt'],
    ['es, "esta fuente"', 'Según una fuente diplomática, Madrid y París se coordinan. «Nadie quiere una paz injusta», añadió esta fuente.', 'paz injusta', 'una fuente diplomática'],
  ])('%s', spokenBy);
});

/** A possessive and a noun that names no one stand for their possessor: "His verdict:", "Sein Fazit:". */
describe('a possessive before a colon or a cue', () => {
  it.each([
    ['de', 'Der EU-Außenbeauftragte Javier Solana äußerte sich zuversichtlich. Seine Zuversicht gründet sich auf Erfahrungen: „Entscheidungen fallen immer in letzter Minute.“', 'letzter Minute', 'Javier Solana'],
    ['en', 'Foreign policy chief Javier Solana was upbeat after meeting Kaja Brandt. His verdict: "A deal will be reached."', 'deal will', 'Javier Solana'],
    ['fr', "Le chef de la diplomatie européenne Javier Solana s'est montré optimiste. Son verdict : « Un accord sera trouvé. »", 'accord sera', 'Javier Solana'],
  ])('%s', spokenBy);

  it('not people of theirs: "his spokesman", "his family"', () => {
    const s = statementWith('Senator Paul Whitaker stayed silent. His family said in a statement that he was resting at home.', 'resting at home');
    if (s.speakerName === 'Paul Whitaker') throw new Error('"his family" read as the senator');
  });
});

/** A colon introduction inside a paragraph is no headline, whatever mark closes its quote. */
describe('a German colon introduction in the body', () => {
  it.each([
    ['a surname', 'Der Außenbeauftragte Javier Solana äußerte sich am Abend zuversichtlich. Solana: „Eine Einigung wird gelingen.“', 'Einigung', 'Javier Solana'],
    ['a possessive and a noun', 'Der Außenbeauftragte Javier Solana äußerte sich am Abend zuversichtlich. Sein Fazit: „Eine Einigung wird gelingen.“', 'Einigung', 'Javier Solana'],
    ['single marks', 'Der Außenbeauftragte Javier Solana äußerte sich am Abend zuversichtlich. Sein Fazit: ‚Eine Einigung wird gelingen.‘', 'Einigung', 'Javier Solana'],
  ])('%s', spokenBy);
});

/**
 * A role set off after a name ("Julien Marchal, conseiller diplomatique à l'Élysée", "John Marsh, a senior adviser to
 * the prime minister") is said of that person: "le diplomate", "der Berater", "the adviser" name them again later.
 */
describe('a role in apposition after a name names that person again', () => {
  it.each([
    ["fr", "La France prépare une force de réassurance, a déclaré mardi sur France Inter Julien Marchal, conseiller diplomatique à l'Élysée. À Kyiv, Volodymyr Zelensky a salué « un travail sérieux ». « Nous ne déploierons personne sans cessez-le-feu », a insisté le diplomate.", "Nous ne déploierons", "Julien Marchal"],
    ["de", "Die Verhandlungen kämen voran, sagte am Dienstag im Deutschlandfunk Jens Weber, außenpolitischer Berater des Kanzlers. In Kiew lobte Wolodymyr Selenskyj die Gespräche. Der Berater blieb vorsichtig: „Wir schicken niemanden ohne Waffenruhe.“", "niemanden ohne", "Jens Weber"],
    ["en", "The talks were making progress, said John Marsh, a senior adviser to the prime minister, on Tuesday. In Kyiv, Volodymyr Zelensky praised the talks. The adviser was cautious: \"We will not send anyone without a ceasefire.\"", "send anyone", "John Marsh"],
  ])('%s', spokenBy);
});

/** "…, said X, a senior adviser to the prime minister, on Tuesday": the role set off after the name is no clause of its own. */
describe('a long role set off after the speaker of a cue that follows the words', () => {
  it.each([
    ['en', 'The talks were making progress, said John Marsh, a senior adviser to the prime minister, on Tuesday. "We often compare it to the early days."', 'early days', 'John Marsh'],
    ['fr', "Les discussions progressent, a déclaré mardi Julien Marchal, conseiller diplomatique adjoint à l'Élysée, sur France Inter. « Rien n'est encore signé. »", 'encore signé', 'Julien Marchal'],
    ['de (German copy read it so already)', 'Die Gespräche kämen voran, sagte Jens Weber, außenpolitischer Berater des Bundeskanzlers, am Dienstag. „Unterschrieben ist noch nichts.“', 'Unterschrieben', 'Jens Weber'],
    ['en, the words said', 'The answers to veteran suicides are "not meeting the demand," says Paul Rieckhoff, founder and chief executive of Iraq and Afghanistan Veterans of America.', 'veteran suicides', 'Paul Rieckhoff'],
  ])('%s', spokenBy);
});
