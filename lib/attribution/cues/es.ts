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
    'contó cuenta relató relata alertó alerta remarcó remarca puntualizó puntualiza zanjó lamentó lamenta defendió defiende replicó replica sentenció resumió avisó valoró valora matizó matiza enfatizó ironizó expuso detalló detalla informó informa adelantó adelanta avanzó insistía aseguraba explicaba dijeron afirmaron señalaron aseguraron indicaron explicaron advirtieron añadieron agregaron informaron declararon precisaron subrayaron destacaron reconocieron admitieron recalcó recalca aclaró aclara repitió repite reafirmó reafirma ratificó ratifica',
  sourceFrames: 'según|de acuerdo con|a juicio de|en palabras de|para',
  backFrames: 'lo|así lo',
  complementizers: 'que',
  auxiliaries: 'ha han había habían habría también además',
  pronounsM: 'él',
  pronounsF: 'ella',
  pronounsOther: 'ellos ellas yo nosotros',
  titles:
    'ministro ministra presidente presidenta portavoz jefe jefa experto experta analista investigador investigadora ' +
    'diplomático diplomática diputado diputada senador senadora embajador embajadora director directora profesor profesora ' +
    'alcalde alcaldesa secretario secretaria mandatario mandataria líder canciller exembajador exministro entrenador entrenadora técnico seleccionador seleccionadora jugador jugadora capitán capitana nadador nadadora atleta tenista dirigente sindicalista abogado abogada fiscal juez jueza acusado acusada expresidente expresidenta consejero consejera delegado delegada gobernador gobernadora vicepresidente vicepresidenta titular responsable economista comandante madre padre hijo hija hermano hermana viuda viudo enviado enviada',
  stops: 'en a al ante durante tras con de del por este esta el lunes martes miércoles jueves viernes sábado domingo ayer hoy y pero que quien',
  determiners: 'el la los las un una su sus',
};
