import type { CueLexicon } from './types';

export const it: CueLexicon = {
  lang: 'it',
  verbs:
    'detto dice dicono disse dire dichiarato dichiara dichiarò affermato afferma affermò spiegato spiega spiegò ' +
    'sottolineato sottolinea sottolineò avvertito avverte avvertì aggiunto aggiunge aggiunse ribadito ribadisce ' +
    'assicurato assicura precisato precisa annunciato annuncia riconosciuto riconosce ammesso ammette scritto scrive ' +
    'risposto risponde commentato commenta osservato osserva ricordato ricorda insistito insiste denunciato denuncia ' +
    'promesso promette confermato conferma negato nega ritiene ritenuto pensa crede creduto stimato stima ' +
    'evidenziato evidenzia rilevato rileva attaccato accusato accusa replicato replica concluso avverte sostenuto sostiene incalzato chiarito chiarisce rimarcato puntualizzato tuonato tuona ammonito rilanciato esordito ironizzato scandito garantito garantisce auspicato lamentato confidato raccontato racconta insiste riferito riferisce riferì riferiscono diceva spiegava aggiungeva ripetuto ripete riaffermato riafferma',
  sourceFrames: 'secondo|a detta di|stando a|per',
  backFrames: 'lo',
  complementizers: 'che',
  auxiliaries: 'ha hanno aveva avevano avrebbe è sono poi anche inoltre si',
  pronounsM: 'lui egli',
  pronounsF: 'lei ella',
  pronounsOther: 'loro io noi',
  titles:
    'ministro ministra presidente portavoce capo esperto esperta analista ricercatore ricercatrice diplomatico ' +
    'deputato deputata senatore senatrice ambasciatore ambasciatrice direttore direttrice professore professoressa ' +
    'sindaco sindaca assessore assessora segretario segretaria leader premier allenatore allenatrice tecnico ct giocatore giocatrice attaccante capitano titolare sindacalista avvocato avvocata avvocatessa procuratore procuratrice giudice imputato imputata dirigente amministratore vicepremier governatore governatrice sottosegretario sottosegretaria viceministro economista politologo politologa cancelliere comandante pm madre padre figlio figlia fratello sorella vedova tennista atleta inviato inviata',
  stops: 'a ai al alla durante dopo con di del della da in nel nella per lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi e ma che chi',
  determiners: 'il lo la i gli le l\' un uno una suo sua suoi sue',
};
