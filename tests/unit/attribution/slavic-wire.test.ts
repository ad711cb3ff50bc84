import { describe, expect, it } from 'vitest';
import { check, statementWith, statements } from './helpers';

/** How Russian, Ukrainian and Polish wire copy attributes statements: verbs, frames, roles and their complements. */
describe('attribution in Russian, Ukrainian and Polish wire copy', () => {
  it.each([
    ['ru', 'Мэр Самары Олег Титов провел совещание с энергетиками. Титов повторил, что отопление в домах включат не позднее 1 октября.', 'отопление', 'Олег Титов'],
    ['uk', 'Мер Полтави Олег Тимченко провів нараду з енергетиками. Тимченко повторив, що опалення в будинках увімкнуть не пізніше 1 жовтня.', 'опалення', 'Олег Тимченко'],
    ['pl', 'Burmistrz Kielc Adam Wrona spotkał się z energetykami. Wrona powtórzył, że ogrzewanie w blokach zostanie włączone najpóźniej 1 października.', 'ogrzewanie', 'Adam Wrona'],
  ])('"repeated" reports speech (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });

  it.each([
    ['ru', 'Глава региона Павел Ершов призвал жителей не выходить из домов во время урагана.', 'не выходить', 'Павел Ершов'],
    ['uk', 'Голова області Павло Єрмак закликав мешканців не виходити з домівок під час урагану.', 'не виходити', 'Павло Єрмак'],
    ['pl', 'Wojewoda Paweł Jarosz wezwał mieszkańców do pozostania w domach podczas wichury.', 'pozostania', 'Paweł Jarosz'],
  ])('"called on" reports what was asked (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Пик паводка в области, по прогнозам гидрологов, придется на конец апреля.', 'апреля', 'гидрологов'],
    ['uk', 'Пік паводка в області, за прогнозами гідрологів, припаде на кінець квітня.', 'квітня', 'гідрологів'],
  ])('"according to the forecasts of" names its source (%s)', (_l, text, words, source) => {
    check(statementWith(text, words), { kind: 'indirect', speaker: source });
  });

  it.each([
    ['ru', 'Губернатор Олег Ветров открыл новую больницу. «Это только начало», — сказала министр здравоохранения области Елена Гордеева.', 'начало', 'Елена Гордеева'],
    ['uk', 'Губернатор Олег Ветров відкрив нову лікарню. «Це лише початок», — сказала міністр охорони здоров\'я області Олена Гордієнко.', 'початок', 'Олена Гордієнко'],
    ['pl', 'Wojewoda Adam Lis otworzył nowy szpital. Jak poinformowała przewodnicząca zakładowej organizacji związkowej Ewa Maj, pielęgniarki dostaną podwyżki od stycznia.', 'pielęgniarki', 'Ewa Maj'],
  ])('after the verb, a role, its complement of several words in the genitive, then the name (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Форвард Илья Крылов забил дважды. Главный тренер сборной Юрий Савин отметил, что команда «набрала форму раньше, чем планировали».', 'команда', 'Юрий Савин'],
    ['uk', 'Нападник Ілля Крилов забив двічі. Старший тренер збірної Юрій Савчук зазначив, що команда «вийшла на пік форми раніше, ніж планували».', 'команда', 'Юрій Савчук'],
    ['pl', 'Napastnik Adam Kruk strzelił dwa gole. Główny szkoleniowiec reprezentacji Jerzy Sowa zaznaczył, że drużyna „złapała formę szybciej, niż planowano”.', 'drużyna', 'Jerzy Sowa'],
  ])('before the verb, a role with a complement in lower case, then the name (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Суд арестовал мэра Игоря Белова. Деньги передавались частями с марта по сентябрь, считают следователи.', 'передавались', 'следователи'],
    ['uk', 'Суд заарештував мера Ігоря Білого. Гроші передавалися частинами з березня по вересень, вважають слідчі.', 'передавалися', 'слідчі'],
    ['pl', 'Sąd aresztował burmistrza Igora Białego. Pieniądze były przekazywane w ratach od marca do września, uważają prokuratorzy.', 'przekazywane', 'prokuratorzy'],
  ])('a plural verb makes its role noun a group, not the last person named (%s)', (_l, text, words, group) => {
    check(statementWith(text, words), { speaker: group, name: group });
  });

  it.each([
    ['ru', 'Сам чиновник вину не признает. Суд отправил его под арест на два месяца, сообщила «Интерфаксу» пресс-секретарь суда Анна Крылова.', 'под арест', 'Анна Крылова'],
    ['uk', 'Сам посадовець провину не визнає. Суд відправив його під варту на два місяці, повідомила «Укрінформу» речниця суду Анна Кривенко.', 'під варту', 'Анна Кривенко'],
    ['pl', 'Sam urzędnik nie przyznaje się do winy. Sąd aresztował go na dwa miesiące, powiedziała „Rzeczpospolitej” rzeczniczka sądu Anna Kryńska.', 'aresztował', 'Anna Kryńska'],
  ])('the paper spoken to stands between the verb and the speaker (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Более 40 школ города переведены на карантин из-за гриппа, сообщили ТАСС в региональном министерстве здравоохранения.', 'школ', 'в региональном министерстве здравоохранения'],
    ['uk', 'Понад 40 шкіл міста переведено на карантин через грип, повідомили Укрінформу в обласному департаменті охорони здоров\'я.', 'шкіл', 'в обласному департаменті охорони здоров\'я'],
  ])('a plural verb with no subject speaks for the institution it was said in (%s)', (_l, text, words, source) => {
    check(statementWith(text, words), { speaker: source, name: source });
  });

  it.each([
    ['ru', 'Мэр Самары Олег Титов осмотрел котельную. «Отопление включим в срок», — сказал он.', 'Отопление', 'Олег Титов'],
    ['uk', 'Мер Полтави Олег Тимченко оглянув котельню. «Опалення увімкнемо вчасно», — сказав він.', 'Опалення', 'Олег Тимченко'],
    ['pl', 'Burmistrz Kielc Adam Wrona obejrzał kotłownię. – Ogrzewanie włączymy na czas – powiedział.', 'Ogrzewanie', 'Adam Wrona'],
  ])('a role, a place in the genitive, then the name: the place is not a first name (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', '«Инфляция замедлится только весной», — сказал Илья Носов, ведущий аналитик Института Гайдара. По его мнению, ставка останется высокой до лета.', 'ставка', 'Илья Носов'],
    ['uk', '«Інфляція сповільниться лише навесні», — сказав Ілля Носенко, головний економіст Центру Разумкова. На його думку, ставка залишиться високою до літа.', 'ставка', 'Ілля Носенко'],
    ['pl', '– Inflacja zwolni dopiero wiosną – ocenił Jakub Sobczyk, główny ekonomista Warszawskiego Instytutu Gospodarki. Jego zdaniem stopy pozostaną wysokie do lata.', 'stopy', 'Jakub Sobczyk'],
  ])('the institution in a role apposition after a name is not a person a pronoun resolves to (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Глава МИД Эстонии Маргус Тамм в свою очередь заявил, что Таллин не будет высылать российских дипломатов.', 'Таллин', 'Маргус Тамм'],
    ['uk', 'Речник МЗС Естонії Маргус Тамм у коментарі агентству зазначив, що Таллінн не висилатиме російських дипломатів.', 'Таллінн', 'Маргус Тамм'],
    ['pl', 'Rzecznik MSZ Estonii Margus Tamm w rozmowie z agencją zaznaczył, że Tallin nie wydali rosyjskich dyplomatów.', 'Tallin', 'Margus Tamm'],
  ])('the subject opens the sentence, a phrase of place, medium or manner stands before the verb (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });

  it.each([
    ['ru', 'Об этом журналистам сообщил пресс-секретарь президента России Дмитрий Песков. «Пока не получали», — сказал он.', 'Пока', 'Дмитрий Песков'],
    ['uk', 'Відповідь надіслав речник Президента України Сергій Никифоров. «Документ ще не отримали», — сказав він.', 'Документ', 'Сергій Никифоров'],
    ['pl', 'Pytania odebrał rzecznik prezydenta Rosji Dmitrij Pieskow. „Jeszcze nie otrzymaliśmy dokumentu” – powiedział.', 'otrzymaliśmy', 'Dmitrij Pieskow'],
  ])('a spokesman named after the leader he speaks for is the last person named (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name, actor: null });
  });

  it.each([
    ['ru', 'Пресс-секретарь суда Анна Крылова вышла к журналистам. Как сообщила, заседание перенесено на понедельник.', 'заседание', 'Анна Крылова'],
    ['uk', 'Речниця суду Анна Кривенко вийшла до журналістів. Як повідомила, засідання перенесено на понеділок.', 'засідання', 'Анна Кривенко'],
    ['pl', 'Rzeczniczka sądu Anna Kryńska wyszła do dziennikarzy. Jak dodała, posiedzenie przeniesiono na poniedziałek.', 'posiedzenie', 'Anna Kryńska'],
  ])('"as she added," with no subject: the last person named (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', speaker: null, name });
  });

  it.each([
    ['ru', 'Директор больницы Роман Кулешов подтвердил, что соглашение подписано. Подчеркнул, однако, что зарплаты зависят от решения фонда.', 'зарплаты', 'Роман Кулешов'],
    ['uk', 'Директор лікарні Роман Кулеша підтвердив, що угоду підписано. Наголосив, однак, що зарплати залежать від рішення фонду.', 'зарплати', 'Роман Кулеша'],
    ['pl', 'Dyrektor szpitala Roman Kulesza potwierdził, że porozumienie zostało podpisane. Podkreślił jednak, że podwyżki zależą od decyzji funduszu.', 'podwyżki', 'Roman Kulesza'],
  ])('a verb with no subject, an adverb, then "that" (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', speaker: null, name });
  });

  it('Polish "się" does not make an article German (its capitalised verbs are not subjects)', () => {
    const text =
      'Pielęgniarki zawiesiły protest. Jak poinformowała przewodnicząca związku Ewa Maj, dyrekcja zobowiązała się do podwyżek. ' +
      'Protest odbywał się pod hasłem „Bezpieczna pielęgniarka”. Kilkadziesiąt osób pikietowało przed szpitalem i nie poddawało się.\n\n' +
      'Dyrektor szpitala Roman Kulesza potwierdził, że porozumienie zostało podpisane. Podkreślił jednak, że podwyżki zależą od decyzji funduszu.';
    check(statementWith(text, 'podwyżki zależą'), { speaker: null, name: 'Roman Kulesza' });
  });

  it.each([
    ['ru', 'Шахтеры грозят забастовкой. «Правительство нас обмануло»\n\nКЕМЕРОВО (Newsmark) — Профсоюз угольщиков пригрозил забастовкой.\n\n— Правительство нас обмануло, и ждать мы больше не будем, — сказал председатель профсоюза Тарас Волков.', 'Правительство нас обмануло»', 'Тарас Волков'],
    ['uk', 'Тренер збірної: «Підстав для паніки немає»\n\nКИЇВ (Newsmark) — Збірна посіла лише сьоме місце.\n\n«Підстав для паніки немає», — сказав після змагань тренер збірної Марко Руденко.', 'Підстав для паніки немає»', 'Марко Руденко'],
    ['pl', 'Deficyt ma spaść poniżej 6 proc. PKB. „To realny cel”\n\nWARSZAWA (Newsmark) - Minister finansów Piotr Zawada przedstawił plan budżetu.\n\n– To realny cel, choć wymagający – zapewnił minister Zawada.', '„To realny cel”', 'Piotr Zawada'],
  ])('a headline quote with no speaker, or only a role, takes the speaker of the body statement that repeats it (%s)', (_l, text, words, name) => {
    const headline = statements(text).filter((s) => s.end <= text.indexOf('\n') && s.text.includes(words));
    expect(headline).toHaveLength(1);
    check(headline[0], { kind: 'direct', name });
  });

  it.each([
    ['ru', 'Суд арестовал заместителя главы города Игоря Савельева. «Я никаких денег не брал», — заявил он в зале суда.', 'денег', 'Игоря Савельева'],
    ['uk', 'Суд заарештував заступника голови міста Ігоря Савченка. «Я жодних грошей не брав», — заявив він у залі суду.', 'грошей', 'Ігоря Савченка'],
  ])('a name after a role in the genitive says nothing of its gender: "он" resolves to it (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', 'МОСКВА, 5 декабря. /ТАСС/. Кремль пока не получал обновленный вариант мирного плана. Об этом журналистам сообщил пресс-секретарь президента РФ Дмитрий Песков.\n\n«Как только получим, будем изучать», — сказал он.', 'не получал', 'Дмитрий Песков'],
    ['uk', 'Київ, 4 грудня. Укрінформ. Україна цього тижня передасть США оновлену версію мирного плану. Про це заявив Президент України Володимир Зеленський у вечірньому зверненні.', 'передасть', 'Volodymyr Zelensky'],
    ['pl', 'Sąd aresztował byłego wiceministra na trzy miesiące. Poinformował o tym rzecznik prokuratury Marek Zięba.', 'aresztował', 'Marek Zięba'],
  ])('"об этом сообщил X": the sentence before is what X said (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });

  it('"об этом сообщил X" leaves the people in text order: "он" after it is X, not the president X speaks for', () => {
    const text = 'Кремль пока не получал обновленный вариант мирного плана. Об этом журналистам сообщил пресс-секретарь президента РФ Дмитрий Песков.\n\n«Как только получим, будем изучать», — сказал он.';
    check(statementWith(text, 'получим'), { kind: 'direct', name: 'Дмитрий Песков', actor: null });
  });

  it.each([
    ['ru', 'Во вторник Владимир Путин принял Стива Уиткоффа. Помощник президента РФ Юрий Ушаков тогда охарактеризовал переговоры как «полезные и содержательные».', 'содержательные', 'Юрий Ушаков'],
    ['uk', 'У вівторок Володимир Путін прийняв Стіва Віткоффа. Помічник президента РФ Юрій Ушаков тоді охарактеризував переговори як «корисні та змістовні».', 'змістовні', 'Юрій Ушаков'],
    ['pl', 'We wtorek Władimir Putin przyjął Steve\'a Witkoffa. Doradca prezydenta Rosji Jurij Uszakow określił wtedy rozmowy jako „pożyteczne i konkretne”.', 'konkretne', 'Jurij Uszakow'],
  ])('an aide named after the leader, "then" before the verb (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name, actor: null });
  });

  it.each([
    ['ru', 'Иностранные военные, по словам Лаврова, станут «законными целями» для российской армии.', 'военные', 'Sergei Lavrov'],
    ['uk', 'Іноземні військові, за словами Лаврова, стануть «законними цілями» для російської армії.', 'військові', 'Sergei Lavrov'],
    ['pl', 'Zagraniczni żołnierze, według Ławrowa, staną się „uzasadnionymi celami” dla rosyjskiej armii.', 'żołnierze', 'Sergei Lavrov'],
  ])('a source set off by commas after a subject of two words: the whole sentence is the content (%s)', (_l, text, words, name) => {
    const s = statementWith(text, words);
    expect(s.start).toBe(0);
    expect(s.text).toMatch(/арм|armii/);
    check(s, { name });
  });

  it.each([
    ['ru', 'Владимир Зеленский провел переговоры в Лондоне. Украинский лидер заявил, что готов провести выборы при гарантиях безопасности.', 'выборы', 'Volodymyr Zelensky'],
    ['uk', 'Володимир Зеленський провів переговори в Лондоні. Український лідер заявив, що готовий провести вибори за гарантій безпеки.', 'вибори', 'Volodymyr Zelensky'],
    ['pl', 'Wołodymyr Zełenski rozmawiał w Londynie z premierem. Ukraiński przywódca zaznaczył, że jest gotów przeprowadzić wybory.', 'wybory', 'Volodymyr Zelensky'],
  ])('a country\'s adjective before a role qualifies the role: the person, not the country (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name, actor: 'A04' });
  });

  it('a role with a country in the genitive ("представителя Кремля") is a person', () => {
    const text = 'Пресс-секретарь президента РФ Дмитрий Песков ответил на вопросы журналистов. По словам представителя Кремля, говорить о встрече президентов пока преждевременно.';
    check(statementWith(text, 'преждевременно'), { name: 'Дмитрий Песков', actor: null });
  });

  it.each([
    ['pl', 'Minister spraw zagranicznych Rosji Siergiej Ławrow oświadczył, że europejskie kontyngenty na Ukrainie staną się „uzasadnionymi celami dla rosyjskich sił zbrojnych”.'],
    ['uk', 'Міністр закордонних справ Росії Сергій Лавров заявив, що європейські контингенти в Україні стануть „законними цілями для російських збройних сил“.'],
  ])('the quoted words inside reported speech are one mixed statement, not a second direct one (%s)', (_l, text) => {
    const all = statements(text);
    expect(all.map((x) => x.kind)).toEqual(['mixed']);
  });

  it.each([
    ['pl', 'Przewodnicząca związku Ewa Maj dodała, że na oddziale na jedną pielęgniarkę przypada nocą 30 pacjentów. – Tak się nie da pracować. Ludzie odchodzą do prywatnych klinik.', 'Tak się', 'Ewa Maj'],
    ['uk', 'Голова профспілки Олена Мазур додала, що на одну медсестру вночі припадає 30 пацієнтів. – Так працювати неможливо. Люди йдуть у приватні клініки.', 'Так працювати', 'Олена Мазур'],
    ['ru', 'Председатель профсоюза Елена Мазурова добавила, что на одну медсестру ночью приходится 30 пациентов. — Так работать невозможно. Люди уходят в частные клиники.', 'Так работать', 'Елена Мазурова'],
  ])('a dash after a sentence of the paragraph opens the last speaker\'s words, with no cue of their own (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', '«Подписывать документы должен тот, у кого есть полномочия, — сказал министр Олег Ветров. — Это вопрос права».'],
    ['pl', 'Rzecznik MSZ Marcin Żak odniósł się do gróźb. – To nie pierwsza taka groźba – powiedział. – Decyzje podejmą sojusznicy, a nie Kreml.'],
  ])('a dash inside a quotation or a dash line already read opens nothing more (%s)', (_l, text) => {
    expect(statements(text).filter((x) => x.kind === 'direct')).toHaveLength(1);
  });

  it.each([
    ['pl', 'WARSZAWA (Newsmark) - Polska nie wyśle żołnierzy na Ukrainę bez mandatu NATO – zapowiedział w środę szef MSZ Radosław Sikorski.', 'żołnierzy', 'Radosław Sikorski'],
    ['uk', 'КИЇВ (Newsmark) - Україна не приєднається до угоди без гарантій безпеки – заявив у середу очільник МЗС Андрій Кравчук.', 'угоди', 'Андрій Кравчук'],
    ['ru', 'МОСКВА (Newsmark) — Россия не примет план без учета своих интересов, — заявил во вторник глава МИД Олег Ветров.', 'план', 'Олег Ветров'],
  ])('reported words, then a dash or a comma, the verb, a time phrase and the speaker (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });
});

/**
 * A particle that opens the sentence before a surname ("Сам Зуев", "Навіть Зуєв", "Nawet Nowak", "Even Stone") is no
 * part of the name: the surname is the one named before in full, whom the next pronoun is.
 */
describe('a particle before a surname that opens the sentence', () => {
  it.each([
    ['ru "Сам Зуев"', 'Суд приговорил бывшего директора Геннадия Зуева к пяти годам. Свидетелем стал 58-летний Пётр Окунев, мастер участка. Сам Зуев вину не признал. В последнем слове он заявил: «Я тридцать лет строю дороги в этом городе.»', 'строю дороги', 'Зуев'],
    ['uk "Навіть Зуєв"', 'Суд засудив колишнього директора Геннадія Зуєва. Свідком став 58-річний Петро Окунев, майстер дільниці. Навіть Зуєв визнав частину провини. В останньому слові він заявив: «Я тридцять років будую дороги в цьому місті.»', 'будую дороги', 'Зуєв'],
    ['pl "Nawet Nowak"', 'Sąd skazał byłego dyrektora Jana Nowaka. Świadkiem był 58-letni Piotr Kowal, majster. Nawet Nowak przyznał się do części zarzutów.', 'części zarzutów', 'Nowak'],
    ['en "Even Stone"', 'The court jailed former director Gary Stone. The witness was site manager Peter Hale, 58. Even Stone admitted part of the charges.', 'part of the charges', 'Gary Stone'],
  ])('%s', (_l, text, words, name) => {
    const st = statementWith(text, words);
    expect(st.speakerName).toContain(name);
    expect(st.speaker?.text ?? '').not.toMatch(/^(?:Сам|Навіть|Nawet|Even) /);
  });
});

/**
 * Russian and Ukrainian set the author's words inside dialogue after a comma (or "!", "?", "…") and a dash: "— A, —
 * сказал он." A dash right after a word is the copula's ("«Кедр» — команда первого периода"), inside the speaker's words.
 */
describe('a copula dash inside a dash line is not the author’s words', () => {
  it.each([
    ['ru', 'Наставник «Тайфуна» Рустам Хайруллин своей командой был доволен.\n\n— Мы знали, что «Кедр» — команда первого периода. Задача была перетерпеть, — сказал Хайруллин.', 'команда первого периода', 'Рустам Хайруллин'],
    ['uk', 'Тренер «Дніпра» Олег Савчук був задоволений.\n\n— Ми знали, що «Кедр» — команда першого періоду. Завдання було витерпіти, — сказав Савчук.', 'команда першого періоду', 'Олег Савчук'],
    ['pl, which sets no comma before the author’s words (read so already)', 'Trener Paweł Lis był zadowolony.\n\n– Wiedzieliśmy, że to groźny rywal. Trzeba było przetrwać – powiedział Lis.', 'groźny rywal', 'Paweł Lis'],
  ])('%s', (_l, text, words, name) => {
    const st = statementWith(text, words);
    expect(st.speakerName).toBe(name);
    expect(st.text).not.toMatch(/сказа|powiedział/);
  });
});
