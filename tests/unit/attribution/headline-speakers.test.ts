/**
 * A headline "Name: words" is a statement when its name speaks: a known person, or someone who
 * speaks again in the article. Section labels, teasers and bylines of the same shape are not
 * speech. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../lib/attribution';
import { check, spokenBy, statementWith, statements } from './helpers';

const headlines = (text: string) => statements(text).filter((s) => s.cue && s.speaker && s.cue.start >= s.speaker.start && s.cue.end <= s.speaker.end);

describe('a headline whose speaker speaks in the article is a statement', () => {
  it.each([
    ['en', 'Okafor: "We will not close a single ward"\n\nThe health minister, Grace Okafor, said on Tuesday that the hospital would stay open. "We will not close a single ward," Okafor told reporters.', 'Grace Okafor'],
    ['es', 'Robles: «No habrá recortes en los hospitales»\n\nLa ministra de Sanidad, Margarita Robles, aseguró el martes que el presupuesto se mantendrá. «No habrá recortes en los hospitales», dijo Robles.', 'Margarita Robles'],
    ['pl', 'Nowak: Szpital nie zostanie zamknięty\n\nMinister zdrowia Anna Nowak zapewniła we wtorek, że szpital będzie działał dalej. – Nie zamkniemy żadnego oddziału – powiedziała Nowakowa dziennikarzom, a rzecznik resortu dodał, że decyzja jest ostateczna. Anna Nowak podkreśliła, że pieniądze są zabezpieczone.', 'Anna Nowak'],
  ])('%s', (_l, text, name) => {
    const [first] = headlines(text);
    expect(first).toBeDefined();
    check(first, { name });
  });

  it('a known person stays the speaker of a headline even when the body quotes only others', () => {
    const text = 'Lavrov: Europe must take Moscow seriously\n\nEuropean diplomats met in Brussels on Monday. "We hear the threats," one of them said.';
    check(statementWith(text, 'Europe must take Moscow seriously'), { kind: 'indirect', actor: 'A01' });
  });
});

describe('a line that only looks like a headline statement is not one', () => {
  it.each([
    ['en', 'Storm closes coastal roads\n\nPublished: 3 Jan 2019\n\nGallery: Pictures of the day\n\nRead: Why the bridge was shut\n\nThe coastguard said on Friday that two roads would stay closed until the weekend.'],
    ['de', 'Sturm sperrt Küstenstraßen\n\nQuiz: Wie gut kennen Sie Ihre Stadt\n\nPraxistipp: Größere Festplatte im alten Laptop\n\nDie Polizei sagte am Freitag, zwei Straßen blieben bis zum Wochenende gesperrt.'],
    ['fr', 'La tempête ferme les routes côtières\n\nLire : Pourquoi le pont a été fermé\n\nDiaporama : les images de la semaine\n\nLa préfecture a indiqué vendredi que deux routes resteraient fermées jusqu’au week-end.'],
  ])('%s', (_l, text) => {
    expect(headlines(text)).toEqual([]);
    expect(statements(text)).toHaveLength(1);
  });

  it('a country heading a topic line is no speaker, unless it speaks in the article', () => {
    expect(headlines('Russia: space capsule breaks up over Siberia\n\nThe capsule lost contact an hour after launch, the agency said.')).toEqual([]);
    const speaks = 'Russia: foreign troops would be targets\n\nRussia warned on Wednesday that European soldiers in Ukraine would be treated as targets.';
    expect(headlines(speaks).map((s) => s.actor)).toEqual(['A05']);
  });

  it('a window cut from a page keeps its headline, since the article it heads is not there to ask', () => {
    const text = 'Quiz: Wie gut kennen Sie Ihre Stadt';
    expect(attribute(text, { window: true }).map((s) => s.text)).toEqual(['Wie gut kennen Sie Ihre Stadt']);
    expect(attribute(text)).toEqual([]);
  });
});

/**
 * A headline that puts a topic before its quote ("Parkdeck-Streit in Feldbach: „…“") names no speaker: the words are
 * whoever says them again in the body, and the topic is no mention of anyone.
 */
describe('a topic before a headline quote is not its speaker', () => {
  it.each([
    ['de', 'Parkdeck-Streit in Feldbach: „Das ist eine Schildbürgerei“\n\nFeldbach. Der Gemeinderat stritt drei Stunden.\n\nGanz anders sieht das Vizebürgermeisterin Sabine Url. „Das ist eine Schildbürgerei“, schimpfte Url in der Sitzung.', 'Sabine Url', 'Parkdeck'],
    ['fr', 'Piscine de Landivisiau : « On ferme un service public essentiel »\n\nLANDIVISIAU. Le conseil municipal a voté la fermeture.\n\n« On ferme un service public essentiel », regrette Gwenaëlle Morvan, conseillère d’opposition.', 'Gwenaëlle Morvan', 'Piscine'],
    ['en', 'Harbour row: "This is a betrayal of the whole town"\n\nThe council voted on Monday to sell the harbour.\n\n"This is a betrayal of the whole town," said Moira Fenwick, who runs the ferry.', 'Moira Fenwick', 'Harbour'],
  ])('%s', (_l, text, name, topic) => {
    const [first] = statements(text);
    expect(first.end).toBeLessThanOrEqual(text.indexOf('\n'));
    check(first, { name });
    expect(first.speaker?.text ?? '').not.toContain(topic);
  });

  it('a headline name that speaks in the body stays its speaker', () => {
    const text = 'Url: „Das ist eine Schildbürgerei“\n\nFeldbach. Der Gemeinderat stritt drei Stunden. „Wir versiegeln die letzte Wiese“, sagte Vizebürgermeisterin Sabine Url.';
    check(statements(text)[0], { speaker: 'Url', name: 'Sabine Url' });
  });
});

/** A role alone before anyone holds it, named further down with the role and a name in apposition: that person. */
describe('a role named later in the article', () => {
  it.each([
    ['fr', 'Incendie dans le Médoc : « Le feu est fixé mais la nuit sera longue », prévient le préfet\n\nPlus de 1 400 hectares ont brûlé. Dimanche soir, en mairie, le préfet de la Gironde, Étienne Larrieu, s’est bien gardé de crier victoire.', 'nuit sera longue', 'Étienne Larrieu'],
    ['de', 'Waldbrand im Harz: „Die Lage bleibt angespannt“, warnt der Landrat\n\nMehr als 300 Hektar sind verbrannt. Am Abend trat der Landrat des Kreises Harz, Thomas Balcerowski, vor die Presse.', 'angespannt', 'Thomas Balcerowski'],
    ['en', 'Floods: “The night will be long,” warns the mayor\n\nMore than 400 homes were evacuated. On Sunday evening the mayor of Valencia, Maria Lopez, refused to declare victory.', 'night will be long', 'Maria Lopez'],
  ])('%s', spokenBy);
});

it('an unnamed source with an indefinite article stays unnamed, though someone is named with the role later', () => {
  const text = 'Kliniken unter Druck\n\nDas Ministerium wies die Kritik zurück. „Wir haben bereits gegengesteuert“, sagte ein Sprecher des Ministeriums. Die Kassen schlagen Alarm. Der Sprecher des Verbands, Malte Jürgensen, legte neue Zahlen vor.';
  expect(statementWith(text, 'gegengesteuert').speakerName).not.toBe('Malte Jürgensen');
});

/** A headline's speaker after a dash: "Kreisklinik Hollfeld schließt Ende Juni – Landrat: „…“" (not the clinic). */
describe('a headline speaker after a dash', () => {
  it.each([
    ['de', 'Kreisklinik Hollfeld schließt Ende Juni – Landrat: „Wir hatten keine andere Wahl“\n\nLandrat Wolfgang Meisel bestätigte das am Dienstag. „Wir hatten am Ende keine Wahl mehr“, sagte er.', 'keine andere Wahl', 'Wolfgang Meisel'],
    ['fr', 'La clinique de Hollfeld fermera fin juin – Le maire : « Nous n’avions pas le choix »\n\nLe maire, Paul Girard, l’a confirmé mardi. « Nous n’avions pas le choix », a-t-il dit.', 'le choix »', 'Paul Girard'],
    ['en', 'Hollfeld clinic to close in June – Mayor: “We had no choice”\n\nThe mayor, Paul Gerard, confirmed it on Tuesday. “We had no choice,” he said.', 'no choice”', 'Paul Gerard'],
  ])('%s', (_lang, text, words, name) => {
    const head = statements(text).find((s) => s.text.includes(words) && s.start < text.indexOf('\n'));
    expect(head?.speakerName).toBe(name);
  });
});

/**
 * A headline's quote with its speaker described and a topic after it ("Kickers-Trainer nach Derby-Pleite: „…“"): when
 * the body gives the same words to someone, they said them, even when the description resolved to someone else of
 * that role (the other side's trainer) or to a word of it ("Luzern").
 */
describe('a described headline speaker with a topic: the body speaker of the same words', () => {
  it.each([
    ['de, resolved to the other trainer', 'Kickers-Trainer nach Derby-Pleite: „Das war zu wenig“\n\nDie Würzburger Kickers verlieren das Derby gegen Schweinfurt mit 0:2. Schweinfurts Trainer Markus Pfeuffer lobte seine Mannschaft. „Wir waren heute einfach gieriger“, sagte er.\n\nKickers-Trainer Stefan Hofbauer war sichtlich bedient. „Das war zu wenig, über 90 Minuten einfach zu wenig“, sagte der 46-Jährige.', 'Das war zu wenig', 'Stefan Hofbauer'],
    ['de (Switzerland), a word of it', 'Luzern-Coach nach Penalty-Frust: «So etwas habe ich noch nie erlebt»\n\nDer FC Luzern verliert in der 93. Minute gegen Servette. Trainer Marco Bühlmann kocht. «So etwas habe ich noch nie erlebt», sagt er nach dem Spiel.', 'noch nie erlebt', 'Marco Bühlmann'],
    ['fr', "Le coach de Brest après la défaite : « On a manqué de tout »\n\nBrest a perdu 3-0 à Lens. L'entraîneur lensois Pierre Sage s'est félicité. « C'est une belle soirée », a-t-il dit. Éric Roy, l'entraîneur brestois, n'a rien caché. « On a manqué de tout ce soir, d'envie et de justesse », a regretté Éric Roy.", 'On a manqué de tout', 'Éric Roy'],
  ])('%s', (_c, text, words, name) => {
    const first = statements(text)[0];
    expect(first.text).toContain(words);
    expect(first.speakerName).toBe(name);
  });
});

/**
 * A portrait or an interview names its subject in the headline ("Léa Marchetti : « … »"), then by a role in its lead
 * ("…, la réalisatrice de 38 ans a passé …") before anyone else is named, and goes on by that role ("La réalisatrice
 * explique …") after others have spoken: the role is the headline's person's, and so is the headline.
 */
describe("a portrait's lead names the headline's person by a role", () => {
  const fr = [
    'Léa Marchetti : « Je voulais filmer la nuit comme un territoire »',
    '',
    'Pour son premier long métrage, en salles mercredi, la réalisatrice de 38 ans a passé deux ans aux côtés des soignantes de nuit d’un hôpital.',
    '',
    'Dans le rôle de Nadia, Karine Delorme trouve l’un de ses plus beaux rôles. « On croit savoir ce que c’est, la fatigue. On ne sait rien », confie l’actrice.',
    '',
    'Tourné caméra à l’épaule, le film ne quitte jamais l’hôpital. La réalisatrice explique avoir voulu « rester enfermée avec elles », sans scènes à la maison.',
  ].join('\n');
  const it_ = [
    'Giulia Ferri: «Il teatro deve tornare a far ridere»',
    '',
    'Da due anni alla guida del Teatro Stabile, la regista di 45 anni porta in scena una commedia di Goldoni.',
    '',
    'L’attore Marco Villa, 34 anni, racconta le prove. «È faticoso ma divertente», dice l’attore.',
    '',
    'La regista spiega di voler «riportare il pubblico giovane a teatro».',
  ].join('\n');
  const es = [
    'Ana Ruiz: «No voy a rendirme»',
    '',
    'En su primera entrevista desde la derrota, la alcaldesa de 52 años repasa su mandato.',
    '',
    'Su rival, Pedro Gil, celebró el resultado. «Es una victoria de todos», dijo el concejal.',
    '',
    'La alcaldesa asegura que recurrirá el resultado ante los tribunales.',
  ].join('\n');
  it.each([
    ['fr', fr, 'rester enfermée', 'Léa Marchetti'],
    ['fr, the headline', fr, 'filmer la nuit', 'Léa Marchetti'],
    ['it (read so already)', it_, 'riportare il pubblico', 'Giulia Ferri'],
    ['es (read so already)', es, 'recurrirá', 'Ana Ruiz'],
  ])('%s', spokenBy);

  it('not when someone else was named before the role (guard)', () => {
    const text = ['Léa Marchetti : « Je voulais filmer la nuit »', '', 'Karine Delorme joue Nadia. Dans le film, la réalisatrice de 38 ans montre une infirmière à bout.', '', '« On ne sait rien », confie l’actrice.'].join('\n');
    expect(statements(text).some((s) => s.speakerName === 'Léa Marchetti' && s.text.includes('On ne sait rien'))).toBe(false);
  });
});

/** A headline trims the words it quotes: the body's speaker of those words, a few left out between them, said them. */
describe("a headline's quote, trimmed, said again in the body", () => {
  it.each([
    ['en', "Union boss: ‘We will not be bullied into a bad deal’\n\nTrain drivers will strike on 23 December, their union has said.\n\nMick Hannigan, the union’s general secretary, said drivers had not taken the decision lightly. ‘But we will not be bullied into accepting a bad deal because of the date on the calendar,’ he said.", 'Mick Hannigan'],
    ['fr (read so already)', "Le délégué CGT : « Nous ne lâcherons rien sur les salaires »\n\nLa grève se poursuit à l'usine de Vénissieux.\n\n« Nous ne lâcherons absolument rien sur les salaires, ni sur les horaires », a martelé le délégué syndical, Marc Dupuis, devant le piquet de grève.", 'Marc Dupuis'],
    ['de (read so already)', "Gewerkschaftschef: „Wir lassen uns nicht in einen schlechten Abschluss treiben“\n\nDer Streik geht weiter.\n\n„Wir lassen uns nicht mehr in einen so schlechten Abschluss treiben“, sagte der Bezirksleiter der Gewerkschaft, Frank Werner, am Montag.", 'Frank Werner'],
  ])('%s', (_l, text, name) => {
    const first = statements(text)[0];
    expect(first.speakerName).toBe(name);
  });
});
