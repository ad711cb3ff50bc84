import { attribute } from '../../../lib/attribution';
import { describe, expect, it } from 'vitest';
import { check, statementWith } from './helpers';

/**
 * Where a source phrase ends and whom it names in Polish, Russian and Ukrainian copy: a Polish genitive frame with no
 * comma, offices named by a periphrasis, roles with the institution they serve, groups in the genitive plural, and
 * the speaker carried through a dialogue of dashes.
 */
describe('sources in Polish, Russian and Ukrainian copy', () => {
  it.each([
    // a role, its institution, a full name, then the clause's subject in a form only a nominative has
    ['Według rzecznika Kremla Dmitrija Pieskowa Rosja nie dostała jeszcze projektu porozumienia.', 'Rosja nie dostała jeszcze projektu porozumienia.', 'rzecznika Kremla Dmitrija Pieskowa'],
    ['Zdaniem wicepremiera Krzysztofa Gawkowskiego Polska musi szybciej inwestować w cyberbezpieczeństwo.', 'Polska musi szybciej inwestować w cyberbezpieczeństwo.', 'wicepremiera Krzysztofa Gawkowskiego'],
    // a full name with no role, then a subject
    ['Według Jarosława Wolskiego Moskwa nie ma już rezerw na nową ofensywę.', 'Moskwa nie ma już rezerw na nową ofensywę.', 'Jarosława Wolskiego'],
    // a role, a full name, then a masculine nominative
    ['Według premiera Donalda Tuska Sejm zajmie się ustawą jeszcze w grudniu.', 'Sejm zajmie się ustawą jeszcze w grudniu.', 'premiera Donalda Tuska'],
    // a role and its complement in lower case, then the clause
    ['Według wiceministra finansów podatek od nadmiarowych zysków banków zostanie utrzymany.', 'podatek od nadmiarowych zysków banków zostanie utrzymany.', 'wiceministra finansów'],
    // a two-word name, then the clause in lower case (the name does not run on into it)
    ['Według Marka Jabłońskiego ustawa jest niekonstytucyjna.', 'ustawa jest niekonstytucyjna.', 'Marka Jabłońskiego'],
  ])('a Polish genitive source with no comma ends where the clause begins: %s', (text, content, speaker) => {
    const s = statementWith(text, content.slice(0, 20));
    check(s, { kind: 'indirect', speaker });
    if (!content.startsWith(s.text)) throw new Error(`content ${JSON.stringify(s.text)}, want ${JSON.stringify(content)}`);
  });

  it('a name read before does not swallow the subject after it: the next quote with no subject takes the name', () => {
    const text = 'Według rzecznika Kremla Dmitrija Pieskowa Rosja nie dostała jeszcze projektu porozumienia. – Znamy tylko doniesienia prasowe – dodał.';
    check(statementWith(text, 'Znamy tylko'), { kind: 'direct', speaker: null, name: 'Dmitrija Pieskowa' });
  });

  it.each([
    ['ru', 'Президент Финляндии Александр Стубб прибыл в Киев во вторник. Пресс-секретарь президента Украины Сергей Никифоров сообщил, что переговоры продлятся два дня. По словам главы государства, стороны обсудят поставки систем ПВО.', 'систем ПВО', 'Александр Стубб'],
    ['uk', 'Президентка Молдови Мая Санду прибула до Києва у вівторок. Речник МЗС України Георгій Тихий повідомив, що переговори триватимуть два дні. За словами глави держави, сторони обговорять енергетичну безпеку.', 'енергетичну', 'Мая Санду'],
    ['pl', 'Premier Donald Tusk przyjechał do Wilna we wtorek. Rzecznik MSZ Paweł Wroński poinformował, że rozmowy potrwają dwa dni. – Będziemy rozmawiać o bezpieczeństwie energetycznym – powiedział szef rządu.', 'bezpieczeństwie', 'Donald Tusk'],
    ['pl', 'Prezydent Litwy Gitanas Nausėda przyjechał do Warszawy. Rzecznik MSZ Paweł Wroński poinformował, że wizyta potrwa dwa dni. Według głowy państwa, Wilno chce wspólnych zakupów amunicji.', 'amunicji', 'Gitanas Nausėda'],
  ])('an office named by a periphrasis is the person named with its role, not the last person (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it.each([
    ['pl', 'Ekspertka Polskiego Instytutu Spraw Międzynarodowych Ewa Sowa uważa, że rozmowy utknęły. Zdaniem rzecznika rządu negocjacje mogą potrwać kilka miesięcy.', 'negocjacje', 'rzecznika rządu'],
    ['ru', 'Эксперт Высшей школы экономики Ирина Власова считает, что переговоры зашли в тупик. По словам представителя правительства, консультации продолжатся в январе.', 'консультации', 'представителя правительства'],
    ['uk', 'Експертка Центру Разумкова Ірина Власенко вважає, що переговори зайшли в глухий кут. За словами представника уряду, консультації продовжаться в січні.', 'консультації', 'представника уряду'],
  ])('a role with the institution it serves is not someone introduced with another role (%s)', (_l, text, words, source) => {
    check(statementWith(text, words), { speaker: source, name: source });
  });

  it.each([
    ['ru', 'Пресс-секретарь президента Дмитрий Песков провел брифинг. «Мы не будем комментировать слухи, — пояснил представитель Кремля. — Ждем официальных документов».', 'слухи', 'Дмитрий Песков'],
    ['uk', 'Речник президента Дмитро Пєсков провів брифінг. «Ми не коментуватимемо чутки, — пояснив представник Кремля. — Чекаємо офіційних документів».', 'чутки', 'Дмитро Пєсков'],
    ['pl', 'Rzecznik prezydenta Rosji Dmitrij Pieskow zorganizował briefing. „Nie będziemy komentować plotek. Czekamy na oficjalne dokumenty” – powiedział rzecznik Kremla.', 'plotek', 'Dmitrij Pieskow'],
  ])('the institution a role serves is no surname (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { name });
  });

  it('a person the knowledge base knows, named after a role, keeps their name (the mention runs on past the first word)', () => {
    const text = 'Deputy Economy Minister Pieter de Vries said the government would not intervene in the dispute.';
    const at = text.indexOf('Pieter');
    const mention = { actorId: 'act_new', ref: 'U-A-1', start: at, end: at + 'Pieter de Vries'.length, text: 'Pieter de Vries', aliasType: 'name' as const, confidence: 1 };
    const [s] = attribute(text, { actorMentions: [mention] });
    expect(s.speakerName).not.toMatch(/Minister/);
  });

  it.each([
    ['pl', 'Minister obrony Władysław Kamysz odwiedził jednostkę w Orzyszu. Zdaniem ekspertów wojsko potrzebuje więcej amunicji.', 'wojsko', 'ekspertów'],
    ['ru', 'Глава ЦБ Эльвира Набиуллина выступила в Госдуме. По мнению аналитиков, ставка останется высокой до лета.', 'ставка', 'аналитиков'],
    ['uk', 'Голова НБУ Андрій Пишний виступив у Раді. На думку економістів, інфляція сповільниться навесні.', 'інфляція', 'економістів'],
  ])('a role in the genitive plural after a frame is a group (%s)', (_l, text, words, group) => {
    check(statementWith(text, words), { speaker: group, name: group });
  });

  it.each([
    ['pl', 'Szefowa MSWiA Anna Kwiecień odwiedziła w czwartek Przemyśl. – Sytuacja na granicy jest stabilna – podkreśliła. – Nie widzimy zagrożenia dla mieszkańców.', 'Nie widzimy', 'Anna Kwiecień'],
    ['pl', 'Wiceminister Tomasz Lis przyjechał do Chełma w piątek. – Straż Graniczna ma pełne wsparcie – zaznaczył. – Dostanie nowe pojazdy jeszcze w tym roku.', 'Dostanie', 'Tomasz Lis'],
    ['ru', 'Губернатор Сергей Орлов провел совещание в Белгороде.\n— Ситуация в регионе остается сложной, — сказал он. — Мы продолжаем эвакуацию жителей приграничных сел.\n— Все пункты временного размещения готовы, — добавил губернатор.', 'пункты', 'Сергей Орлов'],
    ['uk', 'Голова ОВА Олег Синєгубов провів нараду в Харкові.\n— Ситуація в області залишається складною, — заявив він.\n— Евакуація з прикордонних сіл триває, — додав Синєгубов. — Пункти тимчасового розміщення готові.', 'Пункти', 'Олег Синєгубов'],
  ])('a dialogue of dashes keeps its speaker through verbs with no subject (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });
});

/**
 * A frame's source in the genitive may run long before the name that ends it, a role and its complements ("По словам
 * заведующего лабораторией природно-очаговых инфекций Сибирского центра вирусологии Игоря Смолина, …"): the statement is
 * what follows the comma, and the name last in the source speaks, not the last person named before nor a capitalised
 * word of the complements.
 */
describe('a long source in the genitive before a comma (ru, uk, pl)', () => {
  it.each([
    ['ru', 'Вирусолог Наталья Гребенщикова выступила в среду.\n\nПо словам заведующего лабораторией природно-очаговых инфекций Сибирского центра вирусологии Игоря Смолина, за последние двадцать лет сезон активности клещей в регионе удлинился на три недели.', 'за последние двадцать лет', 'Смолина'],
    ['uk', 'Вірусологиня Наталія Гребенщикова виступила в середу.\n\nЗа словами завідувача лабораторії природно-вогнищевих інфекцій Київського центру вірусології Ігоря Смоліна, за останні двадцять років сезон активності кліщів у регіоні подовжився на три тижні.', 'за останні двадцять років', 'Смоліна'],
    ['pl, the role read alone before', 'Wirusolożka Natalia Grab wystąpiła w środę.\n\nWedług kierownika pracowni chorób odkleszczowych Śląskiego ośrodka wirusologii Jana Kowalskiego, w ostatnich dwudziestu latach sezon aktywności kleszczy wydłużył się o trzy tygodnie.', 'w ostatnich dwudziestu latach', 'Kowalskiego'],
  ])('%s', (_, text, content, name) => {
    const s = statementWith(text, content);
    expect(s?.text.startsWith(content)).toBe(true);
    expect(s?.speakerName).toContain(name);
  });

  it('guard: a role alone before the comma stays the source ("Według rzecznika, …")', () => {
    const s = statementWith('Według rzecznika, rząd nie planuje zmian w ustawie o szkolnictwie wyższym.', 'rząd nie planuje');
    expect(s?.speaker?.text).toBe('rzecznika');
  });
});

/**
 * A speaker after a Slavic cue named by a role, the name of its body in quotation marks, then the person ("— отмечает
 * ведущий аналитик ИК «Невский капитал» Денис Лаптев"): the phrase runs past the marks to the name, and the person is
 * that name, not the last analyst named before nor a word of the body's name.
 */
describe('a role, a body in quotation marks, then the name, after the cue (ru, uk, pl)', () => {
  it.each([
    ['ru', 'Аналитик Андрей Ковальчук высказался первым.\n\n«Высокая ключевая ставка бьет по заказчикам», — отмечает ведущий аналитик ИК «Невский капитал» Денис Лаптев.', 'бьет по заказчикам', 'Денис Лаптев'],
    ['uk', "Аналітик Андрій Коваль висловився першим.\n\n«Висока облікова ставка б'є по замовниках», — зазначає провідний аналітик ІК «Дніпровський капітал» Денис Лаптєв.", "б'є по замовниках", 'Денис Лаптєв'],
    ['pl', 'Analityk Andrzej Kowal wypowiedział się pierwszy.\n\n– Wysokie stopy biją w klientów – mówi analityk DM „Nowy Kapitał” Dariusz Lapa.', 'biją w klientów', 'Dariusz Lapa'],
  ])('%s', (_, text, content, name) => {
    expect(statementWith(text, content).speakerName).toBe(name);
  });
});
