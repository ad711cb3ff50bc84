import { describe, expect, it } from 'vitest';
import { check, statementWith, statements } from './helpers';

/**
 * "…, said X, <a description of X>." The description set off after the name may run long, a title and two
 * complements, and its head need not be a role the lexicon knows ("Obmann", "patron"): it still describes the speaker,
 * and the words before the cue are what was said. The quote that follows is the same speaker's.
 */
describe('a long apposition after the speaker of a cue that ends the sentence', () => {
  it.each([
    ['de', 'Die Tarife für eine Untersuchung seien seit Jahren kaum gestiegen, argumentiert Gerald Fuchsbichler, Obmann der Fachgruppe Gesundheitsbetriebe der Wirtschaftskammer Wien. „Wir würden gerne mehr Kassenpatienten untersuchen.“', 'Die Tarife für eine Untersuchung seien seit Jahren kaum gestiegen', 'Gerald Fuchsbichler', 'mehr Kassenpatienten'],
    ['fr', "Les tarifs n'ont presque pas augmenté depuis des années, argumente Gérard Dupont, patron de la fédération départementale des exploitants agricoles du Finistère. « Nous voudrions recevoir plus de patients. »", "Les tarifs n'ont presque pas augmenté depuis des années", 'Gérard Dupont', 'plus de patients'],
    ['en', 'The rates have barely risen in years, argues Gerald Fox, chairman of the regional branch of the National Federation of Independent Clinics. “We would like to see more patients.”', 'The rates have barely risen in years', 'Gerald Fox', 'more patients'],
    ['es', 'Las tarifas apenas han subido en años, argumenta Gerardo Fuentes, responsable de la agrupación regional de clínicas privadas de Castilla y León. «Nos gustaría atender a más pacientes».', 'Las tarifas apenas han subido en años', 'Gerardo Fuentes', 'más pacientes'],
  ])('%s', (_l, text, content, name, quote) => {
    const said = statementWith(text, content.slice(0, 20));
    expect(said.text).toBe(content);
    check(said, { kind: 'indirect', name });
    // the quote after it, with no cue of its own
    check(statementWith(text, quote), { kind: 'direct', name });
  });
});

/**
 * "<a description too long for one phrase>, <Name>, a estimé que …": the name in apposition is the subject, where the
 * description alone would have been read as no phrase at all and the statement lost.
 */
describe('a description too long for one phrase, then the name in apposition, before the cue', () => {
  it.each([
    ['fr', "Hors de l'hémicycle, le président de la Fédération des pharmaciens de proximité, Jean-Luc Perrot, a estimé que le vote constituait « une première étape ».", 'première étape', 'Jean-Luc Perrot'],
    ['fr (feminine)', "Hors de l'hémicycle, la présidente de l'Union nationale des pharmaciens de proximité, Claire Morin, a jugé que le texte allait « dans le bon sens ».", 'bon sens', 'Claire Morin'],
    ['pt (read so before)', 'Fora do plenário, o presidente da Federação dos farmacêuticos rurais do Alentejo, João Mendes, afirmou que a lei chega tarde.', 'chega tarde', 'João Mendes'],
    ['de (read so before)', 'Der Präsident des Verbands der Apotheker im ländlichen Raum in Niedersachsen, Jan Peters, sagte, das Gesetz komme zu spät.', 'zu spät', 'Jan Peters'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/**
 * A sentence in the subjunctive of reported speech goes on someone's words, with no cue of its own ("Familien würden
 * verdrängt", "Passiert sei nichts"): its subject is part of what they said, not who speaks the quote after it, which
 * is the last speaker's.
 */
describe('a quote after a sentence of reported speech with no cue', () => {
  it.each([
    ['de (plural subject)', '«Die Mieten steigen trotzdem», sagt Nationalrätin Simone Wyss. Seit 2015 seien die Mieten um 30 Prozent gestiegen, rechnet die 41-Jährige vor. Familien würden aus den Städten verdrängt, ältere Menschen verlören ihr Umfeld. «Kürzlich sagte mir eine Rentnerin, sie müsse weg. Das ist die Realität.»', 'Kürzlich sagte mir', 'Simone Wyss'],
    ['de (a verb opens the sentence)', 'Man habe schon vor Wochen gemeldet, dass die Kellertür nicht schließe, sagt Nachbar Mehmet Yilmaz. Passiert sei nichts. „Da kann doch jeder rein, der will.“', 'jeder rein', 'Mehmet Yilmaz'],
    ['fr', "Les loyers augmentent malgré tout, affirme la députée Sophie Marchal. Les familles seraient chassées des villes. « Une retraitée m'a dit qu'elle devait partir. C'est la réalité. »", 'Une retraitée', 'Sophie Marchal'],
    ['en', 'Rents keep rising anyway, said Mayor Sophie Marsh. Families would be pushed out of the cities. “A retiree told me she has to leave. That is the reality.”', 'A retiree', 'Sophie Marsh'],
  ])('%s', (_l, text, quote, name) => {
    check(statementWith(text, quote), { kind: 'direct', name });
  });
});

/**
 * A headline "Topic: „quote“" whose topic opens like a word of a speaker's description in the body ("Schlafmangel" and
 * "die Schlafmedizinerin", "Climat" and "la climatologue"): the topic names no one, and the quote is the words the body
 * gives to that speaker. A word names the same person as another only inflected, not as the first part of a compound.
 */
describe('a headline topic that opens like a body speaker\'s role', () => {
  it.each([
    ['de', 'Schlafmangel bei Jugendlichen: „Das Smartphone ist der größte Schlafräuber“\n\nFast jeder zweite Teenager schläft zu wenig. „Das Smartphone ist der größte Schlafräuber, den wir kennen“, sagt die Schlafmedizinerin Katrin Lemke.\n', 'Katrin Lemke'],
    ['fr', "Climat : « Nous sous-estimons le problème »\n\nLes canicules tuent davantage qu'on ne le pensait. « Nous sous-estimons le problème, et de loin », affirme la climatologue Anne Roux.\n", 'Anne Roux'],
    ['en', 'Climate: “We are underestimating the problem”\n\nHeat waves kill more people than thought. “We are underestimating the problem by far,” said climatologist Anne Ross.\n', 'Anne Ross'],
  ])('%s', (_l, text, name) => {
    const headline = statements(text)[0];
    expect(headline.end).toBeLessThanOrEqual(text.indexOf('\n'));
    check(headline, { kind: 'direct', name });
  });

  it('still reads a union\'s compound role in the headline as the one the body names with another', () => {
    const text = 'Verdi-Landeschefin: „Die Geduld der Beschäftigten ist aufgebraucht“\n\nDie Busse stehen still. „Die Geduld der Beschäftigten ist aufgebraucht“, sagte Verdi-Landesbezirksleiterin Katrin Mehlhorn.\n';
    check(statements(text)[0], { kind: 'direct', name: 'Katrin Mehlhorn' });
  });
});

/**
 * A quote inside someone's quoted words, said by a role no one in the text was named with: someone the speaker speaks of,
 * not the last person named (who is often the speaker of the outer quote).
 */
describe('a role that speaks inside a quote', () => {
  it.each([
    ['fr', "Les éleveurs ont manifesté devant la préfecture. « Le préfet nous a répondu : “Je n'ai pas de mandat pour négocier.” On a fait cent kilomètres pour rien », raconte Benoît Magnaud, éleveur à Bellac.", "Je n'ai pas de mandat", 'Le préfet'],
    ['de', 'Die Pflegekräfte klagen über Druck. „Die Chefin hat nur gesagt: ‚Wer nicht mitmacht, kann gehen.‘ Danach war Schluss“, erzählt Claudia Richter, Pflegerin seit zwanzig Jahren.', 'Wer nicht mitmacht', 'Die Chefin'],
    ['en', 'The farmers protested outside the county hall. “The commissioner told us: ‘I have no mandate to negotiate.’ We drove a hundred miles for nothing,” said Ben Martin, a cattle farmer.', 'I have no mandate', 'The commissioner'],
  ])('%s', (_l, text, words, name) => {
    // (the inner quote: the shortest statement holding its words, the outer one holds them too)
    const inner = statements(text).filter((s) => s.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0];
    check(inner, { kind: 'direct', name });
  });
});

/**
 * "…, said X, who was not involved in the study.": a relative clause about the speaker may end the cue's sentence, after
 * the speaker's affiliation or an apposition; the words before the cue are what was said, and X said them.
 */
describe('a relative clause about the speaker after a cue that ends the sentence', () => {
  it.each([
    ['de', 'Die Ergebnisse seien plausibel, urteilt der Epidemiologe Martin Scheuerle vom Robert Koch-Institut, der nicht an der Studie beteiligt war.', 'Die Ergebnisse seien plausibel', 'Martin Scheuerle'],
    ['fr', "Les résultats sont plausibles, juge l'épidémiologiste Martin Scheurer, de l'Institut Pasteur, qui n'a pas participé à l'étude.", 'Les résultats sont plausibles', 'Martin Scheurer'],
    ['en', 'The results are plausible, said epidemiologist Martin Shearer, who was not involved in the study.', 'The results are plausible', 'Martin Shearer'],
    ['it', "I risultati sono plausibili, ha detto l'epidemiologo Martino Scuri dell'Istituto superiore di sanità, che non ha partecipato allo studio.", 'I risultati sono plausibili', 'Martino Scuri'],
    ['es', 'Los resultados son plausibles, dijo el epidemiólogo Martín Suárez, del Instituto de Salud Carlos III, que no participó en el estudio.', 'Los resultados son plausibles', 'Martín Suárez'],
  ])('%s', (_l, text, content, name) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    check(s, { kind: 'indirect', name });
  });
});
