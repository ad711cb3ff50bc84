import { describe, expect, it } from 'vitest';
import { check, spokenBy, statements, statementWith, type Expect } from './helpers';

/**
 * A second round of the constructions by which French copy (agency, quality and regional papers, magazines, live
 * blogs) attributes what is said: long appositions after an inverted incise, the present-tense incises of magazine
 * copy, interviews given to an outlet, periphrases and anaphors, source frames, colon introductions, the quotation
 * marks of online copy, and what is not a statement or not a speaker. Invented copy, a short passage each.
 * `name` is who said it, `speaker` the mention next to the cue as written, `text` the statement's content exactly,
 * `holds` words its content must hold.
 */
type Want = Expect & { text?: string; holds?: string[] };
type Case = [label: string, text: string, words: string, want: Want];

function verify(s: ReturnType<typeof statementWith>, want: Want): void {
  const { text, holds, ...rest } = want;
  check(s, rest);
  if (text !== undefined) expect(s.text).toBe(text);
  for (const h of holds ?? []) expect(s.text).toContain(h);
}

const run = (cases: Case[]) =>
  it.each(cases)('%s', (_l, text, words, want) => {
    verify(statementWith(text, words), want);
  });

describe('French: an inverted incise with a long subject', () => {
  run([
    ['name, then a role with its own complement, then a circumstance',
      "La direction de l'usine Valmet de Saint-Avold a annoncé 140 suppressions de postes. « C'est un coup de massue pour tout le bassin », a déclaré Jean-Marc Roux, secrétaire général de la CGT locale, à la sortie du comité social et économique. La préfecture promet une cellule de reclassement.",
      'coup de massue', { kind: 'direct', text: "« C'est un coup de massue pour tout le bassin »", speaker: 'Jean-Marc Roux', name: 'Jean-Marc Roux', actor: null }],
    ['a name with a particle',
      "Le château de Montal rouvre ses portes après trois ans de travaux. « Le patrimoine rural n'est pas un luxe », a plaidé Bertrand de Villeneuve, président de la Fondation des demeures du Quercy, lors de l'inauguration.",
      'patrimoine rural', { kind: 'direct', name: 'Bertrand de Villeneuve' }],
    ['a relative clause naming someone else after the apposition',
      "Le projet de retenue d'eau divise la vallée. « Ce barrage va noyer trois hameaux », estime Martine Lacaze, présidente de l'association Vallée vivante, qui a saisi le tribunal administratif contre l'arrêté du préfet Alain Ferrand.",
      'noyer trois hameaux', { kind: 'direct', name: 'Martine Lacaze' }],
    ['an adjective set off between the cue and the subject',
      "Le conseil municipal a voté la fermeture de la maternité. « Nous avons perdu cette bataille, pas la guerre », a reconnu, amer, le maire de Saint-Claude, Gilbert Roussel.",
      'pas la guerre', { kind: 'direct', name: 'Gilbert Roussel' }],
  ]);
});

describe('French: present-tense incises of magazine and online copy', () => {
  run([
    // (the quote with no cue carries the previous quote's speaker span, as statements.test.ts pins it; only who said it
    // is asserted here)
    ['martèle-t-elle, then a quote with no cue',
      "La porte-parole du gouvernement, Maud Lefranc, a rendu compte du Conseil des ministres mercredi. « Il n'y aura pas de hausse d'impôts », martèle-t-elle. « Pas cette année, pas l'an prochain. »",
      "Pas cette année", { kind: 'direct', name: 'Maud Lefranc' }],
    ['ironise, a name after a party label',
      "Le gouvernement a présenté mardi son plan contre la sécheresse. « On découvre l'eau tiède en plein mois d'août », ironise le député insoumis Rémi Castel.",
      "l'eau tiède", { kind: 'direct', speaker: 'le député insoumis Rémi Castel', name: 'Rémi Castel' }],
    ['résume, a name, then an occupation and a place',
      "Les cours du lait ont encore baissé de 4 % en un mois. « On paie pour les erreurs des autres », résume Pascal Thiriet, éleveur à Mirecourt, dans les Vosges.",
      'erreurs des autres', { kind: 'direct', name: 'Pascal Thiriet' }],
    ["s'agace",
      "Aux urgences de Creil, l'attente dépasse souvent dix heures. « On nous balade depuis des mois », s'agace Nadia Belkacem, infirmière dans le service depuis quinze ans.",
      'balade depuis', { kind: 'direct', name: 'Nadia Belkacem' }],
    ['se félicite-t-il',
      "Le PDG d'Aérolis, Franck Morel, a présenté ses résultats annuels jeudi. « Nos carnets de commandes sont pleins jusqu'en 2030 », se félicite-t-il.",
      'carnets de commandes', { kind: 'direct', name: 'Franck Morel' }],
    ['nuance, a name then an institution',
      "La croissance a surpris à la hausse au troisième trimestre. « Tout n'est pas réglé pour autant », nuance Florence Aubert, économiste à l'OFCE. « La consommation reste atone. »",
      "Tout n'est pas réglé", { kind: 'direct', name: 'Florence Aubert' }],
    ['prévient-il, after a woman named in passing',
      "Le président de la FNTR, Didier Caron, a été reçu par la ministre Anne Castel. « Si rien ne bouge d'ici lundi, nous bloquerons les dépôts », prévient-il.",
      'bloquerons les dépôts', { kind: 'direct', name: 'Didier Caron' }],
    ['juge as a verb before a lawyer',
      "Le tribunal a condamné le chauffard à deux ans de prison ferme. « Cette peine est bien trop légère », juge l'avocat des parties civiles, Me Fabien Rossi.",
      'bien trop légère', { kind: 'direct', name: 'Fabien Rossi' }],
    ['juge as a noun after the cue',
      "L'audience a été tendue jusqu'au bout. « Vous aviez le choix de vous arrêter », a lancé le juge Thierry Masson au prévenu, qui n'a pas répondu.",
      'vous arrêter', { kind: 'direct', name: 'Thierry Masson' }],
    ['glisse, an anonymous source',
      "Au club, personne ne veut parler officiellement. « On ne va pas se mentir, la saison est ratée », glisse un cadre du vestiaire.",
      'saison est ratée', { kind: 'direct', speaker: 'un cadre du vestiaire', actor: null }],
    ['confie, a first name and an age',
      "Dans le quartier de la Source, les habitants n'ont pas dormi. « J'ai eu peur pour mes enfants », confie Laetitia, 34 ans, mère de trois enfants.",
      'peur pour mes enfants', { kind: 'direct', name: 'Laetitia' }],
    ['lâche-t-il, after a portrait',
      "Gérard Pons, 67 ans, cultive la vigne à Cucuron depuis quarante ans. Cette année, la grêle a tout emporté. « Ils nous ont oubliés », lâche-t-il.",
      'nous ont oubliés', { kind: 'direct', name: 'Gérard Pons' }],
    ['insiste, a role named before, inside the quote',
      "L'ancien ministre de l'Agriculture Didier Vasseur a quitté la vie politique en 2022. Interrogé sur une candidature à Toulouse, il botte en touche. « Je ne serai pas candidat, insiste l'ancien ministre. Ma vie est ailleurs. »",
      'Ma vie est ailleurs', { kind: 'direct', text: "« Je ne serai pas candidat, insiste l'ancien ministre. Ma vie est ailleurs. »", name: 'Didier Vasseur' }],
  ]);
});

describe('French: interviews given to an outlet', () => {
  run([
    ['dans les colonnes de',
      "Le sélectionneur Didier Lemaire a mis fin aux rumeurs. « Je n'ai jamais pensé à partir avant la Coupe du monde », a-t-il assuré dans les colonnes de L'Équipe.",
      'jamais pensé à partir', { kind: 'direct', name: 'Didier Lemaire' }],
    ['dans un entretien au Monde, before the speaker',
      "Dans un entretien au Monde publié samedi, la ministre de la Culture, Agathe Mérieux, estime que le pass culture doit être « entièrement repensé ».",
      'pass culture', { kind: 'mixed', text: 'le pass culture doit être « entièrement repensé »', name: 'Agathe Mérieux' }],
    ['au micro de, between the cue and the speaker',
      "Le budget arrive en séance la semaine prochaine. « Nous ne voterons pas ce texte en l'état », a affirmé mardi au micro de France Inter le président du groupe centriste, Étienne Ravel.",
      'voterons pas ce texte', { kind: 'direct', name: 'Étienne Ravel' }],
    ['invitée de, a woman before an indirect statement',
      "Invitée de franceinfo lundi matin, la présidente de la région, Carole Delmas, a assuré que les lycées seraient chauffés tout l'hiver.",
      'lycées seraient chauffés', { kind: 'indirect', name: 'Carole Delmas' }],
    ['a social network after the cue is no speaker',
      "La polémique enfle depuis la publication de la vidéo. « Honte à ceux qui ferment les yeux », a écrit sur X le député Rémi Castel.",
      'Honte à ceux', { kind: 'direct', name: 'Rémi Castel' }],
    ['sur son compte, online quotation marks',
      "La députée Inès Garnier a quitté l'hémicycle avant le vote. “On ne lâchera rien, ni ce soir ni demain”, a-t-elle écrit sur son compte Instagram.",
      'ni ce soir', { kind: 'direct', name: 'Inès Garnier' }],
    ['a live-blog line: name, outlet, colon, quote',
      "Le ministre de l'Économie, Bruno Faure, était l'invité de TF1 dimanche soir.\n\n20h14 – Bruno Faure sur TF1 : « Il n'y aura pas de nouvel impôt en 2027. »",
      'nouvel impôt', { kind: 'direct', name: 'Bruno Faure' }],
  ]);
});

describe('French: periphrases and anaphors', () => {
  run([
    ['le locataire de la Maison-Blanche',
      "Les négociations sur l'Ukraine ont repris à Genève. « Nous voulons un accord avant la fin de l'année », a affirmé le locataire de la Maison-Blanche devant la presse.",
      "avant la fin de l'année", { kind: 'direct', actor: 'A03' }],
    ['le maître du Kremlin, indirect',
      "Les émissaires américains ont été reçus à Moscou mardi. Le maître du Kremlin a assuré que la Russie était prête à « discuter sans conditions ».",
      'prête à', { kind: 'mixed', actor: 'A02' }],
    ['pour le chef de la diplomatie russe, « … »',
      "La réunion de Bruxelles n'a rien donné. Pour le chef de la diplomatie russe, « les Européens ne veulent pas la paix ».",
      'ne veulent pas la paix', { kind: 'direct', actor: 'A01' }],
    ["le locataire de l'Élysée is the president named before, not France",
      "Le président Emmanuel Macron s'est rendu mardi à Marseille pour présenter son plan pour les quartiers nord. « Marseille mérite mieux que des promesses », a lancé le locataire de l'Élysée.",
      'mieux que des promesses', { kind: 'direct', name: 'Emmanuel Macron', actor: null }],
    ['celui-ci: the last man named',
      "Le maire de Dax, Paul Roux, a saisi le préfet des Landes, Alain Ferrand, après les inondations. Celui-ci a répondu que l'état de catastrophe naturelle serait demandé dès lundi.",
      'catastrophe naturelle', { kind: 'indirect', name: 'Alain Ferrand' }],
    ['la maire socialiste, after a man named',
      "La maire de Besançon, Sylvie Garnier, a reçu le président du club de football, Marc Olivier, pour parler du stade. « La ville ne paiera pas un euro de plus », tranche la maire socialiste.",
      'un euro de plus', { kind: 'direct', name: 'Sylvie Garnier' }],
    ['le maire + a woman, then elle',
      "Le maire de Rennes, Nathalie Aubry, a présenté son budget lundi soir. « Nous ne toucherons pas aux impôts locaux », a-t-elle déclaré.",
      'impôts locaux', { kind: 'direct', name: 'Nathalie Aubry' }],
    ["l'édile",
      "Le maire de Cahors, Jean-Pierre Bonnal, a reçu les commerçants du centre-ville. « Le parking sera gratuit le samedi dès janvier », a promis l'édile.",
      'gratuit le samedi', { kind: 'direct', name: 'Jean-Pierre Bonnal' }],
    ['a demonym naming a player again',
      "Le Toulousain Antoine Mercadier a signé un doublé face à Nantes. Son coéquipier Lucas Fabre a été expulsé. « Je pense d'abord au groupe », a savouré le Toulousain.",
      "d'abord au groupe", { kind: 'direct', name: 'Antoine Mercadier' }],
    ['a demonym of no demonym ending, named after a preposition: "sur le Belge X … Le Belge"',
      "Kevin Marchal s'empare du maillot de leader avec 38 secondes d'avance sur le Belge Thomas Claes. Son directeur sportif, Alain Roux, a salué une étape parfaite. Le Belge, troisième l'an dernier, estime que le contre-la-montre de samedi décidera de tout.",
      'contre-la-montre de samedi', { kind: 'indirect', name: 'Thomas Claes' }],
    ['"la Suisse" after "face à la Suisse X": the player, not the country',
      "La Française Manon Girard s'est inclinée en demi-finale face à la Suisse Laura Keller. Son entraîneur, Marc Dubois, est resté dans les tribunes. « J'ai joué mon meilleur tennis », a assuré la Suisse après le match.",
      'meilleur tennis', { kind: 'direct', name: 'Laura Keller' }],
    ['a demonym after "jeune" naming a player again',
      "Le héros de la soirée s'appelle Yanis Belkacem. Entré en jeu à la 35e minute, l'ailier de 21 ans a inscrit sept buts. « Je n'ai pas trop réfléchi », sourit le jeune Lyonnais.",
      'trop réfléchi', { kind: 'direct', name: 'Yanis Belkacem' }],
    ['a demonym after "jeune", a woman',
      "La Niçoise Clara Vidal a remporté le 200 m papillon. Sa rivale Emma Roux a terminé deuxième. « J'ai nagé à l'instinct », a confié la jeune Niçoise.",
      "nagé à l'instinct", { kind: 'direct', name: 'Clara Vidal' }],
    ['la cheffe du gouvernement, the woman named with a role before',
      "La Première ministre Élise Carpentier a reçu les syndicats à Matignon avec le ministre du Travail, Arnaud Vidal. « Le dialogue n'est pas rompu », a assuré la cheffe du gouvernement à l'issue de la réunion.",
      "dialogue n'est pas rompu", { kind: 'direct', name: 'Élise Carpentier' }],
    ["à l'en croire: the last person named",
      "Le directeur du chantier, Hervé Caillaud, a fait visiter le futur hôpital. À l'en croire, les premiers patients seront accueillis en juin.",
      'premiers patients', { kind: 'indirect', name: 'Hervé Caillaud' }],
  ]);
});

describe('French: source frames and anonymous sources', () => {
  run([
    ['à en croire X',
      "À en croire le directeur de l'aéroport, Franck Morel, le trafic retrouvera son niveau d'avant-crise dès 2027.",
      'trafic retrouvera', { kind: 'indirect', text: "le trafic retrouvera son niveau d'avant-crise dès 2027", name: 'Franck Morel' }],
    ['selon un proche du dossier',
      "L'usine de Fos-sur-Mer pourrait changer de mains avant l'été. Selon un proche du dossier, l'offre de reprise sera déposée vendredi.",
      'offre de reprise', { kind: 'indirect', speaker: 'un proche du dossier', actor: null }],
    ["un conseiller de l'Élysée is no country",
      "Le chef de l'État n'a pas encore choisi son nouveau Premier ministre. « Le président n'a pas dit son dernier mot », glisse un conseiller de l'Élysée.",
      'dernier mot', { kind: 'direct', speaker: "un conseiller de l'Élysée", actor: null }],
    ['fait-on savoir à Matignon',
      "Les syndicats réclament le report de la réforme. « Le calendrier ne bouge pas », fait-on savoir à Matignon.",
      'calendrier ne bouge', { kind: 'direct', speaker: 'Matignon' }],
    ["dans l'entourage du ministre, on …",
      "Le ministre de l'Intérieur Paul Girard reste silencieux depuis dimanche. Dans son entourage, on assure qu'il n'a « aucune intention » de démissionner.",
      'aucune intention', { kind: 'mixed', speaker: 'son entourage' }],
  ]);
});

describe('French: colon introductions and speakers set up before the quote', () => {
  run([
    ['Même son de cloche chez X : « … »',
      "Les agriculteurs de la Beauce redoutent un été sec. Même son de cloche chez le président de la chambre d'agriculture, Denis Lagarde : « Sans eau, il n'y aura pas de récolte. »",
      'pas de récolte', { kind: 'direct', name: 'Denis Lagarde' }],
    ['X ne dit pas autre chose : « … »',
      "Les maires ruraux dénoncent la baisse des dotations. Le président de leur association, Gilles Fabre, ne dit pas autre chose : « Les communes sont à l'os. »",
      "à l'os", { kind: 'direct', name: 'Gilles Fabre' }],
    ['a tone that is sans appel : « … »',
      "Le ton de la présidente de la région, Carole Delmas, était sans appel : « Nous ne paierons pas un euro de plus pour ce TER. »",
      'pour ce TER', { kind: 'direct', name: 'Carole Delmas' }],
    ['a verb that is no cue, then a colon',
      "Questionné sur son avenir, le sélectionneur Didier Lemaire a botté en touche : « On verra après la Coupe du monde. »",
      'On verra', { kind: 'direct', name: 'Didier Lemaire' }],
    ["Et d'ajouter : « … »",
      "« Nous ne fermerons aucune classe à la rentrée », a promis le recteur de l'académie de Lille, Jean Bastien. Et d'ajouter : « Les effectifs seront stables. »",
      'effectifs seront stables', { kind: 'direct', name: 'Jean Bastien' }],
    ['Pour X, « … »',
      "Les prix de l'immobilier reculent pour la deuxième année. Pour Hélène Berthaud, économiste à la Banque de France, « la baisse devrait se poursuivre jusqu'à l'été ».",
      'baisse devrait', { kind: 'direct', name: 'Hélène Berthaud' }],
  ]);
});

describe('French: quotation marks and quotations inside reported speech', () => {
  run([
    ['two quotations in one reported clause',
      "La ministre de la Santé, Agnès Perrin, a assuré mardi que le plan était « financé à l'euro près » et qu'il serait « présenté avant Noël ».",
      "financé à l'euro près", { kind: 'mixed', name: 'Agnès Perrin', holds: ['présenté avant Noël'] }],
    ['« » without inner spaces',
      "Les salariés de Fonderie du Rhône occupent l'usine depuis lundi. «Nous ne partirons pas sans garanties», a martelé le délégué syndical Franck Morel.",
      'sans garanties', { kind: 'direct', text: '«Nous ne partirons pas sans garanties»', name: 'Franck Morel' }],
    ['straight quotation marks in online copy',
      'La fermeture du pont de Millau a créé un embouteillage de trente kilomètres. "C\'est du jamais-vu", s\'agace le maire de Millau, Thierry Dumas.',
      'jamais-vu', { kind: 'direct', name: 'Thierry Dumas' }],
    ['the outer quote of a quote inside a quote',
      "« Le préfet m'a dit : “Vous aurez votre réponse lundi” », raconte la maire de Vierzon, Corinne Lebrun. La réponse n'est jamais venue.",
      'Le préfet m', { kind: 'direct', name: 'Corinne Lebrun' }],
  ]);

  it('the quote inside a quote is the words of the person the outer quote names', () => {
    const text = "La commune attend toujours les crédits promis. « Le préfet m'a dit : “Vous aurez votre réponse lundi” », raconte la maire de Vierzon, Corinne Lebrun. La réponse n'est jamais venue.";
    const inner = statements(text).filter((s) => s.text.startsWith('“Vous aurez'));
    expect(inner).toHaveLength(1);
    verify(inner[0], { kind: 'direct', speaker: 'Le préfet', name: 'Le préfet' });
  });
});

describe('French: what is not a statement', () => {
  it.each([
    ['a film title, then its director speaking',
      "Le réalisateur Thomas Lenoir présente « La Nuit des loups » en compétition à Cannes. « C'est un film sur la peur de l'autre », explique-t-il.",
      'La Nuit des loups'],
    ['the name of a police operation',
      "Le ministre de l'Intérieur a lancé l'opération « Place nette » dans douze villes. Trente-deux personnes ont été interpellées.",
      'Place nette'],
    ['a book title inside a quote',
      "« Dans “Les Oubliés de la Meuse”, je raconte la fermeture des forges », explique l'écrivain Paul Verdier.",
      'Les Oubliés de la Meuse', 'fermeture des forges'],
    ['a nickname in quotation marks',
      "Surnommé « le Bulldozer » par ses adversaires, le maire de Perpignan, Louis Carrère, brigue un troisième mandat.",
      'le Bulldozer'],
  ] as [string, string, string, string?][])('%s', (_l, text, words, outer) => {
    // `outer`: words of the real statement around the title, which may hold it
    const found = statements(text).filter((s) => s.text.includes(words) && !(outer && s.text.includes(outer)));
    expect(found.map((s) => s.text)).toEqual([]);
  });

  run([
    ['the director is the speaker of the quote after the title',
      "Le réalisateur Thomas Lenoir présente « La Nuit des loups » en compétition à Cannes. « C'est un film sur la peur de l'autre », explique-t-il.",
      "peur de l'autre", { kind: 'direct', name: 'Thomas Lenoir' }],
    ['an outlet after the cue is no speaker',
      "Les secours ont retrouvé le randonneur vivant. « Il avait passé deux nuits dans une grotte », a indiqué à La Dépêche le capitaine des pompiers, Julien Cazals.",
      'deux nuits', { kind: 'direct', name: 'Julien Cazals' }],
    ['a person named inside an apposition of the speaker',
      "« Les élèves n'ont pas eu cours depuis trois semaines », a regretté Samia Haddad, mère d'élève et adjointe du maire Pierre Lucet.",
      'trois semaines', { kind: 'direct', name: 'Samia Haddad' }],
    ['the addressee of a cue with à l’adresse de',
      "Le chef de l'opposition municipale, Yves Carré, a pris la parole en fin de séance. « Vous avez ruiné la ville », a-t-il lancé à l'adresse de la maire, Laure Vidal.",
      'ruiné la ville', { kind: 'direct', name: 'Yves Carré' }],
    ['a quote continues its speaker across paragraphs with poursuit',
      "« La filière est à bout de souffle », a déclaré la présidente de la coopérative, Odile Fournier.\n\nLe préfet Alain Ferrand a annoncé une aide d'urgence de deux millions d'euros.\n\n« Cette aide ne suffira pas », poursuit la présidente de la coopérative.",
      'ne suffira pas', { kind: 'direct', name: 'Odile Fournier' }],
  ]);
});

/**
 * A French verb that is also a cue ("avancer", "lancer") with a subject that is a thing and only an adverb after it, then
 * a cue set off by a comma and its speaker: the words before the comma are that speaker's.
 */
describe('a cue set off after a verb that says nothing here', () => {
  it.each([
    ['fr', "Les discussions avancent, a déclaré mardi Julien Marchal, conseiller diplomatique à l'Élysée.", 'Les discussions avancent', 'Julien Marchal'],
    ['fr, an adverb', 'Les négociations avancent bien, a assuré mardi Julien Marchal.', 'avancent bien', 'Julien Marchal'],
    ['it (read so already)', 'I negoziati procedono bene, ha assicurato martedì il consigliere Marco Rossi.', 'procedono bene', 'Marco Rossi'],
    ['es (read so already)', 'Las negociaciones avanzan bien, aseguró el martes el asesor Marco Rossi.', 'avanzan bien', 'Marco Rossi'],
  ])('%s', spokenBy);

  it('leaves the verb its clause when one follows', () => {
    spokenBy('', 'Les syndicats avancent que la réforme coûtera cher aux salariés.', 'coûtera cher', 'Les syndicats');
  });
});

/** French "pour" and a noun with no article says what something is for, not whose view follows. */
describe('"pour" before a noun with no article is no source', () => {
  it('fr, a list after "pour enfants," is the reporter\'s, and the quote after it the pharmacist\'s', () => {
    const text = "« Chaque matin, je vérifie ce qui manque », soupire Nathalie Progin, pharmacienne à Bulle. Antibiotiques pour enfants, anti-inflammatoires, traitements contre l'hypertension : la liste s'allonge de semaine en semaine. « Nous passons un temps fou au téléphone. »";
    expect(statements(text).some((s) => s.speakerName === 'enfants')).toBe(false);
    check(statementWith(text, 'temps fou'), { name: 'Nathalie Progin' });
  });

  it.each([
    ['fr (guard: "pour" and an article)', "Le conseil a voté la fermeture. Pour le maire, Alain Roussel, il s'agit d'une décision douloureuse mais nécessaire.", "il s'agit d'une décision", 'Alain Roussel'],
    ['es (guard: a source with no article after "según")', 'El detenido tiene 34 años. Según fuentes policiales, el hombre había sido denunciado dos veces por su expareja.', 'había sido denunciado', 'fuentes policiales'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/** A topic set before the clause ("Quant à X, il …") is who the sentence speaks of, not words anyone said. */
describe('a topic set before the clause', () => {
  const fr = "En face, l'entraîneur du F91, Gilles Reuter, se montrait plus serein. « Un point ici, on le prend », a apprécié le coach.\n\nQuant à Kevin Lopes, il savourait son cinquième but de la saison. « Le penalty, je l'avais travaillé à l'entraînement », racontait l'attaquant.";
  it('fr, "Quant à X," is no statement', () => {
    expect(statements(fr).some((s) => s.text.startsWith('Quant à'))).toBe(false);
  });
  it.each([
    ['fr, and the role after it is the topic', fr, 'Le penalty', 'Kevin Lopes'],
    ['es (read so already)', 'El entrenador, Gil Rojas, estaba tranquilo. «Un punto aquí es bueno», afirmó el técnico.\n\nEn cuanto a Kevin López, celebró su quinto gol de la temporada. «El penalti lo había entrenado», relató el delantero.', 'El penalti', 'Kevin López'],
    ['it (read so already)', "L'allenatore, Gino Rossi, era sereno. «Un punto qui va bene», ha detto il tecnico.\n\nQuanto a Kevin Lopes, ha festeggiato il suo quinto gol. «Il rigore l'avevo provato in allenamento», ha raccontato l'attaccante.", 'Il rigore', 'Kevin Lopes'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});
