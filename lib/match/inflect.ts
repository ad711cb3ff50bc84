/**
 * Inflection tolerance for names in Latin script (flag 4 in the compiled
 * alias): German genitive "Russlands", "Putins"; Polish and Czech cases
 * "Putina", "Putinem", "Ukrainy", "Rosji", "Zełenskiego" (ł folds to l). Only
 * for capitalised names, metonyms and variants, bases of five letters or
 * more, and a closed list of endings.
 */
// Not 'y': English country names end in it ("Germany" must not give "German", "Germans").
const LATIN_NOMINATIVE = ['a', 'e', 'o'];
const LATIN_ENDINGS = new Set(['', 's', 'es', 'a', 'u', 'e', 'y', 'i', 'em', 'om', 'ie', 'ou', 'owi', 'ovi', 'iem', 'ego', 'emu', 'ym', 'im', 'ji', 'ii', 'ia']);
const MIN_LATIN_BASE = 5;

export function isLatinWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 0xdf && c < 0x250);
}

/** Bases of a Latin alias token ("ukraina" → ["ukraina", "ukrain"]). */
export function latinBases(aliasKey: string): string[] {
  if (!isLatinWord(aliasKey)) return [];
  const out: string[] = [];
  if (aliasKey.length >= MIN_LATIN_BASE) out.push(aliasKey);
  const last = aliasKey[aliasKey.length - 1];
  if (LATIN_NOMINATIVE.includes(last) && aliasKey.length - 1 >= MIN_LATIN_BASE) out.push(aliasKey.slice(0, -1));
  return out;
}

/** Candidate bases of a Latin text token. */
export function latinTextBases(key: string): string[] {
  const out: string[] = [];
  for (let l = 0; l <= 3; l++) {
    if (key.length - l < MIN_LATIN_BASE) break;
    if (LATIN_ENDINGS.has(key.slice(key.length - l))) out.push(key.slice(0, key.length - l));
  }
  return out;
}

/**
 * Inflection tolerance for Cyrillic names: "Лавров" also matches "Лаврова",
 * "Лавровым"; "Зеленский" matches "Зеленского", "Зеленському" (Ukrainian
 * alias "Зеленський"); "Москва" matches "Москвы", "Москве".
 *
 * An alias token gives one or two bases (itself, and itself without its
 * nominative ending); a text token matches when it is a base plus a known
 * case ending. Bases shorter than four letters are not used: "США", "ЕС" and
 * short words would collide with ordinary words.
 */

const MIN_BASE = 4;

/** Nominative endings removed from an alias token to get its base. */
const NOMINATIVE = ['ий', 'ый', 'ой', 'ій', 'ая', 'яя', 'ія', 'а', 'я', 'й', 'ь', 'о', 'е', 'ы', 'и'];

/** Case endings a text token may add to a base (Russian and Ukrainian). */
const CASE_ENDINGS = new Set([
  '', 'а', 'я', 'у', 'ю', 'е', 'є', 'и', 'ы', 'і', 'ї', 'о',
  'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'єю', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ів', 'ым', 'им', 'ім', 'их', 'ых', 'іх',
  'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ий', 'ый', 'ій', 'ої', 'ої',
  'ого', 'его', 'ому', 'ему', 'ами', 'ями', 'ові', 'еві', 'єві', 'ими', 'ыми', 'ією', 'ії', 'ію', 'ьою',
]);
const MAX_ENDING = 3;

export function isCyrillicWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 0x400 && c < 0x530;
}

/** Bases of an alias token ("зеленский" → ["зеленский", "зеленск"]); empty when too short. */
export function cyrillicBases(aliasKey: string): string[] {
  if (!isCyrillicWord(aliasKey)) return [];
  const out: string[] = [];
  if (aliasKey.length >= MIN_BASE) out.push(aliasKey);
  for (const e of NOMINATIVE) {
    if (aliasKey.endsWith(e) && aliasKey.length - e.length >= MIN_BASE) {
      out.push(aliasKey.slice(0, aliasKey.length - e.length));
      break;
    }
  }
  return out;
}

/** Candidate bases of a text token: the token minus each case ending it may carry. */
export function textBases(key: string): string[] {
  const out: string[] = [];
  for (let l = 0; l <= MAX_ENDING; l++) {
    if (key.length - l < MIN_BASE) break;
    if (CASE_ENDINGS.has(key.slice(key.length - l))) out.push(key.slice(0, key.length - l));
  }
  return out;
}
