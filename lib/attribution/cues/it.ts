import type { CueLexicon } from './types';

export const it: CueLexicon = {
  lang: 'it',
  verbs:
    'detto dice dicono disse dire indicato indica segnalato segnala minacciato minaccia dichiarato dichiara dichiarò affermato afferma affermò spiegato spiega spiegò ' +
    'sottolineato sottolinea sottolineò avvertito avverte avvertì aggiunto aggiunge aggiunse ribadito ribadisce ' +
    'assicurato assicura precisato precisa annunciato annuncia riconosciuto riconosce ammesso ammette scritto scrive ' +
    'risposto risponde commentato commenta osservato osserva ricordato ricorda insistito insiste denunciato denuncia ' +
    'promesso promette confermato conferma negato nega ritiene ritenuto pensa crede creduto stimato stima ' +
    'evidenziato evidenzia rilevato rileva attaccato accusato accusa replicato replica concluso avverte sostenuto sostiene incalzato chiarito chiarisce rimarcato puntualizzato tuonato tuona ammonito rilanciato esordito ironizzato scandito garantito garantisce auspicato lamentato confidato raccontato racconta insiste riferito riferisce riferì riferiscono diceva spiegava aggiungeva ripetuto ripete riaffermato riafferma' +
    ' dicevano dichiarava affermava spiegavano sottolineava precisava ribadiva osservava ricordava sosteneva avvertiva assicurava denunciava commentava rispondeva raccontava confidava ammetteva aggiungevano dissero dichiararono affermarono spiegarono sottolinearono precisarono ribadirono avvertirono aggiunsero ricordarono risposero commentarono denunciarono annunciarono assicurarono ammise rispose scrisse ricordò osservò precisò ribadì assicurò commentò denunciò annunciò sostenne replicò concluse confermò negò raccontò confidò lamentò rivelato rivela rivelò sottolineando spiegando aggiungendo dichiarando affermando precisando ricordando ribadendo osservando avvertendo assicurando denunciando commentando incalza incalzò ammonisce ammonì esorta esortato esortò attacca attaccò accusò sbotta sbottato sbottò rimarca rimarcò puntualizza puntualizzò chiosa chiosato chiosò scandisce ironizza ironizzò auspica ammette confida lamenta lamentava tuonò rilancia argomenta argomentato argomentò evidenziava chiarì rilevò annota annotato esclama esclamato esclamò prosegue proseguito proseguì conclude ribatte ribattuto ribatté contesta contestato smentisce smentito smentì garantì riconobbe twittato scrivono chiesto chiede chiese chiedeva domandato domandò sapere',
  sourceFrames: 'secondo|a detta di|stando a|per' +
    '|a giudizio di|a parere di|a dire di',
  backFrames: 'lo',
  complementizers: 'che',
  auxiliaries: 'ha hanno aveva avevano avrebbe è sono poi anche inoltre si fa fanno fatto invece comunque infatti già sempre ancora subito ulteriormente nuovamente peraltro tuttavia però quindi dunque pure oggi ieri ripetutamente chiaramente apertamente esplicitamente duramente pubblicamente ufficialmente nettamente',
  pronounsM: 'lui egli',
  pronounsF: 'lei ella',
  pronounsOther: 'loro io noi',
  titles:
    'primario primaria ministro ministra presidente portavoce capo esperto esperta analista ricercatore ricercatrice diplomatico ' +
    'deputato deputata senatore senatrice ambasciatore ambasciatrice direttore direttrice professore professoressa ' +
    'sindaco sindaca assessore assessora segretario segretaria leader premier allenatore allenatrice tecnico ct giocatore giocatrice attaccante capitano titolare sindacalista avvocato avvocata avvocatessa procuratore procuratrice giudice imputato imputata dirigente amministratore vicepremier governatore governatrice sottosegretario sottosegretaria viceministro economista politologo politologa cancelliere comandante pm madre padre figlio figlia fratello sorella vedova tennista atleta inviato inviata' +
    ' consigliere consigliera questore questora parlamentare eurodeputato eurodeputata emissario emissaria magistrato magistrata difensore indagato indagata poliziotto poliziotta carabiniere carabinieri agente commissario commissaria generale colonnello soldato soldatessa maresciallo fondatore fondatrice cofondatore proprietario proprietaria imprenditore imprenditrice coordinatore coordinatrice rappresentante membro tesoriere scienziato scienziata medico dottore dottoressa infermiere infermiera insegnante maestro maestra rettore rettrice ingegnere architetto architetta pilota agricoltore agricoltrice allevatore allevatrice contadino contadina lavoratore lavoratrice impiegato impiegata autista camionista tassista attivista manifestante militante cittadino cittadina sopravvissuto sopravvissuta vittima moglie marito tifoso tifosa portiere centrocampista calciatore calciatrice ciclista campionessa pallavolista cestista cantante attore attrice scrittore scrittrice giornalista editorialista conduttore conduttrice artista musicista sociologo sociologa psicologo psicologa filosofo filosofa sondaggista consulente funzionario funzionaria negoziatore negoziatrice mediatore mediatrice osservatore osservatrice ispettore ispettrice candidato candidata sfidante esponente capogruppo capolista vescovo arcivescovo cardinale pontefice sacerdote parroco papa governatrice vicesindaco ministra deputata CEO prefetto prefetta',
  officeTitles: 'capo dello Stato>presidente|capo del governo>premier|capo della diplomazia>ministro|capo della Farnesina>ministro|Guardasigilli>ministro|presidente del Consiglio>premier',
  anaphors: 'quest\'ultimo>m|quest\'ultima>f|l\'interessato>m|l\'interessata>f|il diretto interessato>m|la diretta interessata>f|costui>m|costei>f',
  stops: 'a ai al alla durante dopo con di del della da in nel nella per lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi e ma che chi',
  determiners: 'il lo la i gli le l\' un uno una suo sua suoi sue',
};
