/**
 * The language of a short text (a selection the reader tracks), from its
 * script and its function words: enough to stem its terms the right way.
 * Our nine languages; English when nothing tells.
 */
import { normalize } from './normalize';
import { tokenize } from './segment';

const MARKERS: Record<string, string[]> = {
  en: 'the and of to is that with was for has will would not are this'.split(' '),
  de: 'der die und das ist nicht mit den von sich wird auch ein eine dass'.split(' '),
  fr: 'le les des est et une du pour dans qui pas sur au que'.split(' '),
  es: 'el los las y del que una para por con no se al lo'.split(' '),
  pt: 'os do da das dos uma para com nao que ao no na'.split(' '),
  it: 'il della che non di per una con gli sono del alla lo'.split(' '),
  pl: 'nie jest sie na do ze w z i to jak dla od przez co po oraz tylko juz'.split(' '),
};

export function guessLang(text: string): string {
  if (/[\u0400-\u04FF]/.test(text)) return /[іїєґ]/i.test(text) ? 'uk' : 'ru';
  if (/[ąęłńśźż]/i.test(text)) return 'pl';
  const keys = tokenize(normalize(text).text).keys;
  let best = 'en';
  let bestN = 0;
  for (const [lang, words] of Object.entries(MARKERS)) {
    const n = keys.filter((k) => words.includes(k)).length;
    if (n > bestN) {
      best = lang;
      bestN = n;
    }
  }
  return best;
}
