import type { CueLexicon } from './types';

export const de: CueLexicon = {
  lang: 'de',
  verbs:
    'sagen sagt sagte sagten gesagt ausgesagt aussagte erklären erklärt erklärte erklärten betont betonte betonten betonen ' +
    // (a denial, a laugh after the quote: "dementierte ein Sprecher", "lacht die 34-Jährige")
    'dementiert dementierte lacht lachte ' +
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
    'lobte lobt hoffte hofft befürchtete befürchtet beschrieb beschreibt beschrieben verwies verwiesen beurteilte beurteilt gesprochen ' +
    // forms missing above: past, present and plural of the reporting verbs of agency copy, and the joined forms of
    // separable verbs in a subordinate clause ("wie er hinzufügte", "als sie einräumte")
    'beteuerte beteuert beteuerten schilderte schildert geschildert schilderten erzählte erzählt erzählten präzisierte ' +
    'präzisiert insistierte beharrte beharrt widersprach widerspricht widersprochen konterte kontert protestierte ' +
    'protestiert klagte klagt monierte moniert rügte rügt drohte droht gedroht appellierte appelliert verlangte verlangt ' +
    'fragte fragt fragten scherzte scherzt jubelte jubelt bilanzierte bilanziert urteilte urteilt ' +
    'folgerte folgert mutmaßte mutmaßt spekulierte spekuliert prognostizierte prognostiziert schätzte schätzt bestritt ' +
    'bestreitet bestritten ermahnte ermahnt plädierte plädiert empfahl empfiehlt riet signalisierte ' +
    'versprach verspricht versprochen hob hebt meldete meldet meldeten postete twittert erwiderte erwidert ' +
    'entgegnet verlauten hervorhob hinwies hinzufügte mitteilte ankündigte einräumte zugab einwandte ausdrückte gestand gesteht ' +
    'antworteten mahnten forderten kritisierten teilten räumten unterstrichen bekräftigten versicherten ergänzten ' +
    'nannten bezeichneten lobten beklagten fürchtete fürchtet betonen warnen ' +
    // "warfen … vor", and the verbs of tabloid and regional copy ("poltert der CSU-Chef", "schimpft sie")
    'warfen vorgeworfen vorwarf poltert polterte wettert wetterte wetterten ' +
    'schimpft schimpfte schimpften ätzt ätzte stichelt stichelte lästert lästerte stöhnt stöhnte seufzt seufzte ' +
    'schwärmt schwärmte witzelt witzelte verrät verriet frotzelt frotzelte grummelt grummelte',
  sourceFrames:
    'laut|nach angaben|nach aussage|nach aussagen|nach worten|nach den worten|nach ansicht|nach meinung|aus sicht|' +
    'nach darstellung|nach darstellungen|nach einschätzung|nach auffassung|nach informationen|nach eigenen angaben|unter berufung auf|' +
    'nach auskunft|nach überzeugung|nach erkenntnissen|nach schätzung|nach schätzungen|nach bekunden|nach eigener aussage|' +
    'nach eigener darstellung|unter verweis auf',
  sourceFramesAfter: 'zufolge',
  tailFrames: 'so',
  reportedMood:
    'sei seien habe werde könne könnten müsse solle wolle dürfe gebe liege stehe gehe wisse ' +
    // Konjunktiv I and the Konjunktiv II forms news copy uses for reported speech
    'zeige bleibe sehe komme fehle brauche halte gelte handele hätte hätten wäre wären ' +
    // (verbs of a team's or a firm's state, in the subjunctive of reported speech: "Auch Lindemann sitze fest im Sattel")
    'sitze arbeite plane verfüge spiele führe trage reiche',
  complementizers: 'dass daß ob',
  auxiliaries: 'hat haben hatte hatten habe ist sind war wurde wird werde soll sollte sollten auch noch zudem sich jedoch ebenfalls dann nun daraufhin erneut',
  pronounsM: 'er',
  pronounsF: 'sie',
  pronounsOther: 'ich wir man es',
  titles:
    'minister ministerin präsident präsidentin sprecher sprecherin kanzler kanzlerin chef chefin experte expertin ' +
    'politologe politologin analyst analystin diplomat diplomatin abgeordnete abgeordneter vorsitzende vorsitzender ' +
    'botschafter botschafterin leiter leiterin direktor direktorin professor professorin bürgermeister bürgermeisterin ' +
    'regierungssprecher regierungssprecherin generalsekretär sicherheitsexpertin sicherheitsexperte forscher forscherin ' +
    'richter richterin staatsanwalt anwalt sprecherin behörde gericht polizei gesandte gesandter sondergesandte sondergesandter kommandant kommandantin landrat landrätin mutter vater sohn tochter bruder schwester witwe ' +
    // Role and occupation nouns of news copy, masculine and feminine. A title of six letters or more is also the head
    // of compounds ("Krankenpflegerin", "Oppositionsführer"), and one of seven or more a stem without its last letter
    // (cues/index.ts): where that stem is a common word ("Pfleger" → "Pflege", "Schüler" → "Schule", "Landwirt" →
    // "Landwirtschaft"), only the feminine or the compounds stand here. Compounds on "-chef" are listed, "chef" being
    // too short to be a compound's head.
    // offices and politics
    'sekretär sekretärin staatssekretärin senator senatorin gouverneur gouverneurin stadträtin gemeinderätin ratsfrau ratsherr klubobmann klubobfrau landeshauptmann landeshauptfrau nationalrätin ständerätin bundesrätin grossrätin ' +
    'parlamentarier parlamentarierin politiker politikerin vorsteher vorsteherin dezernent dezernentin beigeordnete ' +
    'beigeordneter beauftragte beauftragter berater beraterin referentin vertreter vertreterin stellvertreter ' +
    'stellvertreterin kandidat kandidatin bewerber bewerberin herausforderer herausforderin wähler wählerin ' +
    'funktionär funktionärin gewerkschafter gewerkschafterin betriebsrätin führer führerin anführer anführerin ' +
    'regierungschef staatschef parteichef fraktionschef landeschef konzernchef firmenchef vorstandschef ' +
    'gewerkschaftschef verbandschef bahnchef geheimdienstchef armeechef teamchef vereinschef klinikchef behördenchef ' +
    'unternehmenschef vizechef vizechefin altkanzler altkanzlerin altbürgermeister altbürgermeisterin altbundespräsident ' +
    // a party's members, as copy names a politician again ("sagte der Sozialdemokrat"); not "Grüne", "Linke", "Liberale",
    // which are also the parties and plain adjectives
    'sozialdemokrat sozialdemokratin christdemokrat christdemokratin christsoziale christsozialer ' +
    // (occupations of local, court, culture and sports copy the list lacked, checked against the language, not the articles;
    // where a stem would open a common word, that word only: "Unternehmen", "Gutachten", "Architektur"; a trade that is
    // also a common surname in its feminine only: "Metzger", "Bäcker", "Wirt")
    // (and a town's treasurer, an innkeeper, a master baker, a trainee, a passenger, a visitor, a spectator: "sagte der
    // Kämmerer"; not "Kämmerei", "Gastwirtschaft", "besuchen", "zuschauen", which their stems open)
    'kämmerer! kämmerin gastwirt! gastwirtin bäckermeister! bäckermeisterin azubi fahrgast besucher! besucherin zuschauer! zuschauerin ' +
    // (and a match's players, "sagte der Torschütze", "der Neuzugang"; not "Weltmeister", said of several at once)
    // (Austrian and Swiss words for residents and pensioners, a canton's head: "die Anrainerin", "der Pensionist", "der
    // Landammann"; not "Gemeinderat", "Nationalrat", "Regierungsrat", the bodies as often as their members)
    'anrainer anrainerin pensionist pensionistin landammann bürgerin einwohnerin ' +
    'torschütze torschützin mittelfeldspieler mittelfeldspielerin innenverteidiger innenverteidigerin keeper neuzugang rückkehrer matchwinner spielmacher spielmacherin debütant debütantin skispringer skispringerin biathlet biathletin ' +
    'obmann obfrau kassierer! kassiererin gutachter! gutachterin autor! autorin! kurator! kuratorin! architekt! architektin spieler! spielerin! ' +
    'stürmer! stürmerin verteidiger! unternehmer! unternehmerin! metzgerin! bäckerin landwirtin mieter! mieterin vermieter! vermieterin ' +
    'pendler! pendlerin busfahrer busfahrerin lokführer lokführerin handwerker! wirtin ' +
    // (offices of Swiss cantons and Austrian states and districts; not "Regierungsrat", "Stadtrat", which are also the bodies)
    'regierungsrätin kantonsrätin landesrätin landesrat bezirkshauptfrau kreisbrandmeister personalrätin ' +
    // (sciences, trades, gastronomy and the arts; a stem that opens the field's name, "Biologie", "Fotografie", "Gastronomie",
    // that word only; not "Koch", "Maler", surnames as often)
    'notar notarin pflegefachfrau therapeutin! doktorandin biologin! biologe! chemikerin chemiker physikerin physiker meteorologin! meteorologe! ' +
    'händlerin händler gastronom! gastronomin! köchin friseurin verkäuferin kellnerin fotograf! fotografin! malerin! bildhauerin komponistin tänzerin ' +
    'choreografin! kabarettist kabarettistin influencerin youtuber youtuberin ' +
    // ("Ex-Ministerin", "Vize-Präsident": the hyphen parts them, and a capitalised "Ex" would be read as a name)
    'ex vize ' +
    // courts, police, armed forces, rescue
    'anwältin staatsanwältin ankläger! anklägerin! strafverteidiger pflichtverteidiger verteidigerin ermittler ermittlerin kommissar ' +
    'kommissarin polizist polizistin beamte beamter beamtin inspektor inspektorin prüfer prüferin kontrolleur ' +
    'kontrolleurin aufseher aufseherin beobachter beobachterin vermittler vermittlerin unterhändler unterhändlerin ' +
    'soldat soldatin offiziere offizierin kommandeur kommandeurin befehlshaber befehlshaberin hauptmann ' +
    'feuerwehrmann feuerwehrfrau retter retterin sanitäter sanitäterin angeklagte angeklagter täter täterin ' +
    // business and work
    // ("Vorstand" alone is also the board: its members by the feminine and the compounds of an office)
    'vorständin personalvorstand finanzvorstand sportvorstand ökonom ökonomin ' +
    'managerin intendant intendantin rektor rektorin inhaber inhaberin eigentümer eigentümerin gründerin mitgründer ' +
    'mitgründerin mitbegründer mitbegründerin firmengründer aktionär aktionärin investor investorin banker bankerin ' +
    'makler maklerin chefvolkswirt volkswirtin ökonomen mitarbeiter mitarbeiterin arbeiterin angestellte angestellter ' +
    'ingenieur ingenieurin architektin landwirtin bäuerin winzer winzerin fahrer fahrerin pilot pilotin kapitänin ' +
    // science, medicine, teaching
    'wissenschaftler wissenschaftlerin historiker historikerin soziologe soziologin psychologe psychologin virologe ' +
    'virologin epidemiologe epidemiologin jurist juristin rechtler rechtlerin mediziner medizinerin arzt ärztin ' +
    'hausarzt notarzt chefarzt kinderarzt oberarzt pflegerin krankenpfleger altenpfleger pflegekraft pflegekräfte ' +
    'hebamme apothekerin lehrer lehrerin erzieher erzieherin dozent dozentin studentin schülerin ' +
    // media, arts, sport
    'journalistin reporterin korrespondent korrespondentin redakteur redakteurin moderator moderatorin kommentator ' +
    'kommentatorin verleger verlegerin sänger sängerin schauspieler schauspielerin musiker musikerin künstler künstlerin ' +
    'regisseur regisseurin schriftsteller schriftstellerin trainer trainerin spielerin! nationalspieler ' +
    'nationalspielerin fußballer fußballerin torwart torhüter torhüterin stürmerin sportler sportlerin athlet athletin ' +
    'läufer läuferin schwimmer schwimmerin olympiasieger olympiasiegerin weltmeisterin sieger siegerin ' +
    // people in the news: residents, witnesses, families, faith
    'aktivist aktivistin umweltschützer umweltschützerin klimaschützer tierschützer datenschützer demonstrant ' +
    'demonstrantin anwohner anwohnerin bewohner bewohnerin augenzeuge augenzeugin zeuge zeugin opfer überlebende ' +
    'überlebender angehörige angehöriger hinterbliebene passant passantin urlauber urlauberin touristin kunde kundin ' +
    'patientin patienten flüchtling migrantin häftling gefangene geisel nachbar! nachbarin schüler! ehefrau ehemann großmutter ' +
    'großvater witwer freundin lebensgefährte lebensgefährtin kollege kollegin tante onkel enkel enkelin bischof ' +
    'bischöfin erzbischof pfarrer pfarrerin pastorin priester papst kardinal rabbiner imam ' +
    'rentner rentnerin pensionär pensionärin wirtschaftsweise wirtschaftsweiser ' +
    // a person named again by the country they are from ("betonte der Niederländer", "sagte die Französin"): the word
    // only, as a stem would be the country's name ("Niederlande", "Spanien") or a common adjective
    'niederländer! niederländerin! franzose! französin! brite! britin! amerikaner! amerikanerin! russin! ' +
    'ukrainerin! italiener! italienerin! spanier! spanierin! österreicher! österreicherin! schweizerin! polin! ' +
    'türke! türkin! ungar! ungarin! belgier! belgierin! norweger! norwegerin! schwede! schwedin! däne! dänin! finne! finnin! ' +
    // (or by their party: "sagte der Republikaner", "so der Freiheitliche"; the word only, "Demokratie" is no one)
    'republikaner republikanerin demokrat! demokratin! freiheitliche! freiheitlicher! christsoziale! christsozialer!',
  stops:
    'am im in an auf bei nach vor gegenüber mit von vom zum zur über laut heute gestern morgen ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag abend dass und aber weil wie als nur beide beiden mitten',
  determiners: 'der die das den dem des ein eine einer einen einem sein seine ihr ihre dessen deren mein meine meinem meinen meiner unser unsere unserem unseren unserer seinem seinen seiner ihrem ihren ihrer',
};
