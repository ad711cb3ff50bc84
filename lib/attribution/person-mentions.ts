/**
 * What the text itself says of a person beyond the role it names them with: a name opened by a common given name
 * ("Glenn Beck", with no role beside it), an honorific's gender ("Ms. Pryce"), and the gender of the first he or she
 * that follows a name before anyone else is named ("Barden now leads the group. He says …").
 */
import { DET, PRON, PRON_F, PRON_M, STOP, VERB } from './cues';
import { breaksBefore, isCapitalized, isRole, NAME_GIVEN, NAME_MR, NAME_MRS, ORG, type Doc } from './doc';
import { isGerman, isSlavic } from './language';

/** Honorifics before a surname, and the gender they say. */
export const HONORIFIC = new Map<string, 'm' | 'f'>([
  ...'mr herr monsieur m senor sr signor sig pan'.split(' ').map((w) => [w, 'm'] as [string, 'm']),
  ...'mrs ms miss frau mme mlle madame senora sra srta signora sigra pani'.split(' ').map((w) => [w, 'f'] as [string, 'f']),
]);

/** English possessive and reflexive forms beside the subject pronouns of the cue lexicons ("him" and "her" are mostly
 * someone else: "Smith told her"). */
const HE = new Set('he his himself'.split(' '));
const SHE = new Set('she herself'.split(' '));
/** The ASCII characters the words of HE and SHE open with, and whether one opens with another. */
const HE_SHE_FIRST = new Uint8Array(128);
for (const w of [...HE, ...SHE]) if (w.charCodeAt(0) < 128) HE_SHE_FIRST[w.charCodeAt(0)] = 1;
const HE_SHE_NON_ASCII = [...HE, ...SHE].some((w) => w.charCodeAt(0) >= 128);
/** Pronouns of the lexicons that also mean "they" or "it" ("sie", "il", "elle"), or are English words too (Polish
 * "on", "go"; Spanish "él" folds to the article "el"): no evidence of a person's gender. */
const AMBIGUOUS = new Set('sie il elle el on go her'.split(' '));
/**
 * Slavic oblique forms, "it" and "its" of a thing as often as "him" and "her" inside a sentence ("Директор театра Наталья
 * Воронина … назвала решение …, но не стала уточнять, кто именно его принял"): evidence only as the possessive that opens
 * a sentence, "Его адвокат", "Jego obrońca", which is a person's.
 */
const SLAVIC_OBLIQUE = new Set('его ее його її jego jej'.split(' '));

/** Whether token k may be a word of a person's name (capitalised, no article, role or institution word). */
export function nameWord(d: Doc, k: number): boolean {
  return (isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP | ORG)) && !isRole(d, k)) || nameParticle(d, k);
}

/** Capitalised particles of French and Italian surnames, folded ("Le Goff", "De Luca", "La Russa", "Di Maio"). */
const PARTICLES = new Set('le la de di da du del della lo'.split(' '));

/**
 * A particle inside a name, between a capitalised word and the rest of the surname, in one phrase: "Yannick Le Goff",
 * "Vincenzo De Luca", "Ignazio La Russa" (capitalised there, an article or a preposition would not be).
 */
export function nameParticle(d: Doc, k: number): boolean {
  // (the capital before the key: nameWord asks at every word pronounGenderAfter and the registry read, most in lower case)
  if (k < 1 || k + 1 >= d.n || !isCapitalized(d, k) || !PARTICLES.has(d.keys[k]) || breaksBefore(d, k) || breaksBefore(d, k + 1)) return false;
  if (!isCapitalized(d, k - 1) || d.flags[k - 1] & (DET | PRON | STOP) || isRole(d, k - 1)) return false;
  return isCapitalized(d, k + 1) && !(d.flags[k + 1] & (DET | PRON | STOP | ORG)) && !isRole(d, k + 1);
}

const SELF = new Set(['sam', 'sama']);

/** Abbreviated titles before a name, folded: doctor, professor, French "Pr" and "Me", "Mgr", Québec's feminine "Dre" and "Pre". */
const TITLE_ABBREVIATION = new Set('dr dre pr pre prof me mgr'.split(' '));

/**
 * The role nouns (folded) an abbreviated title stands for, that name its holder again: "le Pr Marc Delannoy" is "le
 * professeur", "le Dr Julien Carpentier" "le médecin", "Me Thierry Salles" "l'avocat".
 */
export const ABBREVIATED_ROLE = new Map<string, readonly string[]>([
  ['pr', ['professeur']],
  ['prof', ['professeur']],
  ['dr', ['docteur', 'medecin']],
  ['dre', ['docteure', 'medecin']],
  ['pre', ['professeure']],
  ['me', ['avocat', 'maitre']],
  ['mgr', ['monseigneur', 'eveque']],
]);

/** Whether token k is an abbreviated title before a name ("Me", "Pr", "Dr": capitalised, the name right after it). */
export function titleAbbreviationAt(d: Doc, k: number): boolean {
  return k + 1 < d.n && TITLE_ABBREVIATION.has(d.keys[k]) && isCapitalized(d, k) && isCapitalized(d, k + 1) && !breaksBefore(d, k + 1) && /^\.?[ \u00a0]+$/.test(d.text.slice(d.te[k], d.ts[k + 1]));
}

/**
 * The end of a name opened by a given name at token k ("Kevin D. Williamson", "Glenn Beck"), or -1: two to four
 * capitalised words in one phrase, the first a common given name and not the end of a longer run.
 */
export function givenNameEnd(d: Doc, k: number, max: number): number {
  if (!(d.names[k] & NAME_GIVEN) || !isCapitalized(d, k)) return -1;
  // (Polish "Sam Zełenski", "Sama Kowalska": "himself", "herself" before the name, not the given name Sam)
  if (SELF.has(d.keys[k]) && isSlavic(d)) return -1;
  // (an abbreviated title before it is no part of the name: "le Dr Karim Haddad", "Prof. Anna Weber")
  // (German capitalises the noun that describes someone before the name, "die Thüringerin Anna Lindner", "den Favoriten
  // Adrian Gerber": after its article, that noun is no part of the name)
  // (nor an adverb that opens the sentence: "Auch Sabine Meier kündigte Widerstand an", "Puis Erwan Le Goff a pris la
  // parole")
  if (k > 0 && !breaksBefore(d, k) && isCapitalized(d, k - 1) && !(d.flags[k - 1] & (DET | STOP)) && !isRole(d, k - 1) && !TITLE_ABBREVIATION.has(d.keys[k - 1]) && d.sentenceStart[d.sentenceOf[k]] !== k && !germanNounBefore(d, k - 1) && !germanNounAfterArticle(d, k - 1) && !germanNounOpening(d, k - 1) && !(d.sentenceStart[d.sentenceOf[k - 1]] === k - 1 && OPENING_ADVERB.has(d.keys[k - 1])) && !slavicGenitiveBefore(d, k)) return -1;
  let b = k + 1;
  // (the initial of a surname, as court reports give it, whatever word the letter also is: "Jolanta W.", Polish "w")
  while (b < max && b - k < 4 && !breaksBefore(d, b) && (nameWord(d, b) || surnameInitial(d, b))) b++;
  return b - k >= 2 ? b : -1;
}

/**
 * Whether the capitalised word before the given name at k is the complement in the genitive of a noun in lower case
 * before it, in Slavic copy: "народный артист России Виктор Шадрин", "выпускница ГИТИСа Варвара Лебедева". Not a surname
 * before a given name and a patronymic, the order of official copy ("обвиняемый Петров Иван Сергеевич").
 */
function slavicGenitiveBefore(d: Doc, k: number): boolean {
  if (k < 2 || !isSlavic(d) || d.names[k - 1] & NAME_GIVEN || isCapitalized(d, k - 2) || breaksBefore(d, k - 1) || d.sentenceStart[d.sentenceOf[k - 1]] === k - 1) return false;
  return !(k + 1 < d.n && PATRONYMIC.test(d.keys[k + 1]));
}

/** Endings of Russian and Ukrainian patronymics, folded ("Андреевич", "Сергеевна", "Ильинична", "Андріївна"). */
export const PATRONYMIC = /(вич|вна|ична|ічна)$/;

/**
 * Adverbs that open a sentence before a name, folded (German, French, English, Spanish, Italian, Portuguese); and the
 * prepositions that do ("Für Bernd Kowalczyk war genau das der Punkt", "Pour Marie Dubois, …").
 */
const OPENING_ADVERB = new Set(
  ('auch dann zudem doch jetzt nun spater ausserdem inzwischen daraufhin puis ensuite aussi alors enfin desormais then also now later meanwhile luego tambien despues poi anche inoltre depois tambem ' +
    'fur mit bei gegen ohne pour avec chez for with para con per ' +
    // (and the conjunctions that open a clause before its subject: "Wenn Heike Ruschke aus ihrem Küchenfenster schaut, …",
    // "Quand Marie Dubois est arrivée, …", "When Ann Ruiz got home, …")
    'wenn als weil obwohl nachdem bevor seit seitdem wahrend quand lorsque puisque when while since because although cuando mientras quando mentre').split(' '),
);

/** German nouns of a person, folded ("Thüringerin", "Österreicher", "Favoriten", "Lokalmatadorin"), not names. */
const GERMAN_NOUN_OF_PERSON = /\p{L}{3}(?:er|in|en|e|mann|frau|ling|ent|ant|ist|rat|ratin|wirt|wirtin)$/u;

/** Whether token j is a German noun of a person after its article or a preposition ("die Thüringerin", "vor Lokalmatadorin"). */
function germanNounBefore(d: Doc, j: number): boolean {
  if (j === 0 || !GERMAN_NOUN_OF_PERSON.test(d.keys[j]) || d.names[j] & NAME_GIVEN || breaksBefore(d, j) || !isGerman(d)) return false;
  return (d.flags[j - 1] & DET) !== 0 || ((d.flags[j - 1] & STOP) !== 0 && !isCapitalized(d, j - 1));
}

/**
 * Whether token j is any German noun after its article or a contracted preposition, a time or a place before a name ("sagte am
 * Nachmittag Gisela Maier aus", "traf im Saal Anna Weber"): German names take no article, so the noun is no part of the name.
 */
const CONTRACTED_ARTICLE = new Set(['am', 'im', 'vom', 'beim', 'zum', 'zur', 'ins', 'ans']);

function germanNounAfterArticle(d: Doc, j: number): boolean {
  return j > 0 && ((d.flags[j - 1] & DET) !== 0 || CONTRACTED_ARTICLE.has(d.keys[j - 1])) && !isCapitalized(d, j - 1) && !breaksBefore(d, j) && !(d.names[j] & NAME_GIVEN) && !(d.flags[j] & (DET | PRON | STOP)) && isGerman(d);
}

/** Whether token j, opening its sentence, is a German noun of a person before a name ("Gemeinderat Ulrich Pfänder"). */
function germanNounOpening(d: Doc, j: number): boolean {
  return d.sentenceStart[d.sentenceOf[j]] === j && GERMAN_NOUN_OF_PERSON.test(d.keys[j]) && !(d.names[j] & NAME_GIVEN) && !(d.flags[j] & (DET | STOP | PRON | VERB)) && isGerman(d);
}

/** A capital letter and its full stop: "K." in "Dennis K.". */
function surnameInitial(d: Doc, k: number): boolean {
  return d.te[k] - d.ts[k] === 1 && d.text.charCodeAt(d.te[k]) === 46 && isCapitalized(d, k);
}

/** The gender an honorific at token k says of the name after it ("Mr. Cruz", "Frau Weber"), or null. */
export function honorificGender(d: Doc, k: number): 'm' | 'f' | null {
  const g = d.names[k] & NAME_MR ? 'm' : d.names[k] & NAME_MRS ? 'f' : null;
  if (!g || k + 1 >= d.n || !isCapitalized(d, k) || !nameWord(d, k + 1)) return null;
  // (the abbreviation's full stop is no sentence end: "Mr. Cruz")
  return /^\.?[ \u00a0]+$/.test(d.text.slice(d.te[k], d.ts[k + 1])) ? g : null;
}

/**
 * The gender of the first personal pronoun after token k, in its sentence or the next, before any other name: the
 * text's own word on who a name is. Quoted words are skipped (someone else speaks there). Null when none.
 */
export function pronounGenderAfter(d: Doc, k: number, quoted: Uint8Array | null): 'm' | 'f' | null {
  const last = d.sentenceOf[Math.min(k, d.n - 1)] + 1;
  for (let j = k; j < d.n && j < k + 60 && d.sentenceOf[j] <= last; j++) {
    if (quoted && quoted[j]) continue;
    const key = d.keys[j];
    // (most words open with a letter no word of HE or SHE opens with, and need no lookup of their key)
    const c = key.charCodeAt(0);
    if (c < 128 ? HE_SHE_FIRST[c] === 1 : HE_SHE_NON_ASCII) {
      if (HE.has(key)) return 'm';
      if (SHE.has(key)) return 'f';
    }
    // (not an article that may be a pronoun too: "la" in "… Mbengue, ancien directeur général de la Société …")
    if (d.flags[j] & PRON && !(d.flags[j] & DET) && !AMBIGUOUS.has(key) && !(SLAVIC_OBLIQUE.has(key) && d.sentenceStart[d.sentenceOf[j]] !== j)) {
      if (d.flags[j] & PRON_F) return 'f';
      if (d.flags[j] & PRON_M) return 'm';
    }
    if (nameWord(d, j) && d.sentenceStart[d.sentenceOf[j]] !== j) return null;
  }
  return null;
}
