import { describe, expect, it } from 'vitest';
import { spokenBy, statementWith, statements } from './helpers';

/** "parole" is a role only as the head of "porte-parole": "a demandé la parole :" names no one. */
describe('"la parole" is no one', () => {
  it.each([
    ['"a demandé la parole :"', 'La maire, Anne Le Goff, parle. Dans le public, Marcel Hervé, 78 ans, a demandé la parole : « J’ai usé mes culottes courtes sur ces bancs. »', 'culottes', 'Marcel Hervé'],
    ['"a pris la parole :"', 'La maire, Anne Le Goff, parle. Dans le public, Marcel Hervé, 78 ans, a pris la parole : « J’ai usé mes culottes courtes sur ces bancs. »', 'culottes', 'Marcel Hervé'],
    ['"la porte-parole" still is', 'La porte-parole, Julie Martin, a confirmé la date. « C’est vrai », a dit la porte-parole.', 'C’est vrai', 'Julie Martin'],
  ])('%s', spokenBy);
});

/** An adverb between the auxiliary and the participle of an inverted cue: "», a d'emblée rappelé la maire, X." */
describe('an adverb inside an inverted compound cue', () => {
  it.each([
    ['"a d’emblée rappelé"', '« Mais la décision ne relève pas de la commune », a d’emblée rappelé la maire, Anne Martin.', 'ne relève pas', 'Anne Martin'],
    ['"a déjà indiqué"', '« Le calendrier sera tenu », a déjà indiqué le ministre, Paul Girard.', 'calendrier', 'Paul Girard'],
  ])('%s', spokenBy);
});

/** A hyphenated given name is one word of the name: "la maire, Anne-Marie Le Goff" is a name of three words. */
describe('a hyphenated given name and a particle in apposition', () => {
  it.each([
    ['fr', '« Mais la décision ne relève pas de la commune », a rappelé la maire, Anne-Marie Le Goff.', 'ne relève pas', 'Le Goff'],
    ['en', '“We reject this,” said the mayor, Mary-Ann De Luca.', 'reject this', 'De Luca'],
    ['it', '«Respingiamo tutto», ha detto la sindaca, Anna-Maria De Luca.', 'Respingiamo', 'De Luca'],
  ])('%s', (_lang, text, words, surname) => {
    expect(statementWith(text, words).speakerName).toContain(surname);
  });
});

/**
 * A role of something indefinite is someone new ("avoue la préfète d'un athénée liégeois", "confiesa la directora de un
 * instituto"), not the last woman named.
 */
describe('a role with an indefinite complement is someone new', () => {
  it.each([
    ['fr', 'La FAPEO se montre nuancée, indique sa secrétaire générale, Sophie Vanderstraeten. « Je passe mes étés à chercher des profs de math », avoue la préfète d’un athénée liégeois.', 'profs de math', 'la préfète'],
    ['es', 'La portavoz de los padres, Sofía Bermúdez, era escéptica. «Paso los veranos buscando profesores de matemáticas», confiesa la directora de un instituto de Sevilla.', 'profesores de matemáticas', 'la directora'],
    ['pt', 'A porta-voz dos pais, Sofia Bastos, estava cética. «Passo os verões à procura de professores de matemática», confessa a diretora de uma escola de Braga.', 'professores de matemática', 'a diretora'],
  ])('%s', spokenBy);
});

/** "», a défendu la ministre devant la presse": a cue. */
it('"a défendu" is a cue', () => {
  const text = 'La ministre, Caroline Deprez, a présenté sa réforme. Les syndicats annoncent une mobilisation. « Il ne s’agit pas de précariser qui que ce soit », a défendu la ministre devant la presse.';
  expect(statementWith(text, 'précariser').speakerName).toBe('Caroline Deprez');
});

/** Sports copy: "a lui aussi admis que …" (a stressed pronoun after the auxiliary), "», a souri le joueur de 29 ans". */
describe('French sports copy', () => {
  it.each([
    ['"a lui aussi admis que"', '« Ce groupe a un cœur énorme », savourait Grégoire Lafitte. Le capitaine Julien Etcheverry a lui aussi admis que son équipe avait « donné beaucoup trop de munitions » aux Auvergnats.', 'munitions', 'Julien Etcheverry'],
    ['"elle aussi"', 'La capitaine Léa Marchand a elle aussi reconnu que son équipe avait « manqué de rigueur » en défense.', 'rigueur', 'Léa Marchand'],
    ['"a souri le joueur"', '« Ce groupe a un cœur énorme », savourait Grégoire Lafitte. Le capitaine Julien Etcheverry a lui aussi admis que son équipe avait « donné beaucoup trop de munitions ». « Le discours du coach à la pause a été assez direct », a souri le joueur de 29 ans.', 'assez direct', 'Julien Etcheverry'],
  ])('%s', spokenBy);
});

it('"Pour Marie Dubois, …" opening a sentence names her', () => {
  const text = 'Le maire Paul Girard a parlé. Pour Marie Dubois, la fermeture est un choc. « On ne s’y attendait pas », confie-t-elle.';
  expect(statementWith(text, 'attendait').speakerName).toBe('Marie Dubois');
});

/** Sports copy names riders and players with their team in brackets: the team is no one. */
describe('a name in brackets after a name is a team, not someone', () => {
  it.each([
    ['fr', 'Le Français Maxime Le Goff (Brittany-Océane) a gagné. « J’en rêvais depuis tout petit », a-t-il dit.', 'rêvais', 'Maxime Le Goff'],
    ['de', 'Der Franzose Maxime Le Goff (Brittany-Océane) hat gewonnen. „Davon habe ich immer geträumt“, sagte er.', 'geträumt', 'Maxime Le Goff'],
    ['en', 'Maxime Le Goff (Brittany-Océane) won the stage. “I dreamt of this since I was a boy,” he said.', 'dreamt', 'Maxime Le Goff'],
  ])('%s', spokenBy);

  it('a headline speaker after a topic and its colon: "Tour de France : Le Goff : « … »" is not the country', () => {
    const text = 'Tour de France : Le Goff : « J’en rêvais depuis tout petit »\n\nLe Français Maxime Le Goff a gagné. « J’en rêvais depuis tout petit », a-t-il dit.';
    const head = statements(text).find((s) => s.start < text.indexOf('\n'));
    expect(head?.actor ?? null).toBeNull();
    expect(head?.speakerName).toBe('Maxime Le Goff');
  });
});

/** Vox pops: "Sylvie, elle, n'a pas ce luxe" names someone; "», a-t-elle tancé" is a cue. */
describe('French vox pops and an Assemblée debate', () => {
  it.each([
    ['"Sylvie, elle, …"', '« Valmont, c’est toute une partie de la ville », raconte Mehdi Benali, 34 ans, cariste. Sylvie, elle, n’a pas ce luxe. « A mon âge, qui va m’embaucher ? », lâche l’agente d’entretien, 58 ans.', 'embaucher', 'Sylvie'],
    ['"a-t-elle tancé"', 'La présidente de l’Assemblée, Anne-Sophie Garnier, a dû intervenir. « Mes chers collègues, je vous demande un peu de tenue », a-t-elle tancé.', 'un peu de tenue', 'Anne-Sophie Garnier'],
  ])('%s', spokenBy);
});

it('a place named after someone is no one: "la conseillère du district d’Étienne-Desmarteau, Nadia Haddad"', () => {
  const text = 'La conseillère de la Ville du district d’Étienne-Desmarteau, Nadia Haddad, a tenté de calmer le jeu. « Mes clients viennent en char », s’est inquiété le sexagénaire.';
  expect(statements(text).some((s) => s.speakerName === 'Étienne-Desmarteau')).toBe(false);
});

describe('"d’après" is a frame, "après" alone is not', () => {
  it.each([
    ['"Puis, après un silence : « … »" goes on with the last speaker', 'La glaciologue Mathilde Perrenoud balaie l’argument. « Chaque pays peut se dire trop petit. » Puis, après un silence : « Et protéger nos vallées, c’est justement ce que je demande. »', 'protéger nos vallées', 'Mathilde Perrenoud'],
    ['"D’après le ministre Paul Girard, « … »" still names its source', 'Le débat a repris. D’après le ministre Paul Girard, « tout va bien ».', 'tout va bien', 'Paul Girard'],
  ])('%s', spokenBy);
});

/**
 * Vox pops name ordinary people by a first name alone, as the subject of their clause: that person is whom the pronoun
 * of the next cue means, not someone quoted before; and a first name said alone again is the one named in full.
 */
describe('a first name alone as the subject of its clause names someone', () => {
  it.each([
    ['"Sandrine, aide à domicile, fait une halte"', 'Le maire, Paul Durand, a salué l’initiative. « C’est un lieu de vie », a-t-il dit. Sandrine, aide à domicile, fait une halte entre deux tournées. « Je viens chercher la baguette de Mme Duret », explique-t-elle.', 'la baguette', 'Sandrine'],
    ['"Gérard, justement, pousse la porte"', 'Le sociologue Benoît Lachaume rappelle que six communes sur dix n’ont plus de commerce. Gérard, justement, pousse la porte. « Tant qu’ils sont là, moi aussi », lance-t-il.', 'moi aussi', 'Gérard'],
    ['"Lisa, Mutter von zwei Kindern, wartet"', 'Der Bürgermeister Jan Peters verteidigte die Pläne. „Wir haben keine Wahl“, sagte er. Lisa, Mutter von zwei Kindern, wartet seit einer Stunde. „Das ist eine Zumutung“, sagt sie.', 'Zumutung', 'Lisa'],
    ['"Sandra, a nurse from Ohio, has waited"', 'Mayor Tom Walsh defended the plan. "We had no choice," he said. Sandra, a nurse from Ohio, has waited two hours. "This is a disgrace," she said.', 'disgrace', 'Sandra'],
  ])('%s', spokenBy);

  it('a first name said alone again is the one named in full: "Oksana Melnyk, 44 ans, …", then "Oksana a éteint"', () => {
    const text = 'Oksana Melnyk, 44 ans, vit à Nice depuis 2022. La militante Iryna Kovalenko organise un rassemblement. « Une paix injuste ne serait qu’une pause », prévient-elle. Oksana a éteint la télévision. « Moi, je veux rentrer », soupire-t-elle.';
    expect(statements(text).find((s) => text.slice(s.start, s.end).includes('rentrer'))?.speakerName).toBe('Oksana Melnyk');
  });

  it('a word that is also a first name is no one in a heading ("Marine life")', () => {
    const text = 'Ann Lee, a biologist, studies whales.\nTopics\nMarine life\nWildlife\n"We need to listen," she said.';
    expect(statements(text).find((s) => text.slice(s.start, s.end).includes('listen'))?.speakerName).toBe('Ann Lee');
  });
});

/** "sage-femme" (a midwife) is a role; "femme" alone is none. */
it('"soupire une sage-femme de l’hôpital" names someone, whom the next quote is', () => {
  const text = 'Sur le terrain, les soignants restent sceptiques. « Des solutions, on nous en promet depuis dix ans », soupire une sage-femme de l’hôpital, qui a requis l’anonymat. « En attendant, c’est nous qui faisons les accouchements. »';
  expect(statements(text).find((s) => text.slice(s.start, s.end).includes('accouchements'))?.speakerName).toBe('une sage-femme de l’hôpital');
});
