import { describe, it } from 'vitest';
import { check, statementWith } from './helpers';

/**
 * The Slavic lexicons' coverage: a speaker named by a role noun of news copy (a witness, a rescuer, a police officer,
 * a resident) is read as a role, so the name after it is the name and not the role with it; a quote whose cue is an
 * imperfective past, a present or a verb of recalling gets that cue and its speaker.
 */
describe('role nouns and cue verb forms of Russian, Ukrainian and Polish news copy', () => {
  it.each([
    ['ru', 'Очевидец Анна Белова рассказала, что автобус вылетел на встречную полосу.', 'автобус вылетел', 'Очевидец Анна Белова', 'Анна Белова'],
    ['ru', 'Политтехнолог Игорь Михайлов считает, что губернатор воспользуется аварией.', 'губернатор воспользуется', 'Политтехнолог Игорь Михайлов', 'Игорь Михайлов'],
    ['uk', 'Мешканка будинку Ольга Ткачук розповіла, що вибух пролунав о четвертій ранку.', 'вибух пролунав', 'Мешканка будинку Ольга Ткачук', 'Ольга Ткачук'],
    ['uk', 'Рятувальник Андрій Гнатюк уточнив, що під завалами нікого немає.', 'під завалами', 'Рятувальник Андрій Гнатюк', 'Андрій Гнатюк'],
    ['pl', 'Mieszkanka pobliskiego osiedla Ewa Sroka powiedziała, że hałas obudził ją o czwartej.', 'hałas obudził', 'Mieszkanka pobliskiego osiedla Ewa Sroka', 'Ewa Sroka'],
    ['pl', 'Ratownik medyczny Tomasz Lis przekazał, że ranni trafili do szpitala.', 'ranni trafili', 'Ratownik medyczny Tomasz Lis', 'Tomasz Lis'],
  ])('a role noun before a name is not part of the name (%s)', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { kind: 'indirect', speaker, name });
  });

  it.each([
    [
      'ru',
      'Начальник городской полиции Сергей Кравец провел брифинг после аварии на трассе. «Водитель автобуса превысил скорость почти вдвое», — подчеркивал полицейский.',
      'превысил скорость',
      'полицейский',
      'Сергей Кравец',
    ],
    [
      'ru',
      'Очевидец Анна Белова рассказала, что автобус вылетел на встречную полосу.\n\n«Я видела, как он пытался затормозить», — вспоминает она.',
      'пытался затормозить',
      'она',
      'Анна Белова',
    ],
    [
      'uk',
      'Міський голова Ігор Сапожко провів нараду після обстрілу. «Усі служби працюють у посиленому режимі», — наголошував очільник громади.',
      'посиленому режимі',
      'очільник громади',
      'Ігор Сапожко',
    ],
    [
      'uk',
      'Рятувальник Андрій Гнатюк уточнив, що під завалами нікого немає. «Роботи завершимо до вечора», — пояснював фахівець.',
      'завершимо до вечора',
      'фахівець',
      'Андрій Гнатюк',
    ],
    [
      'pl',
      'Komendant miejski policji Marek Wrona zwołał konferencję po wypadku na obwodnicy. „Kierowca ciężarówki jechał za szybko” – uściślił policjant.',
      'jechał za szybko',
      'policjant',
      'Marek Wrona',
    ],
    [
      'pl',
      'Mieszkanka pobliskiego osiedla Ewa Sroka powiedziała, że hałas obudził ją o czwartej. „Myślałam, że to wybuch” – wspomina kobieta.',
      'to wybuch',
      'kobieta',
      'Ewa Sroka',
    ],
  ])('a quote whose cue is a verb form the lists lacked gets its speaker (%s)', (_l, text, words, speaker, name) => {
    check(statementWith(text, words), { kind: 'direct', speaker, name });
  });

  it.each([
    ['uk', 'Юрист Сава Чорний вважає, що суд затягне розгляд позову. Адвокатка Ольга Кравець заявила, що подасть апеляцію.\n\n«Ми не відступимо», — сказав він.', 'не відступимо', 'Сава Чорний'],
  ])("a man's given name in -а is a man's (%s)", (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['ru', 'Министр внутренних дел Владимир Колокольцев провел коллегию. Его заместитель Александр Горовой доложил о раскрываемости.\n\n«Преступность снижается третий год подряд», — заверил глава МВД.', 'Преступность снижается', 'Владимир Колокольцев'],
    ['uk', 'Міністр внутрішніх справ Ігор Клименко провів нараду. Його заступник Леонід Тимченко доповів про ситуацію на дорогах.\n\n«Патрулі посилять до кінця тижня», — запевнив очільник МВС.', 'Патрулі посилять', 'Ігор Клименко'],
    ['pl', 'Minister obrony Władysław Kosiniak-Kamysz spotkał się z wiceministrem Pawłem Zalewskim, który przedstawił plan zakupów.\n\n„Nie ma na co czekać” – powiedział szef MON.', 'na co czekać', 'Władysław Kosiniak-Kamysz'],
  ])('the head of a ministry named by its acronym is its minister, not the last man named (%s)', (_l, text, words, name) => {
    check(statementWith(text, words), { kind: 'direct', name });
  });

  it.each([
    ['pl', 'Tabela podaje dane z ubiegłego roku.', 'dane z ubiegłego'],
    ['ru', 'Компания продолжила работу над проектом.', 'работу над'],
  ])('a verb that mostly takes a thing for its object is no cue (%s)', (_l, text, words) => {
    // (statementWith throws when no statement holds the words)
    let found = true;
    try {
      statementWith(text, words);
    } catch {
      found = false;
    }
    if (found) throw new Error(`"${words}" was read as a statement`);
  });
});
