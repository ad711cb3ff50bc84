import { describe, it } from 'vitest';
import { check, statementWith, type Expect } from './helpers';

/**
 * The constructions by which Polish, Russian and Ukrainian news copy names, and names again, the person who speaks,
 * each in short invented wire passages with several speakers: where the speaker stands around the cue, source frames,
 * naming again (surname, role, description, "the latter", pronoun, a verb with no subject), paragraphs of quotes, and
 * the people and things next to a cue that are not its speaker.
 */
type Row = [construction: string, lang: string, text: string, words: string, expect: Expect];

/** One passage, several statements: each [words, expectation] becomes a row. */
function passage(construction: string, lang: string, text: string, ...checks: [string, Expect][]): Row[] {
  return checks.map(([words, e]) => [construction, lang, text, words, e]);
}

const rows: Row[] = [
  // 1. the speaker's position around the cue
  ...passage(
    'preposed with a colon, postposed role and name, a verb with no subject',
    'pl',
    'Minister zdrowia Adam Nowicki zapowiedział w poniedziałek reformę szpitali powiatowych. Nowicki powiedział: „Nie zamkniemy żadnego oddziału bez konsultacji z samorządami”. – To plan na dziesięć lat, nie na jedną kadencję – dodała wiceminister Joanna Sikorska. – Pieniądze są zabezpieczone w budżecie – zapewniła.',
    ['Nie zamkniemy', { speaker: 'Nowicki', name: 'Adam Nowicki' }],
    ['plan na dziesięć', { speaker: 'wiceminister Joanna Sikorska', name: 'Joanna Sikorska' }],
    ['Pieniądze są', { name: 'Joanna Sikorska' }],
  ),
  ...passage(
    'preposed with a colon, postposed role and name, a verb with no subject',
    'ru',
    'Министр здравоохранения области Игорь Семенов объявил о закрытии трех родильных отделений. Семенов заявил: «Это вынужденная мера, врачей просто нет». «Женщин будут возить в областной центр бесплатно», — добавила его заместитель Ольга Рябова. «Санавиация работает круглосуточно», — заверила она.',
    ['вынужденная мера', { speaker: 'Семенов', name: 'Игорь Семенов' }],
    ['Женщин будут', { name: 'Ольга Рябова' }],
    ['Санавиация', { speaker: 'она', name: 'Ольга Рябова' }],
  ),
  ...passage(
    'preposed with a colon, postposed role and name, a verb with no subject',
    'uk',
    'Міністерка освіти Оксана Литвин представила у вівторок реформу старшої школи. Литвин сказала: «Профільна школа запрацює з 2027 року». «Вчителі пройдуть перепідготовку за державний кошт», — додав її заступник Андрій Гнатюк. «Гроші на це вже передбачено в бюджеті», — запевнив він.',
    ['Профільна школа', { speaker: 'Литвин', name: 'Оксана Литвин' }],
    ['Вчителі пройдуть', { name: 'Андрій Гнатюк' }],
    ['Гроші на це', { speaker: 'він', name: 'Андрій Гнатюк' }],
  ),
  ...passage(
    'a gendered past verb with no subject, or a pronoun, takes the last person of its gender',
    'pl',
    'Posłanka Lewicy Marta Zielińska i poseł PiS Krzysztof Wrona starli się w studiu telewizyjnym o podatek od nieruchomości. – To danina od najbiedniejszych – przekonywała Zielińska. Wrona odpowiedział, że podatek obejmie tylko właścicieli kilku mieszkań. – Pani posłanka nie przeczytała projektu – dodał. Ona sama zapowiedziała, że złoży poprawki w drugim czytaniu.',
    ['danina', { name: 'Marta Zielińska' }],
    ['podatek obejmie', { name: 'Krzysztof Wrona' }],
    ['nie przeczytała', { speaker: null, name: 'Krzysztof Wrona' }],
    ['złoży poprawki', { speaker: 'Ona', name: 'Marta Zielińska' }],
  ),
  ...passage(
    'a gendered past verb with no subject, or a pronoun, takes the last person of its gender',
    'ru',
    'Депутат Госдумы Марина Климова и губернатор Андрей Шаров обменялись резкими заявлениями. «Область живет в долг», — заявила Климова. Шаров ответил, что долг сокращается третий год подряд. «Депутат путает цифры», — добавил он. Позднее она уточнила, что говорила о коммерческих кредитах.',
    ['в долг', { name: 'Марина Климова' }],
    ['долг сокращается', { name: 'Андрей Шаров' }],
    ['путает', { speaker: 'он', name: 'Андрей Шаров' }],
    ['коммерческих', { speaker: 'она', name: 'Марина Климова' }],
  ),
  ...passage(
    'a gendered past verb with no subject, or a pronoun, takes the last person of its gender',
    'uk',
    'Нардепка Ірина Бондар і голова ОДА Василь Кравець посперечалися в ефірі. «Область живе в борг», — заявила Бондар. Кравець відповів, що борг скорочується третій рік поспіль. «Депутатка плутає цифри», — додав він. Згодом вона уточнила, що йшлося про комерційні кредити.',
    ['в борг', { name: 'Ірина Бондар' }],
    ['борг скорочується', { name: 'Василь Кравець' }],
    ['плутає', { speaker: 'він', name: 'Василь Кравець' }],
    ['комерційні', { speaker: 'вона', name: 'Ірина Бондар' }],
  ),
  ...passage(
    'a gendered verb with no subject after two people: the one of its gender, not the last',
    'pl',
    'Wicepremier Anna Lis i minister rolnictwa Marek Bąk odwiedzili w piątek gospodarstwa dotknięte suszą. – Pomoc trafi do rolników jeszcze przed świętami – powiedziała. Bąk dodał, że wnioski będzie można składać od poniedziałku. Jej zdaniem susza kosztowała rolnictwo ponad miliard złotych.',
    ['Pomoc trafi', { speaker: null, name: 'Anna Lis' }],
    ['wnioski', { name: 'Marek Bąk' }],
    ['susza kosztowała', { name: 'Anna Lis' }],
  ),
  ...passage(
    'a gendered verb with no subject after two people: the one of its gender, not the last',
    'ru',
    'Вице-премьер Анна Лисина и министр сельского хозяйства Марк Бакин посетили в пятницу хозяйства, пострадавшие от засухи. «Помощь дойдет до фермеров еще до праздников», — сказала она. Бакин добавил, что заявки начнут принимать с понедельника. По ее мнению, засуха обошлась аграриям более чем в миллиард рублей.',
    ['Помощь дойдет', { name: 'Анна Лисина' }],
    ['заявки', { name: 'Марк Бакин' }],
    ['засуха обошлась', { name: 'Анна Лисина' }],
  ),
  ...passage(
    'a gendered verb with no subject after two people: the one of its gender, not the last',
    'uk',
    'Віцепрем\'єрка Ганна Лисенко і міністр аграрної політики Марко Бабич відвідали в п\'ятницю господарства, що постраждали від посухи. «Допомога надійде до фермерів ще до свят», — сказала вона. Бабич додав, що заявки прийматимуть з понеділка. На її думку, посуха коштувала аграріям понад мільярд гривень.',
    ['Допомога надійде', { name: 'Ганна Лисенко' }],
    ['заявки', { name: 'Марко Бабич' }],
    ['посуха коштувала', { name: 'Ганна Лисенко' }],
  ),
  ...passage(
    '"as X said", "in X\'s view", "according to X" with an inflected surname, "in his view"',
    'pl',
    'Ceny energii dla gospodarstw domowych wzrosną w przyszłym roku o 12 procent. Jak powiedział prezes URE Tomasz Lipski, podwyżka jest niższa, niż wnioskowały spółki. Ekonomistka Banku Pekao Anna Grabowska ma inne zdanie. Zdaniem Grabowskiej inflacja przyspieszy na początku roku. Według Lipskiego rachunki wzrosną średnio o 15 zł miesięcznie. Jego zdaniem to „koszt, który trzeba ponieść”.',
    ['podwyżka jest niższa', { name: 'Tomasz Lipski' }],
    ['inflacja przyspieszy', { speaker: 'Grabowskiej', name: 'Anna Grabowska' }],
    ['rachunki wzrosną', { speaker: 'Lipskiego', name: 'Tomasz Lipski' }],
    ['koszt, który', { speaker: 'Jego', name: 'Tomasz Lipski' }],
  ),
  ...passage(
    '"according to X", "in X\'s opinion" with an inflected surname, "in her opinion", "as X said"',
    'ru',
    'Экономист Сбербанка Алексей Ковалев ожидает снижения ключевой ставки весной. По словам Ковалева, инфляция замедляется быстрее прогнозов. С ним не согласна аналитик «Финама» Наталья Орлова. По ее мнению, ставку сохранят до лета. По мнению Орловой, бизнесу придется подождать. Как заявил Ковалев в интервью РБК, рынок «уже заложил снижение в цены».',
    ['инфляция замедляется', { speaker: 'Ковалева', name: 'Алексей Ковалев' }],
    ['сохранят до лета', { speaker: 'ее', name: 'Наталья Орлова' }],
    ['бизнесу придется', { speaker: 'Орловой', name: 'Наталья Орлова' }],
    ['заложил', { speaker: 'Ковалев', name: 'Алексей Ковалев' }],
  ),
  ...passage(
    '"according to X", "in X\'s opinion" with an inflected surname, "in her opinion", "as X said"',
    'uk',
    'Економіст Центру економічної стратегії Олексій Бондаренко очікує зниження облікової ставки навесні. За словами Бондаренка, інфляція сповільнюється швидше за прогнози. З ним не погоджується аналітикиня Марія Дорошенко. На її думку, ставку збережуть до літа. Як заявив Бондаренко в інтерв\'ю «Економічній правді», ринок «уже врахував зниження».',
    ['інфляція сповільнюється', { speaker: 'Бондаренка', name: 'Олексій Бондаренко' }],
    ['збережуть до літа', { speaker: 'її', name: 'Марія Дорошенко' }],
    ['врахував', { speaker: 'Бондаренко', name: 'Олексій Бондаренко' }],
  ),
  ...passage(
    'a quote interrupted by its attribution',
    'ru',
    '«Мы не против диалога, — подчеркнул министр иностранных дел Молдавии Ион Русу. — Но диалог не может идти под давлением». Его коллега из Румынии Богдан Ионеску высказался осторожнее. «Решения пока нет, — сказал он, — но мы его найдем».',
    ['не против диалога', { name: 'Ион Русу' }],
    ['Решения пока нет', { name: 'Богдан Ионеску' }],
  ),
  ...passage(
    'a quote interrupted by its attribution',
    'uk',
    '«Ми не проти діалогу, — наголосив міністр закордонних справ Молдови Іон Русу. — Але діалог не може йти під тиском». Його колега з Румунії Богдан Іонеску висловився обережніше. «Рішення поки немає, — сказав він, — але ми його знайдемо».',
    ['не проти діалогу', { name: 'Іон Русу' }],
    ['Рішення поки немає', { name: 'Богдан Іонеску' }],
  ),
  ...passage(
    'a quote interrupted by its attribution',
    'pl',
    '– Nie ma zgody na taki budżet – mówił w Sejmie poseł Tadeusz Mróz. – Rząd chce zadłużyć nasze wnuki.\n\nWiceminister finansów Ewa Szpak odpowiadała spokojnie. „Deficyt – tłumaczyła – spadnie już w przyszłym roku”.',
    ['zadłużyć', { name: 'Tadeusz Mróz' }],
    ['Deficyt', { name: 'Ewa Szpak' }],
  ),
  ...passage(
    'a headline "Surname: …", the body naming the person in full',
    'pl',
    'Kowalczyk: „Nie wystartuję w wyborach prezydenckich”\n\nWARSZAWA (Newsmark) – Lider Nowej Prawicy Michał Kowalczyk ogłosił w sobotę, że nie będzie kandydował. – Poprę kandydata, którego wskaże zarząd – powiedział na konwencji w Łodzi.',
    ['Nie wystartuję', { name: 'Michał Kowalczyk' }],
    ['Poprę', { name: 'Michał Kowalczyk' }],
  ),
  ...passage(
    'a headline "Surname: …", the body naming the person in full',
    'ru',
    'Гришин: «Смета была завышена вдвое»\n\nКАЗАНЬ (Newsmark) — Депутат городской думы Олег Гришин потребовал проверить смету ремонта дамбы. «Мы передадим документы в прокуратуру», — сказал он.',
    ['Смета была', { name: 'Олег Гришин' }],
    ['передадим', { name: 'Олег Гришин' }],
  ),
  ...passage(
    'a headline "Surname: …", the body naming the person in full',
    'uk',
    'Гриценко: «Кошторис завищили вдвічі»\n\nЛЬВІВ (Newsmark) — Депутат міськради Олег Гриценко вимагає перевірити кошторис ремонту дамби. «Ми передамо документи до прокуратури», — сказав він.',
    ['Кошторис', { name: 'Олег Гриценко' }],
    ['передамо', { name: 'Олег Гриценко' }],
  ),

  // 2. source frames: the speaker is the person, not the paper that reports or is spoken to
  ...passage(
    'a paper spoken to, "quoted by", "citing"',
    'pl',
    'Prokuratura Okręgowa w Lublinie wszczęła śledztwo w sprawie przetargu na obwodnicę. – Zebraliśmy dowody wskazujące na zmowę cenową – powiedział PAP rzecznik prokuratury Marek Wolski. Burmistrz Lubartowa Jan Cichy, cytowany przez „Kurier Lubelski”, zapewnił, że gmina współpracuje ze śledczymi.',
    ['Zebraliśmy', { name: 'Marek Wolski' }],
    ['gmina współpracuje', { name: 'Jan Cichy' }],
  ),
  ...passage(
    'an interview with a paper, "quoted by an agency", an agency that only reports',
    'ru',
    'Генеральный директор авиакомпании «Северные крылья» Денис Власов заявил в интервью «Коммерсанту», что компания сократит число рейсов на треть. Как сообщает ТАСС, глава Росавиации Петр Зуев пообещал проверить финансовое состояние перевозчика.',
    ['сократит', { name: 'Денис Власов' }],
    ['проверить', { name: 'Петр Зуев' }],
  ),
  ...passage(
    'an interview with a paper, "quoted by an agency", an agency that only reports',
    'uk',
    'Генеральний директор авіакомпанії «Карпатські крила» Денис Власенко заявив в інтерв\'ю «Українській правді», що компанія скоротить кількість рейсів на третину. «Запчастин немає, літаки стоять», — цитує його Укрінформ. Як повідомляє Інтерфакс-Україна, голова Державіаслужби Петро Зубко пообіцяв перевірити фінансовий стан перевізника.',
    ['скоротить', { name: 'Денис Власенко' }],
    ['Запчастин немає', { name: 'Денис Власенко' }],
    ['перевірити', { name: 'Петро Зубко' }],
  ),
  ...passage(
    'a spokesperson of a named person speaks for them but is the speaker',
    'ru',
    'Бывший мэр Сочи Виктор Ломакин задержан в аэропорту. «Обвинения надуманы», — заявила его адвокат Инна Зотова. Сам Ломакин от комментариев отказался.',
    ['надуманы', { name: 'Инна Зотова' }],
  ),

  // 3. naming again
  ...passage(
    '"the latter" (feminine), "the head of the foreign ministry", a spokeswoman',
    'pl',
    'Szef MSZ Radosław Kmita i unijna komisarz Helena Vogt rozmawiali w czwartek w Brukseli o funduszach spójności. Ta ostatnia zapewniła, że pieniądze dla Polski zostaną odblokowane do końca roku. – Rozmowa była konkretna – powiedział po spotkaniu szef MSZ. Rzeczniczka resortu Ewa Dąbek dodała, że kolejne spotkanie zaplanowano na styczeń.',
    ['odblokowane', { name: 'Helena Vogt' }],
    ['Rozmowa była', { speaker: 'szef MSZ', name: 'Radosław Kmita' }],
    ['kolejne spotkanie', { name: 'Ewa Dąbek' }],
  ),
  ...passage(
    '"the latter" (masculine) after two men',
    'pl',
    'W środę premier Jan Wolski przyjął prezydenta Litwy, a minister obrony Adam Żak poleciał do Berlina. Ten ostatni zapowiedział, że Polska kupi kolejne baterie Patriot. – Rozmawialiśmy o bezpieczeństwie regionu – mówił z kolei premier.',
    ['baterie Patriot', { name: 'Adam Żak' }],
    ['bezpieczeństwie regionu', { name: 'Jan Wolski' }],
  ),
  ...passage(
    '"the latter", "the head of the foreign ministry", a spokeswoman',
    'ru',
    'Глава МИД Сербии Марко Джурич и вице-премьер Алексей Оверин провели переговоры в Москве. Последний заявил, что Россия продолжит поставки газа на прежних условиях. «Переговоры были трудными, но честными», — сказал глава МИД на пресс-конференции. Пресс-секретарь посольства Елена Петрович уточнила, что визит продлится два дня.',
    ['поставки газа', { name: 'Алексей Оверин' }],
    ['трудными', { speaker: 'глава МИД', name: 'Марко Джурич' }],
    ['визит продлится', { name: 'Елена Петрович' }],
  ),
  ...passage(
    '"the latter" (feminine), "the head of the foreign ministry", a spokeswoman',
    'uk',
    'Міністр закордонних справ Молдови Іон Русу і віцепрем\'єрка Ольга Мельник провели переговори у Києві. Остання заявила, що Україна підтримає молдовську заявку на вступ до ЄС. «Переговори були складними, але чесними», — сказав очільник МЗС на пресконференції. Речниця посольства Ганна Ковальчук уточнила, що візит триватиме два дні.',
    ['підтримає', { name: 'Ольга Мельник' }],
    ['складними', { speaker: 'очільник МЗС', name: 'Іон Русу' }],
    ['візит триватиме', { name: 'Ганна Ковальчук' }],
  ),
  ...passage(
    'an age, "the former president", a role, a verb with no subject continuing the one in focus',
    'pl',
    'Były prezydent Andrzej Malinowski skrytykował w czwartek projekt ustawy o sądach. 72-latek ocenił, że zmiany „uderzają w niezależność sędziów”. Marszałek Sejmu Piotr Grabiec odpowiedział Malinowskiemu, że projekt był konsultowany z Komisją Wenecką. – Pan prezydent zapomina, jak sam podpisywał podobne ustawy – stwierdził marszałek. Były prezydent nie chciał tego komentować. – Nie będę polemizował – uciął.',
    ['niezależność', { name: 'Andrzej Malinowski' }],
    ['konsultowany', { name: 'Piotr Grabiec' }],
    ['zapomina', { speaker: 'marszałek', name: 'Piotr Grabiec' }],
    ['polemizował', { speaker: null, name: 'Andrzej Malinowski' }],
  ),
  ...passage(
    'an age, "the former governor", a role, a feminine pronoun',
    'ru',
    'Бывший губернатор Приморья Виктор Ломов вышел на свободу после пяти лет заключения. 61-летний политик заявил, что намерен обжаловать приговор в Верховном суде. Его адвокат Инна Зотова сообщила, что жалоба уже готова. «Мой подзащитный невиновен», — подчеркнула она. Экс-губернатор от других комментариев отказался. «Я устал и хочу побыть с семьей», — коротко сказал он.',
    ['обжаловать', { name: 'Виктор Ломов' }],
    ['жалоба уже', { name: 'Инна Зотова' }],
    ['невиновен', { speaker: 'она', name: 'Инна Зотова' }],
    ['Я устал', { speaker: 'он', name: 'Виктор Ломов' }],
  ),
  ...passage(
    'an age, "the former governor", a role, a feminine pronoun',
    'uk',
    'Колишній губернатор Одещини Віктор Ломенко вийшов на волю після п\'яти років ув\'язнення. 61-річний політик заявив, що має намір оскаржити вирок у Верховному суді. Його адвокатка Інна Зозуля повідомила, що скаргу вже підготовлено. «Мій підзахисний невинний», — наголосила вона. Ексгубернатор від інших коментарів відмовився. «Я втомився і хочу побути з родиною», — коротко сказав він.',
    ['оскаржити', { name: 'Віктор Ломенко' }],
    ['скаргу вже', { name: 'Інна Зозуля' }],
    ['невинний', { speaker: 'вона', name: 'Інна Зозуля' }],
    ['втомився', { speaker: 'він', name: 'Віктор Ломенко' }],
  ),
  ...passage(
    'a role used before for a person, then "the minister", "the party leader"',
    'ru',
    'Лидер партии «Новые люди» Павел Орехов и министр финансов Антон Сиверский поспорили о налогах. «Бизнес не выдержит новых сборов», — сказал лидер партии. Министр ответил, что сборы коснутся только крупных компаний.',
    ['не выдержит', { speaker: 'лидер партии', name: 'Павел Орехов' }],
    ['сборы коснутся', { speaker: 'Министр', name: 'Антон Сиверский' }],
  ),
  ...passage(
    'a role used before for a person, then "the minister", "the party leader"',
    'uk',
    'Лідер партії «Голос громади» Павло Горіх і міністр фінансів Антон Сірко посперечалися про податки. «Бізнес не витримає нових зборів», — сказав лідер партії. Міністр відповів, що збори стосуватимуться лише великих компаній.',
    ['не витримає', { speaker: 'лідер партії', name: 'Павло Горіх' }],
    ['збори стосуватимуться', { speaker: 'Міністр', name: 'Антон Сірко' }],
  ),
  ...passage(
    'a role used before for a person, then "the minister", "the party leader"',
    'pl',
    'Lider partii Nowa Wieś Paweł Orzech i minister finansów Antoni Sikora pokłócili się o podatki. – Biznes nie wytrzyma nowych danin – powiedział lider partii. Minister odpowiedział, że opłaty obejmą tylko duże firmy.',
    ['nie wytrzyma', { speaker: 'lider partii', name: 'Paweł Orzech' }],
    ['opłaty obejmą', { speaker: 'Minister', name: 'Antoni Sikora' }],
  ),
  ...passage(
    'an inflected surname as a speaker, the nominative introduced before',
    'pl',
    'Posłanka Anna Kowalska złożyła w Sejmie projekt ustawy o ochronie zwierząt. Według Kowalskiej zakaz hodowli na futra wejdzie w życie w 2028 roku. Poseł Jan Wiśniewski ma wątpliwości. W opinii Wiśniewskiego hodowcy powinni dostać odszkodowania.',
    ['zakaz hodowli', { speaker: 'Kowalskiej', name: 'Anna Kowalska' }],
    ['odszkodowania', { speaker: 'Wiśniewskiego', name: 'Jan Wiśniewski' }],
  ),

  // 4. paragraphs of quotes
  ...passage(
    'a paragraph of quotes continues its speaker, not across a new speaker nor after a body',
    'pl',
    'Trener Legii Jacek Mazur był po meczu rozczarowany.\n\n– Zagraliśmy najsłabszą połowę w sezonie – powiedział.\n\n– Nie mamy wymówek. Musimy to szybko naprawić.\n\nInaczej mecz ocenił kapitan drużyny Paweł Krawiec.\n\n– Druga połowa pokazała, że ten zespół żyje.',
    ['najsłabszą', { name: 'Jacek Mazur' }],
    ['wymówek', { name: 'Jacek Mazur' }],
    ['zespół żyje', { name: 'Paweł Krawiec' }],
  ),
  ...passage(
    'a paragraph of quotes continues its speaker, not across a new speaker nor after a body',
    'ru',
    'Главный тренер «Ротора» Сергей Лапин остался недоволен игрой команды.\n\n— Первый тайм мы просто проспали, — сказал он.\n\n— Соперник был быстрее в каждом эпизоде. Надо честно это признать.\n\nИначе матч оценил капитан команды Артем Жуков.\n\n«Мы показали характер во втором тайме».',
    ['проспали', { name: 'Сергей Лапин' }],
    ['Соперник был', { name: 'Сергей Лапин' }],
    ['характер', { name: 'Артем Жуков' }],
  ),
  ...passage(
    'a paragraph of quotes continues its speaker, not across a new speaker nor after a body',
    'uk',
    'Головний тренер «Ворскли» Сергій Лапа залишився незадоволеним грою команди.\n\n— Перший тайм ми просто проспали, — сказав він.\n\n— Суперник був швидшим у кожному епізоді. Треба чесно це визнати.\n\nІнакше матч оцінив капітан команди Артем Жук.\n\n«Ми показали характер у другому таймі».',
    ['проспали', { name: 'Сергій Лапа' }],
    ['Суперник був', { name: 'Сергій Лапа' }],
    ['характер', { name: 'Артем Жук' }],
  ),

  // 5. not a speaker
  ...passage(
    'not the person inside the quote, the city of a mayor, a person in a subordinate clause, a thing',
    'pl',
    'Prezydent Gdańska Aleksandra Wrzos spotkała się z mieszkańcami Oruni. – Premier Tomasz Lis obiecał nam pieniądze na tramwaj i wierzę, że dotrzyma słowa – powiedziała. Radny Adam Cieśla, którego komisja rewizyjna krytykowała za opóźnienia, przekonywał, że projekt jest gotowy. Decyzja ministerstwa wywołała zaskoczenie wśród radnych. – Nikt nas nie uprzedził – mówi radna Beata Kos.',
    ['dotrzyma słowa', { speaker: null, name: 'Aleksandra Wrzos' }],
    ['projekt jest gotowy', { name: 'Adam Cieśla' }],
    ['Nikt nas', { name: 'Beata Kos' }],
  ),
  ...passage(
    'not the person inside the quote, the city of a mayor, a person in a subordinate clause, a thing',
    'ru',
    'Мэр Казани Ильдар Сафин провел совещание после паводка. «Губернатор Рустам Хайрутдинов обещал выделить деньги на ремонт дамбы, и мы на это рассчитываем», — сказал Сафин журналистам. Депутат Олег Гришко, которого мэр обвинил в затягивании проекта, заявил, что смета была завышена вдвое. Решение правительства вызвало удивление у жителей. «Нас никто не предупредил», — рассказала пенсионерка Валентина Ушакова.',
    ['ремонт дамбы', { speaker: 'Сафин', name: 'Ильдар Сафин' }],
    ['смета была', { name: 'Олег Гришко' }],
    ['никто не предупредил', { name: 'Валентина Ушакова' }],
  ),
  ...passage(
    'not the person inside the quote, the city of a mayor, a person in a subordinate clause, a thing',
    'uk',
    'Мер Житомира Ігор Сафоненко провів нараду після паводка. «Голова ОДА Руслан Гайдай обіцяв виділити гроші на ремонт дамби, і ми на це розраховуємо», — сказав Сафоненко журналістам. Депутат Олег Гришко, якого мер звинуватив у затягуванні проєкту, заявив, що кошторис завищено вдвічі. Рішення уряду здивувало мешканців. «Нас ніхто не попередив», — розповіла пенсіонерка Валентина Ушак.',
    ['ремонт дамби', { speaker: 'Сафоненко', name: 'Ігор Сафоненко' }],
    ['кошторис завищено', { name: 'Олег Гришко' }],
    ['ніхто не попередив', { name: 'Валентина Ушак' }],
  ),
  ...passage(
    'the addressee of the cue is not the speaker',
    'pl',
    'Wicepremier Karol Zając spotkał się w Katowicach z górnikami. – Żadna kopalnia nie zostanie zamknięta przed 2030 rokiem – powiedział dziennikarzom po spotkaniu. Przewodniczący górniczej „Solidarności” Marian Buk odpowiedział wicepremierowi, że związkowcy chcą gwarancji na piśmie.',
    ['Żadna kopalnia', { speaker: null, name: 'Karol Zając' }],
    ['gwarancji na piśmie', { name: 'Marian Buk' }],
  ),
  ...passage(
    'the addressee of the cue is not the speaker',
    'ru',
    'Вице-премьер Кирилл Зайцев встретился в Кемерове с шахтерами. «Ни одна шахта не закроется до 2030 года», — сказал он журналистам после встречи. Председатель профсоюза горняков Марьян Букин ответил вице-премьеру, что шахтеры хотят письменных гарантий.',
    ['Ни одна шахта', { speaker: 'он', name: 'Кирилл Зайцев' }],
    ['письменных гарантий', { name: 'Марьян Букин' }],
  ),
  ...passage(
    'the addressee of the cue is not the speaker',
    'uk',
    'Віцепрем\'єр Кирило Заєць зустрівся в Павлограді з шахтарями. «Жодна шахта не закриється до 2030 року», — сказав він журналістам після зустрічі. Голова профспілки гірників Мар\'ян Букович відповів віцепрем\'єру, що шахтарі хочуть письмових гарантій.',
    ['Жодна шахта', { speaker: 'він', name: 'Кирило Заєць' }],
    ['письмових гарантій', { name: 'Мар\'ян Букович' }],
  ),
];

describe('speaker constructions of Polish, Russian and Ukrainian news copy', () => {
  it.each(rows)('%s (%s): %#', (_c, _l, text, words, e) => {
    check(statementWith(text, words), e);
  });
});
