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
    'renchérit renchéri réagi réagit fustigé fustige critiqué critique accusé accuse reconnaissait rétorqué rétorque répliqué réplique détaillé détaille valoir savoir remarquer salué salue lâché lâche asséné tempéré tempère signalé signale résumé insisté félicité réjoui plaidait prévenait répété répète réaffirmé réaffirme réitéré réitère indigne indigné',
  sourceFrames: 'selon|d\'après|de l\'avis de|aux yeux de|pour',
  complementizers: 'que qu\'',
  auxiliaries: 'a ont avait avaient aurait est t également aussi encore nous vous lui leur me te se fait aussitôt immédiatement',
  pronounsM: 'il',
  pronounsF: 'elle',
  pronounsOther: 'ils elles je on',
  titles:
    'ministre président présidente porte-parole chef cheffe expert experte analyste chercheur chercheuse diplomate ' +
    'député députée sénateur sénatrice ambassadeur ambassadrice directeur directrice professeur professeure maire ' +
    'secrétaire dirigeant dirigeante responsable conseiller conseillère juge procureur avocat avocate élysée ' +
    'politologue sociologue économiste historien historienne spécialiste négociateur négociatrice commissaire général générale syndicaliste entraîneur entraineur sélectionneur technicien joueur joueuse attaquant capitaine prévenu prévenue accusé accusée procureure magistrat magistrate pdg patron patronne élu élue eurodéputé eurodéputée délégué déléguée gouverneur opposant opposante commandant fils frère veuve envoyé envoyée',
  stops: 'à au aux devant lors dans en sur pour avec de du des mardi lundi mercredi jeudi vendredi samedi dimanche hier ce cette et mais qui aujourd\'hui encore ensuite alors enfin notamment aussitôt',
  determiners: 'le la les l\' un une son sa ses leur',
};
