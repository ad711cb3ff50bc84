import { describe, expect, it } from 'vitest';
import { check, spokenBy, statementWith, statements } from './helpers';

/** Who a role, a description or a verb with no subject stands for in French, Spanish, Italian, Portuguese and German copy. */
describe('a role or a description, a short complement, then the name in apposition: the name is the speaker', () => {
  it.each([
    ['fr (a noun the role list lacks)', 'Le conseil municipal de Brive a voté le budget lundi soir. « Les travaux de la gare commenceront en mars », a indiqué le sous-préfet, Gilles Armand, lors de la séance.', 'travaux de la gare', 'Gilles Armand'],
    ['es (a place in the complement)', 'La cooperativa Agrovega pidió ayudas al Gobierno regional. «Sin riego no habrá cosecha este año», señaló su presidente en Almería, Tomás Beltrán.', 'Sin riego', 'Tomás Beltrán'],
    ['pt (a body in the complement, then brackets)', 'O deputado Carlos Meireles criticou o orçamento. O líder do governo na Assembleia, Paulo Dinis Rocha (PS), respondeu: "Os números falam por si e o défice continua a descer."', 'Os números falam', 'Paulo Dinis Rocha'],
    ['it (a noun the role list lacks)', 'Il sindaco Marco Ferri ha chiuso le scuole. «La piena arriverà nella notte», ha spiegato il geologo, Luca Bernardi, in conferenza stampa.', 'La piena arriverà', 'Luca Bernardi'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('Italian "il" before a lower-case noun after the cue is an article, not the French pronoun', () => {
  it.each([
    ['it', 'La frana ha bloccato la statale per ore. «Il versante resta instabile», ha avvertito il geologo.', 'Il versante', 'il geologo'],
    ['it (two words)', 'La rapina è durata pochi minuti. «Avevano le pistole e gridavano a tutti di stendersi», ha raccontato il cassiere ferito.', 'Avevano le pistole', 'il cassiere ferito'],
  ])('%s', (_l, text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });
});

describe('a headline speaker named by a role alone is the person the body names with that role or institution', () => {
  it.each([
    ['fr', '« Nous avons tenu jusqu’au bout », se félicite la capitaine des Bleues\n\nLes Françaises ont battu la Suède 3-1 samedi à Lyon. « Nous avons tenu jusqu’au bout, même à dix », a déclaré la capitaine, Julie Marchal, après la rencontre.', 'tenu jusqu’au bout »', 'Julie Marchal'],
    ['pt', 'Tarifa da água vai subir "por causa da inflação", diz diretor da Sanepar\n\nCURITIBA - A Sanepar anunciou nesta segunda-feira um reajuste de 6%. "Não há outra saída para manter os investimentos", afirmou o diretor da Sanepar Marcos Prado.', 'por causa da inflação', 'Marcos Prado'],
    ['de', 'IG-Metall-Sprecher: „Wir lassen uns nicht erpressen“\n\nStuttgart (dpa) – Im Tarifstreit der Metallindustrie verschärft sich der Ton. „Die Arbeitgeber spielen auf Zeit“, sagte IG-Metall-Bezirksleiter Thomas Wendel am Montag.', 'nicht erpressen', 'Thomas Wendel'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('French: a pronoun elided onto the cue after the quote, and a participle that agrees with a woman', () => {
  it.each([
    ['s’indigne', 'Le ministre Paul Girard a répondu aux critiques mardi. « Nous alertons depuis trois ans et rien ne bouge », s’indigne Claire Vasseur, présidente de l’association, qui a porté plainte.', 'rien ne bouge', 'Claire Vasseur'],
    ['s’est félicitée', 'Le président Marc Olivier a salué la victoire. « Les filles ont tenu bon jusqu’au bout », s’est félicitée la sélectionneuse, Nadia Perrin, au micro de la chaîne.', 'tenu bon', 'Nadia Perrin'],
    ["s'est indignée (no name: the last woman)", "La maire Sophie Lenoir a reçu le directeur Marc Olivier à l'hôtel de ville. « On nous a promis des bus qui ne viennent jamais », s'est indignée l'élue.", 'des bus', 'Sophie Lenoir'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a title after an elided article: its feminine form names the last woman', () => {
  it.each([
    ['fr', "L'avocate Hélène Brun a plaidé la relaxe devant le juge Thierry Masson. « Mon client n'a jamais touché cet argent », a affirmé l'avocate.", 'jamais touché', 'Hélène Brun'],
    ['fr (after a man named last)', "La députée Marion Caillaud a interpellé le ministre Hugo Perret mardi. « Les hôpitaux ferment les uns après les autres », a dénoncé l'élue.", 'hôpitaux ferment', 'Marion Caillaud'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a title with no gender of its own after a feminine verb: the last woman', () => {
  it.each([
    ['pl', 'Posłanka Anna Nowak i prezes spółki Jan Kowal spotkali się w piątek w Sejmie. „Te przepisy trzeba zmienić jak najszybciej” – powiedziała ekspert.', 'Te przepisy', 'Anna Nowak'],
    ['ru', 'Депутат Госдумы Анна Смирнова и глава компании Иван Петров встретились в пятницу. «Эти правила нужно менять как можно скорее», — заявила эксперт.', 'Эти правила', 'Анна Смирнова'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a name after an article and a noun the role list lacks is someone a pronoun may stand for next', () => {
  it.each([
    ['fr', "« Nous avons souffert en défense », a reconnu la sélectionneuse, Sandrine Morel. Auteure de six buts, l'ailière Inès Fabre a été élue joueuse du match. « Je pensais surtout à l'équipe, a-t-elle affirmé. La finale, c'est samedi. »", "pensais surtout", 'Inès Fabre'],
    ['es', '«Hemos sufrido mucho atrás», reconoció la seleccionadora, Marta Ruiz. Con seis goles, la lateral Irene Campos fue elegida mejor jugadora. «Solo pensaba en el equipo», dijo ella después.', 'Solo pensaba', 'Irene Campos'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
  it.each([
    ['es', 'La tenista Lucía Ferrer ganó este domingo el torneo de Monterrey tras derrotar en la final a la rumana Ioana Popescu. «Llevaba meses esperando este título», declaró la valenciana.', 'Llevaba meses', 'Lucía Ferrer'],
    ['fr', "La skieuse Chloé Martin a remporté le slalom face à la favorite Anna Gruber. « J'ai attaqué du début à la fin », a-t-elle déclaré.", 'attaqué du début', 'Chloé Martin'],
  ])('but not after a preposition: the subject stays who speaks next (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('an age that stands for the person: the last person its article allows', () => {
  it.each([
    ['de', 'Die Ministerin Anna Weber traf am Montag den Verbandssprecher Jörg Steinbach. „Das bezahlt am Ende der Steuerzahler“, sagte der 61-Jährige.', 'Steuerzahler', 'Jörg Steinbach'],
    ['de (feminine)', 'Die Ministerin Anna Weber traf am Montag den Verbandssprecher Jörg Steinbach. „Wir brauchen eine Lösung bis Ostern“, sagte die 45-Jährige.', 'Lösung bis Ostern', 'Anna Weber'],
    ['it', 'La sindaca Anna Russo ha incontrato il prefetto Marco Gallo. «Non lasceremo sole le famiglie», ha detto la 52enne.', 'famiglie', 'Anna Russo'],
    ['fr', "La juge Claire Vidal a entendu le prévenu Marc Berthier mardi. « Je n'ai jamais touché cet argent », a assuré le sexagénaire.", 'cet argent', 'Marc Berthier'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('German: the gender of a person named after a role, from its feminine suffix or its article', () => {
  it.each([
    ['sie', 'Die Ministerin Dominique Weber traf am Montag den Verbandssprecher Jörg Steinbach. „Wir brauchen eine Lösung bis Ostern“, sagte sie.', 'Lösung bis Ostern', 'Dominique Weber'],
    ['er', 'Der Verbandssprecher Jörg Steinbach traf am Montag die Ministerin Dominique Weber. „Das bezahlt am Ende der Steuerzahler“, sagte er.', 'Steuerzahler', 'Jörg Steinbach'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('an unnamed source is the phrase as written, and "the same source" is the one named before', () => {
  it.each([
    ['pt', 'O ministro Paulo Rangel falou ontem. Segundo fonte do Ministério do Ambiente, o tema será discutido em Conselho de Ministros.', 'o tema será discutido', 'fonte do Ministério do Ambiente'],
    ['es', 'El ministro José Albares habló el lunes. Según fuentes del Ministerio de Sanidad, la reunión se celebrará el jueves.', 'la reunión se celebrará', 'fuentes del Ministerio de Sanidad'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
  it.each([
    ['pt', 'Segundo fonte do Ministério do Ambiente, o tema será discutido em Conselho de Ministros.\n\n"Não há decisões tomadas", garantiu a mesma fonte.', 'decisões tomadas', 'fonte do Ministério do Ambiente'],
    ['fr', "« Les États-Unis ne signeront pas », a affirmé une source diplomatique européenne. Selon la même source, la réunion est reportée à lundi.", 'la réunion est reportée', 'une source diplomatique européenne'],
  ])('the same source (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('Portuguese "a" after a cue is the article, not the French auxiliary', () => {
  it.each([
    ['pt (a role)', 'O deputado Rui Costa criticou o plano. "Não há dinheiro para as obras", respondeu a ministra.', 'Não há dinheiro', 'a ministra'],
    ['pt (a source frame)', 'Segundo a GNR, o condutor tinha uma taxa de álcool acima do limite legal.', 'o condutor tinha', 'a GNR'],
  ])('%s', (_l, text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });
});

describe('a source frame whose role is followed by a bracket, then the name in apposition', () => {
  it.each([
    ['pt', 'Para a presidente da ANC (Associação Nacional de Consumidores), Marta Vilela, o aumento "pune quem já poupa".', 'o aumento "pune quem já poupa"', 'Marta Vilela'],
    ['fr', "Selon le porte-parole de la FNSEA (Fédération nationale des syndicats d'exploitants agricoles), Yves Moreau, les prix resteront bas.", 'les prix resteront bas', 'Yves Moreau'],
  ])('%s', (_l, text, content, name) => {
    const s = statementWith(text, content);
    check(s, { name });
    if (s.text !== content) throw new Error(`content ${JSON.stringify(s.text)}`);
  });
});

describe('a noun of a person that begins like the name of a body ("o governante", "le groupe" aside)', () => {
  it.each([
    ['pt', 'O ministro das Finanças, Joaquim Sarmento, falou aos jornalistas em Lisboa. "Estamos atentos e não excluímos nenhuma medida", disse o governante.', 'Estamos atentos', 'Joaquim Sarmento'],
    ['fr', "Le préfet Laurent Mercier a ordonné la fermeture du site. Le groupe affirme que ses rejets « ont toujours respecté la réglementation ».", 'ses rejets', 'Le groupe'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('someone new described with an indefinite article is who a pronoun or a verb with no subject stands for next', () => {
  it.each([
    ['fr', "La maire Anne Castel a visité le quartier mardi. « On a tout perdu en une nuit », raconte une habitante de la rue, les yeux rougis. « Personne ne nous a prévenus », a-t-elle ajouté.", 'Personne ne nous', 'une habitante de la rue'],
    ['pt', 'A ministra Ana Mendes visitou a zona na terça-feira. "Perdemos tudo numa noite", contou um morador da rua. "Ninguém nos avisou", acrescentou.', 'Ninguém nos avisou', 'um morador da rua'],
    ['es', 'La alcaldesa Marta Gil visitó el barrio el martes. «Lo hemos perdido todo en una noche», relató un vecino del barrio. «Nadie nos avisó», añadió.', 'Nadie nos avisó', 'un vecino del barrio'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a courtesy title before a surname: the person named before, and the title gives the gender', () => {
  it.each([
    ['fr (M.)', "« Nous n'avons reçu aucune proposition », a déclaré Karim Benali, secrétaire général du syndicat. La ministre Anne Roy a répondu mardi. « C'est inacceptable », a réagi M. Benali.", "C'est inacceptable", 'Karim Benali'],
    ['es (Sra.)', 'La diputada Laura Ruiz y el alcalde Pedro Gómez se reunieron el lunes. «No habrá recortes en sanidad», prometió la Sra. Ruiz.', 'No habrá recortes', 'Laura Ruiz'],
    ['fr (Mme, then elle)', "Le maire Paul Roux a ouvert la séance. « Nous devons agir vite », a déclaré Mme Durand, élue d'opposition. « Pas question de céder », a répondu le maire. « Je n'accepterai pas de leçons », a-t-elle répliqué.", 'pas de leçons', 'Mme Durand'],
    ['de (Frau, then sie)', 'Der Bürgermeister Paul Roth eröffnete die Sitzung. „Wir müssen schnell handeln“, sagte Frau Berger von der Opposition. „Auf keinen Fall nachgeben“, sagte Roth. „Ich lasse mich nicht belehren“, sagte sie.', 'nicht belehren', 'Frau Berger'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('a paragraph of quotes with no cue: the last speaker goes on, unless the sentence before introduces someone else', () => {
  it.each([
    ['pt', '"Não vamos recuar", disse o ministro da Administração Interna, Paulo Rangel, na segunda-feira.\n\n"As forças de segurança estarão onde for preciso."\n\nA oposição reagiu com dureza. A deputada Mariana Vieira, líder parlamentar do Livre, pediu a palavra no plenário.\n\n"É um ataque grave às liberdades."', 'ataque grave', 'Mariana Vieira'],
    ['fr', "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur, Paul Girard, lundi.\n\n« Les forces de l'ordre seront déployées partout. »\n\nL'opposition a vivement réagi. La députée Claire Vasseur, présidente du groupe écologiste, s'est levée dans l'hémicycle.\n\n« C'est une atteinte grave aux libertés publiques. »", 'atteinte grave', 'Claire Vasseur'],
    ['it', "«Non faremo un passo indietro», ha detto il ministro dell'Interno, Paolo Gatti, lunedì.\n\n«Le forze dell'ordine saranno ovunque servirà.»\n\nDura la replica dell'opposizione. La deputata Chiara Longo, capogruppo dei Verdi, ha preso la parola in aula.\n\n«È un attacco grave alle libertà.»", 'attacco grave', 'Chiara Longo'],
  ])('someone else (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
  it.each([
    ['pt', '"Não vamos recuar", disse o ministro da Administração Interna, Paulo Rangel, na segunda-feira.\n\n"As forças de segurança estarão onde for preciso."', 'forças de segurança', 'Paulo Rangel'],
    ['fr', "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur, Paul Girard, lundi.\n\n« Les forces de l'ordre seront déployées partout. »", "forces de l'ordre", 'Paul Girard'],
  ])('the same speaker (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('an indefinite phrase after a verb of reported speech may be its object: no one a pronoun stands for', () => {
  it.each([
    ['fr', "La maire Anne Castel a parlé lundi. La députée Claire Vasseur, présidente du groupe écologiste, dénonce une dérive autoritaire. « C'est grave pour nos libertés », a-t-elle ajouté.", 'grave pour nos libertés', 'Claire Vasseur'],
    ['es', 'El alcalde Pedro Gil habló el lunes. La diputada Laura Ruiz, portavoz del grupo, denuncia una deriva autoritaria. «Es grave para nuestras libertades», añadió ella.', 'Es grave', 'Laura Ruiz'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

describe('"to" and a name after the cue is whom it was said to, not the speaker', () => {
  it.each([
    ['pt', 'Ana Ribeiro, 68 anos, espera uma cirurgia há um ano. “Ninguém me sabe dizer quando vou ser operada”, contou ao Expresso.', 'Ninguém me sabe', 'Ana Ribeiro'],
    ['it', 'Il sindaco Paolo Conti è preoccupato. «Non abbiamo più fondi per le scuole», ha confidato al Corriere.', 'Non abbiamo più fondi', 'Paolo Conti'],
    ['fr', "Le maire Paul Roux est inquiet. « Nous n'avons plus de budget pour les écoles », a confié au Monde l'élu.", 'plus de budget', 'Paul Roux'],
  ])('%s', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });
});

/** A party's initials, then the adjective of where the person is from, then the name: the phrase runs to the name. */
describe('a role, a party\'s initials and an adjective before the name', () => {
  it.each([
    ['fr', 'Le climatologue Karim Benali a présenté le rapport. Pour le conseiller national UDC valaisan Reto Imboden, « la science décrit, mais elle n’a pas à dicter notre politique ».', 'dicter notre', 'Reto Imboden'],
    ['pt', 'O climatologista Karim Benali apresentou o relatório. Para o deputado PT mineiro Marcos Ribeiro, «a ciência descreve, mas não deve ditar a nossa política».', 'ditar a nossa', 'Marcos Ribeiro'],
    ['es', 'El climatólogo Karim Benali presentó el informe. Para el senador PNV vizcaíno Jon Etxeberria, «la ciencia describe, pero no debe dictar nuestra política».', 'dictar nuestra', 'Jon Etxeberria'],
  ])('%s', spokenBy);
});

/** A quote with no cue after a sentence that opens with a role naming someone again: that person, not the source before. */
describe('a role opening the sentence before a quote with no cue', () => {
  it.each([
    ['fr', 'Jean-Marc Vidalenc, éleveur à Allanche, a perdu onze brebis. « C’est la troisième attaque », dit-il. Depuis janvier, 64 attaques ont été recensées, selon les services de l’État.\n\nL’éleveur a pourtant fait tout ce qu’on lui demandait : filets électrifiés et deux patous. « Les chiens ont fait leur travail. Mais contre une meute, ça ne suffit pas. »', 'contre une meute', 'Jean-Marc Vidalenc'],
    ['es', 'Juan Martínez, ganadero en Soria, perdió once ovejas. «Es el tercer ataque», dijo. Desde enero se han registrado 64 ataques, según la Junta.\n\nEl ganadero ha hecho todo lo que le pidieron: vallas eléctricas y dos mastines. «Los perros hicieron su trabajo. Pero contra una manada no basta.»', 'contra una manada', 'Juan Martínez'],
    ['it', 'Marco Bianchi, allevatore ad Asiago, ha perso undici pecore. «È il terzo attacco», ha detto. Da gennaio sono stati registrati 64 attacchi, secondo la Regione.\n\nL’allevatore ha fatto tutto quello che gli chiedevano: recinti elettrici e due cani. «I cani hanno fatto il loro lavoro. Ma contro un branco non basta.»', 'contro un branco', 'Marco Bianchi'],
  ])('%s', spokenBy);
});

/**
 * An opening set off by a comma before the clause that speaks: a noun after an indefinite or possessive determiner is
 * no cue, though the lexicon holds the word as one in another language ("un éventuel report", "un lungo annuncio"), and
 * a participle's place is no speaker ("Interrogée dans les couloirs, Mme Morvan a assuré …").
 */
describe('Romance: the clause after an opening speaks, not the opening', () => {
  it.each([
    ['fr, a noun that is an English cue', 'La réforme a été adoptée mardi. Interrogée sur un éventuel report, la ministre a assuré qu’il n’y aurait « pas de retour en arrière ».', 'retour en arrière', 'la ministre'],
    ['it, a noun that is a cue', 'La riforma è stata approvata martedì. Dopo un lungo annuncio, la ministra ha detto che nulla cambierà per i pensionati.', 'pensionati', 'la ministra'],
    ['fr, a participle and a place', 'La réforme a été adoptée mardi. Interrogée dans les couloirs, Mme Morvan a assuré qu’elle ne reviendrait pas sur le calendrier.', 'calendrier', 'Mme Morvan'],
  ])('%s', (_l, text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });

  it.each([
    ['a participle after its auxiliary and "pour sa part" (guard)', 'Le sommet s’est achevé mardi. Jean-Noël Barrot a pour sa part dénoncé des menaces russes « qui ne changeront rien à notre détermination ».', 'notre détermination', 'Jean-Noël Barrot'],
    ['an anaphor before the verb (guard)', 'Le député François Beaulieu n’est pas convaincu. Ce dernier accuse le gouvernement de « gérer le réseau à coups de communiqués ».', 'coups de communiqués', 'François Beaulieu'],
  ])('%s', spokenBy);

  it('a noun after a determiner before a quote: the frame before it names the speaker', () => {
    check(statementWith('L’entraîneur Gilles Ferracci était satisfait. Selon Ferracci, ce point « peut valoir très cher en fin de saison ». Il refuse de s’enflammer.', 'valoir très cher'), { kind: 'mixed', name: 'Gilles Ferracci' });
  });

  it('a role between the determiner and the verb is its subject: "son avocate dénonce" (guard)', () => {
    const text = 'Cinq ans ferme pour l’ex-DG, son avocate dénonce « un verdict politique »\n\nLe tribunal a condamné Cheikh Tidiane Mbengue à cinq ans de prison. L’avocate Aïssatou Sow a dénoncé « un verdict politique ».';
    expect(statements(text).some((s) => s.text.includes('verdict politique') && s.start < text.indexOf('\n'))).toBe(true);
  });

  // (who speaks there is read elsewhere; the statement stays)
  it('a participle with its agent after it stays a cue (guard)', () => {
    check(statementWith('La commune a installé deux pompes. Un dispositif jugé « totalement insuffisant » par le maire de la commune, Patrick Lenoir.', 'totalement insuffisant'), { kind: 'mixed' });
  });
});
