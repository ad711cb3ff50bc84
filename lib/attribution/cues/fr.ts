import type { CueLexicon } from './types';

export const fr: CueLexicon = {
  lang: 'fr',
  verbs:
    'dit dire déclaré déclare déclarait affirmé affirme affirmait estimé estime estimait ajouté ajoute ajoutait ' +
    'expliqué explique expliquait souligné souligne soulignait assuré assure assurait averti avertit prévenu prévient ' +
    'indiqué indique indiquait rappelé rappelle rappelait insisté insiste précisé précise précisait annoncé annonce ' +
    'répondu répond répondait lancé lance martelé martèle jugé juge jugeait écrit écrivait confié confie confiait ' +
    'reconnu reconnaît reconnait dénoncé dénonce plaidé plaide prévenu promis promet admis admet déploré déplore ' +
    'regretté regrette poursuivi poursuit conclu conclut commenté commente confirmé confirme démenti dément ' +
    'tweeté observé observe noté note relevé relève avancé avance soutenu soutient pense pensait croit croyait ' +
    'résume résumé résumait tranche tranché nuance nuancé concède concédé ironise ironisé raconte raconté racontait ' +
    'témoigne témoigné glisse glissé souffle soufflé prévient insistait déclarent affirment estiment expliquent ' +
    'ajoutent soulignent assurent dénoncent jugent martelait lançait interroge interrogé demandé demande s\'interroge ' +
    'renchérit renchéri réagi réagit fustigé fustige critiqué critique accusé accuse reconnaissait rétorqué rétorque répliqué réplique détaillé détaille valoir savoir remarquer salué salue lâché lâche asséné tempéré tempère signalé signale résumé insisté félicité réjoui plaidait prévenait répété répète réaffirmé réaffirme réitéré réitère indigne indigné' +
    ' déclara affirma ajouta expliqua souligna assura indiqua rappela insista précisa annonça répondit lança estima confia reconnut dénonça poursuivit martela prévint nuança rétorqua répliqua lâcha glissa résuma alerté argumenté argumente objecté objecte réjouit exclame exclamé écrie écrié assène riposté plaisante plaisanté sourit soupire soupiré murmure murmuré prédit avoue avoué réfute réfuté enchaîné enchaîne abonde abondé remarqué constate constaté rapporte rapporté twitte twitté certifie certifié proclame proclamé surenchérit disait disaient répétait annonçait dénonçait avertissait promettait disent précisent indiquent rappellent regrettent déplorent concluent soulignaient estimaient expliquaient rappelant soulignant estimant expliquant affirmant ajoutant assurant précisant indiquant insistant déclarant dénonçant jugeant avertissant prévenant' +
    // the verbs of a mood that magazine and online copy set after a quote: "s'agace", "s'emporte-t-il", "a savouré"
    // (the verbs of a debate, an interview and a demand: "a relancé la journaliste", "pronostique-t-il", "a exigé")
    ' relancé relance pronostique pronostiqué justifié justifie justifiait exigeait proclamait proclamaient' +
    ' agace agacé emporte emporté insurge insurgé offusque offusqué inquiète inquiété étonne exulte exulté raille raillé grince grincé cingle persifle esclaffe esclaffé savoure savouré balaie balayé rassure rassuré reprend repris relativise relativisé minimise minimisé corrige corrigé scande scandé scandent scandaient clame clamé clament hurlé crié crie criait crient criaient hurle hurlait hurlent' +
    // (grumbling: "pestait Jean-Marc, 58 ans"; not "peste", the plague of a herd as often)
    ' pesté pestait pestaient fulmine fulminé maugrée maugréé bougonne bougonné grommelle grommelé ronchonne ronchonné' +
    // (a voice that fails: "Le prévenu bredouille : « … »", "balbutie-t-il")
    ' bredouille bredouillé balbutie balbutié' +
    // (a position held against critics: "», a défendu la ministre devant la presse")
    ' défendu défendait souri tancé tance' +
    // (a smile, support, an example, an analysis, a tackle, after the words: "souriait Kévin, 34 ans", "appuie le Dr Marc
    // Vanderlinden", "a illustré l'élu", "analyse Anne-Claire Dumont", "tacle Patrick Morin"; "analyse", "tacle" and
    // "illustre" are nouns (or an adjective) too, read as the cue only where no article makes them one: makeDoc)
    ' souriait appuie appuyé illustré illustre analyse tacle' +
    // (a sum, advice, a choke: "calcule Rachid, 44 ans", "a recommandé sur X le groupe ADP", "s'étrangle Sandrine
    // Vautrin"; not "défend", English "defend" once folded)
    ' calcule calculé recommande recommandé étrangle étranglé' +
    // (a fear that someone voices: "Un maître-nageur, qui préfère taire son nom, craint que …")
    ' craint craignait craignent redoute redouté' +
    // (alarm or delight voiced: "», s'alarme la maire", "s'enthousiasme Maxime, 31 ans"; both nouns too, "Même
    // enthousiasme chez Yann": makeDoc reads them as the cue only after "s'")
    ' alarme alarmé enthousiasme enthousiasmait' +
    // (a laugh, a memory: "rigole la comédienne", "se souvient-elle"; not the nouns "analyse", "tacle",
    // nor the verbs of an object, "a décrit un climat de peur", "relate les faits", English "relate")
    ' rigole rigolé rigolait souvient souvenait' +
    // (anger, a grievance, a hope: "», tempête Stéphane Muller, délégué syndical", "râle un habitant";
    // "tempête" and "tonne" after an article are the storm and the ton, "La tempête ferme les routes", "une tonne de
    // sable", and no cue: makeDoc)
    ' tempête tempêté tonne tonné enrage enragé râle râlé proteste protesté désole désolé considère considéré espère espérait' +
    // (and the feminine participles of such verbs after "s'est": "s'est-elle réjouie", "s'est étonnée la maire")
    ' réjouie étonnée exaspéré exaspérée lamenté lamentée lamente plaint plaignait reconnue amuse amusé amusée',
  sourceFrames: 'selon|d\'après|de l\'avis de|aux yeux de|pour' +
    '|aux dires de|de l\'aveu de|selon les propos de|selon les termes de|selon les mots de|à en croire',
  complementizers: 'que qu\'',
  auxiliaries: 'a ont avait avaient aurait est t également aussi encore déjà emblée nous vous lui leur me te se fait aussitôt immédiatement toutefois cependant néanmoins pourtant ensuite enfin ainsi donc toujours récemment finalement clairement publiquement fermement vivement longuement notamment surtout',
  pronounsM: 'il',
  pronounsF: 'elle',
  pronounsOther: 'ils elles je on',
  titles:
    'ministre président présidente porte-parole chef cheffe expert experte analyste chercheur chercheuse diplomate ' +
    'député députée sénateur sénatrice ambassadeur ambassadrice directeur directrice professeur professeure maire ' +
    'secrétaire dirigeant dirigeante responsable conseiller conseillère juge procureur avocat avocate élysée ' +
    'politologue sociologue économiste historien historienne spécialiste négociateur négociatrice commissaire général générale syndicaliste entraîneur entraineur sélectionneur technicien joueur joueuse attaquant capitaine prévenu prévenue accusé accusée procureure magistrat magistrate pdg patron patronne élu élue eurodéputé eurodéputée délégué déléguée gouverneur opposant opposante commandant fils frère veuve envoyé envoyée' +
    ' préfet préfète adjoint adjointe officier! officière! milieu! ailier parlementaire chancelier chancelière émissaire collaborateur collaboratrice bâtonnier bâtonnière pénaliste notaire policier policière colonel lieutenant soldat fondateur fondatrice cofondateur cofondatrice gérant gérante administrateur administratrice trésorier trésorière représentant représentante enseignant enseignante instituteur institutrice médecin docteur infirmier infirmière chirurgien chirurgienne pharmacien pharmacienne vétérinaire psychologue ingénieur ingénieure architecte pilote agriculteur agricultrice éleveur éleveuse paysan paysanne travailleur travailleuse chauffeur conducteur conductrice militant militante manifestant manifestante riverain riveraine témoin survivant survivante rescapé rescapée victime voisin voisine sœur soeur épouse sélectionneuse entraîneuse défenseur gardien gardienne buteur athlète cycliste skieur skieuse nageur nageuse coéquipier coéquipière chanteur chanteuse acteur actrice écrivain écrivaine auteur autrice romancier romancière réalisateur réalisatrice cinéaste artiste musicien musicienne journaliste rédacteur rédactrice éditorialiste chroniqueur chroniqueuse éditeur éditrice sondeur sondeuse consultant consultante fonctionnaire médiateur médiatrice observateur observatrice inspecteur inspectrice contrôleur contrôleuse auditeur auditrice candidat candidate dissident dissidente activiste entrepreneur entrepreneuse commerçant commerçante artisan étudiant étudiante lycéen lycéenne édile gouverneure évêque archevêque cardinal imam rabbin prêtre lanceur lanceuse' +
    ' recteur rectrice proviseur proviseure doyen doyenne pompier viticulteur viticultrice maraîcher maraîchère pêcheur restaurateur restauratrice fleuriste urgentiste épidémiologiste virologue climatologue juriste constitutionnaliste géopolitologue banquier banquière footballeur footballeuse rugbyman handballeur handballeuse basketteur basketteuse boxeur boxeuse questeur rapporteur rapporteure bourgmestre greffier greffière huissier' +
    // (occupations of local, court, culture and sports copy the list lacked, checked against the language, not the articles; a
    // word whose stem opens a shop, a body or a verb only as itself: "boulangerie", "gendarmerie", "arbitrer"; a trade
    // that is also a common surname in its feminine only: "Boulanger", "Boucher", "Berger", "Forestier", "Vigneron")
    ' boulangère! bouchère! éducateur éducatrice ouvrier ouvrière comptable! gendarme! adjudant secouriste! sauveteur sauveteuse ambulancier ambulancière'
    + ' hôtesse concierge! comédien comédienne metteur producteur productrice photographe! peintre! sculpteur sculptrice danseur danseuse chorégraphe!'
    + ' humoriste! animateur animatrice coureur coureuse grimpeur grimpeuse arbitre! échevin échevine bénévole! enquêteur enquêtrice psychiatre! pédiatre!'
    + ' géologue sismologue météorologue urbaniste vigneronne! bergère! forestière!'
    // (and a Swiss commune's mayor and the clergy: "le syndic" (that word only: "les syndicats"), "le curé"; not
    // "pasteur", a surname as often, "l'Institut Pasteur")
    + ' syndic! syndique! curé pasteure abbé',
  officeTitles: 'chef de l\'État>président|chef de l\'Etat>président|cheffe de l\'État>président|chef du gouvernement>premier|cheffe du gouvernement>premier|chef de la diplomatie>ministre|cheffe de la diplomatie>ministre' +
    // (the palaces and the offices the copy names an office-holder by)
    '|locataire de l\'Élysée>président|locataire de l\'Elysée>président|hôte de l\'Élysée>président|hôte de l\'Elysée>président|locataire de Matignon>premier|hôte de Matignon>premier|locataire de Beauvau>ministre|locataire de Bercy>ministre|édile>maire|premier magistrat>maire|première magistrate>maire' +
    // (the head of a company is named again as its "patron": "le directeur général, Frédéric Lambert" … "Le patron de Valdor")
    '|patron de>directeur|patronne de>directeur|patron du>directeur|patronne du>directeur',
  anaphors: 'ce dernier>m|cette dernière>f|celui-ci>m|celle-ci>f|l\'intéressé>m|l\'intéressée>f|le principal intéressé>m|la principale intéressée>f',
  stops: 'à au aux auprès devant derrière sous vers chez parmi depuis pendant malgré sans entre lors dans en sur pour avec de du des mardi lundi mercredi jeudi vendredi samedi dimanche hier ce cette et mais qui aujourd\'hui encore ensuite puis alors enfin notamment aussitôt tout rien',
  determiners: 'le la les l\' un une son sa ses leur',
};
