import { describe, expect, it } from 'vitest';
import { check, ownWords, statements, statementWith } from './helpers';

describe('direct quotes and their cues', () => {
  it.each([
    ['en', '“We will never accept that,” Lavrov told reporters on Tuesday.', 'never accept', 'Lavrov', 'A01'],
    ['de', '„Das werden wir nie akzeptieren“, sagte Lawrow am Dienstag.', 'nie akzeptieren', 'Lawrow', 'A01'],
    ['fr', '« Nous ne l’accepterons jamais », a déclaré Sergueï Lavrov mardi.', 'jamais', 'Sergueï Lavrov', 'A01'],
    ['es', '"Nunca lo aceptaremos", dijo Lavrov el martes.', 'Nunca lo', 'Lavrov', 'A01'],
    ['pl', '„Nigdy tego nie zaakceptujemy” – oświadczył Ławrow we wtorek.', 'Nigdy', 'Ławrow', 'A01'],
    ['ru', '«Мы никогда этого не примем», — сказал Лавров во вторник.', 'никогда', 'Лавров', 'A01'],
  ])('cue after the quote (%s)', (_l, text, words, speaker, actor) => {
    check(statementWith(text, words), { kind: 'direct', speaker, actor });
  });

  it.each([
    ['en', 'Marta Quill, a lawmaker, said: “The plan is dead on arrival.”', 'dead on arrival', 'Marta Quill'],
    ['de', 'Der Politologe Jonas Reiter sagte: „Der Plan ist gescheitert.“', 'gescheitert', 'Der Politologe Jonas Reiter'],
    ['it', 'Il senatore Paolo Greco ha aggiunto: «Il piano è fallito».', 'fallito', 'Il senatore Paolo Greco'],
    ['uk', 'Депутат Петро Коваль заявив: «План провалився».', 'провалився', 'Депутат Петро Коваль'],
  ])('cue before the quote, with a colon (%s)', (_l, text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker, actor: null });
  });

  it.each([
    ['en', 'Lavrov: “Europe must take this seriously”', 'Europe must', 'Lavrov'],
    ['es', 'Zelenski: "No tengo derecho a ceder territorio"', 'No tengo', 'Zelenski'],
    ['ru', 'Лавров: «Европе стоит отнестись к этому серьезно»', 'Европе', 'Лавров'],
  ])('a name before a colon (%s)', (_l, text, words, speaker) => {
    check(statementWith(text, words), { kind: 'direct', speaker });
  });

  it.each([
    ['ru', 'Министр выступил в Москве.\n\n— Мы не отступим, — сказал Лавров журналистам. — Это наша позиция.', 'Лавров'],
    ['uk', 'Міністр виступив у Києві.\n\n— Ми не відступимо, — сказав Зеленський журналістам. — Це наша позиція.', 'Зеленський'],
    ['pl', 'Minister przemawiał w Kijowie.\n\n— Nie cofniemy się – powiedział Zełenski dziennikarzom.', 'Zełenski'],
  ])('dash-introduced quotes (%s)', (_l, text, speaker) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    check(s[0], { kind: 'direct', speaker });
    expect(s[0].text.startsWith('—')).toBe(false);
  });

  it.each([
    ['en', '“We have said it many times,” Lavrov said. “Nobody should be under any illusions.”'],
    ['ru', '«Мы говорили об этом много раз, — сказал Лавров. — Никто не должен питать иллюзий».'],
    ['uk', '«Ми говорили про це багато разів, — сказав Лавров. — Ніхто не повинен мати ілюзій».'],
  ])('a quote interrupted by its attribution is one statement (%s)', (_l, text) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    expect(s[0].start).toBe(0);
    expect(s[0].end).toBe(text.length - (text.endsWith('.') && !text.endsWith('.”') ? 1 : 0));
    check(s[0], { actor: 'A01' });
  });

  it.each([
    ['en', '“We have said it many times,” Lavrov told reporters, as talks with his Turkish counterpart ended in Antalya. “Nobody should be under any illusions.”'],
    ['en (question)', '“Who could believe that?” Lavrov asked, as reporters were leaving the hall in Moscow. “Nobody here does.”'],
    ['pt', '“Já dissemos isso muitas vezes,” disse Lavrov, depois de uma reunião em Ancara com o seu homólogo turco. “Ninguém deve ter ilusões.”'],
  ])('a quote goes on after a cue sentence that runs on (%s)', (_l, text) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    expect(s[0].start).toBe(0);
    expect(s[0].end).toBe(text.length);
    check(s[0], { actor: 'A01' });
  });

  it.each([
    ['en', '“We have said it many times,” Lavrov said, adding that talks would go on. “Nobody should be under any illusions.” “The door is open.”'],
    ['en (straight marks)', '"We have said it many times," Lavrov said. "Nobody should be under any illusions." "The door is open."'],
    ['pt', '“Já dissemos isso muitas vezes,” disse Lavrov. “Ninguém deve ter ilusões.” “A porta está aberta.”'],
  ])('English-style quotes that go on in the same paragraph are one statement (%s)', (_l, text) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    expect(s[0].end).toBe(text.length);
  });

  it('German-style quotes in one paragraph stay statements of their own', () => {
    const s = statements('„Wir haben das oft gesagt“, sagte Lawrow. „Niemand sollte sich Illusionen machen.“ „Die Tür ist offen.“').filter((x) => x.kind === 'direct');
    expect(s.length).toBe(3);
  });

  it('a quote after the cue sentence that has its own cue is a statement of its own', () => {
    const s = statements('“We have said it many times,” Lavrov told reporters, as talks ended. “That is not true,” Zelensky replied.').filter((x) => x.kind === 'direct');
    expect(s.length).toBe(2);
  });

  it.each([
    ['en', 'Daniel Price, a former official, put it this way:\n\n“Kyiv is negotiating with one hand tied.\n\n“Nobody in Europe wants to say that out loud.”', 'Daniel Price'],
    ['de', 'Der Analyst Jonas Reiter sagte:\n\n„Kiew verhandelt mit einer gebundenen Hand.\n\n„Niemand in Europa will das laut sagen.“', 'Der Analyst Jonas Reiter'],
    ['es', 'El analista Tomás Ibarra dijo:\n\n«Kiev negocia con una mano atada.\n\n«Nadie en Europa quiere decirlo en voz alta».', 'El analista Tomás Ibarra'],
  ])('a quote over several paragraphs, opened again at each (%s)', (_l, text, speaker) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    check(s[0], { kind: 'direct', speaker });
    expect(s[0].text).toContain('\n\n');
  });

  it.each([
    ['en', 'Helena Marsh, an analyst, said: “They will keep probing until somebody blinks\n\nThe talks resume on Monday.', 'Helena Marsh'],
    ['fr', 'La chercheuse Claire Dumont a déclaré : « Ils continueront jusqu’à ce que quelqu’un cède\n\nLes pourparlers reprennent lundi.', 'La chercheuse Claire Dumont'],
    ['ru', 'Политолог Игорь Самойлов заявил: «Они будут давить, пока кто-то не уступит\n\nПереговоры возобновятся в понедельник.', 'Политолог Игорь Самойлов'],
  ])('a quote left open at the end of its paragraph (%s)', (_l, text, speaker) => {
    const s = statements(text);
    check(s[0], { kind: 'direct', speaker });
    expect(s[0].text).not.toContain('\n');
  });

  it.each([
    ['en', 'Oksana Hrytsenko said: “The president told us, ‘No concessions on land, ever,’ and we wrote it into the plan.”', 'No concessions', 'The president'],
    ['de', 'Jonas Reiter sagte: „Selenskyj sagt im Grunde: ‚Nicht ohne feste Garantien.‘ Das ist seine rote Linie.“', 'Nicht ohne', 'Selenskyj'],
    ['fr', 'Hugo Renaud a déclaré : « Le ministre nous a dit : “Aucune concession sur le territoire.” C’est clair. »', 'Aucune concession', 'Le ministre'],
  ])('a quote nested in a quote is the statement of its own speaker (%s)', (_l, text, words, speaker) => {
    const inner = statements(text).filter((s) => s.text.includes(words) && s.text.length < 50);
    expect(inner.length).toBe(1);
    check(inner[0], { kind: 'direct', speaker });
  });

  it.each([
    ['en', 'European officials dismissed the latest "warning" as posturing, and the so-called "red lines" moved again.'],
    ['de', 'Das sogenannte „Friedensformat“ gilt in Berlin als gescheitert.'],
    ['fr', 'Les « garanties » promises par Moscou restent floues.'],
    ['es', 'Los "garantes" europeos guardan silencio por ahora.'],
    ['ru', 'Так называемые «гарантии» пока остаются на бумаге.'],
  ])('scare quotes of one or two words are not statements (%s)', (_l, text) => {
    expect(statements(text).filter((s) => s.kind === 'direct')).toEqual([]);
  });
});

describe('reported speech', () => {
  it.each([
    ['en', 'Russian Foreign Minister Sergei Lavrov said on Tuesday that foreign troops would be legitimate targets.', 'foreign troops would be legitimate targets', 'A01'],
    ['de', 'Der russische Außenminister Sergej Lawrow erklärte, ausländische Truppen wären legitime Ziele.', 'ausländische Truppen wären legitime Ziele', 'A01'],
    ['fr', 'Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré mardi que les troupes étrangères seraient des cibles.', 'les troupes étrangères seraient des cibles', 'A01'],
    ['es', 'El presidente ucraniano, Volodímir Zelenski, afirmó este domingo que Ucrania está dispuesta a celebrar elecciones.', 'Ucrania está dispuesta a celebrar elecciones', 'A04'],
    ['pt', 'O chanceler russo, Serguei Lavrov, disse nesta terça-feira que a Rússia enviou novas propostas.', 'a Rússia enviou novas propostas', 'A01'],
    ['it', 'Il presidente ucraino Volodymyr Zelensky ha detto che il piano sarà pronto entro pochi giorni.', 'il piano sarà pronto entro pochi giorni', 'A04'],
    ['pl', 'Prezydent Ukrainy Wołodymyr Zełenski oświadczył w niedzielę, że nie ma prawa oddać ziemi.', 'nie ma prawa oddać ziemi', 'A04'],
    ['ru', 'Министр иностранных дел России Сергей Лавров заявил, что Москва передала новые предложения.', 'Москва передала новые предложения', 'A01'],
    ['uk', 'Президент України Володимир Зеленський заявив, що Україна готова провести вибори.', 'Україна готова провести вибори', 'A04'],
  ])('"X said that …" (%s)', (_l, text, content, actor) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    expect(s[0].text).toBe(content);
    check(s[0], { kind: 'indirect', actor });
  });

  it.each([
    ['en', 'The White House will not send envoys to Moscow this month, a senior administration official said on Friday.', 'The White House will not send envoys to Moscow this month', 'a senior administration official'],
    ['de', 'Er habe kein Recht, ukrainisches Land abzugeben, sagte Selenskyj am Sonntag.', 'Er habe kein Recht, ukrainisches Land abzugeben', 'Selenskyj'],
    ['es', 'Washington presionará a Kiev antes del verano, dijo la analista Lucía Ferrer.', 'Washington presionará a Kiev antes del verano', 'la analista Lucía Ferrer'],
    ['uk', 'Вашингтон тиснутиме на Київ, заявив аналітик Тарас Мельник.', 'Вашингтон тиснутиме на Київ', 'аналітик Тарас Мельник'],
  ])('"…, X said" and "…, said X" (%s)', (_l, text, content, speaker) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    expect(s[0].text).toBe(content);
    check(s[0], { kind: 'indirect', speaker });
  });

  it.each([
    ['en', 'According to Helena Marsh, a defence analyst, the Kremlin is testing the coalition.', 'the Kremlin is testing the coalition', 'Helena Marsh'],
    ['de', 'Laut Lawrow könnten die Vorschläge als Grundlage dienen.', 'könnten die Vorschläge als Grundlage dienen', 'Lawrow'],
    ['fr', 'Selon le ministre Hugo Renaud, Moscou a transmis de nouvelles propositions.', 'Moscou a transmis de nouvelles propositions', 'le ministre Hugo Renaud'],
    ['es', 'Según la analista Lucía Ferrer, el plan estará listo en pocos días.', 'el plan estará listo en pocos días', 'la analista Lucía Ferrer'],
    ['pt', 'Segundo o professor Rafael Monteiro, as propostas podem servir de base.', 'as propostas podem servir de base', 'o professor Rafael Monteiro'],
    ['it', 'Secondo la senatrice Giulia Ferri, il governo non cambierà posizione.', 'il governo non cambierà posizione', 'la senatrice Giulia Ferri'],
    ['pl', 'Według eksperta Marka Zielińskiego, Kreml gra na czas.', 'Kreml gra na czas', 'eksperta Marka Zielińskiego'],
    ['ru', 'По словам политолога Игоря Самойлова, Кремль пытается выиграть время.', 'Кремль пытается выиграть время', 'политолога Игоря Самойлова'],
    ['uk', 'За словами аналітика Тараса Мельника, Вашингтон тиснутиме на Київ.', 'Вашингтон тиснутиме на Київ', 'аналітика Тараса Мельника'],
  ])('"according to X, …" (%s)', (_l, text, content, speaker) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    expect(s[0].text).toBe(content);
    check(s[0], { kind: 'indirect', speaker });
  });

  it.each([
    ['en', 'Lavrov: Europe must take Moscow seriously\n\nMOSCOW (Newsmark) - The minister spoke on Tuesday.', 'Europe must take Moscow seriously', 'A01'],
    ['fr', 'Lavrov : les troupes étrangères seraient des cibles\n\nMOSCOU (Newsmark) - Le ministre a parlé mardi.', 'les troupes étrangères seraient des cibles', 'A01'],
    ['ru', 'Лавров: иностранные войска станут законными целями\n\nМОСКВА (Newsmark) — Министр выступил во вторник.', 'иностранные войска станут законными целями', 'A01'],
  ])('a headline "X: …" (%s)', (_l, text, content, actor) => {
    const s = statementWith(text, content);
    expect(s.text).toBe(content);
    check(s, { kind: 'indirect', actor });
  });

  it.each([
    ['en', 'Donald Trump said the timing of the vote was "a very strange thing to do right now".', 'A03'],
    ['de', 'Donald Trump sagte, der ukrainische Präsident müsse „realistischer an die Sache herangehen“ und schnell handeln.', 'A03'],
    ['fr', 'Donald Trump a déclaré que le calendrier était « une chose très étrange à faire maintenant » selon lui aussi.', 'A03'],
  ])('reported speech that quotes four words or more is mixed (%s)', (_l, text, actor) => {
    const s = statements(text).filter((x) => x.kind !== 'direct');
    expect(s.length).toBe(1);
    check(s[0], { kind: 'mixed', actor });
  });
});

describe('speakers', () => {
  it.each([
    ['en', 'Ukrainian President Volodymyr Zelensky spoke in Kyiv.\n\n“We are ready for elections,” the president said. He spoke for an hour.\n\n“Our people decide, not the negotiators.”'],
    ['de', 'Der ukrainische Präsident Wolodymyr Selenskyj sprach in Kiew.\n\n„Wir sind zu Wahlen bereit“, sagte der Präsident.\n\n„Ein Frieden auf dem Papier reicht nicht.“'],
    ['es', 'El presidente ucraniano, Volodímir Zelenski, habló en Kiev.\n\n"Estamos listos para elecciones", dijo el presidente.\n\n«El pueblo decide, no los negociadores».'],
  ])('a quote with no cue takes the previous quote\'s speaker (%s)', (_l, text) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(2);
    expect(s[1].cue).toBeNull();
    expect(s[1].speaker).toEqual(s[0].speaker);
    check(s[1], { actor: 'A04', name: 'Volodymyr Zelensky' });
  });

  it.each([
    ['en', 'Katrin Albers, a security analyst, spoke after Sergei Lavrov.\n\n“Moscow wants time,” she said.', 'she', 'Katrin Albers'],
    ['de', 'Die Sicherheitsexpertin Katrin Albers widersprach Sergej Lawrow.\n\n„Moskau will Zeit gewinnen“, sagte sie.', 'sie', 'Katrin Albers'],
    ['fr', 'La chercheuse Claire Dumont a répondu à Sergueï Lavrov.\n\n« C’est une stratégie d’usure », a-t-elle expliqué.', 'elle', 'Claire Dumont'],
    ['ru', 'Политолог Анна Ветрова ответила Сергею Лаврову.\n\n«Это стратегия измора», — сказала она.', 'она', 'Анна Ветрова'],
  ])('a pronoun resolves to the last person of its gender (%s)', (_l, text, pronoun, name) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    check(s[0], { speaker: pronoun, name, actor: null });
  });

  it.each([
    ['en', 'Russian Foreign Minister Sergei Lavrov met his Turkish counterpart.\n\nThe minister added that Moscow had sent new proposals to Washington.', 'The minister'],
    ['de', 'Der russische Außenminister Sergej Lawrow traf seinen türkischen Kollegen.\n\nDer Minister erklärte, Russland habe den USA neue Vorschläge übermittelt.', 'Der Minister'],
    ['it', 'Il presidente ucraino Volodymyr Zelensky ha incontrato i leader europei.\n\nSecondo il presidente, il nuovo piano sarà pronto entro pochi giorni.', 'il presidente'],
  ])('a title resolves to the last person named with it (%s)', (_l, text, speaker) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
    expect(s[0].actor).toMatch(/^A0[14]$/);
  });

  it.each([
    ['en', '“The ball is in their court,” Helena Marsh said.', 'Helena Marsh'],
    ['de', '„Der Ball liegt bei ihnen“, sagte Katrin Albers.', 'Katrin Albers'],
    ['pt', '"A bola está com eles", disse Rafael Monteiro.', 'Rafael Monteiro'],
  ])('a speaker who is not in the knowledge base is kept as a new name (%s)', (_l, text, name) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    check(s[0], { name, actor: null });
  });
});

describe('German word order and typography', () => {
  it.each([
    ['Über den Gipfel sagte Lawrow: „Europa sollte das ernst nehmen.“', 'Lawrow'],
    ['Weiter sagte die Politologin Katrin Albers: „Moskau will Zeit gewinnen.“', 'die Politologin Katrin Albers'],
    ['Im Interview mit der Zeitung sagte sie: „Moskau will Zeit gewinnen.“', 'sie'],
    ['Als Antwort auf den Brief sagte ein Sprecher der Regierung: „Wir prüfen das Schreiben sorgfältig.“', 'ein Sprecher der Regierung'],
  ])('the subject after the verb before a colon: %s', (text, speaker) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it.each([
    ['en', 'Marta Quill told CNN: “The plan is dead on arrival.”', 'Marta Quill'],
    ['en', 'Senator Marta Quill said: “The plan is dead on arrival.”', 'Senator Marta Quill'],
    ['de', 'Der Minister sagte der Zeitung: „Der Plan ist gescheitert.“', 'Der Minister'],
  ])('a subject before the verb stays the speaker (%s)', (_l, text, speaker) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it('a verb at the end of its clause: the subject opens the sentence', () => {
    const s = statements('Die Ministerin Anna Berger hatte besonders die Rolle der Länder betont: „Die Entscheidungen fallen in den Ländern.“').filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    check(s[0], { speaker: 'Die Ministerin Anna Berger' });
  });

  it.each([
    ['Der Regierungssprecher Jonas Brenner sprach in Berlin.\n\n„Wir warten auf eine Antwort“, sagte der Regierungssprecher.', 'Jonas Brenner'],
    ['Die Bundesministerin Katrin Albers sprach in Berlin.\n\n„Wir warten auf eine Antwort“, sagte die Bundesministerin.', 'Katrin Albers'],
  ])('a role at the end of a compound resolves like the role: %s', (text, name) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    check(s[0], { name });
  });

  it.each([
    ['Der Minister sagte, die Verhandlungen seien an einem „toten Punkt“ angekommen.', '„toten Punkt“'],
    ['Die Richterin nannte den Antrag „völlig unbegründet“.', '„völlig unbegründet“'],
    ['Brenner zufolge habe die Regierung „keine andere Wahl“ gehabt.', '„keine andere Wahl“'],
  ])('a quoted phrase in lower case inside reported speech is the speaker’s own words: %s', (text, quote) => {
    const s = ownWords(text);
    expect(s.map((x) => x.text)).toEqual([quote]);
  });

  it.each([
    ['Die Zeitung „Berliner Morgen“ erscheint seit 1990 in der Hauptstadt.'],
    ['Das Modell „neue Mitte“ wurde im Museum ausgestellt.'],
    ['Die Wiener „Kleine Zeitung“ berichtete über den Gipfel, sagte der Sprecher.'],
  ])('titles and names in quotation marks are not statements: %s', (text) => {
    expect(statements(text).filter((x) => x.kind === 'direct')).toEqual([]);
  });

  it('a quotation with no reported speech around it takes the subject of its sentence (a mixed statement, not a direct one)', () => {
    const s = statements('Sergej Lawrow sprach am Montag in Moskau.\n\nDer Bundeskanzler Olaf Brenner würdigte den Vertrag als „einen großen Schritt für den Frieden in Europa“.').filter((x) => x.text.includes('großen Schritt'));
    expect(s.length).toBe(1);
    check(s[0], { kind: 'mixed', speaker: 'Der Bundeskanzler Olaf Brenner' });
  });
});

describe('speakers named by a role and a name', () => {
  it.each([
    ['fr', 'La porte-parole de la diplomatie ukrainienne, Maria Kovalenko, a estimé que Moscou voulait gagner du temps.', 'Maria Kovalenko'],
    ['es', 'La portavoz de la diplomacia ucraniana, María Kovalenko, dijo que Moscú quiere ganar tiempo.', 'María Kovalenko'],
    ['it', 'La portavoce della diplomazia ucraina, Maria Kovalenko, ha detto che Mosca vuole prendere tempo.', 'Maria Kovalenko'],
  ])('a role, then the name in apposition: the name, not the country the role qualifies (%s)', (_l, text, name) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    check(s[0], { name, actor: null });
  });

  it.each([
    ['fr', 'Sergueï Lavrov a parlé lundi. Le député européen Thomas Girard s\'est montré sceptique.\n\n« Moscou parle de dialogue tout en bombardant des villes », a-t-il déclaré.', 'Thomas Girard'],
    ['it', 'Sergej Lavrov ha parlato lunedì. Il deputato europeo Marco Ferri si è mostrato scettico.\n\n«Mosca parla di dialogo mentre bombarda le città», ha detto lui.', 'Marco Ferri'],
    ['es', 'Serguéi Lavrov habló el lunes. El diputado europeo Pablo Ruiz se mostró escéptico.\n\n«Moscú habla de diálogo mientras bombardea ciudades», dijo él.', 'Pablo Ruiz'],
  ])('a role and its adjective before a name: pronouns resolve to that person (%s)', (_l, text, name) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    check(s[0], { name, actor: null });
  });

  it.each([
    ['fr', 'D\'après un diplomate européen, les discussions reprendront à Genève la semaine prochaine.', 'un diplomate européen'],
    ['it', 'Secondo un diplomatico europeo, i colloqui riprenderanno a Ginevra la prossima settimana.', 'un diplomatico europeo'],
    ['es', 'Según un diplomático europeo, las conversaciones se reanudarán en Ginebra la próxima semana.', 'un diplomático europeo'],
  ])('an adjective after the role stays in the speaker (%s)', (_l, text, speaker) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    check(s[0], { speaker });
  });

  it.each([
    ['fr', 'PARIS (Newsmark) - « Il n\'y aura pas de paix sans garanties », a averti jeudi le président ukrainien Volodymyr Zelensky.'],
    ['en', 'KYIV (Newsmark) - "There will be no peace without guarantees," Ukrainian President Volodymyr Zelensky warned on Thursday.'],
    ['de', 'KIEW (Newsmark) - „Ohne Garantien wird es keinen Frieden geben“, warnte der ukrainische Präsident Wolodymyr Selenskyj.'],
  ])('a quote right after a dateline (%s)', (_l, text) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    check(s[0], { actor: 'A04' });
  });

  it.each([
    ['fr', 'Pour la politologue Anne Roussel, le Kremlin teste les Européens. Selon elle, aucun accord n\'est possible avant l\'été.', 'Anne Roussel'],
    ['es', 'Para la politóloga Anne Roussel, el Kremlin pone a prueba a los europeos. Según ella, ningún acuerdo es posible antes del verano.', 'Anne Roussel'],
    ['en', 'Sergei Lavrov spoke on Monday. Anne Roussel, a political scientist, disagreed. She said no deal was possible before the summer.', 'Anne Roussel'],
  ])('women\'s first names ending in -e (%s)', (_l, text, name) => {
    const s = statements(text);
    check(s[s.length - 1], { name });
  });
});

describe('dialogue dashes and speakers across languages', () => {
  it.each([
    ['pl', 'Ekspertka Marta Zielińska uważa, że Moskwa gra na czas. – Kreml liczy na zmęczenie Zachodu – oceniła. – Tymczasem sankcje działają.', 'Marta Zielińska'],
    ['uk', 'Експертка Марта Коваль вважає, що Москва тягне час. – Кремль розраховує на втому Заходу, – зазначила вона. – Тим часом санкції діють.', 'Марта Коваль'],
    ['ru', 'Экономист Марина Ковалева считает, что Москва тянет время. — Кремль рассчитывает на усталость Запада, — отметила она. — Между тем санкции действуют.', 'Марина Ковалева'],
  ])('a dash opens dialogue after a sentence of the paragraph (%s)', (_l, text, name) => {
    const s = statements(text).filter((x) => x.kind === 'direct');
    expect(s.length).toBe(1);
    expect(s[0].text.endsWith('.')).toBe(true);
    check(s[0], { name });
  });

  it('a dash inside a sentence is not dialogue', () => {
    expect(statements('Die Verhandlungen – so heißt es in Berlin – seien gescheitert. Der Plan bleibt offen.').filter((x) => x.kind === 'direct')).toEqual([]);
  });

  it.each([
    ['ru', 'Пресс-секретарь президента России Дмитрий Песков заявил, что прогресса на переговорах пока нет.', 'Дмитрий Песков'],
    ['en', 'A spokesman for President Vladimir Putin, Dmitry Peskov, said that there was no progress in the talks.', 'Dmitry Peskov'],
    ['uk', 'Речник президента України Сергій Никифоров заявив, що прогресу на переговорах поки немає.', 'Сергій Никифоров'],
  ])('a role that belongs to a known person, then another person\'s name: that name (%s)', (_l, text, name) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    check(s[0], { name, actor: null });
  });
});

describe('capitalised words inside a sentence are names, not cue verbs', () => {
  it.each([
    ['en', 'Daniel Price, a former State Department official, put it this way: “Kyiv is negotiating with one hand tied.”', 'Daniel Price'],
    ['en (Post)', 'Laura Chen, a senior fellow at the Post Office Institute, said: “Neither side can afford to look weak.”', 'Laura Chen'],
    ['es', 'Laura Chen, investigadora del Instituto Dice, dijo: «Ninguna de las partes puede mostrarse débil».', 'Laura Chen'],
  ])('%s', (_l, text, name) => {
    const s = statements(text);
    expect(s.length).toBe(1);
    check(s[0], { kind: 'direct', name });
  });
});

/**
 * A quote that ends with a quote inside it ("„Die Antwort war: ‚Das regelt der Chef.‘“ Sie …") ends its sentence when
 * the inner quote's stop does: a statement of its own, the last speaker's, though more text follows.
 */
describe('a quote whose words end inside a quote of their own, more text after it', () => {
  it.each([
    ["de", "Rechtsanwalt Thomas Rieder sprach von einem Verfahren. Eine frühere Mitarbeiterin hatte als Zeugin ausgesagt. „Die Antwort war immer: ‚Das regelt der Chef.‘“ Sie wisse es nicht mehr genau.", "Die Antwort war immer", "Eine frühere Mitarbeiterin"],
    ["fr", "Une ancienne employée a témoigné mardi devant le tribunal de Rennes. « La réponse était toujours : “C'est le chef qui décide.” » Elle ne sait plus qui l'a dit.", "La réponse était toujours", "Une ancienne employée"],
    ["en", "Mary Clarke, a former clerk, testified on Tuesday. \"The answer was always: 'The boss decides.'\" She does not remember who said it.", "The answer was always", "Mary Clarke"],
  ])('%s', (_case, text, words, name) => check(statementWith(text, words), { kind: 'direct', name }));
});
