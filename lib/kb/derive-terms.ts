/**
 * The terms a tracked claim is matched by, derived from the words the reader
 * selected so that nobody has to write cues: each content word becomes one
 * concept (its stem, or a prefix where inflection outruns our stemmers),
 * numbers become one concept each whatever their punctuation ("2.75", "2,75"),
 * and names weigh more than common words. The result is ordinary concepts:
 * the reader edits them like any other claim's cues, and the matcher scores
 * them on the same path as the seed's.
 *
 * No dictionaries: a statement is found in another language only through what
 * survives translation (numbers, names, international words).
 */
import type { Concept, Lang, Term } from './types';
import { normalize } from '../text/normalize';
import { tokenize } from '../text/segment';
import { isNegation, stopwordTest } from '../text/stopwords';
import { scriptOf, stemFor } from '../text/stem';
import { monthForms, numberOfWord, numberWords, scaleForms } from '../text/figures';

export type DerivedKind = 'number' | 'name' | 'word';

export interface DerivedTerm {
  kind: DerivedKind;
  /** the words as written in the selection */
  surface: string;
  weight: number;
  terms: Term[];
}

/** Concepts kept per claim: the heaviest; the rest would only dilute coverage. */
export const MAX_DERIVED_CONCEPTS = 10;

/**
 * Words that carry little of a statement in news copy: reporting verbs,
 * hedges and vague quantities. A paraphrase swaps them freely ("around" /
 * "some", "expected" / "likely"), so they are not terms of it.
 */
const WEAK = new Set(
  (
    'around about some nearly almost roughly approximately expected likely would could will also already still ' +
    'year years time times people thing things way new first last next many much several every single whole ' +
    'make made take get give going want need think know see come came keep say added told stated asked ' +
    'rund etwa fast weitere neue jahr jahre wieder bereits immer ' +
    'environ pres plus moins annee ans fois encore deja tous toutes tout ' +
    'alrededor unos unas casi mas anos ano vez todos todas ya ' +
    'cerca cerca de quase mais anos ano vez todos todas ja ' +
    'circa quasi anni anno volta tutti tutte gia ancora ' +
    'okolo prawie roku lat raz wszyscy juz jeszcze ' +
    'около почти года лет год раз все уже еще ' +
    'близько майже року років рік раз всі вже ще'
  ).split(' '),
);

/**
 * Function words, auxiliaries and modals our stopword lists lack for some languages (there is
 * none for Italian or Polish): as terms they only weigh down the statement, since any version of
 * it has its own ("werde" / "soll", "vão" / "vai", "може" / "зможе").
 */
const FUNCTION_WORDS = new Set(
  (
    'would could should might shall must now here there very one two this that these those just ' +
    'werde werden wird wurde wurden worden soll sollen sollte habe haben hat hatte sei seien einem einen einer eines dass ' +
    'ici sera seront serait etre avoir fait cette ces leur leurs ' +
    'hasta dentro sera seran habra sido esta este estos estas esto muy ' +
    'vai vao vou ira irao ate ainda sido esta estao ' +
    'che chi cui del della dello dei delle degli nel nella nei nelle con per tra fra allo alla agli alle dal dalla ' +
    'sul sulla come anche ogni sono stato stata stati essere molto questo questa quello quella suo sua loro piu ' +
    'jako oraz ale czy sie jest byl byla bedzie beda przez przy dla nad pod ktory ktora ktore tego tej jego jej ich ' +
    'kazdy kazda kazde takze moze moga ' +
    'может могут будет будут этой этого этот эта если также ' +
    'якщо можуть може зможе цієї цього цей ця які буде будуть має мають також'
  ).split(' '),
);

/**
 * Words before a negation that make it a contrast ("Gazprom and not the Kremlin", "а не Кремль") or
 * a condition ("if it does not rain", "si no llueve", "якщо обстріли не"), not the statement's
 * denial. "But not" stays a denial: "yes to the EU, but not at the farmers' expense".
 */
const NOT_A_DENIAL = new Set(
  (
    'and rather if unless ' +
    'und sondern wenn falls ' +
    'et si ' +
    'y sino ' +
    'e se ' +
    'i a jesli jezeli ' +
    'а и если ' +
    'і якщо'
  ).split(' '),
);

/** Relative pronouns: a negation shortly after one, inside the statement, is a relative clause's ("every country that has not signed"). */
const RELATIVE = new Set('that which who whom whose qui cui che который которая которое которые который котором який яка яке які ktory ktora ktore ktorych'.split(' '));

function inRelativeClause(keys: readonly string[], k: number): boolean {
  // Not at the statement's start: there "that …" is the reported statement itself.
  for (let j = Math.max(2, k - 3); j < k; j++) if (RELATIVE.has(keys[j])) return true;
  return false;
}

/** Endings stripped for languages without a stemmer of ours (a prefix term then covers the inflections). */
const LIGHT_ENDINGS: Record<string, string[]> = {
  it: ['azioni', 'azione', 'mente', 'ando', 'endo', 'ato', 'ata', 'ati', 'ate', 'uto', 'uta', 'iti', 'ito', 'ita', 'are', 'ere', 'ire', 'ono', 'ano', 'i', 'e', 'o', 'a'],
  pl: ['ami', 'ach', 'ego', 'emu', 'ych', 'ymi', 'imi', 'owie', 'ów', 'om', 'ie', 'ia', 'iu', 'ą', 'ę', 'y', 'i', 'a', 'e', 'u', 'o'],
};

function lightStem(lang: string, w: string): string {
  const endings = LIGHT_ENDINGS[lang];
  if (!endings) return w;
  for (const e of endings) if (w.length - e.length >= 4 && w.endsWith(e)) return w.slice(0, -e.length);
  return w;
}

/** The term text for a content word: stems match on both sides; a prefix serves languages we do not stem. */
function wordTerm(lang: string, key: string): string {
  if (LIGHT_ENDINGS[lang] && scriptOf(key) === 'latin') {
    // Polish and Italian inflect and derive at the end of the word: its first letters carry it
    // (truncation to six letters is the classic stand-in for a stemmer there).
    if (key.length > 6) return `${key.slice(0, 6)}*`;
    // Shorter words still decline ("ustawę" / "ustawy"): without their ending, as a prefix.
    const st = lightStem(lang, key);
    return st.length >= 4 && st.length < key.length ? `${st}*` : key;
  }
  if (scriptOf(key) === 'cyrillic') {
    // Russian and Ukrainian alternate the stem's last consonant across cases and
    // aspects (поставлять / поставки): one letter less, as a prefix, covers both.
    const st = stemFor(lang, key);
    return st.length >= 6 ? `${st.slice(0, -1)}*` : key;
  }
  return key;
}

/**
 * A name's term. Slavic languages decline names ("Газпром" / "Газпрому", "Кремль" / "Кремля"):
 * in Cyrillic their stem as a prefix, when the stem keeps enough letters to stay that name.
 */
function nameTerm(lang: string, key: string, term: string): string {
  if (term.endsWith('*') || scriptOf(key) !== 'cyrillic') return term;
  const st = stemFor(lang, key);
  return st.length >= 4 && st.length < key.length ? `${st}*` : term;
}

/**
 * Terms for forms of every language: stemmed as English (Latin script) or Russian (Cyrillic)
 * on both sides, which a page of any language also produces for each of its words.
 */
function anyLangTerms(forms: string[]): Term[] {
  return forms.map((f) => ({ text: f, lang: scriptOf(f) === 'cyrillic' ? 'ru' : 'en' }));
}

/** Languages that write months with a capital (elsewhere a capitalised month word is a name: "Marco"). */
const CAPITAL_MONTHS = new Set(['en', 'de']);

function isDigits(s: string): boolean {
  return /^\d+$/.test(s);
}

/** Separators that keep digit groups one number: "2.75", "2,75", "40 000", "40.000", "1 200". */
const NUMBER_JOINER = /^[.,\u00A0\u202F\u2009 ']$/;

function sentenceInitial(original: string, at: number): boolean {
  const before = original.slice(0, at).replace(/[\s"«»„“”'‘’(\[—–-]+$/u, '');
  return before.length === 0 || /[.!?:…]$/.test(before);
}

export interface DeriveResult {
  concepts: Concept[];
  derived: DerivedTerm[];
  /** the selection holds a negation: the claim is itself a refusal or denial */
  negated: boolean;
}

/** Derives weighted concepts from a statement's words (pure). */
export function deriveConcepts(text: string, lang: Lang, max = MAX_DERIVED_CONCEPTS): DeriveResult {
  const nt = normalize(text);
  const tk = tokenize(nt.text);
  const isStop = stopwordTest([lang]);
  const out = new Map<string, DerivedTerm>();
  let negated = false;
  const add = (key: string, d: DerivedTerm) => {
    const prev = out.get(key);
    if (prev) prev.weight = Math.max(prev.weight, d.weight);
    else out.set(key, d);
  };
  for (let k = 0; k < tk.length; k++) {
    const key = tk.keys[k];
    const os = nt.origStart[tk.start[k]];
    let oe = nt.origEnd[tk.end[k] - 1];
    if (isDigits(key)) {
      // One number, whatever separates its groups.
      const groups = [key];
      while (k + 1 < tk.length && isDigits(tk.keys[k + 1])) {
        const gap = text.slice(oe, nt.origStart[tk.start[k + 1]]);
        if (!NUMBER_JOINER.test(gap)) break;
        k++;
        groups.push(tk.keys[k]);
        oe = nt.origEnd[tk.end[k] - 1];
      }
      const digits = groups.join('').length;
      // A lone small number ("3", "10") says little; "140", "2.75" and "2027" say a lot.
      const weight = groups.length > 1 || digits >= 3 ? 3 : digits === 2 ? 2 : 1;
      const words = groups.length === 1 ? numberWords(groups[0]) : [];
      add(`#${groups.join(' ')}`, { kind: 'number', surface: text.slice(os, oe), weight, terms: [{ text: groups.join(' '), lang }, ...anyLangTerms(words)] });
      continue;
    }
    const spelled = numberOfWord(key);
    if (spelled) {
      add(`#${spelled}`, { kind: 'number', surface: text.slice(os, oe), weight: spelled.length >= 2 ? 2 : 1, terms: [{ text: spelled, lang }, ...anyLangTerms(numberWords(spelled))] });
      continue;
    }
    if (isNegation(key)) {
      // "…decides Gazprom, not the Kremlin" and "if it does not rain…" do not deny the statement.
      if ((k === 0 || !NOT_A_DENIAL.has(tk.keys[k - 1])) && !inRelativeClause(tk.keys, k)) negated = true;
      continue;
    }
    if (key.length < 3 || isStop(key)) continue;
    const surface = text.slice(os, oe);
    const first = surface.charAt(0);
    const upper = first !== first.toLowerCase();
    const month = upper === CAPITAL_MONTHS.has(lang) ? monthForms(key) : null;
    if (month) {
      add(`m:${month.month}`, { kind: 'number', surface, weight: 2, terms: anyLangTerms(month.forms) });
      continue;
    }
    const scale = scaleForms(key);
    if (scale) {
      add(`s:${scale[0]}`, { kind: 'word', surface, weight: 1.2, terms: anyLangTerms(scale) });
      continue;
    }
    // German capitalises every noun: a capital says nothing of a name there.
    const capital = upper && lang !== 'de' && !sentenceInitial(text, os);
    const term = wordTerm(lang, key);
    if (capital) {
      if (FUNCTION_WORDS.has(key)) continue;
      add(`n:${key}`, { kind: 'name', surface, weight: 2.5, terms: [{ text: nameTerm(lang, key, term), lang }] });
      continue;
    }
    // Longer words are rarer: a crude stand-in for corpus frequency, which we do not ship.
    // Words a paraphrase swaps freely say too little to be looked for.
    if (WEAK.has(key) || FUNCTION_WORDS.has(key)) continue;
    const base = 1 + Math.min(1, Math.max(0, key.length - 5) / 5);
    const terms: Term[] = [{ text: term, lang }];
    // Derivations the stemmers keep apart ("municipaux" / "municipale", "devaluatorio" /
    // "devaluación") and cognates across languages ("container" / "Containerschiffe").
    if (scriptOf(key) === 'latin' && !LIGHT_ENDINGS[lang] && key.length >= 7) terms.push({ text: `${key.slice(0, 5)}*`, lang });
    add(`w:${stemFor(lang, key)}`, { kind: 'word', surface, weight: Math.round(base * 10) / 10, terms });
  }
  const derived = [...out.values()].sort((a, b) => b.weight - a.weight).slice(0, max);
  const concepts: Concept[] = derived.map((d) => ({ label: d.surface, weight: d.weight, terms: d.terms }));
  return { concepts, derived, negated };
}

/**
 * The concepts of a statement with the derived terms the reader kept (by their words as shown),
 * and any word they added derived as it would be in a statement. Never empty: without a kept
 * term, every derived one.
 */
export function keptConcepts(text: string, lang: Lang, kept: readonly string[]): Concept[] {
  const { concepts, derived } = deriveConcepts(text, lang);
  const want = new Set(kept.map((k) => k.trim().toLowerCase()).filter(Boolean));
  const out = concepts.filter((_, i) => want.has(derived[i].surface.toLowerCase()));
  const have = new Set(derived.map((d) => d.surface.toLowerCase()));
  for (const k of kept) {
    if (have.has(k.trim().toLowerCase())) continue;
    // A word the reader typed: its own concept, weighted as a derived one.
    out.push(...deriveConcepts(k, lang, 3).concepts.filter((c) => !out.some((o) => o.label.toLowerCase() === c.label.toLowerCase())));
  }
  return out.length > 0 ? out : concepts;
}
