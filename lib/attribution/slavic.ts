/**
 * What Slavic morphology says of a speaker: the gender of a past-tense cue verb ("добавил", "dodał", "додав" are a
 * man's, "добавила", "dodała", "додала" a woman's), so that a verb with no subject, a title or a description after it
 * ("— заверил глава региона") resolves to a person of that gender.
 */
import { AUX, COMP, DET, PRON, STOP, VERB, VERB_F } from './cues';
import { breaksBefore, isCapitalized, type Doc } from './doc';
import { isSlavic, isUkrainian } from './language';

/** Masculine past tense, folded, reflexive ending removed: Russian "сказал", Polish "powiedział", Ukrainian "сказав". */
const PAST_M_RU_PL = /(?:[аеиоуыяюё]л|[aeiouyąę]ł)$/;
const PAST_M_UK = /[аеиоуіїяюєи]в$/;
const REFLEXIVE = /(?:ся|сь)$/;

/** The gender a cue verb at token k gives its subject: 'f', 'm', or null (present tense, plural, gerund, other languages). */
export function verbGender(d: Doc, k: number): 'm' | 'f' | null {
  if (k < 0 || k >= d.n) return null;
  const f = d.flags[k];
  if (!(f & VERB)) return null;
  if (f & VERB_F) return 'f';
  const key = d.keys[k].replace(REFLEXIVE, '');
  if (PAST_M_RU_PL.test(key)) return 'm';
  if (PAST_M_UK.test(key) && isUkrainian(d)) return 'm';
  return null;
}

/**
 * Nouns for people by their suffix, in any case ("специалист", "пенсионерка", "градоначальника", "analityczka",
 * "посадовиця", "хоккеист", "женщина"): how copy names a person it introduced a sentence before.
 */
const PERSON_NOUN =
  /(?:ист|истк|ик|ниц|иц|тел|ец|ц|ант|ент|ор|ер|лог|к|щик|чик|ар|ач|іст|ець|иц|ниц|женщин|мужчин|жінк|чоловік|ista|istk|ik|nik|arz|ec|c|or|er|log|k|czk|yni|ant|ent|kobiet|mężczyzn)(?:а|я|ы|и|у|ю|ом|ой|ем|е|і|ї|ою|a|y|i|u|ą|ę|owi|iem|em|e)?$/;
/** Nouns of that shape that name institutions, places and things ("полиция", "прокуратура", "policja", "spółka"), and adjectives ("amerykański"). */
const NOT_PERSON_END = /(?:ski|cki|dzki|ska|cka|skie|ckie|skiego|ский|цкий|ская|цкая|ского|ський|цький|ська|цька|ського)$/;
const NOT_PERSON = /^(полиц|прокурат|администрац|компан|больниц|столиц|границ|улиц|площадк|policj|prokurat|spółk|firm|granic|ulic|stolic|поліц|адміністрац|компані|лікарн|столиц|кордон|вулиц)/;

/** Whether token k is a lower-case noun that names a person in Slavic copy. */
export function personNoun(d: Doc, k: number): boolean {
  const key = d.keys[k];
  return key.length >= 5 && !isCapitalized(d, k) && !(d.flags[k] & (STOP | COMP | PRON | DET | AUX | VERB)) && PERSON_NOUN.test(key) && !NOT_PERSON.test(key) && !NOT_PERSON_END.test(key) && isSlavic(d);
}

/**
 * A person named by a description after a cue verb, ending the clause: "— заявил специалист.", "– dodała
 * analityczka.", "— розповіла посадовиця.", "— сказал собеседник агентства." (a complement of two words at most).
 */
export function describedAfter(d: Doc, j: number, max: number): { a: number; b: number } | null {
  if (j >= max || !personNoun(d, j)) return null;
  let e = j + 1;
  while (e < max && e - j < 3 && !breaksBefore(d, e) && !isCapitalized(d, e) && !(d.flags[e] & (STOP | COMP | PRON | DET | AUX | VERB))) e++;
  return e >= max || breaksBefore(d, e) ? { a: j, b: e } : null;
}

/** "The latter" in Russian, Ukrainian and Polish (folded), by gender, in the cases a speaker or a source takes. */
const LATTER_M = new Set('последний последнего последнему останній останнього останньому ostatni ostatniego ostatniemu'.split(' '));
const LATTER_F = new Set('последняя последней последнюю остання останньої останній ostatnia ostatniej'.split(' '));
/** Demonstratives before it ("ten ostatni", "ta ostatnia", "этот последний"). */
const LATTER_DEM = new Set('ten ta tego tej temu этот эта этого этой тот та того той цей ця цього цієї той'.split(' '));

/** The gender "the latter" gives when the phrase is one: 'm', 'f', 'any' (Ukrainian "останній" is both); else null. */
export function latterGender(d: Doc, ph: { a: number; b: number }): 'm' | 'f' | 'any' | null {
  const k = ph.b - 1;
  if (ph.b - ph.a > 2 || (ph.b - ph.a === 2 && !LATTER_DEM.has(d.keys[ph.a]))) return null;
  const key = d.keys[k];
  const m = LATTER_M.has(key);
  const f = LATTER_F.has(key);
  if (!m && !f) return null;
  if (!isSlavic(d)) return null;
  return m && f ? 'any' : m ? 'm' : 'f';
}

/** The word after a number that makes it an age ("61-летний", "61-річна", "72-latek", "45-letnia"), by gender. */
const AGE_M = /^(?:летн(?:ий|его|ему|им)|річн(?:ий|ого|ому|им)|letni(?:ego|emu|m)?|latek|latkiem|latkowi)$/;
const AGE_F = /^(?:летн(?:яя|ей|юю)|річн(?:а|ої|ій|у)|letni(?:a|ej|ą)|latka|latką|latce)$/;

/**
 * A person described by an age at token j: the number, the age word, perhaps one lower-case noun ("61-летний политик",
 * "72-latek", "61-річна політикиня"), up to `max` at most; the phrase, or null.
 */
export function agePhraseAt(d: Doc, j: number, max: number): { a: number; b: number } | null {
  if (j + 1 >= max || !/^\d{1,3}$/.test(d.keys[j]) || breaksBefore(d, j + 1) || !isSlavic(d)) return null;
  const w = d.keys[j + 1];
  if (!AGE_M.test(w) && !AGE_F.test(w)) return null;
  const n = j + 2;
  if (n < max && !breaksBefore(d, n) && !isCapitalized(d, n) && !(d.flags[n] & (STOP | COMP | PRON | DET | AUX | VERB))) return { a: j, b: n + 1 };
  // (and the name it stands before, which the phrase names: "— сетовал 45-летний Сергей" is Сергей, not the last man of
  // 45 or of any age)
  if (ageBeforeName(d, j + 1) !== null) {
    let e = n;
    while (e < max && e - n < 3 && !breaksBefore(d, e) && isCapitalized(d, e) && !(d.flags[e] & (STOP | COMP | PRON | DET | AUX | VERB))) e++;
    if (e > n) return { a: j, b: e };
  }
  return { a: j, b: j + 2 };
}

/** The nominative of an age word, by gender: only a subject's age is read before a name (not "45-летнему Сергею"). */
const AGE_NOMINATIVE_M = /^(?:летний|річний|letni|latek)$/;
const AGE_NOMINATIVE_F = /^(?:летняя|річна|letnia|latka)$/;

/**
 * The gender of an age that stands before a name, as Slavic copy brings ordinary people in ("67-летняя Нина Петровна",
 * "45-летний Сергей", "72-letni Jan Kos"): token k the age word after its number, token k + 1 the name's first word. Else
 * null.
 */
export function ageBeforeName(d: Doc, k: number): 'm' | 'f' | null {
  if (k < 1 || k + 1 >= d.n) return null;
  // (the number's first digit before anything else: the walk asks at most words a capitalised one follows)
  const c = d.keys[k - 1].charCodeAt(0);
  if (c < 48 || c > 57 || breaksBefore(d, k) || breaksBefore(d, k + 1) || !isCapitalized(d, k + 1) || !/^\d{1,3}$/.test(d.keys[k - 1]) || !isSlavic(d)) return null;
  return AGE_NOMINATIVE_F.test(d.keys[k]) ? 'f' : AGE_NOMINATIVE_M.test(d.keys[k]) ? 'm' : null;
}

/** The gender an age phrase gives ('m' or 'f'), when the phrase is one (see agePhraseAt); else null. */
export function ageGender(d: Doc, ph: { a: number; b: number }): 'm' | 'f' | null {
  const p = agePhraseAt(d, ph.a, ph.b);
  // (an age and a name is the name's phrase: ageBeforeName)
  if (!p || p.b !== ph.b || isCapitalized(d, ph.b - 1)) return null;
  return AGE_F.test(d.keys[ph.a + 1]) ? 'f' : 'm';
}

/** "Сам", "sama": the emphatic pronoun after a subject pronoun ("Ona sama zapowiedziała, że …"). */
const SELF = new Set('сам сама само сами sam sama samo sami'.split(' '));

/**
 * The subject of a Slavic cue verb at k that opens the sentence at fa and that the general subject rule does not read:
 * "the latter" ("Ta ostatnia zapewniła", "Последний заявил"), a pronoun with "self" ("Ona sama zapowiedziała").
 */
export function slavicSubjectBefore(d: Doc, fa: number, k: number): { a: number; b: number } | null {
  if (k - fa < 1 || k - fa > 3 || !isSlavic(d)) return null;
  for (let j = fa + 1; j <= k; j++) if (breaksBefore(d, j)) return null;
  if (latterGender(d, { a: fa, b: k })) return { a: fa, b: k };
  const age = agePhraseAt(d, fa, k);
  if (age && age.b === k) return age;
  if (k - fa === 2 && d.flags[fa] & PRON && SELF.has(d.keys[fa + 1])) return { a: fa, b: fa + 1 };
  return null;
}
