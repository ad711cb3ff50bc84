/**
 * Stop words per language (normalised: lower case, no diacritics) and
 * negation cues. Stop-word lists deliberately leave the negations out:
 * "Russia is not willing" must not look like "Russia is willing".
 */

const LISTS: Record<string, string> = {
  en:
    "a an the and or but if then so than that this these those there here of in on at to from by for with about as into onto over under " +
    "between through during before after above below up down out off again further once is are was were be been being am " +
    "have has had having do does did doing will would shall should can could may might must it its it's he him his she her hers " +
    "they them their theirs we us our ours you your yours i me my mine who whom whose which what when where why how " +
    "all any both each few more most other some such only own same too very just also s t via per amid while because " +
    "said says say told according",
  de:
    'der die das den dem des ein eine einen einem einer eines und oder aber wenn dann so als dass dies diese dieser dieses ' +
    'von in im an am auf aus bei mit nach seit zu zum zur fur uber unter vor hinter neben zwischen durch um ist sind war waren ' +
    'sein bin bist seid wird werden wurde wurden hat haben hatte hatten kann konnen muss mussen soll sollen will wollen ' +
    'er sie es wir ihr ich du man sich ihn ihm ihnen sein seine ihre ihrem ihren auch noch nur schon sehr wie was wer wo',
  fr:
    "le la les l un une des du de d et ou mais si donc que qu qui quoi dont ou ce cet cette ces ceux celle celles " +
    "dans en au aux sur sous par pour avec chez entre vers depuis pendant avant apres est sont etait etaient etre " +
    "a ont avait avaient avoir sera seront il elle ils elles on nous vous je tu se sa son ses leur leurs lui y " +
    "aussi plus tres comme selon",
  es:
    'el la los las lo un una unos unas y o pero si que quien cual cuyo este esta estos estas ese esa esos esas ' +
    'de del al en por para con entre sobre hacia desde durante antes despues es son era eran ser fue fueron ' +
    'ha han habia haber sera seran el ella ellos ellas se su sus le les nos mas muy tambien como segun',
  pt:
    'o a os as um uma uns umas e ou mas se que quem qual cujo este esta estes estas esse essa esses essas ' +
    'de do da dos das em no na nos nas ao aos por pelo pela para com entre sobre desde durante antes depois ' +
    'e sao era eram ser foi foram ha tem tinha ter sera serao ele ela eles elas seu sua seus suas lhe mais muito tambem como segundo',
  ru:
    'и в во на с со к ко по о об от до из у за над под при про для через без а но или что чтобы как так это этот эта эти ' +
    'тот та те то же ли бы был была были было быть есть он она они оно мы вы я ты его ее их ему ей им нам вам ' +
    'свой своей своих который которая которые которого также уже еще только очень',
  uk:
    'і й та в у на з із зі до від по про для через за над під при як так це цей ця ці той та ті що щоб ' +
    'а але або же чи б був була були було бути є він вона вони воно ми ви я ти його її їх йому їй їм нам вам ' +
    'свій своєї своїх який яка які якого також вже ще лише дуже',
};

export const NEGATIONS = new Set(
  (
    "not no never none nobody nothing neither nor cannot n't " +
    'nicht kein keine keinen keinem keiner keines nie niemals ' +
    'ne pas jamais aucun aucune rien ni non ' +
    'nunca jamas ningun ninguna ninguno tampoco ' +
    'nao nenhum nenhuma nem ' +
    'не нет ни никогда ничего никакие никаких ' +
    'ні ніколи нічого жодних жодного'
  ).split(' '),
);

/** "no" is a negation in English and Spanish but a contraction ("em + o") in Portuguese. */
export const AMBIGUOUS_NEGATIONS = new Set(['no']);

export function isNegation(key: string): boolean {
  return NEGATIONS.has(key) || key.endsWith("n't");
}

export const STOPWORDS: Record<string, Set<string>> = {};
for (const [lang, words] of Object.entries(LISTS)) {
  STOPWORDS[lang] = new Set(words.split(/\s+/).filter((w) => w && !NEGATIONS.has(w)));
}

/** Union of all stop-word lists, negations excluded. */
export const ALL_STOPWORDS = new Set<string>();
for (const s of Object.values(STOPWORDS)) for (const w of s) ALL_STOPWORDS.add(w);
for (const w of NEGATIONS) ALL_STOPWORDS.delete(w);

export function isStopword(key: string): boolean {
  return ALL_STOPWORDS.has(key);
}

/**
 * Stop-word test for text in these languages: the union of their lists, all
 * lists when a language has none. The lists overlap other languages' content
 * words (German "war", "hat", "die"; French "son", "plus"; Spanish "era", "al"),
 * so English text must not lose them to a German or Spanish list.
 */
export function stopwordTest(langs: readonly string[]): (key: string) => boolean {
  if (langs.length === 0 || langs.some((l) => !STOPWORDS[l])) return isStopword;
  if (langs.length === 1) {
    const set = STOPWORDS[langs[0]];
    return (key) => set.has(key);
  }
  const set = new Set<string>();
  for (const l of langs) for (const w of STOPWORDS[l]) set.add(w);
  return (key) => set.has(key);
}

/** Very short function words that identify a language well (used to pick stemmers). */
const MARKERS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'was', 'for', 'has'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich'],
  fr: ['le', 'les', 'des', 'est', 'et', 'une', 'du', 'pour', 'dans', 'qui'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'una', 'para', 'por', 'con'],
  pt: ['os', 'do', 'da', 'das', 'dos', 'uma', 'para', 'com', 'nao', 'que'],
};
export const LANG_MARKERS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(MARKERS)) for (const w of words) {
  const l = LANG_MARKERS.get(w) ?? [];
  l.push(lang);
  LANG_MARKERS.set(w, l);
}
