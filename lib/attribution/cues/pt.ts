import type { CueLexicon } from './types';

export const pt: CueLexicon = {
  lang: 'pt',
  verbs:
    'disse diz dizer dito lamentou lamenta lamentaram afirmou afirma afirmado declarou declara declarado garantiu garante ' +
    'explicou explica explicado destacou destaca ressaltou ressalta salientou salienta advertiu adverte alertou alerta ' +
    'acrescentou acrescenta indicou indica sublinhou sublinha insistiu insiste observou observa lembrou lembra ' +
    'anunciou anuncia reconheceu reconhece admitiu admite escreveu escreve respondeu responde considerou considera ' +
    'avaliou avalia criticou critica denunciou denuncia prometeu promete comentou comenta reiterou reitera ' +
    'concluiu confirmou confirma negou nega acredita acreditou estimou estima contou relatou relata defendeu defende ' +
    'frisou frisa apontou aponta reagiu reage ironizou rebateu rebate questionou questiona avisou avisa argumentou argumenta completou completa resumiu desabafou informou informa adiantou adianta assegurou assegura vincou pontuou enfatizou reforçou reforça detalhou declarou disseram afirmaram informaram declararam explicaram garantiram destacaram ressaltaram acrescentaram indicaram admitiram reconheceram realçou realça sustentou sustenta repetiu repete reafirmou reafirma' +
    ' dizia diziam afirmava afirmara declarara dissera garantira explicava contava sublinhava sublinharam destacava insistia lembrava lembraram alertaram alertava advertira avisara criticaram denunciaram defenderam defendia sustentava apontava apontaram observaram comentaram comentava responderam retrucou retruca rebateram replicou replica emendou acrescentava frisava salientaram declarando afirmando dizendo explicando destacando ressaltando lembrando garantindo acrescentando sublinhando alertando sustentando avaliando argumentando questionando criticando admitindo reconhecendo citando desabafa resume conclui ponderou pondera enfatiza enfatizado ressaltado destacado sublinhado frisado afirmaria diria opinou opina sentenciou exclamou exclama ironiza brincou confessou confessa revelou revela justificou justifica explicitou assinalou assinala constatou constata notou recordou recorda prosseguiu prossegue emendou pediu cobrou apelou apela afiançou asseverou assevera reiterava repetia prometeram negaram desmentiu desmente contestou contesta refutou rechaçou tuitou escreveram',
  sourceFrames: 'segundo|de acordo com|conforme|para|na opinião de|nas palavras de',
  complementizers: 'que',
  auxiliaries: 'tem têm tinha havia também ainda novamente igualmente posteriormente porém já hoje ontem publicamente inclusive contudo todavia entretanto',
  pronounsM: 'ele',
  pronounsF: 'ela',
  pronounsOther: 'eles elas eu nós',
  titles:
    'ministro ministra presidente presidenta porta-voz chefe especialista analista pesquisador pesquisadora ' +
    'diplomata deputado deputada senador senadora embaixador embaixadora diretor diretora professor professora ' +
    'prefeito prefeita secretário secretária chanceler líder eurodeputada eurodeputado autarca treinador treinadora técnico selecionador jogador jogadora capitão atleta dirigente sindicalista advogado advogada procurador procuradora juiz juíza promotor promotora réu executivo executiva economista governador governadora vice-presidente primeiro-ministro primeira-ministra responsável comandante mãe pai filho filha irmão irmã viúva meteorologista enviado enviada' +
    ' governante mandatário mandatária relator relatora vereador vereadora parlamentar assessor assessora conselheiro conselheira subsecretário subsecretária delegado delegada desembargador desembargadora magistrado magistrada defensor defensora jurista agente investigador investigadora inspetor inspetora perito perita coronel tenente sargento almirante soldado CEO fundador fundadora cofundador cofundadora proprietário proprietária gerente administrador administradora empresário empresária banqueiro banqueira investidor investidora tesoureiro tesoureira coordenador coordenadora superintendente supervisor supervisora representante membro cientista médico enfermeiro enfermeira docente reitor reitora engenheiro engenheira arquiteto arquiteta piloto agricultor agricultora trabalhador trabalhadora operário operária motorista camionista taxista ativista militante manifestante testemunha sobrevivente vítima vizinho vizinha torcedor torcedora adepto adepta goleiro goleira zagueiro atacante tenista nadador nadadora ciclista cantor cantora ator atriz colunista cronista comentarista apresentador apresentadora cineasta músico artista historiador historiadora sociólogo socióloga politólogo politóloga filósofo psicólogo psicóloga estrategista funcionário funcionária negociador negociadora mediador mediadora observador observadora candidato candidata opositor opositora aliado aliada estudante aluno aluna paciente comerciante aposentado aposentada marido esposa bispo arcebispo cardeal papa pontífice pastor pastora',
  officeTitles: 'chefe de Estado>presidente|chefe do Estado>presidente|chefe do Governo>primeiro|chefe da diplomacia>ministro',
  stops: 'em a ao à aos às nos nas num numa nesta neste durante após com de do da por segunda-feira terça-feira ontem hoje e mas que quem',
  determiners: 'o a os as um uma seu sua seus suas',
};
