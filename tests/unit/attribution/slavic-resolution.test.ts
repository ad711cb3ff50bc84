import { describe, it } from 'vitest';
import { check, spokenBy, statementWith } from './helpers';

/**
 * Who a Slavic statement's speaker is when the words next to the cue do not name them: the gender of the past-tense
 * verb, a role's complement in capitals before the name, the head of any body, a long institution before a name.
 */
describe('speaker resolution in Russian, Ukrainian and Polish copy', () => {
  it.each([
    ['ru', 'Глава города Руслан Болотов провел совещание по ремонту моста. Министр ЖКХ Ирина Шевчук сообщила, что работы закончат к пятнице. «Сроки мы не сорвем», — заверил мэр.', 'Сроки мы не сорвем', 'Руслан Болотов'],
    ['uk', 'Міський голова Ігор Дорошенко провів нараду щодо ремонту мосту. Директорка департаменту Оксана Левчук повідомила, що роботи завершать до п’ятниці. «Терміни ми не зірвемо», — запевнив мер.', 'Терміни ми не зірвемо', 'Ігор Дорошенко'],
    ['pl', 'Szef szpitala Jan Kos spotkał się ze związkowcami. Rzeczniczka placówki Anna Lis przekazała, że rozmowy potrwają do piątku. „Pieniądze się znajdą” – zapewnił dyrektor.', 'Pieniądze się znajdą', 'Jan Kos'],
  ])('a masculine verb takes a man for a role that names no one yet (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', 'Губернатор Псковской области Михаил Ведерников провел совещание. Министр ЖКХ Ирина Шевчук сообщила, что работы закончат к пятнице. «Виновные ответят», — пообещал глава региона.', 'Виновные ответят', 'Михаил Ведерников'],
    ['uk', 'Голова обласної адміністрації Віталій Кім провів нараду. Директорка департаменту Оксана Левчук повідомила, що роботи завершать до п’ятниці. «Винні відповідатимуть», — пообіцяв очільник області.', 'Винні відповідатимуть', 'Віталій Кім'],
    ['pl', 'Minister zdrowia Adam Kowal spotkał się z lekarzami. Rzeczniczka ministerstwa Anna Lis przekazała, że rozmowy potrwają do piątku. „Nie zostawimy szpitali” – zapewnił szef resortu.', 'Nie zostawimy szpitali', 'Adam Kowal'],
  ])('the head of a body is the last person of the verb\'s gender, whatever role they were named with (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', 'Губернатор Псковской области Михаил Ведерников заявил, что паводок пойдет на спад к выходным.', 'паводок пойдет', 'Михаил Ведерников'],
    ['uk', 'Аналітик Центру економічних досліджень Мирослава Бондар вважає, що інфляція сповільниться до осені.', 'інфляція сповільниться', 'Мирослава Бондар'],
    ['ru', 'Министр обороны России Андрей Белоусов заявил, что армия получит новые беспилотники до конца года.', 'армия получит', 'Андрей Белоусов'],
    ['pl', 'Minister obrony Niemiec Boris Pistorius powiedział, że Berlin przekaże kolejne systemy obrony.', 'Berlin przekaże', 'Boris Pistorius'],
  ])('the capitalised words of a role\'s complement are not the name that follows them (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });

  it.each([
    ['pl', 'Ekspertka Polskiego Instytutu Spraw Międzynarodowych Karolina Nowicka nie ma złudzeń. „Moskwa liczy na zmęczenie Zachodu” – tłumaczy analityczka.', 'Moskwa liczy', 'Karolina Nowicka'],
    ['uk', 'Експерт Інституту Євро-Атлантичного Співробітництва Олег Мельник не має ілюзій. «Москва розраховує на втому Заходу», — пояснив аналітик.', 'Москва розраховує', 'Олег Мельник'],
  ])('a person introduced after a long institution name is the person, not its last word (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', 'По словам помощника губернатора Андрея Никитина, переговоры с подрядчиком продолжатся в среду.\n\n«Мы готовы к компромиссу, но не любой ценой», — добавил он.', 'готовы к компромиссу', 'Андрея Никитина'],
    ['uk', 'За словами помічника губернатора Андрія Никитенка, переговори з підрядником триватимуть у середу.\n\n«Ми готові до компромісу, але не за будь-яку ціну», — додав він.', 'готові до компромісу', 'Андрія Никитенка'],
  ])('a name in an oblique case says nothing of its gender: "он" may be the man it names (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['pl', 'Burmistrz Sopotu zapowiedział podwyżki opłat za parkowanie\n\nSOPOT, 4 marca. Od kwietnia godzina parkowania w centrum będzie kosztować 8 zł. „Miasto nie może dłużej dopłacać do kierowców” – powiedział dziennikarzom burmistrz Sopotu Jan Kos.', 'podwyżki opłat', 'Jan Kos'],
    ['ru', 'Губернатор: «Отопление вернут к утру»\n\nТВЕРЬ, 3 февраля. Губернатор Тверской области Игорь Руденко пообещал, что тепло в дома вернется к утру вторника.', 'Отопление вернут', 'Игорь Руденко'],
    ['uk', 'Мер Харкова назвав відключення «свідомим терором»\n\nХАРКІВ, 5 січня. «Удари по підстанціях спрямовані проти цивільних», — сказав журналістам мер Харкова Ігор Терехов.', 'свідомим терором', 'Ігор Терехов'],
  ])('a headline speaker named by a role is the person the body names with that role (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Министр строительства Олег Кравцов посетил пострадавший поселок.\n\n«Все дома восстановим до зимы», — заявил чиновник.', 'дома восстановим', 'Олег Кравцов'],
    ['pl', 'Trener Jan Urban nie krył rozczarowania po porażce w Gdańsku.\n\n„Zagraliśmy bez pomysłu i bez energii” – ocenił szkoleniowiec.', 'bez pomysłu', 'Jan Urban'],
    ['uk', 'Міністерка Олена Шуляк відвідала постраждале селище.\n\n«Усі будинки відбудуємо до зими», — пообіцяла посадовиця.', 'будинки відбудуємо', 'Олена Шуляк'],
    ['ru', 'Глава города Руслан Болотов провел совещание.\n\nПо словам градоначальника, ремонт моста завершат до конца месяца.', 'ремонт моста', 'Руслан Болотов'],
  ])('a person described by a lower-case noun is the last person of its gender (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Главный тренер «Спартака» Иван Петров остался недоволен игрой команды.\n\n«Мы провалили первый тайм», — отметил он.', 'провалили', 'Иван Петров'],
    ['pl', 'Prezes „Orlenu” Jan Kowalczyk nie ukrywał zadowolenia z wyników spółki.\n\n„To był rekordowy rok dla całej grupy” – stwierdził.', 'rekordowy rok', 'Jan Kowalczyk'],
    ['uk', 'Головний тренер «Динамо» Олег Лужний залишився незадоволеним грою команди.\n\n«Ми провалили перший тайм», — зазначив він.', 'провалили', 'Олег Лужний'],
  ])('a role completed by a name in quotation marks introduces the person after it (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['ru', 'Канцлер Германии Фридрих Мерц прибыл в Париж на переговоры. Президент Франции Эмманюэль Макрон встретил гостя в Елисейском дворце. Французский лидер заявил, что Европа должна тратить больше на оборону.\n\n«Мы согласны, но деньги нужно тратить разумно», — сказал немецкий лидер.', 'тратить разумно', 'Фридрих Мерц'],
    ['pl', 'Kanclerz Niemiec Friedrich Merz przyjechał do Paryża. Prezydent Francji Emmanuel Macron przyjął gościa w Pałacu Elizejskim. Francuski przywódca oświadczył, że Europa musi więcej wydawać na obronę.\n\n„Zgadzamy się, ale pieniądze trzeba wydawać rozsądnie” – powiedział niemiecki przywódca.', 'wydawać rozsądnie', 'Friedrich Merz'],
    ['uk', 'Канцлер Німеччини Фрідріх Мерц прибув до Парижа. Президент Франції Емманюель Макрон зустрів гостя в Єлисейському палаці. Французький лідер заявив, що Європа має більше витрачати на оборону.\n\n«Ми згодні, але гроші треба витрачати розумно», — сказав німецький лідер.', 'витрачати розумно', 'Фрідріх Мерц'],
  ])('a role with one country\'s adjective is not the person described with another\'s (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['pl', 'Wiceminister rolnictwa Adam Lis spotkał się z rolnikami. Radna Ewa Kos powiedziała, że dopłaty ruszą w maju.\n\n„Pieniądze na dopłaty są zabezpieczone” – dodał wiceszef resortu.', 'Pieniądze na dopłaty', 'Adam Lis'],
    ['uk', 'Віцеспікер парламенту Олег Корнієнко провів зустріч з депутатами. Депутат Ігор Бойко заявив, що законопроєкт розглянуть у четвер.\n\n«Голосування відбудеться за будь-яких умов», — наголосив віцеспікер.', 'Голосування відбудеться', 'Олег Корнієнко'],
  ])('a deputy of a role is a role ("wiceszef", "віцеспікер") (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', 'Министр финансов Антон Силуанов заявил, что бюджет будет исполнен без дефицита.\n\n«Оснований для паники нет».\n\nГлава Счетной палаты Борис Кудряшов с этим не согласен.\n\n«Цифры говорят об обратном. Доходы падают второй квартал подряд».', 'Цифры говорят', 'Борис Кудряшов'],
    ['pl', 'Minister finansów Andrzej Domański zapewnił, że budżet jest bezpieczny.\n\n„Nie ma powodów do paniki”.\n\nEkonomistka Banku Pekao Marta Lis ma inne zdanie.\n\n„Deficyt rośnie szybciej, niż zakładano. To niepokojące”.', 'Deficyt rośnie', 'Marta Lis'],
    ['uk', 'Міністр фінансів Сергій Марченко заявив, що бюджет виконають без дефіциту.\n\n«Підстав для паніки немає».\n\nГолова Рахункової палати Ольга Пищенко з цим не згодна.\n\n«Цифри свідчать про протилежне. Доходи падають другий квартал поспіль».', 'Цифри свідчать', 'Ольга Пищенко'],
  ])('a quote after a sentence that introduces someone new is theirs, not the last speaker\'s (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', 'Министр финансов Антон Силуанов заявил, что бюджет будет исполнен без дефицита.\n\n«Оснований для паники нет».\n\n«Резервы фонда позволяют закрыть любой разрыв».', 'Резервы фонда', 'Антон Силуанов'],
    ['pl', 'Minister finansów Andrzej Domański zapewnił, że budżet jest bezpieczny.\n\n„Nie ma powodów do paniki”.\n\n„Rezerwy pozwalają pokryć każdą lukę”.', 'Rezerwy pozwalają', 'Andrzej Domański'],
  ])('a paragraph of quotes with no one new goes on with the last speaker (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['pl', 'Przewodnicząca związku Halina Sowa spotkała się z górnikami w Katowicach.\n\nWedług Sowy związkowcy nie wykluczają strajku w czerwcu.', 'nie wykluczają', 'Halina Sowa'],
    ['ru', 'Председатель профсоюза Ирина Сова встретилась с шахтерами в Кемерове.\n\nПо словам Совы, профсоюз не исключает забастовки в июне.', 'не исключает', 'Ирина Сова'],
    ['uk', 'Голова профспілки Ганна Сова зустрілася з шахтарями в Павлограді.\n\nЗа словами Сови, профспілка не виключає страйку в червні.', 'не виключає', 'Ганна Сова'],
  ])('a short surname inflected in its last vowel is the person named before (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });

  it.each([
    ['ru', 'Источник в правительстве сообщил ТАСС, что следующий раунд переговоров пройдет в Женеве.', 'следующий раунд', 'Источник в правительстве'],
    ['uk', 'Джерело в Міністерстві енергетики повідомило, що графіки відключень скоротять наступного тижня.', 'графіки відключень', 'Джерело в Міністерстві енергетики'],
  ])('an unnamed source is known by where it sits (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'indirect', name });
  });

  it.each([
    ['ru', 'Министерство здравоохранения сообщило, что число заболевших гриппом снизилось на треть.', 'число заболевших', 'Министерство здравоохранения'],
    ['pl', 'Ministerstwo Obrony Narodowej poinformowało, że na granicy z Białorusią wzmocniono patrole.', 'wzmocniono patrole', 'Ministerstwo Obrony Narodowej'],
    ['uk', 'Міністерство охорони здоров’я повідомило, що кількість хворих на грип зменшилася на третину.', 'кількість хворих', 'Міністерство охорони здоров’я'],
  ])('the neuter past of a cue verb reports a body or a source of neuter gender (%s)', (_l, text, words, speaker) => {
    check(statementWith(text, words), { kind: 'indirect', speaker });
  });

  it.each([
    ['ru', 'Жители собирают подписи против повышения тарифа. «Нас никто не спрашивал. Просто прислали квитанцию», — рассказала одна из активисток, учительница Марина Лосева.', 'никто не спрашивал', 'Марина Лосева'],
    ['pl', 'Mieszkańcy zbierają podpisy przeciw budowie spalarni. „Nikt nas nie pytał o zdanie” – mówi jedna z organizatorek protestu, emerytka Halina Wróbel.', 'Nikt nas nie pytał', 'Halina Wróbel'],
    ['uk', 'Мешканці збирають підписи проти підвищення тарифу. «Нас ніхто не питав. Просто надіслали квитанцію», — розповіла одна з активісток, вчителька Марина Лосєва.', 'ніхто не питав', 'Марина Лосєва'],
  ])('one of a group, then who in apposition, after the cue verb (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });
});

/**
 * The gender a name takes from the pronoun after it reads subject pronouns only: a Slavic oblique form ("его", "його",
 * "jego") is "it" or "its" of a thing as often as "him" ("Директор театра Наталья Воронина назвала решение …, но не
 * уточнила, кто его принял"), and made the director a man, whom the "она" after her words could not be.
 */
describe('an oblique pronoun after a name says nothing of its gender (ru, uk, pl)', () => {
  it.each([
    ['ru', 'Актриса Анна Белова ушла из театра. Директор театра Наталья Воронина в разговоре с «Медузой» назвала решение «вынужденным», но не стала уточнять, кто именно его принял.\n\n«Я отвечаю за коллектив», — сказала она.', 'отвечаю за коллектив', 'Наталья Воронина'],
    ['uk', 'Акторка Анна Білова пішла з театру. Директор театру Наталія Воронина в розмові з «Суспільним» назвала рішення «вимушеним», але не стала уточнювати, хто саме його ухвалив.\n\n«Я відповідаю за колектив», — сказала вона.', 'відповідаю за колектив', 'Наталія Воронина'],
    ['pl', 'Aktorka Anna Biała odeszła z teatru. Dyrektor teatru Natalia Woronina nazwała decyzję „wymuszoną”, ale nie powiedziała, kto jego autorem.\n\n„Odpowiadam za zespół” – powiedziała ona.', 'Odpowiadam za zespół', 'Natalia Woronina'],
  ])('%s', spokenBy);
});

/**
 * Capitalised words right after a Slavic preposition are its object, a place as often as not ("на Крайнем Севере", "na
 * Dalekiej Północy"): a role a few words back ("режиссер перенес действие на …") does not name them, and "режиссер" later
 * is the director named before.
 */
describe('a role does not name the object of a preposition after it (ru, uk, pl)', () => {
  it.each([
    ['ru', 'Премьеру поставил режиссер Антон Селиверстов. Действие пьесы режиссер перенес на метеостанцию где-то на Крайнем Севере.\n\n«Мы любим жалеть героев», — сказал режиссер.', 'любим жалеть', 'Антон Селиверстов'],
    ['uk', "Прем'єру поставив режисер Антон Селіверстов. Дію п'єси режисер переніс на метеостанцію десь на Крайній Півночі.\n\n«Ми любимо жаліти героїв», — сказав режисер.", 'любимо жаліти', 'Антон Селіверстов'],
    ['pl (read so already)', 'Premierę przygotował reżyser Antoni Sielski. Akcję sztuki reżyser przeniósł na stację meteo gdzieś na Dalekiej Północy.\n\n– Lubimy żałować bohaterów – powiedział reżyser.', 'Lubimy żałować', 'Antoni Sielski'],
  ])('%s', spokenBy);
});
