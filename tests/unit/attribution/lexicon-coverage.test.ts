import { describe, expect, it } from 'vitest';
import { check, statementWith, statements } from './helpers';

/**
 * Speakers named by a role or occupation and cues in a verb form of everyday news copy: the lexicons (cues/<lang>.ts)
 * list them from the language, not from the articles the rules were tuned on.
 */
describe('role and verb coverage (English)', () => {
  it('an occupation the copy names someone by resolves to the person named with it', () => {
    const text =
      'Hospital managers in Leeds said on Monday that staffing on the children’s ward would be restored by spring.\n\n' +
      'Senior nurse Joanne Pike, who has worked on the ward for 20 years, spoke to reporters outside the main entrance.\n\n' +
      '“We have heard this promise every winter,” the nurse said.';
    check(statementWith(text, 'every winter'), { speaker: 'the nurse', name: 'Joanne Pike' });
  });

  it.each([
    ['the historian', 'Historian Paul Grant has written two books on the line.', 'Paul Grant'],
    ['the striker', 'Striker Dean Hollis scored twice in the first half.', 'Dean Hollis'],
    ['the councillor', 'Councillor Amir Shah chairs the transport committee.', 'Amir Shah'],
    ['the paramedic', 'Paramedic Colin Byrne was first on the scene.', 'Colin Byrne'],
  ])('"%s" is the person named with that role before', (role, intro, name) => {
    const text = `${intro} Mayor Tom Hale visited the site on Tuesday.\n\n“Nobody saw this coming,” ${role} said.`;
    check(statementWith(text, 'Nobody saw'), { speaker: role, name });
  });

  it('a common given name opens a name the role resolves to ("Mick Lynch", then "the rail union chief")', () => {
    const text = 'Mick Lynch, who leads the RMT, met ministers on Monday.\n\n“We will strike again if we have to,” the rail union chief said.';
    check(statementWith(text, 'strike again'), { speaker: 'the rail union chief', name: 'Mick Lynch' });
  });

  it('an age before a role of two words is part of the speaker phrase ("the 34-year-old care worker")', () => {
    const text =
      'Lucy Adebayo, 34, works nights at a care home in Leeds.\n\n' +
      '“I support the drivers, I really do,” the 34-year-old care worker said. “But I can’t keep paying for a dispute I have no part in.”';
    check(statementWith(text, 'support the drivers'), { speaker: 'the 34-year-old care worker', name: 'Lucy Adebayo' });
  });

  it.each([
    ['Police officers', 'Police officers told reporters that the road would stay closed until Friday.', 'stay closed'],
    ['The volunteers', 'The volunteers said they would keep the food bank open through the winter.', 'food bank open'],
  ])('a role in the plural ("%s") is a group, not the last person named', (speaker, sentence, words) => {
    const text = `Apple chief executive Tim Cook visited the Leeds store on Monday.\n\n${sentence}`;
    check(statementWith(text, words), { speaker, name: speaker });
  });

  it('a stem that reaches another word is not listed: "the editorial board" is no editor', () => {
    const text = 'Apple chief executive Tim Cook visited the Leeds store on Monday.\n\nThe editorial board wrote that the plan was flawed.';
    check(statementWith(text, 'plan was flawed'), { speaker: 'The editorial board', name: 'The editorial board' });
  });

  it.each([
    ['disclosed', 'Dunn disclosed that her shop had lost half its trade since the closure.', 'half its trade', 'Dunn'],
    ['reaffirmed', 'The mayor reaffirmed that work on the station would start in May.', 'would start in May', 'The mayor'],
  ])('a statement with the cue "%s" has its speaker', (_verb, sentence, words, speaker) => {
    const text = `“We will reopen the station within a year,” Mayor Tom Hale said on Tuesday.\n\nShop owner Claire Dunn was unconvinced.\n\n${sentence}`;
    check(statementWith(text, words), { speaker });
  });
});

describe('role and verb coverage (German)', () => {
  it.each([
    ['der Parteichef', 'Auch der Parteichef der Linken, Jan Möller, war am Dienstag vor Ort.', 'Jan Möller'],
    ['die Pflegerin', 'Die Krankenpflegerin Renate Lange arbeitet seit 20 Jahren in der Klinik.', 'Renate Lange'],
    ['der Historiker', 'Der Historiker Uwe Seidel hat zwei Bücher über die Strecke geschrieben.', 'Uwe Seidel'],
    ['die Anwohnerin', 'Anwohnerin Doris Kern wohnt seit 1990 in der Straße.', 'Doris Kern'],
    ['der Sanitäter', 'Sanitäter Paul Brandt war als Erster an der Unfallstelle.', 'Paul Brandt'],
    ['die Ex-Ministerin', 'Auch die frühere Vize-Präsidentin Karin Berg war in Halle.', 'Karin Berg'],
    ['der Altkanzler', 'Altkanzler Gerhard Brandt war ebenfalls zu Gast.', 'Gerhard Brandt'],
  ])('"%s" is the person named with that role before', (role, intro, name) => {
    const text = `${intro} Bürgermeister Thomas Berger besuchte die Baustelle am Mittwoch.\n\n„Damit hat niemand gerechnet“, sagte ${role}.`;
    check(statementWith(text, 'niemand gerechnet'), { speaker: role, name });
  });

  it.each([
    ['beteuerte', 'Bahnsprecher Uwe Seidel beteuerte, die Pläne seien seit Jahren bekannt.', 'seit Jahren bekannt', 'Bahnsprecher Uwe Seidel'],
    ['erwiderte', 'Seidel erwiderte, man habe die Anwohner rechtzeitig informiert.', 'rechtzeitig informiert', 'Seidel'],
    ['bestritt', 'Die Stadt bestritt, dass der Termin schon feststehe.', 'Termin schon feststehe', 'Die Stadt'],
  ])('a statement with the cue "%s" has its speaker', (_verb, sentence, words, speaker) => {
    const text = `„Wir öffnen das Bad im Herbst“, sagte Bürgermeister Thomas Berger am Montag.\n\n${sentence}`;
    check(statementWith(text, words), { speaker });
  });
});

/**
 * French narrative copy sets its cues in the imperfect ("relativisait", "ironisait", "lançait"): the lexicon lists the
 * present and the participle of its verbs in -er, and the imperfect and the present plural are made from them.
 */
describe('French cues in the imperfect', () => {
  const before = 'Dans les travées, la déception se mêlait à l’agacement. « On perd à la maison. Faut m’expliquer », lance Jean-Marc, 58 ans. ';
  it.each([
    ['relativisait, after a role, a first name and an age', before + 'Sa voisine, Claire, 31 ans, relativisait : « Une défaite en novembre, ça n’a jamais empêché personne. »', 'Une défaite', 'Claire'],
    ['ironisait, after the quote', before + '« On verra bien en juin », ironisait Paul Girard, abonné depuis vingt ans.', 'On verra', 'Paul Girard'],
    ['lançait, its c made ç', before + '« Allez, on y croit encore », lançait Sophie Marchal, sa fille.', 'on y croit', 'Sophie Marchal'],
    ['pestait, a grumble', 'Le match était fini. « On a une équipe pour être champions et on perd à la maison », pestait Jean-Marc Lacoste, abonné depuis quinze ans.', 'champions', 'Jean-Marc Lacoste'],
  ])('%s', (_case, text, words, name) => check(statementWith(text, words), { name }));
});

/**
 * Given names and roles a probe article found missing: a sentence with a cue but too short a content to be a statement
 * ("Sportvorstand Jochen Saier kündigte Gespräche an.") registers its subject only when the walk knows a role or a given
 * name in it; else the next "er" is whoever was named before.
 */
describe('common given names and a compound role the lists lacked', () => {
  const lead = 'Mainz-Coach Bo Henriksen lobte seinen Torhüter Robin Zentner. „Die Mannschaft hat super verteidigt“, sagte Zentner. ';
  it.each([
    ['de, Jochen, a sports director', lead + 'Sportvorstand Jochen Saier kündigte Gespräche an. „Wir werden das in Ruhe analysieren“, sagte er.', 'in Ruhe analysieren', 'Jochen Saier'],
    ['de, Britta', lead + 'Auch Britta Haßel kündigte Widerstand an. „Das tragen wir nicht mit“, sagte sie.', 'tragen wir nicht', 'Britta Haßel'],
    ['fr, Erwan', 'La maire, Claire Dubois, a défendu le projet devant Paul Girard. Puis Erwan Le Goff a pris la parole. « On ne nous a rien demandé », a-t-il dit.', 'rien demandé', 'Erwan Le Goff'],
    ['fr, Ronan', 'La maire, Claire Dubois, a défendu le projet devant Paul Girard. Puis Ronan Kervella a pris la parole. « On ne nous a rien demandé », a-t-il dit.', 'rien demandé', 'Ronan Kervella'],
  ])('%s', (_case, text, words, name) => check(statementWith(text, words), { name }));
});

describe('more given names the lists lacked: Ugo, Cyril', () => {
  it.each([
    ['fr, Ugo', 'La maire, Claire Dubois, a défendu le projet devant Paul Girard. Puis Ugo Mola a pris la parole. « On ne nous a rien demandé », a-t-il dit.', 'rien demandé', 'Ugo Mola'],
    ['fr, Cyril', 'La maire, Claire Dubois, a défendu le projet devant Paul Girard. Puis Cyril Baille a pris la parole. « On ne nous a rien demandé », a-t-il dit.', 'rien demandé', 'Cyril Baille'],
  ])('%s', (_case, text, words, name) => check(statementWith(text, words), { name }));
});

/**
 * Given names of French (France, Belgium, Switzerland, Québec) and German (Germany, Austria, Switzerland, with Turkish
 * names) copy open a name the walk registers with no role beside it, and tell its gender: whom "elle", "il", "sie", "er"
 * and a description are next. A name the lists lacked was read as a man's (any name not in -a) or not registered at all.
 */
describe('given names of French and German copy', () => {
  it.each([
    ['fr, a woman of Québec', "La mairesse Nathalie Tremblay a ordonné l'évacuation. Joanie Bouchard, 34 ans, a fui avec ses deux enfants. « On est partis avec ce qu'on avait sur le dos », a-t-elle raconté.", 'On est partis', 'Joanie Bouchard'],
    ['fr, a man of Québec', "Le chef de projet Marc-André Lévesque a présenté les plans. Propriétaire d'un dépanneur depuis 31 ans, Réjean Bouchard ne décolère pas. « Mes clients ne pourront plus se stationner », s'est inquiété le sexagénaire.", 'Mes clients', 'Réjean Bouchard'],
    ['de, a Turkish woman', 'Polizeisprecherin Anna Berg bestätigte den Einsatz. Gülşen Aydın wohnt im dritten Stock. „Ich habe die Tür aufgemacht und nur noch schwarz gesehen“, sagt sie.', 'nur noch schwarz', 'Gülşen Aydın'],
    ['de, a man', 'Die Schulleiterin Petra Vogel begrüßte die Pläne. Jannik Brodersen sitzt für die Grünen im Landtag. Der Zeitplan sei „nicht vermittelbar“, sagte er.', 'Der Zeitplan', 'Jannik Brodersen'],
    ['de, a man\'s name in -a', 'Trainerin Anna Berg lobte das Team. Mika Hofmann erzielte zwei Tore. „Das war mein bester Tag“, sagte er.', 'mein bester Tag', 'Mika Hofmann'],
    ['de, a common name', 'Bürgermeister Jens Vogel eröffnete das Fest. Lotta Schmidt, 17, stand am Grill. „Wir haben seit sechs Uhr gearbeitet“, sagte sie.', 'seit sechs Uhr', 'Lotta Schmidt'],
    ['fr, a West African man\'s name in -a', "La ministre Awa Diop a visité le port. Adama Koné, docker depuis vingt ans, était là. « On attend ça depuis longtemps », a-t-il dit.", 'depuis longtemps', 'Adama Koné'],
    ['fr, a Maghreb woman\'s name', "Le maire Jean Dupuis a inauguré la médiathèque. Zineb El Amrani, bibliothécaire, en est ravie. « Enfin un lieu pour les jeunes », a-t-elle dit.", 'Enfin un lieu', 'Zineb El Amrani'],
    ['fr (Belgium), a woman', "Le bourgmestre Jean Dupuis a défendu le projet. Bénédicte Lambert habite la rue depuis vingt ans. « Personne ne nous a consultés », regrette-t-elle.", 'Personne ne nous', 'Bénédicte Lambert'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/**
 * Given names of German (North German and regional: "Malte", "Maren", "Swantje"), Spanish, Portuguese and Italian copy the
 * lists lacked, found by a check of common names: a name the lists lack after a role is not read into the speaker phrase,
 * and a woman's name not in -a was read as a man's.
 */
describe('more given names of German, Iberian and Italian copy', () => {
  it.each([
    ['de, a role before a name', 'Die Grünen sehen das anders. Das Modell sei ein „Etikettenschwindel“, sagte deren bildungspolitischer Sprecher Malte Reinecke. Die Ministerin Petra Vogel schwieg.', 'Etikettenschwindel', 'Malte Reinecke'],
    ['de (Switzerland), a woman not in -a', 'Margrit Emmenegger hat in 31 Jahren rund 4000 Patienten betreut. Der Arzt Beat Zürcher aus dem Nachbardorf hat schon aufgehört. «Wenn ich aufhöre, gibt es hier niemanden mehr», sagt sie.', 'niemanden mehr', 'Margrit Emmenegger'],
    ['de, a woman not in -a', 'Der Fischer Jens Pagel ist wütend. Swantje Ehlers forscht seit Jahren an der Ostsee. „Die Bestände erholen sich nur langsam“, sagt sie.', 'nur langsam', 'Swantje Ehlers'],
    ['es', 'El alcalde Luis Pardo presentó el plan. Andrés Molina, vecino del barrio, no está convencido. «Nadie nos ha preguntado», dijo.', 'Nadie nos', 'Andrés Molina'],
    ['pt', 'A ministra Ana Costa visitou a fábrica. Gonçalo Ferreira, operário há vinte anos, estava lá. «Esperamos por isto há muito tempo», disse ele.', 'Esperamos', 'Gonçalo Ferreira'],
    ['it', 'La sindaca Paola Rinaldi ha inaugurato la scuola. Giacomo Ferri, insegnante da vent’anni, era presente. «Finalmente un edificio sicuro», ha detto.', 'Finalmente', 'Giacomo Ferri'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/**
 * Occupations of local, court, culture and sports copy: a speaker named by one is the person named with it before, not
 * the last person named. A trade that is also a common surname is a role in its feminine only ("Nathalie Berger",
 * "Jens Metzger" are names), and a stem that opens another word is that word only ("Gutachten", "boulangerie").
 */
describe('occupations of French and German copy', () => {
  it.each([
    ['fr', "Le grimpeur Romain Cazenave a été suspendu deux ans. Son avocat, Me Thibault Marchal, a dénoncé une procédure bâclée. « Je n'ai jamais rien pris », a répété le grimpeur.", 'jamais rien pris', 'Romain Cazenave'],
    ['fr (feminine)', "La comédienne Émilie Ouellet tient son premier grand rôle. Le producteur Mathieu Gagnon espère vendre le film. « C'était pas toujours drôle », rigole la comédienne.", 'pas toujours drôle', 'Émilie Ouellet'],
    ['de', 'Der frühere Busfahrer Bernd Kowalczyk hat zwanzig Kilo abgenommen. Sein Arzt Jens Hoffmann ist zufrieden. „Ich fühle mich wie neu“, sagt der frühere Busfahrer.', 'wie neu', 'Bernd Kowalczyk'],
    ['fr (Switzerland)', "Le syndic de Morges, Vincent Jaquier, a présenté le budget. Le député Marc Roulin l'a critiqué. « Nous n'augmenterons pas les impôts », a assuré le syndic.", 'les impôts', 'Vincent Jaquier'],
    ['de (Austria, a state minister)', 'Landesrätin Eva Huber stellte den Plan vor. Bürgermeister Karl Pichler war skeptisch. „Wir brauchen mehr Busse“, sagte die Landesrätin.', 'mehr Busse', 'Eva Huber'],
    ['de (sciences)', 'Die Physikerin Anna Lindner leitet das Projekt in Jena. Institutsdirektor Peter Hahn war bei der Vorstellung dabei. „Wir stehen erst am Anfang“, sagte die Physikerin.', 'erst am Anfang', 'Anna Lindner'],
    ['de (a town\'s treasurer)', 'Kämmerer Jens Vogt legte den Haushalt vor. Bürgermeister Karl Pichler verteidigte die Steuererhöhung. „Ohne höhere Gebühren geht es nicht“, sagte der Kämmerer.', 'höhere Gebühren', 'Jens Vogt'],
    ['de (an innkeeper)', 'Gastwirtin Renate Ohlsen führt das Lokal seit 30 Jahren. Bürgermeisterin Eva Huber will die Sperrstunde vorverlegen. „Dann kann ich zusperren“, sagt die Gastwirtin.', 'zusperren', 'Renate Ohlsen'],
    ['de (Austria)', 'Ex-Obmann Herbert Kainz steht vor Gericht. Richter Stefan Gruber fragte nach den Belegen. „Ich wollte den Verein nur retten“, sagte der Obmann.', 'Verein nur retten', 'Herbert Kainz'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['fr', "Les syndicats restent prudents. « Un geste, ce n'est pas une réforme », a réagi la secrétaire générale de la CFDT, Nathalie Berger.", 'Un geste', 'Nathalie Berger'],
    ['de', 'Die Händler sind skeptisch. „Das bringt uns nichts“, sagte der Vorsitzende des Gewerbevereins, Jens Metzger.', 'bringt uns nichts', 'Jens Metzger'],
  ])('a trade that is also a surname is a name (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('French verbs of a mood, in their feminine participle after "s\'est"', () => {
  it.each([
    ['réjouie', "Le maire Jean Dupuis a inauguré la médiathèque. Zineb El Amrani, bibliothécaire, en est ravie. « Enfin un lieu pour les jeunes », s'est-elle réjouie.", 'Enfin un lieu', 'Zineb El Amrani'],
    ['étonnée', "La mairesse Chantal Roy a reçu les commerçants. « Personne ne nous avait prévenus de cette fermeture », s'est étonnée la mairesse.", 'Personne ne nous', 'Chantal Roy'],
    ['exaspéré', "Le boulanger du quartier, Marc Leroy, attend depuis des mois. « On nous promet des travaux chaque année », s'est exaspéré le commerçant.", 'On nous promet', 'Marc Leroy'],
  ])('"%s"', (_v, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });
});

describe('French verbs of anger and grievance after a quote', () => {
  it.each([
    ['tempête', "La direction a annoncé 140 suppressions de postes. « Ça fait trois ans qu'on nous demande des efforts », tempête Stéphane Muller, délégué syndical CFDT.", 'des efforts', 'Stéphane Muller'],
    ['tonne', "La direction veut fermer l'usine de Saint-Dizier. « On nous a menti pendant trois ans », tonne Franck Lemoine, délégué CGT du site.", 'menti pendant', 'Franck Lemoine'],
    ['râle', "Le maire Jean Dupuis a fermé la rue pour six mois. « Personne ne nous a prévenus », râle Martine Leroy, commerçante depuis vingt ans.", 'prévenus', 'Martine Leroy'],
    ['se désole', "La préfète Anne Morel a confirmé la fermeture de la classe. « C'est toujours la même mécanique », se désole le maire, Jean-Louis Capdeville.", 'même mécanique', 'Jean-Louis Capdeville'],
  ])('"%s"', (_v, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it('the storm and the ton are no cues: "La tempête ferme les routes", "une tonne de sable"', () => {
    const text = 'La tempête Ciarán a touché la Bretagne mardi. La tempête ferme les routes côtières. Après une tempête pareille, les dégâts sont lourds. Une tonne de sable bloque le port, à 40 euros la tonne.';
    expect(statements(text)).toEqual([]);
  });
});

/**
 * A match's players by their position ("sagte der Torschütze") are the person named with it; and a team joined to a role
 * by a hyphen ("CFC-Trainer Steffen Rudloff") tells that trainer from the other side's named after him.
 */
describe('German sports copy: positions and a team joined to the role', () => {
  it.each([
    ['der Torschütze', 'Torschütze Jannik Seidel traf in der 12. Minute. Trainer Marco Kühn sah dann den Ausgleich. „Das tut brutal weh“, sagte der Torschütze.', 'brutal weh', 'Jannik Seidel'],
    ['die Anrainerin (Austria)', 'Anrainerin Gertrud Pichler wohnt seit 40 Jahren an der Straße. Bürgermeisterin Eva Huber will die Bäume fällen lassen. „Das lassen wir uns nicht gefallen“, sagte die Anrainerin.', 'nicht gefallen', 'Gertrud Pichler'],
    ['der CFC-Trainer', 'Das Derby endete 1:2. CFC-Trainer Steffen Rudloff suchte keine Ausreden. Zwickaus Trainer Jan Kraus freute sich. „Wir haben uns selbst geschlagen“, sagte der CFC-Trainer.', 'selbst geschlagen', 'Steffen Rudloff'],
  ])('%s', (_c, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/** A nationality said after a role ("leur ailier fidjien Josaia Ravulo") is whom its noun names next ("le Fidjien"). */
describe('French: the adjective after a role names the person again as a demonym', () => {
  it.each([
    ['le Fidjien', "Portés par un doublé de leur ailier fidjien Josaia Ravulo, les Isérois menaient. L'entraîneur Patrice Olivari a regretté l'arbitrage. « Mes essais ne servent à rien », a résumé le Fidjien.", 'Mes essais', 'Josaia Ravulo'],
    ['la Néerlandaise', "La cycliste néerlandaise Lotte Kopecky a pris la deuxième place. Sa coéquipière Marion Roux a chuté. « Je n'avais plus de jambes », a reconnu la Néerlandaise.", 'plus de jambes', 'Lotte Kopecky'],
  ])('%s', (_c, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
