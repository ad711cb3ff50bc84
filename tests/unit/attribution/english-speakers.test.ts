import { describe, it } from 'vitest';
import { check, spokenBy, statementWith, statements } from './helpers';

/** Who "he", "she", a title or a surname is, in English copy the rules were not written from. */
describe('English speaker resolution', () => {
  it('an English woman’s name that does not end in -a is a woman for "she"', () => {
    const text =
      'Opposition leader Maria Costa called the budget a betrayal of rural towns.\n\n' +
      'Union leader Karen Holt, who represents 40,000 care workers, welcomed the extra funding on Tuesday.\n\n' +
      '“This is the first budget in a decade that takes care homes seriously,” she said.';
    check(statementWith(text, 'care homes seriously'), { speaker: 'she', name: 'Karen Holt' });
  });

  it('a name a common given name opens is a person, with no role or apposition beside it', () => {
    const text =
      'Senator Ted Cruz spoke to farmers in Ames on Monday.\n\n' +
      'Later that evening, Glenn Baxter took the stage at the state fairgrounds.\n\n' +
      '“We are going to win this state,” he said.';
    check(statementWith(text, 'win this state'), { speaker: 'he', name: 'Glenn Baxter' });
  });

  it.each([
    ['en', 'Opposition leader Maria Costa called the budget a betrayal.\n\nClub chairman Sam Pryce had led the club for six years. Ms. Pryce was not at the meeting.\n\n“We were never consulted,” she said.', 'never consulted', 'Sam Pryce'],
    ['de', 'Oppositionsführerin Maria Costa nannte den Haushalt einen Verrat.\n\nDer Vorsitzende des Vereins, Robin Hartmann, leitet den Verein seit sechs Jahren. Frau Hartmann war bei dem Treffen nicht dabei.\n\n„Uns hat niemand gefragt“, sagte sie.', 'niemand gefragt', 'Robin Hartmann'],
  ])('an honorific says the gender of the person it names again (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['en', 'Opposition leader Maria Costa called the budget a betrayal.\n\nLeslie Tran, 58, has run the shelter since 2015, and she plans to close it in March.\n\n“We were never consulted,” she said.', 'never consulted', 'Leslie Tran'],
    ['es', 'La líder opositora María Costa criticó el presupuesto.\n\nNoemí Sanz, 58, dirige el albergue desde 2015 y ella quiere cerrarlo en marzo.\n\n«Nunca nos consultaron», dijo ella.', 'consultaron', 'Noemí Sanz'],
  ])('the he or she that follows a name says its gender (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('a surname inside a sentence names the person again', () => {
    const text =
      'Union leader Karl Weber had asked for the meeting. Prime Minister Alan Reid received him on Monday.\n\n' +
      'After an hour, reporters questioned Weber about the strike.\n\n' +
      '“We will not back down,” he said.';
    check(statementWith(text, 'back down'), { speaker: 'he', name: 'Karl Weber' });
  });

  it.each([
    ['en', 'Former president Felipe Morales spoke in Leeds on Friday. In a long speech, Morales accused the government of giving Prime Minister Alan Reid a free hand on the budget. “We will not accept it,” he said.', 'accept it'],
    ['fr', "L'ancien président Felipe Morales était vendredi à Lyon. Dans les années 2000, Morales a longtemps travaillé aux côtés du Premier ministre Alain Roux. « Nous ne l'accepterons pas », a-t-il déclaré.", 'accepterons'],
    ['de', 'Der frühere Präsident Felipe Morales war am Freitag in Köln. In den 2000er Jahren arbeitete Morales lange mit Kanzler Peter Roth zusammen. „Das werden wir nicht hinnehmen“, sagte er.', 'hinnehmen'],
  ])('a pronoun after a sentence names its subject, not a person it names later (%s)', (_l, text, words) => {
    check(statementWith(text, words), { name: 'Felipe Morales' });
  });

  it('"the Florida senator" describes someone named before, not a name', () => {
    const text =
      'Senator Marco Rubio of Florida spoke to voters in Des Moines on Monday.\n\n' +
      'Donald Trump held a rally in New York the same evening.\n\n' +
      '“We are going to win Iowa,” the Florida senator said.';
    check(statementWith(text, 'win Iowa'), { speaker: 'the Florida senator', name: 'Marco Rubio' });
  });

  it('"the 46-year-old" is the person the text gave that age', () => {
    const text =
      'Karen Holt, 46, a nurse at the county hospital, joined the strike on Monday.\n\n' +
      'Union leader Paul Reid, 61, said the walkout would last a week.\n\n' +
      '“We will stay out until the board listens,” the 46-year-old said.';
    check(statementWith(text, 'board listens'), { speaker: 'the 46-year-old', name: 'Karen Holt' });
  });

  it.each([
    ['en', 'Mayor Linda Park defended the budget on Tuesday. “We cut nothing that matters,” she said.\n\nThe city\'s finance director, Omar Haddad, struck a more cautious note. “There are hard choices in it.”', 'hard choices', 'Omar Haddad'],
    ['fr', "Le maire Paul Girard a défendu le budget mardi. « Nous n'avons rien coupé d'essentiel », a-t-il déclaré.\n\nLa directrice financière de la ville, Nadia Benali, s'est montrée plus prudente. « Il y a des choix difficiles. »", 'choix difficiles', 'Nadia Benali'],
    ['it', 'Il sindaco Paolo Girardi ha difeso il bilancio martedì. «Non abbiamo tagliato nulla di essenziale», ha dichiarato.\n\nLa direttrice finanziaria del Comune, Chiara Bassi, si è mostrata più prudente. «Ci sono scelte difficili.»', 'scelte difficili', 'Chiara Bassi'],
  ])('a quote with no cue after a sentence about someone new is theirs, not the last speaker going on (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it('a relative clause set off by commas between the speaker and the cue', () => {
    const text = 'A senior city official, who asked not to be named because the talks were private, said the vote would be close.';
    check(statementWith(text, 'vote would be close'), { kind: 'indirect', speaker: 'A senior city official' });
  });

  it.each([
    ['The audit report concluded that the council would run out of reserves by 2028.', 'run out of reserves', 'The audit report'],
    ['“The reserves are a cushion, not a plan,” the report said.', 'cushion', 'the report'],
  ])('a document as subject: "the report concluded", "the report said" (%s)', (text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });

  it('"the 34-year-old care worker": an age description with its noun', () => {
    const text =
      'Lucy Abbot, 34, who commutes from Halifax to Leeds, said she had lost two days of pay.\n\n' +
      'Union leader Paul Reid said the strike would go ahead.\n\n' +
      '“I support the drivers, I really do,” the 34-year-old care worker said.';
    check(statementWith(text, 'support the drivers'), { name: 'Lucy Abbot' });
  });

  it('a headline whose words the body quotes again is said by the body’s speaker', () => {
    const text =
      'Union chief: “We have been left with no choice”\n\n' +
      'Train drivers will walk out for 48 hours next week, their union said.\n\n' +
      'Its general secretary, Denise Marlow, said the vote was clear.\n\n' +
      '“We have been left with no choice. The door is open,” she said.';
    check(statementWith(text, 'no choice”'), { speaker: 'Union chief', name: 'Denise Marlow' });
  });

  it('a headline that names an organisation keeps it when its officer says the words again', () => {
    const text =
      'Aslef: “We have been left with no choice”\n\n' +
      'Train drivers will walk out for 48 hours next week, the union Aslef said.\n\n' +
      '“We have been left with no choice. The door is open,” said the general secretary of Aslef, Denise Marlow.';
    check(statementWith(text, 'no choice”'), { speaker: 'Aslef', name: 'Aslef' });
  });

  it.each([
    ['en', 'Utility overcharged customers after winter storm, attorney general says\n\nDENVER (AP) — An investigation was opened on Tuesday.\n\nAttorney General Rosa Delgado said the company had misled regulators.', 'Utility overcharged', 'Rosa Delgado'],
    ['fr', "Le fournisseur a surfacturé ses clients, affirme le procureur\n\nLYON (AFP) - Une enquête a été ouverte mardi.\n\nLe procureur Jean Morel a déclaré que l'entreprise avait trompé le régulateur.", 'surfacturé', 'Jean Morel'],
    ['es', 'La eléctrica cobró de más a sus clientes, dice el fiscal\n\nMADRID (EFE) - La investigación se abrió el martes.\n\nEl fiscal Andrés Ruiz dijo que la empresa había engañado al regulador.', 'cobró de más', 'Andrés Ruiz'],
  ])('a headline speaker named by a role alone is the person the body names with it (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('"the state\'s top lawyer": a reporting word before a possessive is a noun, not a cue', () => {
    const text = 'The state\'s top lawyer sued the utility on Tuesday.';
    const found = statements(text);
    if (found.length !== 0) throw new Error(`expected no statement, got ${JSON.stringify(found.map((s) => s.text))}`);
  });

  it('"The Department for Transport": an institution’s name, all of it', () => {
    check(statementWith('The Department for Transport said the strike was unjustified.', 'unjustified'), { name: 'Department for Transport' });
  });

  it.each([
    ['en', 'The Department for Transport said the strike was unjustified. A spokesperson said: “This is a matter for the operator and its staff.”', 'unjustified', 'matter for the operator'],
    ['es', 'El Ministerio de Transportes afirmó que la huelga era injustificada. Un portavoz dijo: «Es un asunto entre la empresa y sus trabajadores».', 'injustificada', 'asunto entre'],
    ['fr', "Le ministère des Transports a affirmé que la grève était injustifiée. Un porte-parole a déclaré : « C'est une affaire entre l'entreprise et ses salariés. »", 'injustifiée', 'affaire entre'],
  ])('an unnamed spokesperson speaks for the body that spoke just before (%s)', (_l, text, first, second) => {
    const body = statementWith(text, first).speakerName;
    if (!body) throw new Error('the body has no name');
    check(statementWith(text, second), { name: body });
  });

  it('an unnamed spokesperson after a person is not that person', () => {
    const text = 'Transport minister Karen Holt said she was disappointed. A spokesman said: “This is a matter for the operator and its staff.”';
    check(statementWith(text, 'matter for the operator'), { name: 'A spokesman' });
  });
});

describe('a courtesy title and a surname name the person introduced before, of the title’s gender', () => {
  it.each([
    ['en', 'Senator Lamar Alexander met the governors on Monday.\n\n“We will not cut the program,” Mr. Alexander said.', 'cut the program', 'Lamar Alexander'],
    ['fr', 'Le député Karim Benali a reçu les syndicats lundi.\n\n« Nous ne couperons pas ce programme », a déclaré M. Benali.', 'couperons', 'Karim Benali'],
    ['es', 'La ministra Elena Ruiz recibió a los sindicatos el lunes.\n\n«No vamos a recortar el programa», dijo la Sra. Ruiz.', 'recortar', 'Elena Ruiz'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('"Mrs. Clinton" is Hillary Clinton when Bill Clinton was named after her', () => {
    const text =
      'Hillary Clinton campaigned in Ohio on Monday. Former President Bill Clinton joined her at a rally in Dayton.\n\n' +
      '“We are going to win this state,” Mrs. Clinton said.';
    check(statementWith(text, 'win this state'), { name: 'Hillary Clinton' });
  });
});

/**
 * English capitalises a title's words before its head ("Deputy Public Prosecutor", "Senior State Counsel"): the name is
 * the run after the head that ends the phrase, not a capitalised word of the title ("Public", "State").
 */
describe('a capitalised title before the name is no part of it', () => {
  it.each([
    ['en, "Deputy Public Prosecutor"', 'The court heard the case on Monday. Deputy Public Prosecutor Shaun Koh said the accused had lied to investigators.', 'lied to investigators', 'Shaun Koh'],
    ['en, "Senior State Counsel" (read so already)', 'The court heard the case on Monday. Senior State Counsel Shaun Koh said the accused had lied to investigators.', 'lied to investigators', 'Shaun Koh'],
    ['de (read so already)', 'Der Prozess begann am Montag. Leitender Oberstaatsanwalt Herbert Kunz sagte, der Angeklagte habe gelogen.', 'habe gelogen', 'Herbert Kunz'],
    ['fr (read so already)', "Le procès a commencé lundi. Le Procureur Général Adjoint Marc Koh a déclaré que l'accusé avait menti.", 'avait menti', 'Marc Koh'],
  ])('%s', spokenBy);
});

/**
 * "A USDA spokesperson", "a senior GOP aide", "A New York judge": an indefinite article, then the role that ends the
 * phrase, is someone new and unnamed. Not the last person named (who may hold no such role), and whom "the aide" or "the
 * judge" is next.
 */
describe('an unnamed source by "a" and a role is someone new', () => {
  it.each([
    ['a spokesperson of a body', 'Rep. Patricia Holloway said the bill would pass. A USDA spokesperson said the department continues to work with lawmakers.', 'continues to work', 'A USDA spokesperson'],
    ['"the aide" next', 'Rep. Patricia Holloway said the bill would pass. A senior GOP aide said the bill was dead. "They\'re not going to put it on the floor," the aide said.', 'put it on the floor', 'A senior GOP aide'],
    ['"the judge" next', 'Lawyers for Ann Marsh said the files were private. A New York judge said the files must be released. There was no reason to keep them sealed, the judge wrote.', 'no reason to keep', 'A New York judge'],
  ])('%s', spokenBy);

  it('guard: "a spokesman for" keeps its own reading', () => {
    spokenBy('', 'Rep. Patricia Holloway said the bill would pass. A spokesman for the department said it continues to work with lawmakers.', 'continues to work', 'A spokesman');
  });
});

/**
 * A pronoun with no one of its gender named before it: the last person named, when that person's gender was only
 * guessed from a given name no list knows ("Aoife", "Айгуль"), is who "she" is, not no one.
 */
describe('a pronoun goes to the last person when their gender was only a guess', () => {
  it.each([
    ['en', "Residents received letters last week.\n\nAoife Brennan, who bought her apartment off the plans in 2006, said residents were 'in total shock'.\n\n'We did everything right. We saved, we got a mortgage,' she said.", 'We did everything right', 'Aoife Brennan'],
    ['ru', 'Жители получили письма на прошлой неделе.\n\nАйгуль Сатпаева, врач из Казани, считает, что дом надо расселять.\n\n«Мы всё делали правильно», — добавила она.', 'Мы всё делали правильно', 'Айгуль Сатпаева'],
    ['pt (read so already)', 'Os moradores receberam cartas na semana passada.\n\nAoife Brennan, que comprou o apartamento em 2006, afirma que os moradores estão em choque.\n\n«Fizemos tudo certo», disse ela.', 'Fizemos tudo certo', 'Aoife Brennan'],
  ])('%s', spokenBy);
});

/**
 * A relative clause on a body, set off by commas after the speaker's apposition, says nothing of who speaks: "Mark
 * Feeney, a portfolio manager at Brightwater Capital, which holds Harlow shares, said …" is Mark Feeney, not the fund.
 */
describe('a relative clause about a body after the apposition', () => {
  it.each([
    ['en', 'Shares fell 9% on Monday.\n\nMark Feeney, a portfolio manager at Brightwater Capital, which holds Harlow shares, said management had been too optimistic.', 'management had been too optimistic', 'Mark Feeney'],
    ['en, the body itself (guard)', 'Shares fell 9% on Monday.\n\nBrightwater Capital, which holds Harlow shares, said management had been too optimistic.', 'management had been too optimistic', 'Brightwater Capital'],
    ['fr', 'L’action a chuté lundi.\n\nMarc Ferrand, gérant chez Brightwater Capital, qui détient des actions du groupe, a estimé que la direction avait été trop optimiste.', 'la direction avait été trop optimiste', 'Marc Ferrand'],
    ['es', 'Las acciones cayeron el lunes.\n\nMarcos Ferrer, gestor de Brightwater Capital, que tiene acciones del grupo, afirmó que la dirección había sido demasiado optimista.', 'la dirección había sido demasiado optimista', 'Marcos Ferrer'],
  ])('%s', spokenBy);
});

/** A name in apposition to a role with its place after it: "Marchetti's attorney, Steven Rosen of Garden City, argued". */
describe('a name with its place in apposition to a role', () => {
  it.each([
    ['en', 'Prosecutor Jennifer Walsh asked for the maximum sentence.\n\nMarchetti’s attorney, Steven Rosen of Garden City, argued that his client had taken responsibility from the start.', 'his client had taken responsibility', 'Steven Rosen'],
    ['en, the role alone', 'Prosecutor Jennifer Walsh asked for the maximum sentence.\n\nThe defense attorney, Steven Rosen of Garden City, said his client had taken responsibility from the start.', 'his client had taken responsibility', 'Steven Rosen'],
    ['fr (read so already)', 'La procureure Julie Vasseur a requis la peine maximale.\n\nL’avocat du prévenu, Me Stéphane Rosier, a plaidé que son client avait assumé dès le début.', 'son client avait assumé dès le début', 'Stéphane Rosier'],
  ])('%s', spokenBy);
});

/**
 * A kin word says the gender of the name in apposition to it, and someone of a surname an honorific gave the other
 * gender is someone else: "Mr Whitmore's mother, Leanne Whitmore, said …" is the "she" after, not the prosecutor.
 */
describe('a kin word in apposition gives the gender, and a namesake is someone else', () => {
  it.each([
    ['en', 'Prosecutor Rebecca Lim said the site was unsafe. Mr Whitmore fell from the third floor.\n\nOutside court, Mr Whitmore’s mother, Leanne Whitmore, said the family had waited more than two years.\n\n“Josh was 23. He had just finished his apprenticeship,” she said.', 'Josh was 23', 'Leanne Whitmore'],
    ['en, no namesake', 'Prosecutor Rebecca Lim said the site was unsafe.\n\nOutside court, his mother, Leanne Whitmore, said the family had waited more than two years.\n\n“Josh was 23. He had just finished his apprenticeship,” she said.', 'Josh was 23', 'Leanne Whitmore'],
    ['fr', 'La procureure Rebecca Lenoir a jugé le chantier dangereux. M. Moreau est tombé du troisième étage.\n\nÀ la sortie du tribunal, sa mère, Leanne Moreau, a dit que la famille attendait depuis deux ans.\n\n« Josh avait 23 ans », a-t-elle ajouté.', 'Josh avait 23 ans', 'Leanne Moreau'],
  ])('%s', spokenBy);
});

/** "X, the MP for Wealden North, who told The Telegraph: “…”": the relative's antecedent speaks, not whom it was told to. */
describe('who told someone, then a colon', () => {
  it.each([
    ['en', 'The letter was organised by Helen Marsh, the MP for Wealden North, who told The Telegraph: “Nobody in this group is against building homes.”', 'Nobody in this group', 'Helen Marsh'],
    ['en, a name alone', 'The petition was started by Tom Price, who told the BBC: “We just want the bus back.”', 'We just want the bus back', 'Tom Price'],
    ['fr', 'La lettre a été rédigée par Hélène Marchal, députée de la Somme, qui a déclaré au Figaro : « Personne ici n’est contre le logement. »', 'Personne ici', 'Hélène Marchal'],
    ['it', 'La lettera è stata scritta da Elena Marchi, deputata del Pd, che ha detto al Corriere: «Nessuno qui è contro le case».', 'Nessuno qui', 'Elena Marchi'],
  ])('%s', spokenBy);
});
