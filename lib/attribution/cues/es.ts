import type { CueLexicon } from './types';

export const es: CueLexicon = {
  lang: 'es',
  verbs:
    'dijo dice decir dicho afirmó afirma afirmado declaró declara declarado aseguró asegura asegurado ' +
    'explicó explica explicado señaló señala señalado advirtió advierte advertido añadió añade agregó agrega ' +
    'indicó indica indicado subrayó subraya destacó destaca insistió insiste manifestó manifiesta sostuvo sostiene ' +
    'apuntó apunta recordó recuerda precisó precisa anunció anuncia reconoció reconoce admitió admite escribió escribe ' +
    'respondió responde consideró considera opinó opina criticó critica denunció denuncia prometió promete ' +
    'comentó comenta expresó expresa aseveró reiteró reitera concluyó confirmó confirma negó niega cree creyó estimó estima ' +
    'contó cuenta relató relata alertó alerta remarcó remarca puntualizó puntualiza zanjó lamentó lamenta defendió defiende replicó replica sentenció resumió avisó valoró valora matizó matiza enfatizó ironizó expuso detalló detalla informó informa adelantó adelanta avanzó insistía aseguraba explicaba dijeron afirmaron señalaron aseguraron indicaron explicaron advirtieron añadieron agregaron informaron declararon precisaron subrayaron destacaron reconocieron admitieron recalcó recalca aclaró aclara repitió repite reafirmó reafirma ratificó ratifica' +
    ' decía decían afirmaba declaraba señalaba indicaba subrayaba destacaba advertía recordaba sostenía apuntaba añadía agregaba comentaba respondía reconocía manifestaba denunciaba criticaba insistieron sostuvieron apuntaron recordaron manifestaron denunciaron criticaron comentaron respondieron relataron contaron expresaron opinaron consideraron lamentaron alertaron reiteraron confirmaron negaron aclararon afirmara dijera asevera recalcaba enfatizaba expone reveló revela confesó confiesa admitía bromeó bromea ironiza exclamó exclama espetó espeta zanja apostilló apostilla agradeció remachó rechazó refutó desmintió desmiente cuestionó cuestiona reprochó reprocha reclamó pidió urgió instó insta aseguraría diría declarando afirmando diciendo explicando señalando asegurando destacando subrayando advirtiendo añadiendo agregando indicando recordando insistiendo reconociendo admitiendo argumentando argumentó argumentaba prosiguió tuiteó escribieron relató narró narra confió explicitó ponderó recalcaron' +
    // the perfect of Spain's copy, "ha reiterado que …", "han advertido …"
    ' añadido agregado subrayado destacado insistido manifestado sostenido apuntado recordado precisado anunciado reconocido admitido escrito respondido considerado criticado denunciado prometido comentado expresado reiterado concluido confirmado negado estimado contado relatado alertado remarcado puntualizado lamentado defendido replicado valorado matizado enfatizado detallado informado adelantado aclarado repetido reafirmado ratificado revelado confesado rechazado pedido instado reclamado cuestionado argumentado recalcado avisado opinado',
  sourceFrames: 'según|de acuerdo con|a juicio de|en palabras de|para' +
    '|en opinión de|según palabras de|a decir de|a criterio de',
  backFrames: 'lo|así lo',
  complementizers: 'que',
  auxiliaries: 'ha han había habían habría también además ya hoy ayer nuevamente reiteradamente públicamente asimismo incluso',
  pronounsM: 'él',
  pronounsF: 'ella',
  pronounsOther: 'ellos ellas yo nosotros',
  titles:
    'ministro ministra presidente presidenta portavoz jefe jefa experto experta analista investigador investigadora ' +
    'diplomático diplomática diputado diputada senador senadora embajador embajadora director directora profesor profesora ' +
    'alcalde alcaldesa secretario secretaria mandatario mandataria líder canciller exembajador exministro entrenador entrenadora técnico seleccionador seleccionadora jugador jugadora capitán capitana nadador nadadora atleta tenista dirigente sindicalista abogado abogada fiscal juez jueza acusado acusada expresidente expresidenta consejero consejera delegado delegada gobernador gobernadora vicepresidente vicepresidenta titular responsable economista comandante madre padre hijo hija hermano hermana viuda viudo enviado enviada' +
    ' gobernante concejal concejala edil edila regidor regidora parlamentario parlamentaria eurodiputado eurodiputada legislador legisladora asambleísta congresista vocero vocera asesor asesora emisario emisaria subsecretario subsecretaria teniente intendente magistrado magistrada letrado letrada defensor defensora jurista notario notaria imputado imputada agente comisario comisaria inspector inspectora sargento coronel almirante soldado gerente fundador fundadora cofundador cofundadora propietario propietaria dueño dueña empresario empresaria tesorero tesorera coordinador coordinadora representante miembro especialista médico doctor doctora enfermero enfermera maestro maestra docente rector rectora catedrático catedrática ingeniero ingeniera arquitecto arquitecta piloto agricultor agricultora ganadero ganadera campesino campesina trabajador trabajadora obrero obrera empleado empleada conductor conductora camionero camionera taxista activista manifestante testigo superviviente sobreviviente víctima esposo esposa marido aficionado aficionada hincha delantero delantera arquero arquera guardameta centrocampista ciclista futbolista boxeador boxeadora cantante actor actriz periodista columnista cineasta artista músico historiador historiadora politólogo politóloga sociólogo socióloga psicólogo psicóloga filósofo filósofa funcionario funcionaria negociador negociadora mediador mediadora observador observadora candidato candidata aspirante opositor opositora disidente obispo arzobispo cardenal papa pontífice sacerdote párroco CEO militante rey princesa',
  officeTitles: 'jefe del Estado>presidente|jefe de Estado>presidente|jefe del Gobierno>presidente|jefa del Gobierno>presidente|jefe del Ejecutivo>presidente|jefa del Ejecutivo>presidente|jefe de la diplomacia>ministro|jefa de la diplomacia>ministro',
  stops: 'en a al ante durante tras con de del por este esta el lunes martes miércoles jueves viernes sábado domingo ayer hoy y pero que quien',
  determiners: 'el la los las un una su sus',
};
