import { describe, expect, it } from 'vitest';
import { check, statements, statementWith, type Expect } from './helpers';

/**
 * The constructions by which French news copy names, and names again, the person who speaks, one passage or more
 * each (invented wire copy). `name` is who said it; `speaker` the mention next to the cue as written.
 */
type Case = [label: string, text: string, words: string, want: Expect];

const run = (cases: Case[]) =>
  it.each(cases)('%s', (_l, text, words, want) => {
    check(statementWith(text, words), want);
  });

describe('French: where the speaker stands around the cue', () => {
  run([
    ['preposed, colon', "Le président du Sénat, Bernard Vallon, a pris la parole en fin de séance. Il a déclaré : « Le texte sera examiné en janvier, pas avant. »", 'examiné en janvier', { name: 'Bernard Vallon' }],
    ['preposed, name then colon', "Interrogée sur France Inter, la ministre de la Santé Agnès Perrin a été claire : « Aucune maternité ne fermera cette année. »", 'Aucune maternité', { name: 'Agnès Perrin' }],
    ['preposed, que', "La ministre de la Santé, Agnès Perrin, a affirmé mardi que les urgences de Vierzon resteraient ouvertes tout l'été.", 'urgences de Vierzon', { kind: 'indirect', name: 'Agnès Perrin' }],
    ['postposed, name', "Le conseil d'administration s'est réuni lundi. « Les comptes sont sains et la dette baisse », a déclaré Olivier Dumas, directeur financier du groupe.", 'comptes sont sains', { speaker: 'Olivier Dumas', name: 'Olivier Dumas' }],
    ['inverted incise a-t-il', "Le Premier ministre Hugo Perret a reçu les syndicats à Matignon. « Nous ne reculerons pas, a-t-il déclaré. Le texte sera voté avant l'été. »", 'reculerons pas', { name: 'Hugo Perret' }],
    ['inverted incise estime-t-elle', "La présidente de la région Nathalie Roussel a visité le chantier avec le préfet Marc Olivier. « Ce retard coûte cher aux entreprises », estime-t-elle.", 'coûte cher', { name: 'Nathalie Roussel' }],
    ['inverted incise poursuit-il', "Le chef de file des sénateurs LR, Jean-Luc Tessier, rejette le budget. « Nous voterons contre », explique-t-il. « Et nous le dirons au gouvernement », poursuit-il.", 'le dirons', { name: 'Jean-Luc Tessier' }],
    ['inverted, role after the verb', "La ministre du Travail Isabelle Marchand a rencontré le patronat. « Le dialogue social n'est pas mort », a affirmé la ministre à la sortie.", 'dialogue social', { speaker: 'la ministre', name: 'Isabelle Marchand' }],
    ['incise inside the quote with the name', "« Nous irons jusqu'au bout, a lancé Karim Benali, secrétaire général de la CGT cheminots. La grève continue jeudi. »", 'La grève continue', { name: 'Karim Benali' }],
    ['headline Name: « … »', "Vasseur : « Nous ne lâcherons rien sur les retraites »\n\nLa députée Claire Vasseur a tenu un meeting à Lille samedi devant 2 000 personnes. « Le gouvernement devra reculer », a lancé Vasseur.", 'lâcherons rien', { name: 'Claire Vasseur' }],
    ['selon lui', "Le maire de Brive, Paul Roux, a visité la zone sinistrée mardi. Selon lui, la route départementale sera rouverte d'ici lundi.", 'route départementale', { kind: 'indirect', name: 'Paul Roux' }],
    ['selon elle', "Le préfet Marc Olivier et la maire Sophie Lenoir ont visité la digue. Selon elle, les travaux auraient dû commencer il y a deux ans.", 'travaux auraient', { kind: 'indirect', name: 'Sophie Lenoir' }],
    ['pour le ministre, …', "Le ministre de l'Économie, Hugo Perret, a présenté le budget mercredi. Pour le ministre, la baisse des impôts reste possible en 2027.", 'baisse des impôts', { kind: 'indirect', name: 'Hugo Perret' }],
    ['ce dernier', "Le ministre de l'Intérieur Paul Girard a reçu le maire de Grenoble, Éric Lambert. « La sécurité est l'affaire de tous », a assuré ce dernier après l'entretien.", "l'affaire de tous", { speaker: 'ce dernier', name: 'Éric Lambert' }],
    ['cette dernière', "Le député Marc Olivier a interpellé la ministre Anne Castel. Cette dernière a répondu que le plan serait financé dès janvier.", 'plan serait financé', { kind: 'indirect', name: 'Anne Castel' }],
    ["l'élu", "Le maire de Quimper, Yannick Le Goff, a reçu la préfète lundi. « Nous attendons des actes », a déclaré l'élu.", 'attendons des actes', { speaker: 'élu', name: 'Yannick Le Goff' }],
    ['le quinquagénaire', "L'entrepreneur Olivier Dumas, 54 ans, comparaissait devant le tribunal correctionnel de Nantes. « Je n'ai rien détourné », a assuré le quinquagénaire.", 'rien détourné', { name: 'Olivier Dumas' }],
    ["l'ancienne ministre", "L'ancienne ministre de la Culture Hélène Brun publie un livre de souvenirs. « J'ai vu le pouvoir de près », raconte l'ancienne ministre.", 'pouvoir de près', { name: 'Hélène Brun' }],
    ["le chef de l'État", "Le président Marc Delorme a reçu le chancelier allemand à l'Élysée. « L'Europe doit se réarmer », a déclaré le chef de l'État.", 'se réarmer', { name: 'Marc Delorme' }],
    ["l'intéressé", "Le sénateur Jean-Luc Tessier est visé par une enquête pour détournement de fonds publics. « Je n'ai rien à me reprocher », a réagi l'intéressé.", 'rien à me reprocher', { name: 'Jean-Luc Tessier' }],
    ["l'intéressée", "La députée Claire Vasseur est visée par une plainte du préfet Marc Olivier. « C'est une manœuvre politique », a réagi l'intéressée.", 'manœuvre politique', { name: 'Claire Vasseur' }],
  ]);
});

describe('French: source frames', () => {
  run([
    ['selon X', "Selon le procureur de la République, Thierry Masson, le suspect a agi seul.", 'suspect a agi seul', { kind: 'indirect', name: 'Thierry Masson' }],
    ["d'après X", "D'après la directrice de l'hôpital, Nathalie Roussel, une centaine de lits manquent cet hiver.", 'centaine de lits', { kind: 'indirect', name: 'Nathalie Roussel' }],
    ['aux yeux de X', "Aux yeux du politologue Olivier Dumas, la majorité est désormais introuvable.", 'majorité est désormais', { kind: 'indirect', name: 'Olivier Dumas' }],
    ['pour X, …', "Pour l'économiste Hélène Brun, la hausse des taux va freiner l'immobilier jusqu'en 2027.", 'hausse des taux', { kind: 'indirect', name: 'Hélène Brun' }],
    ['son porte-parole', "Le ministre Paul Girard n'a pas commenté. « Aucune décision n'a été prise », a indiqué son porte-parole, Karim Benali.", 'Aucune décision', { name: 'Karim Benali' }],
    ['son entourage (no one)', "Le ministre Paul Girard ne s'est pas exprimé. « Il ne démissionnera pas », assure son entourage.", 'ne démissionnera pas', { speaker: 'son entourage' }],
    ['interrogé par (a newspaper)', "Interrogé par Le Parisien, le maire de Nice, Éric Lambert, a estimé que la ligne de tram serait prête en 2028.", 'ligne de tram', { kind: 'indirect', name: 'Éric Lambert' }],
    ['cité par (a newspaper)', "« Nous n'avons jamais été consultés », a déclaré le président de la fédération, Yannick Le Goff, cité par Ouest-France.", 'jamais été consultés', { name: 'Yannick Le Goff' }],
    ['a confié au Monde', "La ministre Isabelle Marchand prépare sa réforme. « Je ne lâcherai pas sur l'apprentissage », a-t-elle confié au Monde.", "l'apprentissage", { name: 'Isabelle Marchand' }],
    ["dans un entretien à", "« La France doit sortir du nucléaire d'ici 2050 », a déclaré la députée Claire Vasseur dans un entretien au Journal du dimanche.", 'sortir du nucléaire', { name: 'Claire Vasseur' }],
    ["a déclaré X à l'AFP", "« Les secours ont trouvé deux survivants sous les décombres », a déclaré à l'AFP le maire de la commune, Paul Roux.", 'deux survivants', { name: 'Paul Roux' }],
    ['selon les termes de', "Le projet reste, selon les termes du ministre Hugo Perret, « une priorité absolue du gouvernement ».", 'priorité absolue', { name: 'Hugo Perret' }],
  ]);
});

describe('French: naming again', () => {
  run([
    ['surname alone', "« Le site ne fermera pas », a promis le PDG du groupe, Olivier Dumas, devant les salariés. La ministre Anne Castel s'est dite prudente. « Nous verrons en mars », a ajouté Dumas.", 'verrons en mars', { name: 'Olivier Dumas' }],
    ['Me before a lawyer', "L'avocat de la famille, Me Karim Slimani, a dénoncé une enquête bâclée. La juge Claire Vidal a refusé la demande. « C'est un déni de justice », a lancé Me Slimani.", 'déni de justice', { name: 'Karim Slimani' }],
    ['role named before', "La ministre des Armées, Isabelle Marchand, s'est rendue à Toulon avec le général Paul Girard. « Nos stocks de munitions sont insuffisants », a reconnu la ministre.", 'stocks de munitions', { name: 'Isabelle Marchand' }],
    ["l'ancien président", "L'ancien président Marc Delorme a reçu la députée Claire Vasseur dans ses bureaux. « La gauche doit se rassembler », a estimé l'ancien président.", 'se rassembler', { name: 'Marc Delorme' }],
    ['le diplomate', "Le diplomate Olivier Dumas a mené les négociations avec la ministre Anne Castel. « Un accord est à portée de main », a affirmé le diplomate chevronné.", 'portée de main', { name: 'Olivier Dumas' }],
    ["l'écologiste", "L'écologiste Claire Vasseur et le député Hugo Perret débattaient sur BFMTV. « Le climat ne peut plus attendre », a lancé l'écologiste.", 'ne peut plus attendre', { name: 'Claire Vasseur' }],
    ['le socialiste', "Le socialiste Jean-Luc Tessier a croisé le fer avec la ministre Anne Castel. « Votre budget est injuste », a lancé le socialiste.", 'budget est injuste', { name: 'Jean-Luc Tessier' }],
    ['elle after a man named last (gender of the given name)', "La sénatrice Sophie Lenoir a interrogé le ministre Hugo Perret. « Où sont les crédits promis ? », a-t-elle demandé.", 'crédits promis', { name: 'Sophie Lenoir' }],
    ['il after a woman named last', "Le syndicaliste Karim Benali a rencontré la ministre Anne Castel. « Rien n'a été réglé », a-t-il regretté à la sortie.", "Rien n'a été réglé", { name: 'Karim Benali' }],
    ["avant d'ajouter", "« Nous ne céderons pas », a déclaré la ministre Isabelle Marchand, avant d'ajouter : « La réforme sera appliquée. »", 'réforme sera appliquée', { name: 'Isabelle Marchand' }],
    ['son avocate', "Le chanteur Olivier Dumas a été mis en examen. « Mon client conteste fermement les faits », a déclaré son avocate, Me Hélène Brun.", 'conteste fermement', { name: 'Hélène Brun' }],
    ['le sexagénaire, woman named between', "Le syndicaliste Karim Benali, 63 ans, a été reçu par la préfète Anne Castel. « On nous prend pour des idiots », a lâché le sexagénaire.", 'pour des idiots', { name: 'Karim Benali' }],
  ]);
});

describe('French: paragraphs of quotes', () => {
  run([
    ['continues the previous speaker', "« La situation est grave », a déclaré le maire de Lyon, Éric Lambert, lundi.\n\n« Nous demandons l'aide de l'État. »", "l'aide de l'État", { name: 'Éric Lambert' }],
    ['a quote with no cue after an incise', "La ministre Anne Castel a convoqué la presse. « Nous sommes prêts », a-t-elle déclaré. « Le plan sera présenté jeudi. »", 'présenté jeudi', { name: 'Anne Castel' }],
    ['not across a new speaker with a cue', "« Les caisses sont vides », a déclaré le maire Paul Roux.\n\nSon adversaire, la conseillère Sophie Lenoir, a répondu par un communiqué lundi.\n\n« Il a dépensé sans compter pendant six ans. »", 'dépensé sans compter', { name: 'Sophie Lenoir' }],
  ]);
});

describe('French: who is not the speaker', () => {
  run([
    ['the addressee, a person', "Le président Marc Delorme a reçu la cheffe du gouvernement Anne Castel. « Il faut tenir bon », a-t-il dit à Anne Castel.", 'tenir bon', { name: 'Marc Delorme' }],
    ['the addressee, reporters', "Le ministre Hugo Perret est sorti de l'Élysée. « Rien n'est décidé », a-t-il déclaré aux journalistes.", "Rien n'est décidé", { name: 'Hugo Perret' }],
    ['a person named inside the quote', "La députée Claire Vasseur a pris la parole. « Le ministre Paul Girard doit démissionner », a-t-elle déclaré.", 'doit démissionner', { name: 'Claire Vasseur' }],
    ['a person in a relative clause', "La ministre Anne Castel, qui a rencontré le syndicaliste Karim Benali lundi, a assuré que la réforme serait maintenue.", 'réforme serait maintenue', { kind: 'indirect', name: 'Anne Castel' }],
    ['the place of a role', "« La ville ne paiera pas », a déclaré le maire de Montpellier, Paul Roux.", 'ne paiera pas', { name: 'Paul Roux' }],
    ['a newspaper that reports', "Selon Le Monde, le ministre Hugo Perret a affirmé que le budget serait revu.", 'budget serait revu', { name: 'Hugo Perret' }],
  ]);
});

describe('French: subjects the verb after a comma has before it, and ordinary people named by a first name', () => {
  run([
    ['an opening participle, then the role and the name in apposition',
      "Invitée de « L'Heure politique » sur Radio Sud, la présidente du groupe centriste, Odile Marchand, a accusé le maire de « mépris ». « Les habitants ne sont pas consultés », a-t-elle ajouté.",
      'pas consultés', { name: 'Odile Marchand' }],
    ['a first name and an age in apposition to a role',
      "« On n'a rien vu venir », raconte Jean-Claude, 71 ans, dont la maison a été inondée. Sa voisine, Micheline, 68 ans, n'a rien pu sauver. « Tout est parti en une nuit », souffle-t-elle.",
      'en une nuit', { name: 'Micheline' }],
    ['a stressed pronoun after the subject, then a colon',
      "Le ministre de l'Agriculture, Marc Fesneau, a reçu les éleveurs. « Nous n'avons obtenu aucune garantie », a regretté le président du syndicat, Arnaud Rousseau. Le ministre, lui, se veut rassurant : « Des annonces suivront dans les prochains jours. »",
      'Des annonces suivront', { name: 'Marc Fesneau' }],
    ['a crowd chanting',
      "Plusieurs milliers de personnes ont défilé à Rennes samedi. « On ne lâchera rien », ont scandé les manifestants devant la préfecture.",
      'lâchera rien', { speaker: 'les manifestants' }],
  ]);
});

it('French: a sentence that opens with an elided word ends the one before ("». L\'opposition …"), and the quote keeps its mark before an elided word', () => {
  const text = "Les députés ont adopté le texte en première lecture. Pour le rapporteur, Paul Molac, « c'est une avancée historique ». L'opposition dénonce un « passage en force ».";
  check(statementWith(text, 'avancée historique'), { kind: 'direct', name: 'Paul Molac' });
  expect(statementWith(text, 'avancée historique').text).toBe('« c\'est une avancée historique »');
});

it('French: "Le prévenu" opening a sentence is its subject, not a cue ("prévenu", warned) with "Le" for speaker', () => {
  const text = "Le procès de l'ancien adjoint Gérard Vidal s'est ouvert lundi. Le prévenu a contesté chacun des faits reprochés.";
  expect(statements(text).map((s) => s.text)).toEqual([]);
});

describe('French: no incise where the subject stands before the verb, and a pronoun is not the last speaker of the other gender', () => {
  it('"Le maire (LR) de Nice, Christian Estrosi, a salué la décision" says nothing', () => {
    expect(statements("Le maire (LR) de Nice, Christian Estrosi, a salué la décision du Conseil d'État.").map((s) => s.text)).toEqual([]);
  });
  it('"L\'accusé, Karim B., 29 ans, a gardé la tête baissée" says nothing', () => {
    expect(statements("Au tribunal de Nanterre, l'ambiance était lourde. L'accusé, Karim B., 29 ans, a gardé la tête baissée.").map((s) => s.text)).toEqual([]);
  });
  it('"il" after a woman spoke and an unnamed minister answered is not her', () => {
    const text = "La députée Claire Vasseur a dénoncé mercredi une « trahison ». « Le gouvernement cède aux lobbies », a-t-elle fustigé. Le ministre de l'Économie lui a répondu sèchement. « Je n'ai pas de leçons à recevoir », a-t-il rétorqué.";
    expect(statementWith(text, 'pas de leçons').speakerName).not.toBe('Claire Vasseur');
  });
});
