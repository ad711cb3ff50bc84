/**
 * Function words of German and English, to tell a German text from an English one (none shared with French,
 * Portuguese…): makeDoc counts them among the first MARKS_WINDOW tokens, isGerman and isEnglish compare the counts.
 */
export const GERMAN_MARKS = 'der die und ist nicht dass sich dem mit von wird auch eine einer sie er hat sind war wurde';
export const ENGLISH_MARKS = 'the and of to is that with was for has will would not are this';
export const MARKS_WINDOW = 1500;

/** The counts makeDoc keeps (doc.ts), and the text, for the German quotation marks and the Slavic letters. */
interface Marks {
  text: string;
  n: number;
  germanMarks: number;
  englishMarks: number;
  /** SCRIPT_* bits: isSlavic's, isUkrainian's and isGerman's answers once read (a Doc's; other objects keep theirs in a WeakMap, or none) */
  script?: number;
}

const SCRIPT_SLAVIC_READ = 1;
const SCRIPT_SLAVIC = 2;
const SCRIPT_UKRAINIAN_READ = 4;
const SCRIPT_UKRAINIAN = 8;
const SCRIPT_GERMAN_READ = 16;
const SCRIPT_GERMAN = 32;
const SCRIPT_ITALIAN_READ = 64;
const SCRIPT_ITALIAN = 128;

/** Function words only Italian writes, among our languages. */
const ITALIAN_WORDS = /(?<![\p{L}'’])(?:queste|questi|quello|quella|alla|alle|allo|agli|ieri|anni|dopo|secondo|della|delle|degli|nella|nelle|negli|sulla|dalla|anche|questo|questa|sono|gli|perché|però|già|più)(?![\p{L}'’])/giu;

/**
 * Italian copy: three of its own function words in the text's first 4,000 characters. Asked where a given name is a
 * man's in Italian and a woman's elsewhere ("Nicola", "Michele", "Simone").
 */
const italian = new WeakMap<Marks, boolean>();
export function isItalian(d: Marks): boolean {
  const script = d.script;
  if (script !== undefined && script & SCRIPT_ITALIAN_READ) return (script & SCRIPT_ITALIAN) !== 0;
  return remember(d, SCRIPT_ITALIAN_READ, SCRIPT_ITALIAN, italian, italianText);
}
const italianText = (text: string): boolean => (text.slice(0, 4000).match(ITALIAN_WORDS)?.length ?? 0) >= 3;

/**
 * A script test's answer for d, read once: kept in d.script (bits `read` and `yes`) when d has the field, as a Doc does,
 * else in `cache`. The callers read d.script themselves first, so the answer once kept costs no call.
 */
function remember(d: Marks, read: number, yes: number, cache: WeakMap<Marks, boolean>, test: (text: string) => boolean): boolean {
  const script = d.script;
  let v = script === undefined ? cache.get(d) : undefined;
  if (v === undefined) {
    v = test(d.text);
    if (script !== undefined) d.script = script | read | (v ? yes : 0);
    else cache.set(d, v);
  }
  return v;
}

/**
 * German copy: more German function words than English ones, three of them, or one and a „…“ quotation. A Doc keeps
 * the answer: with one or two German words and fewer English ones (a French or Polish article that names "Ursula von
 * der Leyen") the test reads the whole text, and the registry's walk asks it thousands of times a page (lemonde-1 of
 * the 33 pages with her name put first took 2.0 ms in attribute() instead of 0.6).
 */
export function isGerman(d: Marks): boolean {
  const script = d.script;
  if (script !== undefined && script & SCRIPT_GERMAN_READ) return (script & SCRIPT_GERMAN) !== 0;
  const de = d.germanMarks;
  const v = de > d.englishMarks && (de >= 3 || (de >= 1 && /\u201e[^\u201d\n]*\u201c/.test(d.text)));
  if (script !== undefined) d.script = script | SCRIPT_GERMAN_READ | (v ? SCRIPT_GERMAN : 0);
  return v;
}

/**
 * English copy, at two strengths. `present`: a few English function words and more than German ones, enough to read
 * English sentence patterns (a text of three lines is English or not on that little). `prevailing`: they make a tenth
 * of the first tokens, as they do in any English text; rules that would misread another language's ordinary copy
 * ask for this (Polish "to" is among the marks, but far rarer).
 */
export function isEnglish(d: Marks, strength: 'present' | 'prevailing'): boolean {
  if (d.englishMarks <= d.germanMarks) return false;
  return strength === 'present' ? d.englishMarks >= 3 : d.englishMarks * 10 >= Math.min(d.n, MARKS_WINDOW);
}

/**
 * Slavic copy: Cyrillic letters, or the letters only Polish writes (ą ę ł ń ś ź ż). Asked thousands of times a page:
 * a Doc keeps the answer in its own field, read faster than a WeakMap.
 */
const slavic = new WeakMap<Marks, boolean>();
export function isSlavic(d: Marks): boolean {
  const script = d.script;
  if (script !== undefined && script & SCRIPT_SLAVIC_READ) return (script & SCRIPT_SLAVIC) !== 0;
  return remember(d, SCRIPT_SLAVIC_READ, SCRIPT_SLAVIC, slavic, slavicText);
}
// (one character class: two alternatives cost the engine twice the time on a text with neither)
const slavicText = (text: string): boolean => /[\u0400-\u04ffąęłńśźżĄĘŁŃŚŹŻ]/.test(text.slice(0, 4000));

/** Ukrainian copy (і, ї, є, ґ) rather than Russian (ы, э, ъ): "заявив" is a Ukrainian man's past, a Russian gerund. */
const ukrainian = new WeakMap<Marks, boolean>();
export function isUkrainian(d: Marks): boolean {
  const script = d.script;
  if (script !== undefined && script & SCRIPT_UKRAINIAN_READ) return (script & SCRIPT_UKRAINIAN) !== 0;
  return remember(d, SCRIPT_UKRAINIAN_READ, SCRIPT_UKRAINIAN, ukrainian, ukrainianText);
}
function ukrainianText(text: string): boolean {
  const sample = text.slice(0, 4000);
  return (sample.match(/[іїєґІЇЄҐ]/g)?.length ?? 0) > (sample.match(/[ыэъЫЭЪ]/g)?.length ?? 0);
}
