import { describe, expect, it } from 'vitest';
import { check, statementWith, statements } from './helpers';

/**
 * Clause shapes of Russian, Ukrainian and Polish copy around their cues: a role with its complement before the verb,
 * adverbs between subject and verb, a second cue of the same subject, a frame after a colon, a place that speaks, a
 * speaker past where it was said, a pronoun after a statement that named someone else, and a sentence that only points
 * back.
 */
describe('clauses around cues in Polish, Russian and Ukrainian copy', () => {
  it.each([
    ['ru', 'Президент Казахстана Касым-Жомарт Токаев прибыл в Москву. Глава государства рассказал, что переговоры касались поставок зерна.', 'поставок зерна', 'Глава государства'],
    ['uk', 'Президентка Молдови Мая Санду прибула до Києва. Глава держави розповіла, що переговори стосувалися постачання газу.', 'постачання газу', 'Глава держави'],
    ['pl', 'Prezydent Litwy Gitanas Nausėda przyjechał do Warszawy. Rzecznik rządu powiedział, że rozmowy dotyczyły dostaw gazu.', 'dostaw gazu', 'Rzecznik rządu'],
  ])('a role and its complement in lower case are the subject of the verb (%s)', (_l, text, words, speaker) => {
    check(statementWith(text, words), { kind: 'indirect', speaker });
  });

  it.each([
    ['ru', 'Министр финансов Антон Силуанов вновь заявил, что бюджет будет исполнен без дефицита.', 'без дефицита', 'Министр финансов Антон Силуанов'],
    ['uk', 'Міністр фінансів Сергій Марченко вкотре наголосив, що бюджет буде виконано без дефіциту.', 'без дефіциту', 'Міністр фінансів Сергій Марченко'],
    ['pl', 'Minister finansów Andrzej Domański ponownie zapewnił, że budżet zostanie wykonany bez luki.', 'bez luki', 'Minister finansów Andrzej Domański'],
  ])('an adverb between the subject and the verb (%s)', (_l, text, words, speaker) => {
    check(statementWith(text, words), { kind: 'indirect', speaker });
  });

  it.each([
    ['ru', 'Премьер-министр Армении Никол Пашинян заявил, что переговоры с Баку идут трудно, и признал, что подписание договора откладывается.', 'подписание', 'Никол Пашинян'],
    ['uk', 'Прем\'єр-міністр Вірменії Нікол Пашинян заявив, що переговори з Баку йдуть важко, і визнав, що підписання договору відкладається.', 'підписання', 'Нікол Пашинян'],
    ['pl', 'Premier Armenii Nikol Paszynian oświadczył, że rozmowy z Baku są trudne, i przyznał, że podpisanie traktatu się opóźni.', 'podpisanie', 'Nikol Paszynian'],
  ])('a second cue joined to the first is a statement of its own (%s)', (_l, text, words, name) => {
    const s = statementWith(text, words);
    check(s, { kind: 'indirect', name });
    expect(s.text.startsWith(words)).toBe(true);
  });

  it.each([
    ['ru', 'Канцлер Германии Фридрих Мерц прибыл в Вильнюс. Решения пока нет: по словам немецкого канцлера, кабинет вернется к вопросу в январе.', 'кабинет вернется', 'Фридрих Мерц'],
    ['uk', 'Канцлер Німеччини Фрідріх Мерц прибув до Вільнюса. Рішення поки немає: за словами німецького канцлера, кабінет повернеться до питання в січні.', 'кабінет повернеться', 'Фрідріх Мерц'],
    ['pl', 'Kanclerz Niemiec Friedrich Merz przyjechał do Wilna. Decyzji na razie nie ma: zdaniem kanclerza, rząd wróci do sprawy w styczniu.', 'rząd wróci', 'Friedrich Merz'],
  ])('a frame right after a colon opens its clause (%s)', (_l, text, words, name) => {
    const s = statementWith(text, words);
    check(s, { kind: 'indirect', name });
    expect(s.text.startsWith(words)).toBe(true);
  });

  it.each([
    ['ru', 'Переговоры о газе зашли в тупик. В Минске тем временем заявили, что ждут от Москвы новых предложений по цене.', 'ждут от Москвы', 'Минске'],
    ['uk', 'Переговори щодо газу зайшли в глухий кут. У Кишиневі тим часом заявили, що чекають від Бухареста нових пропозицій щодо ціни.', 'чекають від Бухареста', 'Кишиневі'],
    ['pl', 'Rozmowy o gazie utknęły. W Wilnie poinformowano w czwartek, że Litwa czeka na nowe propozycje cenowe.', 'Litwa czeka', 'Wilnie'],
  ])('a plural or impersonal verb with no subject speaks for the place that opens the clause (%s)', (_l, text, words, speaker) => {
    check(statementWith(text, words), { speaker });
  });

  it.each([
    ['ru', 'Глава МЧС Александр Куренков провел совещание. «Паводок пойдет на спад к выходным», — написал в Telegram пресс-секретарь МЧС Илья Денисов.', 'Паводок', 'Илья Денисов'],
    ['uk', 'Голова ДСНС Андрій Даник провів нараду. «Паводок піде на спад до вихідних», — написав у соцмережі X речник ДСНС Олександр Хорунжий.', 'Паводок', 'Олександр Хорунжий'],
    ['pl', 'Komendant PSP Wojciech Kruczek zwołał odprawę. Fala powodziowa opadnie do weekendu, powiedział w rozmowie z RMF FM rzecznik straży Karol Kierzkowski.', 'Fala powodziowa', 'Karol Kierzkowski'],
  ])('the speaker after the verb, past where it was said (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Президент Молдавии Майя Санду заявила журналистам, что накануне говорила по телефону с канцлером Германии Фридрихом Мерцем. «Мы договорились о новых поставках газа», — добавила она.', 'договорились', 'Майя Санду'],
    ['uk', 'Прем\'єр-міністр Польщі Дональд Туск розповів, що напередодні мав розмову з канцлером Німеччини Фрідріхом Мерцем. «Ми домовилися про нові поставки», — додав він.', 'домовилися', 'Дональд Туск'],
    ['pl', 'Prezydent Litwy Gitanas Nausėda powiedział, że w piątek rozmawiał z kanclerzem Niemiec Friedrichem Merzem. „Uzgodniliśmy nowe dostawy amunicji” – dodał on.', 'Uzgodniliśmy', 'Gitanas Nausėda'],
  ])('a pronoun after a statement that only named someone else is that statement\'s speaker (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', 'Премьер Словакии Роберт Фицо заявил, что не поддержит новый пакет санкций. Об этом он сказал журналистам в Брюсселе, пишет «Коммерсантъ» со ссылкой на Reuters.'],
    ['uk', 'Прем\'єр Словаччини Роберт Фіцо заявив, що не підтримає новий пакет санкцій. Про це він сказав журналістам у Брюсселі, пише «Європейська правда» з посиланням на Reuters.'],
    ['pl', 'Premier Słowacji Robert Fico oświadczył, że nie poprze nowego pakietu sankcji. O tym powiedział dziennikarzom w Brukseli, pisze „Rzeczpospolita” za Reutersem.'],
  ])('a sentence that only points back to what was said is no statement of its own (%s)', (_l, text) => {
    expect(statements(text).map((s) => s.speakerName)).toEqual([expect.stringMatching(/Фицо|Фіцо|Fico/)]);
  });

  it.each([
    ['ru', 'Помощник президента Юрий Ушаков провел встречу с американской делегацией. «Пауза не означает, что разговор закончен», — цитирует его ТАСС.', 'Пауза', 'Юрий Ушаков'],
    ['uk', 'Помічник президента Юрій Ушаков провів зустріч з американською делегацією. «Пауза не означає, що розмову завершено», — цитує його Укрінформ.', 'Пауза', 'Юрій Ушаков'],
    ['pl', 'Doradca prezydenta Jurij Uszakow spotkał się z amerykańską delegacją. „Przerwa nie oznacza, że rozmowa jest zakończona” – cytuje go PAP.', 'Przerwa', 'Jurij Uszakow'],
  ])('"quotes him" names the speaker by the pronoun (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });
});
