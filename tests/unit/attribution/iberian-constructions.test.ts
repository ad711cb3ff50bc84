import { describe, expect, it } from 'vitest';
import { check, ownWords, spokenBy, statementWith, statements } from './helpers';

/**
 * The constructions by which Portuguese (Brazilian and European) and Spanish news copy names, and names again, the
 * person who speaks: one or more invented passages in wire style for each, in each language. Expected values follow
 * tests/attribution/README.md: the speaker span is the mention next to the cue as written, the name who said it.
 */

type Case = [label: string, text: string, words: string, speaker: string | null | undefined, name: string | null];

function run(cases: Case[]) {
  it.each(cases)('%s', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { ...(speaker !== undefined ? { speaker } : {}), name });
  });
}

describe('1. speaker position around the cue', () => {
  describe('preposed, postposed, inverted, pronoun after the verb', () => {
    run([
      ['pt-BR preposed, "disse que"', 'BRASÍLIA - O ministro da Fazenda, Fernando Haddad, disse nesta terça-feira que o governo vai cumprir a meta fiscal.', 'cumprir a meta', 'O ministro da Fazenda, Fernando Haddad', 'Fernando Haddad'],
      ['pt-BR preposed with a colon', 'A senadora Tereza Cristina afirmou: "Não acreditamos nesses números nem nessas promessas."', 'Não acreditamos', 'A senadora Tereza Cristina', 'Tereza Cristina'],
      ['pt-BR postposed surname, then the role', 'O ministro da Fazenda, Fernando Haddad, falou com a imprensa. "Vamos cumprir a meta", disse Haddad a jornalistas. "Não há espaço para aumento de impostos", afirmou o ministro.', 'aumento de impostos', 'o ministro', 'Fernando Haddad'],
      ['pt-BR "disse ele", "disse ela"', 'O senador Renan Calheiros criticou a proposta. "O governo perdeu o controle das contas", disse ele. A deputada Tabata Amaral discordou. "Isso é inaceitável e irresponsável", disse ela.', 'inaceitável', 'ela', 'Tabata Amaral'],
      ['pt-PT "sublinhou o chefe do Governo"', 'LISBOA - O primeiro-ministro, Luís Montenegro, defendeu o Orçamento do Estado no Parlamento. "Este é um orçamento de confiança", sublinhou o chefe do Governo.', 'orçamento de confiança', 'o chefe do Governo', 'Luís Montenegro'],
      ['es preposed, "dijo que"', 'MADRID - El ministro de Economía, Carlos Cuerpo, dijo este martes que el Gobierno cumplirá el objetivo de déficit.', 'objetivo de déficit', 'El ministro de Economía, Carlos Cuerpo', 'Carlos Cuerpo'],
      ['es postposed surname, then the role', 'El ministro de Economía, Carlos Cuerpo, habló con la prensa. "Vamos a cumplir", dijo Cuerpo a los periodistas. "No hay margen para subir impuestos", afirmó el ministro.', 'subir impuestos', 'el ministro', 'Carlos Cuerpo'],
      ['es "dijo él", "dijo ella"', 'El senador Javier Maroto criticó la propuesta. "El Gobierno ha perdido el control", dijo él. La diputada Aina Vidal discrepó. "Eso es inaceptable e irresponsable", dijo ella.', 'inaceptable', 'ella', 'Aina Vidal'],
      ['es "ha asegurado", "ha dicho el titular de"', 'MADRID - El ministro de Economía, Carlos Cuerpo, ha asegurado a Efe que el superávit se mantendrá. "No vamos a poner en riesgo las cuentas", ha dicho el titular de Economía en declaraciones a los periodistas.', 'poner en riesgo', 'el titular de Economía', 'Carlos Cuerpo'],
    ]);
  });

  describe('a colon introduction and a headline "Name: …"', () => {
    run([
      ['pt-BR "foi direto:"', 'Em nota, o presidente da Câmara, Arthur Lira, foi direto: "A pauta está travada até agosto."', 'pauta está travada', 'o presidente da Câmara, Arthur Lira', 'Arthur Lira'],
      ['pt-BR headline', 'Haddad: "Não haverá contingenciamento"\n\nBRASÍLIA - O ministro da Fazenda, Fernando Haddad, descartou nesta segunda-feira um novo bloqueio de gastos. "Não haverá contingenciamento neste ano", disse.', 'contingenciamento"', 'Haddad', 'Fernando Haddad'],
      ['es "fue tajante:"', 'En un comunicado, el presidente de la patronal, Antonio Garamendi, fue tajante: "La negociación está bloqueada desde marzo".', 'negociación está bloqueada', 'el presidente de la patronal, Antonio Garamendi', 'Antonio Garamendi'],
      ['es headline', 'Cuerpo: "No habrá recortes"\n\nMADRID - El ministro de Economía, Carlos Cuerpo, descartó este lunes nuevos recortes. "No habrá recortes este año", dijo.', 'recortes"', 'Cuerpo', 'Carlos Cuerpo'],
    ]);
  });

  describe('a role and its name as the subject, then a verb and its object: the object is no speaker', () => {
    it.each([
      ['pt-BR', 'A presidente do PT, Gleisi Hoffmann, rebateu as críticas do mercado. "O mercado não elege presidente", disse a petista.', 'críticas', 'Gleisi Hoffmann'],
      ['pt-PT', 'A coordenadora do Bloco de Esquerda, Mariana Mortágua, pediu a demissão da ministra. "A ministra não tem condições para continuar", afirmou a bloquista.', 'demissão', 'Mariana Mortágua'],
      ['es', 'El líder del PP, Alberto Núñez Feijóo, anunció una moción de censura. "No es momento de cálculos", afirmó el popular.', 'moción', 'Alberto Núñez Feijóo'],
      ['es (a verb the subject ends at)', 'El presidente del Gobierno, Pedro Sánchez, criticó los aranceles. "No vamos a aceptar chantajes", dijo Sánchez.', 'aranceles', 'Pedro Sánchez'],
    ])('%s', (_l, text, object, subject) => {
      for (const s of statements(text)) {
        expect(s.speaker?.text ?? '').not.toContain(object);
        expect(s.text).not.toContain(subject);
      }
    });
  });

  describe('a quote interrupted by its cue, the comma outside the marks: the second part is the same speaker going on', () => {
    it.each([
      ['pt-BR', '"O Brasil não vai recuar", disse o chanceler Mauro Vieira, "e vamos levar a proposta ao G20." O embaixador americano evitou comentar.', 'e vamos levar', 'Mauro Vieira'],
      ['pt-PT', '«Portugal não abdica das contas certas», afirmou o ministro das Finanças, Joaquim Miranda Sarmento, «e o excedente será mantido».', 'excedente será mantido', 'Joaquim Miranda Sarmento'],
      ['es', '«España no va a retroceder», dijo el ministro de Exteriores, José Manuel Albares, «y llevaremos la propuesta a Bruselas».', 'llevaremos la propuesta', 'Albares'],
      ['es (a role alone)', '"No hay margen para más recortes", advirtió la ministra de Hacienda, María Jesús Montero, "porque los servicios públicos ya están al límite".', 'servicios públicos', 'María Jesús Montero'],
    ])('%s', (_l, text, words, name) => {
      const s = ownWords(text).filter((x) => x.text.includes(words));
      expect(s).toHaveLength(1);
      expect(s[0].kind).toBe('direct');
      expect(s[0].speakerName).toContain(name);
    });
    it('not words of the reporter after the cue (es)', () => {
      const text = '«No cederemos ante el chantaje», dijo el ministro Luis Planas, y criticó la «irresponsabilidad» de la oposición.';
      expect(statements(text).filter((s) => s.text.includes('irresponsabilidad') && s.kind === 'direct')).toHaveLength(0);
    });
  });
});

describe('3. naming again: pro-drop', () => {
  describe('a verb with no subject opening its sentence continues the last person in focus', () => {
    run([
      ['pt-BR "Acrescentou que"', 'O presidente Luiz Inácio Lula da Silva criticou as tarifas americanas. "Não vamos aceitar chantagem de ninguém", disse Lula. Acrescentou que o Brasil vai recorrer à Organização Mundial do Comércio.', 'recorrer à Organização', null, 'Luiz Inácio Lula da Silva'],
      ['es "Añadió que"', 'El presidente del Gobierno, Pedro Sánchez, criticó los aranceles. "No vamos a aceptar chantajes de nadie", dijo Sánchez. Añadió que España recurrirá a la Organización Mundial del Comercio.', 'recurrirá a la Organización', null, 'Pedro Sánchez'],
      ['pt-BR a quote after the cue with no subject, then "Para X, …"', 'Lula vetou o projeto\n\nBRASÍLIA - O presidente Luiz Inácio Lula da Silva vetou nesta quinta-feira o projeto. O ministro da Fazenda, Fernando Haddad, comemorou a decisão. "Foi a decisão correta", disse. Para Haddad, o Congresso vai manter o veto.', 'decisão correta', null, 'Fernando Haddad'],
      ['es "dijo." after a spokeswoman introduced', 'El Congreso aprobó la ley de amnistía. La portavoz de Junts, Míriam Nogueras, celebró el resultado. "Es un día histórico para Cataluña", dijo. Para Nogueras, el Gobierno tendrá que cumplir sus compromisos.', 'día histórico', null, 'Míriam Nogueras'],
    ]);
  });

  describe('after a phrase set off by a comma that opens the sentence: a participle (its gender), a time, a place', () => {
    run([
      ['pt-BR "Questionada sobre …, disse que"', 'A ministra da Saúde, Nísia Trindade, visitou o hospital com o secretário estadual João Gabbardo. Questionada sobre a falta de leitos, disse que o governo vai enviar recursos ainda este mês.', 'enviar recursos', null, 'Nísia Trindade'],
      ['pt-PT "Confrontado com …, afirmou que"', 'A deputada Joana Mortágua interpelou o primeiro-ministro, Luís Montenegro, sobre a habitação. Confrontado com os números do INE, afirmou que as rendas vão baixar no próximo ano.', 'rendas vão baixar', null, 'Luís Montenegro'],
      ['pt-BR "Nesta sexta-feira, disse que"', 'Há três dias, o ministro dos Transportes, Renan Calheiros, visitou as obras da BR-101. Nesta sexta-feira, disse que a estrada será entregue em dezembro.', 'estrada será entregue', null, 'Renan Calheiros'],
      ['es "Preguntada por …, dijo que"', 'La ministra de Sanidad, Mónica García, visitó el hospital con el consejero Juan Ramos. Preguntada por la falta de camas, dijo que el Gobierno enviará fondos este mismo mes.', 'enviará fondos', null, 'Mónica García'],
      ['es "Este viernes, dijo que"', 'Hace tres días, el ministro de Transportes, Óscar Puente, visitó las obras de la autovía. Este viernes, dijo que la autovía estará lista en diciembre.', 'autovía estará lista', null, 'Óscar Puente'],
      ['es "En declaraciones a la prensa, aseguró que"', 'El alcalde de Sevilla, José Luis Sanz, inauguró el nuevo puente. En declaraciones a la prensa, aseguró que las obras del metro empezarán en enero.', 'obras del metro', null, 'José Luis Sanz'],
    ]);
  });

  describe('a Brazilian name ending in "Filho" is a name, not a role', () => {
    run([
      ['pt-BR', 'O ministro dos Transportes, Renan Filho, visitou as obras da BR-101. Nesta sexta-feira, disse que a estrada será entregue em dezembro.', 'estrada será entregue', null, 'Renan Filho'],
      ['pt-BR (a role before it)', 'O senador Renan Filho (MDB) afirmou que a reforma tributária será votada em agosto.', 'reforma tributária', 'O senador Renan Filho', 'Renan Filho'],
    ]);
  });
});

describe('a role right before a name of three words: all three are the name (no Slavic genitive place in Romance copy)', () => {
  run([
    ['es', 'El ministro José Manuel Albares recibió a su homólogo chino en Madrid. "Tenemos una asociación estratégica", dijo el titular de Exteriores.', 'asociación estratégica', 'el titular de Exteriores', 'José Manuel Albares'],
    ['es (after the cue)', '"España no va a retroceder ni un milímetro", dijo el ministro José Manuel Albares en Bruselas.', 'retroceder', 'el ministro José Manuel Albares', 'José Manuel Albares'],
    ['pt-PT', 'A ministra Maria Lúcia Amaral visitou o quartel. "As forças de segurança terão mais meios", garantiu a governante.', 'mais meios', 'a governante', 'Maria Lúcia Amaral'],
  ]);
});

describe('Portuguese "a" before a role of either gender is the feminine article, not the English indefinite', () => {
  run([
    ['pt-PT "a governante" after two ministers', 'O ministro Paulo Rangel e a ministra Ana Paula Martins falaram aos jornalistas. "Vamos reforçar o Serviço Nacional de Saúde", disse a governante.', 'reforçar o Serviço', 'a governante', 'Ana Paula Martins'],
    ['pt-BR "a presidente do …" after a man named last', 'A ministra do Planejamento, Simone Tebet, falou com o senador Otto Alencar. "O arcabouço fiscal será cumprido", disse a presidente do MDB Mulher.', 'arcabouço fiscal', 'a presidente do MDB Mulher', 'Simone Tebet'],
    ['pt-BR "a dirigente"', 'A presidente do PT, Gleisi Hoffmann, recebeu o deputado Lindbergh Farias. "O partido está unido em torno do governo", afirmou a dirigente.', 'partido está unido', 'a dirigente', 'Gleisi Hoffmann'],
  ]);
});

describe('a surname with a particle after a role is all one name ("de", "da", "dos", "del", "de la")', () => {
  run([
    ['pt-BR named again by the surname', 'O ministro Alexandre de Moraes negou o pedido da defesa. "Não há fundamento algum para a revogação", escreveu Moraes na decisão.', 'fundamento algum', 'Moraes', 'Alexandre de Moraes'],
    ['pt-BR named again by the word before the particle', 'O presidente Luiz Inácio Lula da Silva criticou as tarifas americanas. "Não vamos aceitar chantagem de ninguém", disse Lula.', 'chantagem', 'Lula', 'Luiz Inácio Lula da Silva'],
    ['pt-PT in apposition, then by the compound surname', 'O Presidente da República, Marcelo Rebelo de Sousa, promulgou o diploma. "É um bom compromisso para o país", disse Rebelo de Sousa.', 'bom compromisso', 'Rebelo de Sousa', 'Marcelo Rebelo de Sousa'],
    ['pt-PT then a masculine participle over the woman named first', 'A deputada Inês de Sousa Real interpelou o primeiro-ministro, Luís Montenegro, sobre a habitação. Confrontada com os números do INE, afirmou que as rendas subiram 12% num ano.', 'rendas subiram', null, 'Inês de Sousa Real'],
    ['es "de la"', 'El seleccionador Luis de la Fuente convocó a 26 jugadores. "Morata no está listo para jugar el viernes", dijo el técnico.', 'Morata no está', 'el técnico', 'Luis de la Fuente'],
  ]);
  it('not a place after "do" (pt-BR)', () => {
    check(statementWith('O prefeito Eduardo Paes do Rio disse que vai concorrer à reeleição em outubro.', 'reeleição'), { name: 'Eduardo Paes' });
  });
});

describe('3. naming again: the gender a role or a description needs, from the name or the role it was introduced with', () => {
  run([
    ['pt-PT a name of three words: its first word is the given name', 'LISBOA - O ministro das Finanças, Joaquim Miranda Sarmento, afirmou à agência Lusa que o excedente será mantido. "Não vamos pôr em causa as contas certas", disse o governante.', 'contas certas', 'o governante', 'Joaquim Miranda Sarmento'],
    ['es a name of three words opened by a woman\'s given name', 'La ministra de Hacienda, María Jesús Montero, se reunió con el consejero Juan Bravo. "No habrá más financiación este año", dijo ella.', 'más financiación', 'ella', 'María Jesús Montero'],
    ['es a woman\'s name not in -a after a feminine role and its adjective', 'La secretaria general de Podemos, Ione Belarra, replicó a las críticas. "El mercado no elige presidentes", dijo la dirigente.', 'no elige', 'la dirigente', 'Ione Belarra'],
    ['pt-BR the same, Brazilian', 'A secretária-executiva do ministério, Miriam Belchior, recebeu os prefeitos. "Os recursos já foram liberados", disse a dirigente.', 'recursos já foram', 'a dirigente', 'Miriam Belchior'],
  ]);
});

describe('3. naming again: "este último", "esta última" (the latter), after the cue and before it', () => {
  run([
    ['pt-BR after the cue', 'O governador Tarcísio de Freitas reuniu-se com o prefeito Ricardo Nunes no Palácio dos Bandeirantes. "A cidade terá mais ônibus a partir de janeiro", disse este último.', 'mais ônibus', 'este último', 'Ricardo Nunes'],
    ['pt-PT feminine, over a man who spoke last', 'A juíza Ana Ribeiro ouviu o arguido, Paulo Matos, durante três horas. "Não me lembro de nada", disse o arguido. A magistrada marcou nova audiência. "O processo seguirá normalmente", disse esta última.', 'seguirá normalmente', 'esta última', 'Ana Ribeiro'],
    ['es feminine after the cue', 'La jueza Ana Ribera escuchó al acusado, Pablo Mateos, durante tres horas. "No recuerdo nada", dijo el acusado. "El proceso seguirá con normalidad", dijo esta última.', 'seguirá con normalidad', 'esta última', 'Ana Ribera'],
    ['es before the cue', 'La ministra Ana Redondo recibió al alcalde Jaume Collboni y a la concejala Pilar Sánchez. Esta última afirmó que habrá más fondos para la vivienda.', 'más fondos', 'Esta última', 'Pilar Sánchez'],
    ['pt-BR before the cue, past an auxiliary', 'O ministro Fernando Haddad recebeu o senador Renan Calheiros. Este último tinha dito que a reforma não passaria no Senado.', 'não passaria', 'Este último', 'Renan Calheiros'],
  ]);
});

describe('3. naming again: a description by nationality or party after its article', () => {
  run([
    ['pt-PT a nationality the knowledge base knows as a country is a person, not the country', 'O chanceler alemão, Olaf Scholz, e a primeira-ministra italiana, Giorgia Meloni, discutiram a crise migratória. "A Europa precisa de uma resposta comum", disse Meloni. Scholz discordou. "As quotas são inevitáveis", disse o alemão.', 'quotas são inevitáveis', 'o alemão', 'Olaf Scholz'],
    ['es the same', 'El canciller alemán, Olaf Scholz, y la primera ministra italiana, Giorgia Meloni, discutieron la crisis migratoria. "Europa necesita una respuesta común", dijo Meloni. Scholz discrepó. "Las cuotas son inevitables", dijo el alemán.', 'cuotas son inevitables', 'el alemán', 'Olaf Scholz'],
    ['pt-BR a party description after a role and a bare surname', 'O presidente Lula visitou a fábrica da Embraer em São José dos Campos. "Não há Mercosul sem Brasil e Argentina", disse o petista.', 'Não há Mercosul', 'o petista', 'Lula'],
    ['es the same', 'El presidente Sánchez visitó la fábrica de Seat en Martorell. "No hay Europa sin la península", dijo el socialista.', 'No hay Europa', 'el socialista', 'Sánchez'],
  ]);
});

describe('5. not a speaker: whom the subject spoke to is not who a description names next', () => {
  run([
    ['pt-BR', 'O presidente Lula disse ao colega argentino Javier Milei que o Mercosul deve ser preservado. "Não há Mercosul sem Brasil e Argentina", disse o petista.', 'Não há Mercosul', 'o petista', 'Lula'],
    ['es', 'El presidente Pedro Sánchez dijo al primer ministro portugués, Luís Montenegro, que la cumbre se celebrará en Lisboa. "No hay Europa sin la península", dijo el socialista.', 'No hay Europa', 'el socialista', 'Pedro Sánchez'],
  ]);
  run([
    ['pt-BR "aos jornalistas"', '"O Lula sabia de tudo desde o início", disse o delegado Fábio Souza aos jornalistas.', 'sabia de tudo', 'o delegado Fábio Souza', 'Fábio Souza'],
    ['pt-BR the person spoken to', '"Vamos pedir a prisão preventiva", disse o procurador Carlos Lima ao juiz Sérgio Moura.', 'prisão preventiva', 'o procurador Carlos Lima', 'Carlos Lima'],
    ['es the person named in the quote', '"Sánchez lo sabía todo desde el principio", dijo el comisario Fernando Ruiz a los periodistas.', 'lo sabía todo', 'el comisario Fernando Ruiz', 'Fernando Ruiz'],
    ['pt-BR a person in a relative clause', 'O senador Omar Aziz, que se reuniu com o ministro Alexandre Padilha na terça-feira, disse que a votação fica para agosto.', 'votação fica', 'O senador Omar Aziz', 'Omar Aziz'],
    ['es a place in the role\'s complement', 'El alcalde de Valencia, Pedro Gómez, afirmó que la ciudad declarará la emergencia.', 'declarará la emergencia', 'El alcalde de Valencia, Pedro Gómez', 'Pedro Gómez'],
    ['pt-BR a newspaper that only reports', 'O economista-chefe do banco, Mário Santos, disse ao jornal Valor Econômico que os juros devem cair no segundo semestre.', 'juros devem cair', 'O economista-chefe do banco, Mário Santos', 'Mário Santos'],
    ['es quoted by a newspaper', 'La abogada Lucía Martín, citada por el diario El Mundo, dijo que el proceso durará años.', 'proceso durará', 'La abogada Lucía Martín', 'Lucía Martín'],
  ]);
});

describe('2. source frames: a newspaper or an agency that only reports is not the speaker', () => {
  run([
    ['pt-BR "Segundo o jornal …, X disse a aliados que"', 'Segundo o jornal Folha de S.Paulo, o ministro Rui Costa disse a aliados que vai deixar o cargo em abril.', 'deixar o cargo', 'o ministro Rui Costa', 'Rui Costa'],
    ['pt-PT "Segundo a agência Lusa, …"', 'Segundo a agência Lusa, o primeiro-ministro Luís Montenegro afirmou que o aeroporto avançará até 2034.', 'aeroporto avançará', 'o primeiro-ministro Luís Montenegro', 'Luís Montenegro'],
    ['es "Según el diario …, X dijo que"', 'Según el diario El País, el ministro Óscar Puente dijo a sus colaboradores que dejará el cargo en abril.', 'dejará el cargo', 'el ministro Óscar Puente', 'Óscar Puente'],
  ]);
  run([
    ['pt-BR "De acordo com X", then "Nas palavras de X"', 'De acordo com o ministro da Economia, Joaquim Miranda Sarmento, o défice ficará abaixo de 1% do PIB. Nas palavras de Sarmento, "as contas estão controladas".', 'contas estão controladas', 'Sarmento', 'Joaquim Miranda Sarmento'],
    ['pt-BR "Para a ministra, …"', 'A ministra do Planejamento, Simone Tebet, reuniu-se com o senador Otto Alencar. Para a ministra, o prazo de votação é curto demais.', 'prazo de votação', 'a ministra', 'Simone Tebet'],
    ['pt-BR "Segundo ela, …"', 'A ministra do Planejamento, Simone Tebet, reuniu-se com o senador Otto Alencar. Segundo ela, a proposta será enviada ao Congresso em março.', 'enviada ao Congresso', 'ela', 'Simone Tebet'],
    ['es "En palabras de X"', 'De acuerdo con el ministro de Economía, Carlos Cuerpo, el déficit bajará del 3%. En palabras de Cuerpo, "las cuentas están controladas".', 'cuentas están controladas', 'Cuerpo', 'Carlos Cuerpo'],
    ['es "A juicio de la ministra, …"', 'La ministra Teresa Ribera criticó el proyecto de ley. A juicio de la ministra, el texto abre la puerta a la deforestación.', 'abre la puerta', 'la ministra', 'Teresa Ribera'],
    ['es "Según ella, …"', 'La ministra de Hacienda, María Jesús Montero, se reunió con el consejero andaluz Juan Bravo. Según ella, los presupuestos llegarán al Congreso en marzo.', 'llegarán al Congreso', 'ella', 'María Jesús Montero'],
  ]);
});

describe('lexicon: the rapporteur of a bill, a role of Brazilian and Portuguese parliamentary copy', () => {
  run([
    ['pt-BR "Para o relator, …"', 'A ministra do Planejamento, Simone Tebet, reuniu-se com o relator do orçamento, Danilo Forte. Para o relator, o prazo de votação é curto demais.', 'prazo de votação', 'o relator', 'Danilo Forte'],
  ]);
});

describe('4. paragraphs of quotes', () => {
  run([
    ['pt-BR a quote with no cue goes on with the speaker before', 'O técnico do Palmeiras, Abel Ferreira, elogiou a equipe após a vitória por 2 a 0. "Foi uma vitória de caráter", disse o português.\n\n"Sabíamos que seria difícil. O adversário fechou bem os espaços."', 'Sabíamos que seria', undefined, 'Abel Ferreira'],
    ['es the same', 'El entrenador del Betis, Manuel Pellegrini, elogió al equipo tras la victoria por 2-0. "Fue una victoria de carácter", dijo el chileno.\n\n"Sabíamos que sería difícil. El rival cerró bien los espacios."', 'Sabíamos que sería', undefined, 'Manuel Pellegrini'],
    ['pt-BR not across a person introduced in between', 'O técnico do Palmeiras, Abel Ferreira, elogiou a equipe. "Foi uma vitória de caráter", disse.\n\nO atacante Flaco López, autor dos dois gols, preferiu dividir o mérito. "O grupo todo merece."', 'grupo todo merece', undefined, 'Flaco López'],
    ['es the same', 'El entrenador del Betis, Manuel Pellegrini, elogió al equipo. "Fue una victoria de carácter", dijo.\n\nEl delantero Vitor Roque, autor de los dos goles, prefirió repartir el mérito. "Todo el grupo lo merece."', 'grupo lo merece', undefined, 'Vitor Roque'],
    ['es a second quote after "apuntó", then a paragraph', 'El Gobierno aprobó el decreto. "Es una medida necesaria", declaró el ministro Félix Bolaños. "Y no es la última", apuntó.\n\n"Vendrán más medidas en las próximas semanas."', 'Vendrán más medidas', undefined, 'Félix Bolaños'],
  ]);
});

/**
 * Portuguese "à" and "às" are a preposition and its article in one word, the accent says so: after a cue they say where
 * or to whom ("afirmou à saída do tribunal", "disse às rádios"), never who speaks. The verb has no subject, and the
 * quote is the last speaker's.
 */
describe('"à" after a cue names no one', () => {
  it.each([
    ['pt, where', 'O advogado de defesa, Nuno Brandão Silva, contestou esta leitura. “O meu cliente não tinha formação em contabilidade”, afirmou à saída do tribunal. “Pode ter sido descuidado.”', 'formação em contabilidade', 'Nuno Brandão Silva'],
    ['pt, to whom', 'A presidente da câmara, Helena Frade, visitou a obra. “A estrada fica pronta em março”, garantiu às rádios locais.', 'pronta em março', 'Helena Frade'],
    ['fr, the name after the place (read so already)', "Le syndicat a appelé à la grève. « Personne ne veut gâcher Noël », a déclaré à la sortie du siège de Saint-Denis Fabien Corvaisier, secrétaire fédéral de SUD-Rail.", 'gâcher Noël', 'Fabien Corvaisier'],
  ])('%s', spokenBy);
});

/** A cue with no subject, then "while" and what the speaker was doing ("dijo mientras sostenía una pancarta"): the speaker is the last one, as "dijo." alone says. */
describe('"mientras" after a cue names no one', () => {
  it.each([
    ['es', 'La vecina Yusmary Rondón protestó ayer.\n\nYusmary Rondón explicó que el agua llega una vez por semana. "Cargamos tobos desde las 4 de la mañana", dijo mientras sostenía una pancarta.', 'Cargamos tobos', 'Yusmary Rondón'],
    ['pt', 'A moradora Yusmary Rondão protestou ontem.\n\nYusmary Rondão explicou que a água chega uma vez por semana. "Carregamos baldes desde as 4 da manhã", disse enquanto segurava um cartaz.', 'Carregamos baldes', 'Yusmary Rondão'],
    ['it', 'La residente Yusmary Rondoni ha protestato ieri.\n\nYusmary Rondoni ha spiegato che l\'acqua arriva una volta alla settimana. "Portiamo secchi dalle 4 del mattino", ha detto mentre reggeva un cartello.', 'Portiamo secchi', 'Yusmary Rondoni'],
  ])('%s', spokenBy);
});

/**
 * Spanish, Portuguese and Italian copy sets a person's age off after the name with "de" or "di" ("Dayana Rondón, de 45
 * años,"): that is someone, whom the "ella" that follows is, even when the name opens the sentence and no list knows it.
 */
describe('a name with ", de 45 años," after it names someone', () => {
  it.each([
    ['es', 'El alcalde Pedro Ruiz habló ayer.\n\nDayana Rondón, de 45 años, protestó en la avenida. «El agua no llega», contó ella.', 'El agua no llega', 'Dayana Rondón'],
    ['pt', 'O prefeito Pedro Ruiz falou ontem.\n\nDayana Rondão, de 45 anos, protestou na avenida. «A água não chega», contou ela.', 'A água não chega', 'Dayana Rondão'],
    ['it', "Il sindaco Pietro Rossi ha parlato ieri.\n\nDayana Rondoni, di 45 anni, ha protestato sul viale. «L'acqua non arriva», ha raccontato lei.", "L'acqua non arriva", 'Dayana Rondoni'],
  ])('%s', spokenBy);
});
