import { describe, expect, it } from 'vitest';
import { check, statementWith, statements } from './helpers';

/** Speakers as wire copy gives them in French, Spanish, Portuguese, Italian, Polish, Russian and Ukrainian. */
describe('speakers in wire copy', () => {
  it.each([
    ['fr', '« Le calendrier sera tenu », a assuré la ministre du Travail, Claire Lemaire, à l’issue du conseil.', 'calendrier', 'Claire Lemaire'],
    ['es', '"El calendario se cumplirá", aseguró el ministro de Trabajo, Andrés Ruiz, tras la reunión.', 'calendario', 'Andrés Ruiz'],
    ['it', '«Il calendario sarà rispettato», ha assicurato il ministro del Lavoro, Paolo Fabbri, dopo il vertice.', 'calendario', 'Paolo Fabbri'],
    ['pt', '"O calendário será cumprido", garantiu o presidente do sindicato, Jorge Antunes, depois da reunião.', 'calendário', 'Jorge Antunes'],
  ])('a role after the quote, then the name in apposition (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name, actor: null });
  });

  it.each([
    ['es', 'La alcaldesa Rosa Medina visitó el barrio. "Las obras terminarán en junio", explicó en declaraciones a la radio local.', 'obras', 'Rosa Medina'],
    ['pt', 'A autarca Teresa Faria visitou o bairro. "As obras terminam em junho", explicou em entrevista à rádio local.', 'obras', 'Teresa Faria'],
    ['it', 'La sindaca Anna Riva ha visitato il quartiere. «I lavori finiranno a giugno», ha spiegato in conferenza stampa.', 'lavori', 'Anna Riva'],
    ['pl', 'Burmistrz Adam Kowal odwiedził osiedle. „Prace zakończą się w czerwcu” – zapowiedział w rozmowie z radiem.', 'Prace', 'Adam Kowal'],
    ['es (to the press)', 'La alcaldesa Rosa Medina visitó el barrio. "Las obras terminarán en junio", explicó a la prensa.', 'obras', 'Rosa Medina'],
  ])('a verb with no subject, then where or to whom it was said (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', speaker: null, name });
  });

  it.each([
    ['it', 'La sindaca Anna Riva ha visitato il quartiere. «I lavori finiranno a giugno», ha spiegato in conferenza stampa. «Poi toccherà alle scuole».', 'scuole', 'Anna Riva'],
    ['es', 'La alcaldesa Rosa Medina visitó el barrio. "Las obras terminarán en junio", explicó a la prensa. "Después llegarán los colegios".', 'colegios', 'Rosa Medina'],
    ['pt', 'A autarca Teresa Faria visitou o bairro. "As obras terminam em junho", explicou aos jornalistas. "Depois seguem-se as escolas."', 'escolas', 'Teresa Faria'],
  ])('a quote with no cue after a verb with no subject keeps its speaker (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['es', '"No aceptaremos recortes", escribió en su cuenta de X el líder sindical Mario Gómez.', 'recortes', 'Mario Gómez'],
    ['fr', '« Nous n’accepterons aucune coupe », a déclaré devant la presse le secrétaire général du syndicat, Marc Perrin.', 'coupe', 'Marc Perrin'],
    ['uk', '— Ми не погодимося на скорочення, — сказав після зустрічі голова профспілки Іван Ткач.', 'скорочення', 'Іван Ткач'],
    ['pl', '„Nie zgodzimy się na cięcia” – mówił po spotkaniu przewodniczący związku Piotr Gajda.', 'cięcia', 'Piotr Gajda'],
  ])('the subject after a phrase of place, time or medium (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['uk', 'Міністр закордонних справ України Андрій Кравчук прибув до Брюсселя. «Санкції мають бути жорсткішими», — заявив очільник МЗС.', 'Санкції', 'очільник МЗС', 'Андрій Кравчук'],
    ['pl', 'Minister spraw zagranicznych Jan Lis przyleciał do Brukseli. „Sankcje muszą być ostrzejsze” – powiedział szef MSZ.', 'Sankcje', 'szef MSZ', 'Jan Lis'],
    ['it', 'Il ministro degli Esteri Marco Berti è arrivato a Bruxelles. «Le sanzioni devono essere più dure», ha detto il titolare della Farnesina.', 'sanzioni', 'il titolare della Farnesina', 'Marco Berti'],
  ])('a role and the institution it heads name the person, not the institution (%s)', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { kind: 'direct', speaker, name });
  });

  it.each([
    ['it', 'Il portavoce del governo Luca Ferri ha parlato ai giornalisti. «Non ci sono novità», ha aggiunto.', 'novità', 'Luca Ferri'],
    ['ru', 'Суд арестовал заместителя министра транспорта Игоря Белова. «Я невиновен», — заявил обвиняемый.', 'невиновен', 'Игоря Белова'],
    ['pl', 'Rzecznik rządu Piotr Lis wyszedł do dziennikarzy. „Nie ma zgody na takie rozwiązanie” – powiedział PAP.', 'zgody', 'Piotr Lis'],
  ])('a name a few words after its role is a person the next statement can resolve to (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['es', 'La tenista Laura Vidal ganó en Roma. "Ha sido una semana perfecta", dijo la catalana.', 'perfecta', 'Laura Vidal'],
    ['it', 'Il tecnico della Roma Franco Neri ha parlato dopo la partita. «Abbiamo giocato bene», ha detto il tecnico giallorosso.', 'giocato', 'Franco Neri'],
    ['pt', 'O presidente da empresa, Rui Pinto, falou aos analistas. "O ano foi difícil", afirmou o executivo.', 'difícil', 'Rui Pinto'],
  ])('an article and a noun for the person just named ("dijo la catalana") (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['it', 'La ministra dell’Interno Laura Conti e il sindacalista Marco Gallo si sono incontrati. Per la ministra, «l’accordo è vicino e va firmato presto».', 'vicino', 'Laura Conti'],
    ['es', 'La ministra de Sanidad, Elena Prieto, y el consejero Juan Mora se reunieron. Según la ministra, "el plan estará listo en marzo".', 'marzo', 'Elena Prieto'],
    ['pl', 'Wiceminister Anna Nowak spotkała się z posłem Janem Zielińskim. Według wiceminister „plan będzie gotowy w marcu”.', 'marcu', 'Anna Nowak'],
    ['it (gender of the article)', 'La premier Giulia Sala ha incontrato il segretario Marco Landi. Per la premier, «lo sciopero è un rito che si ripete ogni anno».', 'rito', 'Giulia Sala'],
  ])('a title resolves to the person it was said of, or the last its article allows (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['pl', '„Rozmowy są trudne” – powiedział PAP wiceminister obrony Jan Nowak.', 'trudne', 'wiceminister obrony Jan Nowak', 'Jan Nowak'],
    ['ru', '«Переговоры идут трудно», — сказал ТАСС замминистра обороны Олег Панин.', 'трудно', 'замминистра обороны Олег Панин', 'Олег Панин'],
    ['pl (title)', '„Pokój jest możliwy” – powiedział „Gazecie Wyborczej” minister obrony Adam Wolski.', 'możliwy', 'minister obrony Adam Wolski', 'Adam Wolski'],
    ['ru (title)', '«Мир возможен», — сказал «Известиям» министр обороны Андрей Волков.', 'возможен', 'министр обороны Андрей Волков', 'Андрей Волков'],
    ['es (title)', '"La paz es posible", dijo al diario "El Mundo" el ministro de Defensa, Pedro Sanz.', 'paz es', 'el ministro de Defensa, Pedro Sanz', 'Pedro Sanz'],
  ])('a news agency or a newspaper spoken to is not the speaker (%s)', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { kind: 'direct', speaker, name });
    // the title in quotation marks is no statement
    expect(statements(text).length).toBe(1);
  });

  it.each([
    ['ru', '«Мы не видим оснований для оптимизма», — отметили в Кремле.', 'оптимизма', 'Russia', 'A05'],
    ['ru (before)', 'В Кремле заявили, что переговоры с Киевом продолжатся на следующей неделе.', 'переговоры', 'Russia', 'A05'],
    ['es', 'Fuentes del Ministerio dijeron que el acuerdo está cerca. "No hay fecha para la firma", señalaron.', 'fecha', 'Fuentes del Ministerio', null],
  ])('plural and impersonal reporting verbs (%s)', (_l, text, words, name, actor) => {
    check(statementWith(text, words), { name, actor });
  });

  it.each([
    ['it', 'Secondo l’Associazione nazionale magistrati, «la riforma mette a rischio l’indipendenza dei giudici».', 'riforma', 'Associazione nazionale magistrati'],
    ['es', 'Según la Asociación española de banca, "los tipos bajarán en primavera".', 'tipos', 'Asociación española de banca'],
    ['fr', 'Selon la Fédération française de football, « le match aura lieu à huis clos ».', 'huis clos', 'Fédération française de football'],
  ])('an institution named in lower case after its first word, not the country its adjective names (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name, actor: null });
  });

  it.each([
    ['es', 'El portavoz del Kremlin, Dmitri Peskov, fue tajante: «No habrá tregua».', 'tregua', 'Dmitri Peskov'],
    ['fr', '« Les discussions sont difficiles », a déclaré à l’AFP le ministre de la Défense, Paul Girard.', 'difficiles', 'Paul Girard'],
    ['ru', 'Суд арестовал бывшего мэра Ивана Орлова. «Я двадцать лет служу городу», — добавил обвиняемый.', 'двадцать', 'Ивана Орлова'],
  ])('more roles with their names (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });
  it.each([
    ['es', 'El presidente del Gobierno, Pedro Sánchez, compareció ante la prensa. Aseguró que el acuerdo se firmará en enero.', 'enero', 'Pedro Sánchez'],
    ['it', 'La premier Giulia Sala ha parlato alla Camera. Ha detto che il governo non cadrà prima del voto.', 'governo', 'Giulia Sala'],
    ['pt', 'O ministro Fernando Lobo falou aos jornalistas. Garantiu que o acordo será assinado em janeiro.', 'acordo', 'Fernando Lobo'],
    ['pl', 'Minister Jan Lis spotkał się z dziennikarzami. Zapewnił, że porozumienie zostanie podpisane w styczniu.', 'porozumienie', 'Jan Lis'],
  ])('a sentence that opens with a reporting verb and no subject (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', speaker: null, name });
  });

  it.each([
    ['pl', '„Sytuacja pozostaje napięta” – według MSZ.', 'napięta', 'MSZ'],
    ['fr', 'Le ministre Paul Girard était à Lyon. « Nous tiendrons nos engagements », selon lui.', 'engagements', 'Paul Girard'],
    ['es', '"La situación sigue siendo tensa", según el Ministerio del Interior.', 'tensa', 'Ministerio del Interior'],
  ])('a source frame after the quote (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['es', '"Vamos a recurrir", anunció el martes su abogada, Ana Ruiz.', 'recurrir', 'Ana Ruiz'],
    ['it', '«Faremo ricorso», ha annunciato martedì il suo avvocato, Marco Rossi.', 'ricorso', 'Marco Rossi'],
    ['fr', '« Nous irons en appel », a annoncé mardi son avocate, Me Sophie Martin.', 'appel', 'Sophie Martin'],
  ])('a time word between the cue and the inverted subject (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });
});
