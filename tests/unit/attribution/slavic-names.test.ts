import { describe, it } from 'vitest';
import { spokenBy } from './helpers';

/**
 * A noun in lower case, its complement in the genitive capitalised, then a given name: "народный артист России Виктор
 * Шадрин", "выпускница ГИТИСа Варвара Лебедева". That is someone, whom the "он" or the "актриса" after is; the
 * capitalised word before the given name is no first half of the name.
 */
describe('a genitive complement before a given name', () => {
  it.each([
    ['ru', 'Премьера прошла с аншлагом. Режиссер Павел Гринев остался доволен.\n\nТригорина играет народный артист России Виктор Шадрин. Он признался, что поначалу скептически отнесся к замыслу режиссера.', 'поначалу скептически', 'Виктор Шадрин'],
    ['ru, a woman after an institution', 'Режиссер Павел Гринев остался доволен.\n\nРоль Нины исполнила выпускница ГИТИСа Варвара Лебедева. «Я очень боялась», — призналась она.', 'Я очень боялась', 'Варвара Лебедева'],
    ['uk', 'Режисер Павло Гриненко був задоволений.\n\nТригоріна грає народний артист України Віктор Шадрін. Він зізнався, що спочатку скептично поставився до задуму.', 'спочатку скептично', 'Віктор Шадрін'],
    ['pl (read so already)', 'Reżyser Paweł Grzyb był zadowolony.\n\nRolę Trigorina gra aktor Teatru Narodowego Wiktor Szadrin. Przyznał, że na początku był sceptyczny.\n\n– Bałem się tej roli – powiedział.', 'Bałem się tej roli', 'Wiktor Szadrin'],
  ])('%s', spokenBy);
});

/**
 * A given name and a patronymic ("Павел Андреевич") name the person named before by that given name and a surname, as
 * colleagues address a director: not someone new, whom the "он" after would go to.
 */
describe('a given name and a patronymic are the one named before', () => {
  it.each([
    ['ru', 'Режиссер Павел Гринев поставил «Чайку». Роль Нины исполнила актриса Варвара Лебедева.\n\nНа первой репетиции Павел Андреевич сказал ей: «Забудь все, что ты читала про Нину».', 'Забудь все', 'Павел Гринев'],
    ['uk', 'Режисер Павло Гриненко поставив «Чайку». Роль Ніни зіграла акторка Варвара Лебедєва.\n\nНа першій репетиції Павло Андрійович сказав їй: «Забудь усе, що ти читала про Ніну».', 'Забудь усе', 'Павло Гриненко'],
    ['ru, the walk', 'Режиссер Павел Гринев поставил «Чайку». Актеры хвалят его.\n\nПавел Андреевич требователен к труппе. «Мы репетировали по десять часов», — рассказал он.', 'Мы репетировали', 'Павел Гринев'],
  ])('%s', spokenBy);
});
