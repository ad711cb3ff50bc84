import type { CueLexicon } from './types';

export const pt: CueLexicon = {
  lang: 'pt',
  verbs:
    'disse diz dizer dito afirmou afirma afirmado declarou declara declarado garantiu garante ' +
    'explicou explica explicado destacou destaca ressaltou ressalta salientou salienta advertiu adverte alertou alerta ' +
    'acrescentou acrescenta indicou indica sublinhou sublinha insistiu insiste observou observa lembrou lembra ' +
    'anunciou anuncia reconheceu reconhece admitiu admite escreveu escreve respondeu responde considerou considera ' +
    'avaliou avalia criticou critica denunciou denuncia prometeu promete comentou comenta reiterou reitera ' +
    'concluiu confirmou confirma negou nega acredita acreditou estimou estima contou relatou relata defendeu defende ' +
    'frisou frisa apontou aponta reagiu reage ironizou rebateu rebate questionou questiona avisou avisa argumentou argumenta completou completa resumiu desabafou informou informa adiantou adianta assegurou assegura vincou pontuou enfatizou reforçou reforça detalhou declarou disseram afirmaram informaram declararam explicaram garantiram destacaram ressaltaram acrescentaram indicaram admitiram reconheceram realçou realça sustentou sustenta repetiu repete reafirmou reafirma',
  sourceFrames: 'segundo|de acordo com|conforme|para|na opinião de|nas palavras de',
  complementizers: 'que',
  auxiliaries: 'tem têm tinha havia também ainda',
  pronounsM: 'ele',
  pronounsF: 'ela',
  pronounsOther: 'eles elas eu nós',
  titles:
    'ministro ministra presidente presidenta porta-voz chefe especialista analista pesquisador pesquisadora ' +
    'diplomata deputado deputada senador senadora embaixador embaixadora diretor diretora professor professora ' +
    'prefeito prefeita secretário secretária chanceler líder eurodeputada eurodeputado autarca treinador treinadora técnico selecionador jogador jogadora capitão atleta dirigente sindicalista advogado advogada procurador procuradora juiz juíza promotor promotora réu executivo executiva economista governador governadora vice-presidente primeiro-ministro primeira-ministra responsável comandante mãe pai filho filha irmão irmã viúva meteorologista enviado enviada',
  stops: 'em a ao à aos às nos nas num numa nesta neste durante após com de do da por segunda-feira terça-feira ontem hoje e mas que quem',
  determiners: 'o a os as um uma seu sua seus suas',
};
