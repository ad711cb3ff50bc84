import { afterAll, describe, expect, it } from 'vitest';
import { statementWith, statements } from './helpers';
import type { Statement } from '../../../lib/attribution';

/**
 * Who said it, across whole French articles rather than single passages: several speakers taking turns, a person named
 * in one paragraph and quoted again paragraphs later by surname, title, function or pronoun, two people of the same
 * gender, a quotation inside someone else's account, an interviewer's questions and the answers, "selon" frames,
 * organisations, countries and their metonyms, and the knowledge-base actors named by a title. Invented copy in the
 * manners of agency wires, national, regional, Belgian, Swiss and Québec papers, and live blogs.
 *
 * Each article lists every quotation it makes, in order: words the statement holds, then who said it — a person's
 * name, a knowledge-base ref ("A01"), or an organisation's name (compared without its article); optionally the exact
 * content and the kind. `not` lists words in quotation marks that are no one's statement (titles, scare quotes);
 * `nobody` words in quotation marks the text gives to none of its people.
 */
type Who = string | string[];
type Quote = [words: string, who: Who, want?: { text?: string; kind?: Statement['kind'] }];
interface Article {
  id: string;
  text: string;
  quotes: Quote[];
  not?: string[];
  nobody?: string[];
  /** a quotation the rules still get wrong: the test is expected to fail */
  fails?: true;
}

const norm = (s: string) =>
  s.normalize('NFC').toLowerCase().replace(/[’]/g, "'").replace(/^(?:le |la |les |l')/, '').trim();

function whoOf(s: Statement): string {
  return s.actor ?? s.speakerName ?? '(none)';
}

function matches(s: Statement, who: Who): boolean {
  const wants = Array.isArray(who) ? who : [who];
  return wants.some((w) => (/^A\d\d$/.test(w) ? s.actor === w : s.speakerName !== null && norm(s.speakerName) === norm(w)));
}

/** The wrong quotations of an article, one line each; empty when every one is right. */
function wrongQuotes(a: Article): string[] {
  const found = statements(a.text);
  const wrong: string[] = [];
  for (const [words, who, want] of a.quotes) {
    const holding = found.filter((s) => s.text.includes(words));
    if (holding.length === 0) {
      wrong.push(`"${words}": not reported`);
      continue;
    }
    // a quotation inside another is held by both: the words belong to the innermost
    const s = holding.reduce((a, b) => (b.text.length < a.text.length ? b : a));
    const why: string[] = [];
    if (!matches(s, who)) why.push(`speaker ${JSON.stringify(whoOf(s))} (as written ${JSON.stringify(s.speaker?.text ?? null)}), want ${JSON.stringify(who)}`);
    if (want?.text !== undefined && s.text !== want.text) why.push(`content ${JSON.stringify(s.text)}`);
    if (want?.kind !== undefined && s.kind !== want.kind) why.push(`kind ${s.kind}, want ${want.kind}`);
    if (why.length) wrong.push(`"${words}": ${why.join('; ')}`);
  }
  for (const words of a.not ?? []) {
    const s = found.find((x) => x.text.includes(words) && (x.kind === 'direct' || /^[«“"]/.test(x.text)));
    if (s) wrong.push(`"${words}" is no statement, got ${s.kind} by ${JSON.stringify(whoOf(s))}`);
  }
  const people = new Set(a.quotes.flatMap(([, who]) => (Array.isArray(who) ? who : [who])).map(norm));
  for (const words of a.nobody ?? []) {
    const s = found.find((x) => x.text.includes(words));
    if (s && ((s.actor && people.has(norm(s.actor))) || (s.speakerName && people.has(norm(s.speakerName)))))
      wrong.push(`"${words}" is no one's here, got ${JSON.stringify(whoOf(s))}`);
  }
  return wrong;
}

const articles: Article[] = [
  {
    id: 'agency wire: two foreign ministers answering each other, the Russian one by title',
    text: `MOSCOU (AFP) - Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rejeté jeudi toute idée de cessez-le-feu sans garanties, au lendemain d'une rencontre entre émissaires à Riyad. « La Russie ne négociera pas sous la pression des ultimatums occidentaux », a déclaré M. Lavrov lors d'une conférence de presse à Moscou.

Son homologue ukrainien, Andriï Sybiha, lui a répondu dans la soirée sur les réseaux sociaux. « Moscou parle de paix le matin et bombarde nos villes la nuit », a-t-il écrit, appelant les alliés de Kiev à accélérer les livraisons de défense antiaérienne.

Le chef de la diplomatie russe a également accusé les Européens de « saboter » les discussions. « Chaque fois qu'un accord se dessine, Paris et Londres trouvent une raison de tout bloquer », a-t-il affirmé.

« Nous n'avons aucune confiance dans la parole du Kremlin », a rétorqué M. Sybiha vendredi matin, en marge d'une réunion à Bruxelles. « Les faits parlent d'eux-mêmes. »

Une nouvelle session pourrait se tenir dans les prochaines semaines, selon les agences russes. Le ministre ukrainien a toutefois prévenu : « Nous ne signerons rien qui ressemble à une capitulation. »`,
    quotes: [
      ['ultimatums occidentaux', 'A01', { kind: 'direct', text: '« La Russie ne négociera pas sous la pression des ultimatums occidentaux »' }],
      ['bombarde nos villes', 'Andriï Sybiha', { kind: 'direct' }],
      ['saboter', 'A01'],
      ['Paris et Londres', 'A01', { kind: 'direct' }],
      ['aucune confiance', 'Andriï Sybiha', { kind: 'direct' }],
      ["parlent d'eux-mêmes", 'Andriï Sybiha', { kind: 'direct', text: "« Les faits parlent d'eux-mêmes. »" }],
      ['capitulation', 'Andriï Sybiha', { kind: 'direct' }],
    ],
  },
  {
    id: 'national paper: the Élysée and Matignon, "a-t-on ajouté à l\'Élysée", a minister and an MP',
    text: `Budget des armées : l'exécutif veut refermer la polémique

Après plusieurs jours de tensions, la présidence de la République et le gouvernement ont tenté mardi d'éteindre la querelle sur le budget de la défense. « Il n'y a pas l'épaisseur d'une feuille de papier à cigarette entre le président et le premier ministre », a assuré l'Élysée dans un communiqué.

« Les économies seront faites ailleurs, pas sur nos armées », a insisté Matignon dans la foulée.

La ministre des Armées, Claire Aubertin, a voulu rassurer les militaires. « Nous tiendrons la trajectoire de la loi de programmation militaire », a-t-elle déclaré sur France Inter. « Pas un euro ne manquera. »

Le rapporteur du budget à l'Assemblée, le député LR Étienne Morvan, reste sceptique. « Ce sont des mots. Les chiffres, eux, disent autre chose », a raillé le député, qui réclame un collectif budgétaire.

Interrogée sur un éventuel remaniement, la ministre a balayé la question : « Ce n'est pas le sujet. »

« Le président a toute confiance en son gouvernement », a-t-on ajouté à l'Élysée, où l'on juge l'incident « clos ». « Il faut que ça s'arrête », glisse-t-on à Matignon.`,
    quotes: [
      ['papier à cigarette', 'A10', { kind: 'direct' }],
      ['pas sur nos armées', 'Matignon', { kind: 'direct' }],
      ['programmation militaire', 'Claire Aubertin', { kind: 'direct' }],
      ['Pas un euro', 'Claire Aubertin', { kind: 'direct' }],
      ['disent autre chose', 'Étienne Morvan', { kind: 'direct' }],
      ["Ce n'est pas le sujet", 'Claire Aubertin', { kind: 'direct' }],
      ['toute confiance en son gouvernement', 'A10', { kind: 'direct' }],
      ["ça s'arrête", 'Matignon', { kind: 'direct' }],
    ],
  },
  {
    id: 'regional paper: a mayor and the opposition leader, two women, by surname, function and pronoun',
    text: `Vitré. La fermeture de la piscine divise le conseil municipal

La séance de lundi soir a été houleuse. La maire (DVD) de Vitré, Anne Le Bihan, a défendu la fermeture pour deux ans de la piscine Jean-Bouin, dont la rénovation est chiffrée à 9 millions d'euros. « Nous n'avons pas le choix : le bâtiment n'est plus aux normes », a-t-elle expliqué devant une salle comble.

Chef de file de l'opposition de gauche, Sylvie Gautier n'a pas caché sa colère. « Deux ans sans bassin, ce sont des centaines d'enfants qui n'apprendront pas à nager », a lancé l'élue socialiste.

« Les écoles seront accueillies à Fougères, le transport est financé », lui a répondu Anne Le Bihan. Mme Gautier a dénoncé une décision « prise en catimini ». « On l'a appris par la presse », a-t-elle glissé.

La maire a promis une réunion publique en janvier. « Tout sera mis sur la table, y compris le calendrier », a-t-elle assuré.

Côté usagers, le président du club de natation, Hervé Lucas, se dit inquiet pour la survie du club. « On risque de perdre la moitié de nos licenciés », estime-t-il.`,
    quotes: [
      ["n'est plus aux normes", 'Anne Le Bihan', { kind: 'direct' }],
      ['apprendront pas à nager', 'Sylvie Gautier', { kind: 'direct' }],
      ['accueillies à Fougères', 'Anne Le Bihan', { kind: 'direct' }],
      ['prise en catimini', 'Sylvie Gautier'],
      ['appris par la presse', 'Sylvie Gautier', { kind: 'direct' }],
      ['mis sur la table', 'Anne Le Bihan', { kind: 'direct' }],
      ['moitié de nos licenciés', 'Hervé Lucas', { kind: 'direct' }],
    ],
  },
  {
    id: 'Belgian paper: a radio interview, the journalist asking and the minister answering',
    text: `Invité ce dimanche de l'émission « Au cœur du débat » sur La Première, le ministre-président wallon, Adrien Delvaux, a défendu la réforme des aides à l'emploi. Face à lui, la journaliste Johanne Lambotte n'a pas ménagé ses questions.

« Est-ce que vous assumez de supprimer 2.000 postes APE ? », lui a-t-elle demandé d'emblée. « Personne ne supprime des postes, nous réorganisons un système à bout de souffle », a répondu le libéral.

« Les syndicats parlent pourtant d'un bain de sang social », a relancé la journaliste. « Les syndicats font leur travail, je fais le mien », a rétorqué M. Delvaux.

Dans l'opposition, le chef de groupe PS au Parlement de Wallonie, Christophe Mathieu, a dénoncé sur X « une casse organisée ». « Le gouvernement MR-Engagés tape sur les plus fragiles », a-t-il écrit.

Le ministre-président a conclu en promettant une évaluation dans un an. « Si ça ne marche pas, on corrigera. »`,
    quotes: [
      ['Est-ce que vous assumez', 'Johanne Lambotte', { kind: 'direct' }],
      ['bout de souffle', 'Adrien Delvaux', { kind: 'direct' }],
      ['bain de sang social', 'Johanne Lambotte', { kind: 'direct' }],
      ['je fais le mien', 'Adrien Delvaux', { kind: 'direct' }],
      ['une casse organisée', 'Christophe Mathieu'],
      ['plus fragiles', 'Christophe Mathieu', { kind: 'direct' }],
      ['on corrigera', 'Adrien Delvaux', { kind: 'direct' }],
    ],
    not: ['Au cœur du débat'],
  },
  {
    id: 'Swiss paper: "selon" frames, a federal councillor by his function, an industry lobby, a department',
    text: `BERNE - Le Conseil fédéral veut durcir les contrôles à l'exportation de matériel de guerre. Selon le conseiller fédéral Martin Kälin, chef du Département de la défense, la Suisse « ne peut plus se cacher derrière sa neutralité ». « Nous devons savoir où finissent nos munitions », a-t-il insisté jeudi devant la presse.

Le projet passe mal auprès de l'industrie. « On va pousser nos clients vers la concurrence allemande », prévient Stefan Ruchti, directeur de Swissmem, la faîtière des machines.

Selon Léa Pittet, présidente des Verts, le texte va au contraire « dans le bon sens, mais trop lentement ». « La neutralité, ce n'est pas l'indifférence », a-t-elle déclaré à la RTS. « Il faut un contrôle parlementaire. »

Le Département fédéral des affaires étrangères (DFAE) a de son côté rappelé qu'aucune livraison indirecte vers l'Ukraine n'avait été autorisée. « La loi est appliquée strictement », a indiqué le DFAE dans une prise de position écrite.

Le débat reprendra au Conseil national en mars. « Ce sera serré », pronostique le conseiller fédéral.`,
    quotes: [
      ['cacher derrière sa neutralité', 'Martin Kälin'],
      ['finissent nos munitions', 'Martin Kälin', { kind: 'direct' }],
      ['concurrence allemande', 'Stefan Ruchti', { kind: 'direct' }],
      ['dans le bon sens', 'Léa Pittet'],
      ["pas l'indifférence", 'Léa Pittet', { kind: 'direct' }],
      ['contrôle parlementaire', 'Léa Pittet', { kind: 'direct' }],
      ['appliquée strictement', ['DFAE', 'Département fédéral des affaires étrangères'], { kind: 'direct' }],
      ['Ce sera serré', 'Martin Kälin', { kind: 'direct' }],
    ],
  },
  {
    id: 'Québec paper: question period, two men taking turns, a quote its incise interrupts inside the marks',
    text: `QUÉBEC — La période des questions a donné lieu à un échange musclé, mercredi, entre le premier ministre Mathieu Gendron et le chef de l'opposition officielle, Olivier Tremblay, au sujet des délais d'attente aux urgences.

« Le premier ministre gère le réseau de la santé comme on gère un dépanneur », a lancé le chef libéral en ouverture. « Des patients attendent 20 heures sur une civière. »

« Mon collègue a la mémoire courte », a rétorqué M. Gendron. « Quand son parti était au pouvoir, c'était pire. »

En mêlée de presse, le ministre de la Santé, Jonathan Bérubé, a reconnu que la situation était « inacceptable ». « On ne se cachera pas derrière des excuses, a-t-il affirmé. Il y a des solutions. »

Le chef libéral n'a pas été convaincu. « Des excuses, c'est tout ce qu'ils ont », a-t-il lâché à sa sortie du Salon rouge.`,
    quotes: [
      ['gère un dépanneur', 'Olivier Tremblay', { kind: 'direct' }],
      ['20 heures sur une civière', 'Olivier Tremblay', { kind: 'direct' }],
      ['mémoire courte', 'Mathieu Gendron', { kind: 'direct' }],
      ["c'était pire", 'Mathieu Gendron', { kind: 'direct' }],
      ['inacceptable', 'Jonathan Bérubé'],
      ['derrière des excuses', 'Jonathan Bérubé', { kind: 'direct', text: '« On ne se cachera pas derrière des excuses, a-t-il affirmé. Il y a des solutions. »' }],
      ["tout ce qu'ils ont", 'Olivier Tremblay', { kind: 'direct' }],
    ],
  },
  {
    fails: true,
    id: 'live blog: the knowledge-base leaders by title, the Kremlin, Kiev, Moscow and the Élysée as speakers',
    text: `Guerre en Ukraine : les informations de ce mardi en direct

16h42. Le président ukrainien a réagi aux propos tenus la veille par Donald Trump. « Nous ne céderons pas un mètre de notre territoire », a-t-il déclaré dans son adresse vidéo quotidienne.

16h15. Le Kremlin juge « prématuré » un sommet à trois. « Les conditions ne sont pas réunies pour une rencontre au plus haut niveau », a déclaré le porte-parole de la présidence russe, Dmitri Peskov, cité par les agences russes.

15h58. Donald Trump se dit déçu par Vladimir Poutine. « Je pensais qu'on avait un accord, et puis il bombarde Kiev », a écrit le locataire de la Maison-Blanche sur son réseau Truth Social.

15h30. Moscou dément toute frappe sur des infrastructures civiles. « Nos forces frappent exclusivement des cibles militaires », affirme le ministère russe de la Défense dans un communiqué.

15h02. « Le Kremlin ment comme il respire », a aussitôt réagi Kiev.

14h20. Paris appelle à la retenue. « La France se tient aux côtés de l'Ukraine, aujourd'hui comme hier », a indiqué l'Élysée en fin de matinée.`,
    quotes: [
      ['un mètre de notre territoire', 'A04', { kind: 'direct' }],
      ['prématuré', 'A05'],
      ['plus haut niveau', 'Dmitri Peskov', { kind: 'direct' }],
      ['il bombarde Kiev', 'A03', { kind: 'direct' }],
      ['cibles militaires', 'ministère russe de la Défense', { kind: 'direct' }],
      ['ment comme il respire', 'A06', { kind: 'direct' }],
      ["aux côtés de l'Ukraine", 'A10', { kind: 'direct' }],
    ],
  },
  {
    fails: true,
    id: 'regional paper, court: prosecutor, counsel, a victim quoting the accused, the accused',
    text: `Toulouse. Dix ans requis contre l'ancien notaire

Devant la cour d'assises de la Haute-Garonne, l'avocate générale, Céline Rouquette, a requis mercredi dix ans de réclusion contre Bernard Castagné, 64 ans, accusé d'avoir détourné 3,2 millions d'euros. « Pendant quinze ans, il a volé ceux qui lui faisaient confiance », a-t-elle lancé aux jurés. « Ce n'est pas un accident, c'est un système. »

Pour la défense, Me Thierry Salles a plaidé l'acquittement partiel. « Mon client a remboursé plus de la moitié des sommes », a souligné l'avocat, qui a dénoncé un dossier « instruit à charge ».

L'une des victimes, Paulette Fabre, 81 ans, était venue témoigner. « Il m'a dit : "Madame Fabre, votre argent est en sécurité chez moi" », a-t-elle raconté à la barre, la voix tremblante.

Invité à prendre la parole en dernier, l'accusé s'est dit « profondément désolé ». « Je n'ai jamais voulu faire de mal à qui que ce soit », a déclaré Bernard Castagné. Verdict jeudi.`,
    quotes: [
      ['faisaient confiance', 'Céline Rouquette', { kind: 'direct' }],
      ["c'est un système", 'Céline Rouquette', { kind: 'direct' }],
      ['plus de la moitié des sommes', 'Thierry Salles', { kind: 'direct' }],
      ['instruit à charge', 'Thierry Salles'],
      ["Il m'a dit", 'Paulette Fabre', { kind: 'direct' }],
      ['votre argent est en sécurité', 'Bernard Castagné', { kind: 'direct', text: '"Madame Fabre, votre argent est en sécurité chez moi"' }],
      ['faire de mal', 'Bernard Castagné', { kind: 'direct' }],
    ],
  },
  {
    id: 'sports paper: coach, captain and club president, all men, by function, surname and pronoun',
    text: `Battu à domicile par Angers (0-2) dimanche, Lyon a concédé sa quatrième défaite consécutive. Après la rencontre, l'entraîneur lyonnais, Julien Mercier, n'a pas cherché d'excuses. « On a été mauvais dans tous les secteurs, moi le premier », a reconnu le technicien en conférence de presse.

Le capitaine Malik Traoré, lui, a pointé un manque d'envie. « Quand tu perds tous tes duels, tu ne peux pas gagner un match de Ligue 1 », a lâché le milieu de terrain en zone mixte. « Il faut qu'on se regarde dans la glace. »

Interrogé sur l'avenir de son coach, le président du club, Laurent Bressan, a tenu à calmer le jeu. « Julien a toute ma confiance, il n'y a pas de débat », a-t-il assuré sur Canal+.

Mercier, sous contrat jusqu'en 2027, ne se sent pas menacé. « Mon avenir, ce n'est pas le sujet. Le sujet, c'est Nantes samedi », a-t-il tranché. Traoré a promis une réaction : « On doit aux supporters une victoire, point. »`,
    quotes: [
      ['mauvais dans tous les secteurs', 'Julien Mercier', { kind: 'direct' }],
      ['perds tous tes duels', 'Malik Traoré', { kind: 'direct' }],
      ['dans la glace', 'Malik Traoré', { kind: 'direct' }],
      ['toute ma confiance', 'Laurent Bressan', { kind: 'direct' }],
      ['Nantes samedi', 'Julien Mercier', { kind: 'direct' }],
      ['une victoire, point', 'Malik Traoré', { kind: 'direct' }],
    ],
  },
  {
    id: 'business paper: a chief executive, a union and its delegate, "indique-t-on à Bercy"',
    text: `La direction de Valdor Automobiles a confirmé mardi l'arrêt de la production de son usine de Sochaux-Nord d'ici à 2027. « Le site n'est plus compétitif face aux usines marocaines », a justifié le directeur général, Frédéric Lambert, lors d'une conférence téléphonique avec les analystes.

La CGT a immédiatement appelé à la grève. « C'est une trahison pure et simple », a réagi le syndicat dans un communiqué. Son délégué central, Patrick Renaud, a promis « un conflit long ». « Ils ont touché 2 milliards d'aides publiques, qu'ils les rendent », a-t-il exigé.

« L'Etat sera extrêmement vigilant sur les engagements de reclassement », indique-t-on à Bercy.

Le patron de Valdor a assuré que « chaque salarié se verra proposer un poste ». « Nous ne laisserons personne sur le bord de la route », a insisté M. Lambert. La CGT n'y croit pas : « On connaît la chanson », a ironisé M. Renaud.`,
    quotes: [
      ['usines marocaines', 'Frédéric Lambert', { kind: 'direct' }],
      ['trahison pure et simple', 'CGT', { kind: 'direct' }],
      ['un conflit long', 'Patrick Renaud'],
      ["d'aides publiques", 'Patrick Renaud', { kind: 'direct' }],
      ['extrêmement vigilant', 'Bercy', { kind: 'direct' }],
      ['chaque salarié', 'Frédéric Lambert'],
      ['bord de la route', 'Frédéric Lambert', { kind: 'direct' }],
      ['connaît la chanson', 'Patrick Renaud', { kind: 'direct' }],
    ],
  },
  {
    id: 'agency wire: the American envoy by his title, the American president, the Europeans, a Kremlin adviser',
    text: `GENÈVE (AFP) - L'émissaire américain pour l'Ukraine, Mark Halvorsen, s'est dit mardi « optimiste » après une nouvelle journée de discussions à Genève. « Nous n'avons jamais été aussi proches d'un cadre d'accord », a-t-il affirmé à la sortie des pourparlers.

Le président américain a salué sur son réseau des « progrès énormes ». « Les deux camps veulent en finir, je le sais », a écrit Donald Trump.

Kiev s'est montré plus réservé. « Aucun document n'a été présenté à la partie ukrainienne », a assuré le chef de la délégation ukrainienne, Oleksandr Hrytsenko.

Les dirigeants européens, réunis en visioconférence, ont exigé d'être associés à toute négociation. « Il ne peut y avoir de paix sur l'Ukraine sans l'Ukraine, ni sur l'Europe sans l'Europe », ont-ils martelé dans une déclaration commune.

Interrogé sur ces réserves, l'émissaire américain a balayé les critiques : « Chacun aura sa place à la table, le moment venu. »

Moscou a pour sa part jugé « constructifs » les échanges. « Il reste beaucoup de travail », a toutefois tempéré Iouri Sokolov, conseiller diplomatique du Kremlin.`,
    quotes: [
      ["cadre d'accord", 'Mark Halvorsen', { kind: 'direct' }],
      ['progrès énormes', 'A03'],
      ['veulent en finir', 'A03', { kind: 'direct' }],
      ['Aucun document', 'Oleksandr Hrytsenko', { kind: 'direct' }],
      ["l'Europe sans l'Europe", 'A13', { kind: 'direct' }],
      ['sa place à la table', 'Mark Halvorsen', { kind: 'direct' }],
      ['constructifs', 'A05'],
      ['beaucoup de travail', 'Iouri Sokolov', { kind: 'direct' }],
    ],
  },
  {
    id: 'culture page: a director and her actress, two women, a critic, a film title, a paper, a banner',
    text: `Festival de Cannes : « La Nuit des rivages » divise la Croisette

Le film de Claire Vallin a été accueilli mardi soir au Grand Théâtre Lumière par des huées autant que par une longue ovation, une première pour cette « nouvelle vague » bretonne.

« Je n'ai pas fait ce film pour plaire », a répondu la réalisatrice lors de la conférence de presse. « Si les gens sortent en colère, c'est qu'il s'est passé quelque chose. »

Son actrice principale, Inès Morel, a défendu une œuvre exigeante. « Claire m'a demandé de ne jamais pleurer à l'écran, c'était le plus dur », a-t-elle confié.

Le critique Henri Dufresne, lui, n'a pas été convaincu. « Deux heures quarante de vide, filmées avec talent », a-t-il résumé dans sa chronique pour « Le Nouveau Regard ».

Devant le Palais, une banderole proclamait : « Le cinéma n'est pas mort ».`,
    quotes: [
      ['pour plaire', 'Claire Vallin', { kind: 'direct' }],
      ['sortent en colère', 'Claire Vallin', { kind: 'direct' }],
      ['jamais pleurer', 'Inès Morel', { kind: 'direct' }],
      ['Deux heures quarante', 'Henri Dufresne', { kind: 'direct' }],
    ],
    not: ['La Nuit des rivages', 'nouvelle vague', 'Le Nouveau Regard'],
    nobody: ["n'est pas mort"],
  },
  {
    id: 'regional paper, health: two male doctors by title, function and pronoun, a health agency',
    text: `Bronchiolite : les urgences pédiatriques de Lille saturées

Le CHU de Lille a déclenché lundi son plan blanc face à l'afflux de nourrissons atteints de bronchiolite. « Nous avons ouvert douze lits supplémentaires en quarante-huit heures », explique le Pr Marc Delannoy, chef du service de réanimation pédiatrique.

Pour le Dr Julien Carpentier, pédiatre libéral à Roubaix, la ville paie « des années de sous-investissement ». « On renvoie vers l'hôpital des enfants qu'on pourrait suivre en cabinet, faute de kinés », déplore le médecin.

Le professeur reconnaît que « la situation est tendue ». « Mais aucun enfant n'a été refusé », insiste-t-il. « Nous avons fait appel aux réservistes. »

L'agence régionale de santé (ARS) appelle les parents à ne se rendre aux urgences qu'en cas de signes de gravité. « Le 15 reste le bon réflexe », rappelle l'ARS dans un communiqué.

Le Dr Carpentier, lui, plaide pour une meilleure prévention. « Le traitement préventif existe, il faut le généraliser », dit-il.`,
    quotes: [
      ['douze lits', 'Marc Delannoy', { kind: 'direct' }],
      ['sous-investissement', 'Julien Carpentier'],
      ['faute de kinés', 'Julien Carpentier', { kind: 'direct' }],
      ['la situation est tendue', 'Marc Delannoy'],
      ["aucun enfant n'a été refusé", 'Marc Delannoy', { kind: 'direct' }],
      ['aux réservistes', 'Marc Delannoy', { kind: 'direct' }],
      ['bon réflexe', ['ARS', 'agence régionale de santé'], { kind: 'direct' }],
      ['le généraliser', 'Julien Carpentier', { kind: 'direct' }],
    ],
  },
  {
    fails: true,
    id: 'Belgian paper: three men of a coalition, one quoted naming another',
    text: `BRUXELLES - Le ton monte au sein de la majorité fédérale. Dans une interview publiée samedi, le président du MR, Georges Lambert, a exigé que la réforme des pensions soit votée « avant Noël, sans une virgule de changement ». « Si certains partenaires veulent tout renégocier, qu'ils le disent clairement », a-t-il prévenu.

Le Premier ministre, Koen Vermeulen, a tenté de désamorcer la crise dimanche. « Je ne vais pas commenter chaque interview du week-end », a déclaré le chef du gouvernement. « L'accord de coalition est clair et il sera appliqué. »

Mais chez Les Engagés, on ne décolère pas. « Georges Lambert se comporte comme s'il était seul au gouvernement », fulmine leur président, Yvan Verbeke. « Ce n'est pas comme ça qu'on construit la confiance. »

Lundi matin, M. Lambert a persisté : « Je ne retire rien. » Interrogé par La Libre, Koen Vermeulen a, lui, promis une réunion du kern dans les prochains jours. « Personne n'a intérêt à une crise », a-t-il glissé.`,
    quotes: [
      ['sans une virgule', 'Georges Lambert'],
      ['tout renégocier', 'Georges Lambert', { kind: 'direct' }],
      ['chaque interview', 'Koen Vermeulen', { kind: 'direct' }],
      ['accord de coalition', 'Koen Vermeulen', { kind: 'direct' }],
      ['seul au gouvernement', 'Yvan Verbeke', { kind: 'direct' }],
      ['construit la confiance', 'Yvan Verbeke', { kind: 'direct' }],
      ['Je ne retire rien', 'Georges Lambert', { kind: 'direct' }],
      ['intérêt à une crise', 'Koen Vermeulen', { kind: 'direct' }],
    ],
  },
  {
    id: 'quality paper: Putin by title, Kiev\'s answer, one president quoting another, Lavrov by function',
    text: `Vladimir Poutine se dit prêt à recevoir Volodymyr Zelensky, mais à Moscou

Le président russe a affirmé vendredi être prêt à recevoir son homologue ukrainien, mais seulement dans la capitale russe. « S'il veut parler, qu'il vienne à Moscou », a déclaré le maître du Kremlin lors d'une conférence de presse à Tianjin.

La réponse de Kiev n'a pas tardé. « Inviter quelqu'un dans la capitale du pays qui bombarde la sienne, c'est une plaisanterie », a réagi le ministre ukrainien des Affaires étrangères, Andriï Sybiha.

Volodymyr Zelensky a rappelé avoir proposé une rencontre « n'importe où, sauf en Russie ou au Bélarus ». Le président ukrainien a raconté que Donald Trump lui avait assuré au téléphone : « Poutine acceptera un sommet en terrain neutre. »

Interrogé sur cette conversation, Sergueï Lavrov a répondu que « personne n'avait mandaté Washington pour parler au nom de la Russie ». « Nous ne commentons pas les conversations des autres », a ajouté le ministre russe.`,
    quotes: [
      ["qu'il vienne à Moscou", 'A02', { kind: 'direct' }],
      ['une plaisanterie', 'Andriï Sybiha', { kind: 'direct' }],
      ["n'importe où", 'A04'],
      ['terrain neutre', 'A03', { kind: 'direct' }],
      ['personne n\'avait mandaté', 'A01'],
      ['conversations des autres', 'A01', { kind: 'direct' }],
    ],
  },
  {
    fails: true,
    id: 'regional paper: a mayor and a prefect blaming each other, by function ("le premier magistrat", "le représentant de l\'État")',
    text: `MARSEILLE - Au lendemain de l'incendie qui a parcouru 800 hectares près de Martigues, le maire, Gérald Fabre, a mis en cause l'État. « Cela fait trois ans qu'on réclame un deuxième centre de secours sur la commune », a-t-il déploré samedi.

Le préfet des Bouches-du-Rhône, Laurent Castelli, a rejeté ces critiques. « Les moyens engagés étaient exceptionnels : 600 pompiers, huit bombardiers d'eau », a-t-il fait valoir lors d'un point presse. Selon lui, le feu a été « d'une violence inédite ».

Le colonel Nathalie Imbert, qui commandait les opérations, a décrit « un mur de flammes ». « Le vent soufflait à 90 km/h, personne ne pouvait arrêter ce front », a expliqué l'officière.

« Ce n'est pas le moment de polémiquer », a estimé le représentant de l'État. Le premier magistrat de la ville n'en démord pas : « Le moment, c'est maintenant, avant le prochain été. »`,
    quotes: [
      ['deuxième centre de secours', 'Gérald Fabre', { kind: 'direct' }],
      ["bombardiers d'eau", 'Laurent Castelli', { kind: 'direct' }],
      ["d'une violence inédite", 'Laurent Castelli'],
      ['un mur de flammes', 'Nathalie Imbert'],
      ['arrêter ce front', 'Nathalie Imbert', { kind: 'direct' }],
      ['moment de polémiquer', 'Laurent Castelli', { kind: 'direct' }],
      ["c'est maintenant", 'Gérald Fabre', { kind: 'direct' }],
    ],
  },
];

const tally = { quotes: 0, quotesRight: 0, negatives: 0, negativesRight: 0 };
describe('French speakers across whole articles', () => {
  for (const a of articles) {
    (a.fails ? it.fails : it)(a.id, () => {
      const wrong = wrongQuotes(a);
      const n = a.quotes.length + (a.not?.length ?? 0) + (a.nobody?.length ?? 0);
      const negativesWrong = wrong.filter((w) => / is no (?:statement|one's here)/.test(w)).length;
      tally.quotes += a.quotes.length;
      tally.quotesRight += a.quotes.length - (wrong.length - negativesWrong);
      tally.negatives += n - a.quotes.length;
      tally.negativesRight += n - a.quotes.length - negativesWrong;
      if (wrong.length) throw new Error(`${wrong.length} of ${n} wrong:\n  ${wrong.join('\n  ')}`);
    });
  }
  afterAll(() => {
    if (process.env.FRSPK_TALLY) console.log(`french speakers: ${tally.quotesRight}/${tally.quotes} quotations right, ${tally.negativesRight}/${tally.negatives} negatives`);
  });
});

/**
 * Words of an office that fold to another language's cue or role: French "chargé" is no English "charged" ("le ministre
 * délégué chargé de l'Industrie, Marc-Antoine Leroux"), "la diplomatie" and "la gendarmerie" are no one.
 */
describe('an office described at length, then its holder', () => {
  it.each([
    ['"le ministre délégué chargé de l’Industrie, X,"', 'Invité de RMC, le ministre délégué chargé de l’Industrie, Marc-Antoine Leroux, a jugé la décision brutale. « Je ne laisserai pas ces familles sur le carreau », a-t-il affirmé.', 'carreau', 'Marc-Antoine Leroux'],
    ['"le chef de la diplomatie française" is the one named before', 'Jean-Baptiste Ferrand a voulu rassurer. « Il n’y aura pas de paix durable », a affirmé le chef de la diplomatie française.', 'paix durable', 'Jean-Baptiste Ferrand'],
    ['"son représentant, Me Cheikh Tidiane Fall": three words after the title', 'L’avocate de la défense, Me Fatou Ba-Diagne, a plaidé l’acquittement. « L’État veut récupérer chaque franc », a déclaré son représentant, Me Cheikh Tidiane Fall.', 'chaque franc', 'Cheikh Tidiane Fall'],
    ['"», s’alarme la maire" is a cue', 'Saint-Flour : « On va faire passer des camions devant une école », s’alarme la maire\n\nLa maire de Saint-Flour, Claire Roussilhe, a écrit au préfet.', 'camions', 'Claire Roussilhe'],
  ])('%s', (_name, text, words, speaker) => {
    const s = statements(text).find((x) => text.slice(x.start, x.end).includes(words));
    if (s?.speakerName !== speaker) throw new Error(`expected ${speaker}, got ${s?.speakerName ?? 'no statement'}`);
  });

  it('"tempère-t-on à la gendarmerie" is not the last woman named', () => {
    const text = 'Sa gérante, Mireille Santoni, 58 ans, raconte la nuit. « Aucune hypothèse n’est écartée à ce stade », tempère-t-on à la gendarmerie.';
    const s = statements(text).find((x) => text.slice(x.start, x.end).includes('hypothèse'));
    if (s?.speakerName === 'Mireille Santoni') throw new Error('the gendarmerie was read as Mireille Santoni');
  });
});

/** Sports copy names the player again by where they are from: "a confié le Lyonnais" is the one the sentence before is about. */
describe('a French demonym after its article is someone named before', () => {
  it.each([
    ['"a confié le Lyonnais"', 'Mathis Ferraud a battu le Norvégien Sindre Aalvik mercredi soir. « Je me voyais déjà dans le taxi », a confié le Lyonnais, encore groggy.', 'taxi', 'Mathis Ferraud'],
    ['"a reconnu la Niçoise"', 'Léa Le Goff a dominé l’Espagnole Nerea Castaño en finale. « J’ai douté jusqu’au bout », a reconnu la Niçoise.', 'douté', 'Léa Le Goff'],
    ['"a réagi la Bretonne"', "Inès Morvan, 19 ans, a battu l'Allemande Lena Brandt en trois sets. « Je vis un rêve », a réagi la Bretonne en conférence de presse.", 'un rêve', 'Inès Morvan'],
    ['"a lâché la Savoyarde"', "Chloé Favre a devancé la Suissesse Lara Gut de deux centièmes. « C'était la course de ma vie », a lâché la Savoyarde après la descente.", 'course de ma vie', 'Chloé Favre'],
  ])('%s', (_name, text, words, speaker) => {
    const s = statements(text).find((x) => text.slice(x.start, x.end).includes(words));
    if (s?.speakerName !== speaker) throw new Error(`expected ${speaker}, got ${s?.speakerName ?? 'no statement'}`);
  });
});

/** A name in a noun's complement after an elided "de" is someone named: "Un essai d'Enzo Ribeiro" is whom "le jeune homme" is next. */
describe('a French name after "d\'" in a noun\'s complement', () => {
  it('"Un essai d\'Enzo Ribeiro à la 71e minute"', () => {
    const text = "« On a montré du caractère », résumait le capitaine Romain Estève. Le tournant ? Un essai d'Enzo Ribeiro à la 71e minute. « J'ai vu un trou et j'ai foncé », sourit le jeune homme.";
    const s = statements(text).find((x) => text.slice(x.start, x.end).includes('un trou'));
    if (s?.speakerName !== 'Enzo Ribeiro') throw new Error(`expected Enzo Ribeiro, got ${s?.speakerName ?? 'no statement'}`);
  });
});

/** French inversion: "-il", "-t-elle" joined to the cue by a hyphen is its subject, whatever place or time follows. */
describe('an inverted pronoun before where it was said', () => {
  it.each([
    ['"réagit-il derrière sa vitre"', 'Marc Deprez ne décolère pas. « On nous a d’abord retiré un collègue », réagit-il derrière sa vitre.'],
    ['"ajoute-t-il sous la pluie"', 'Marc Deprez ne décolère pas. « On nous a d’abord retiré un collègue », ajoute-t-il sous la pluie.'],
    ['"dit-il depuis son bureau"', 'Marc Deprez ne décolère pas. « On nous a d’abord retiré un collègue », dit-il depuis son bureau.'],
  ])('%s', (_name, text) => {
    const s = statements(text).find((x) => text.slice(x.start, x.end).includes('collègue'));
    if (s?.speaker?.text !== 'il' || s.speakerName !== 'Marc Deprez') throw new Error(`got ${s?.speaker?.text} / ${s?.speakerName}`);
  });
});

/**
 * A verb before a colon and a possessive with a thing after it ("raconte sa nuit :", "explique son choix :"): the thing
 * is what the verb's subject tells, the subject is before the verb, set off from it by a participle's clause.
 */
describe('a possessive and a thing after the verb before the colon are its object', () => {
  it.each([
    ['fr "raconte sa nuit :"', "Le directeur Pierre-Alain Grobéty parle de crise. Un père de famille d'Onex, 38 ans, venu avec sa fille de 18 mois, raconte sa nuit : « On est arrivés à 19 heures. On attendait toujours. »", 'arrivés à 19 heures', "Un père de famille d'Onex"],
    ['es "explica su decisión:" (read so already)', 'El alcalde Jorge Pérez habló primero. Una vecina del barrio, cansada de esperar, explica su decisión: «Nos vamos a otro pueblo, aquí ya no queda nada».', 'otro pueblo', 'Una vecina del barrio'],
  ])('%s', (_l, text, words, name) => {
    expect(statementWith(text, words).speakerName).toBe(name);
  });

  it('keeps a relation after the verb the subject: "raconte sa voisine :" (read so already)', () => {
    const text = "L'incendie a pris vers minuit. Dans la rue, raconte sa voisine Odile : « On a vu les flammes depuis la fenêtre. »";
    expect(statementWith(text, 'les flammes').speakerName).toBe('Odile');
  });
});

/** An opening role set off by a comma, then the person's article, title and name as the subject of the clause before a colon. */
describe('the subject after an opening role, before a colon', () => {
  it.each([
    ['fr "la Dre Laurence Bertholet"', "Le directeur Pierre-Alain Grobéty parle de crise. Médecin-cheffe du service, la Dre Laurence Bertholet ne cache pas sa fatigue : « Ce que nous voyons cet automne n'a rien d'exceptionnel. »", "rien d'exceptionnel", 'Laurence Bertholet'],
    ['fr "la docteure Laurence Bertholet" (read so already)', "Le directeur Pierre-Alain Grobéty parle de crise. Cheffe du service, la docteure Laurence Bertholet ne cache pas sa fatigue : « Ce que nous voyons cet automne n'a rien d'exceptionnel. »", "rien d'exceptionnel", 'Laurence Bertholet'],
    ['en "Dr Anna Berg" (read so already)', 'Mayor Jorge Perez spoke first. Head of the unit, Dr Anna Berg does not hide her fatigue: “This is not normal, and that is what worries us.”', 'not normal', 'Anna Berg'],
  ])('%s', (_l, text, words, name) => {
    expect(statementWith(text, words).speakerName).toBe(name);
  });
});
