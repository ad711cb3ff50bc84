import type { CueLexicon } from './types';

export const de: CueLexicon = {
  lang: 'de',
  verbs:
    'sagen sagt sagte sagten gesagt erklären erklärt erklärte erklärten betont betonte betonten betonen ' +
    'warnt warnte warnten gewarnt meint meinte meinten gemeint fügte fügt hinzugefügt schreibt schrieb schrieben geschrieben ' +
    'berichtet berichtete berichteten teilte teilt mitgeteilt kündigte kündigt angekündigt versicherte versichert ' +
    'bekräftigte bekräftigt kritisierte kritisiert forderte fordert gefordert räumte räumt eingeräumt ' +
    'behauptet behauptete behaupteten bestätigte bestätigt bestätigten dementierte betonte unterstrich unterstreicht ' +
    'argumentierte argumentiert verwies verweist hieß heißt äußerte äußert geäußert sprach spricht ' +
    'begründete begründet erläuterte erläutert zitiert zitierte sagt sagte antwortete antwortet entgegnete ' +
    'glaubt glaubte vermutet vermutete kommentierte kommentiert ergänzte ergänzt mahnte mahnt warf wirft ' +
    'nannte nennt bezeichnete bezeichnet erinnerte erinnert stellte stellt klarstellte kündigte verkündete verkündet ' +
    'twitterte schrieb gab ' +
    'ausführte ausgeführt konstatierte konstatiert resümierte resümiert beklagte beklagt bemängelte bemängelt ' +
    'lobte lobt hoffte hofft befürchtete befürchtet beschrieb beschreibt beschrieben verwies verwiesen', 
  sourceFrames:
    'laut|nach angaben|nach aussage|nach aussagen|nach worten|nach den worten|nach ansicht|nach meinung|aus sicht|' +
    'nach darstellung|nach darstellungen|nach einschätzung|nach auffassung|nach informationen|nach eigenen angaben|unter berufung auf',
  sourceFramesAfter: 'zufolge',
  tailFrames: 'so',
  reportedMood:
    'sei seien habe werde könne könnten müsse solle wolle dürfe gebe liege stehe gehe wisse ' +
    // Konjunktiv I and the Konjunktiv II forms news copy uses for reported speech
    'zeige bleibe sehe komme fehle brauche halte gelte handele hätte hätten wäre wären',
  complementizers: 'dass daß ob',
  auxiliaries: 'hat haben hatte hatten habe ist sind war wurde wird werde auch noch zudem sich jedoch ebenfalls dann nun daraufhin erneut',
  pronounsM: 'er',
  pronounsF: 'sie',
  pronounsOther: 'ich wir man es',
  titles:
    'minister ministerin präsident präsidentin sprecher sprecherin kanzler kanzlerin chef chefin experte expertin ' +
    'politologe politologin analyst analystin diplomat diplomatin abgeordnete abgeordneter vorsitzende vorsitzender ' +
    'botschafter botschafterin leiter leiterin direktor direktorin professor professorin bürgermeister bürgermeisterin ' +
    'regierungssprecher regierungssprecherin generalsekretär sicherheitsexpertin sicherheitsexperte forscher forscherin ' +
    'richter richterin staatsanwalt anwalt sprecherin behörde gericht polizei gesandte gesandter sondergesandte sondergesandter kommandant kommandantin landrat landrätin mutter vater sohn tochter bruder schwester witwe',
  stops:
    'am im in an auf bei nach vor gegenüber mit von vom zum zur über laut heute gestern morgen ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag abend dass und aber weil wie als',
  determiners: 'der die das den dem des ein eine einer einen einem sein seine ihr ihre dessen deren',
};
