/**
 * "l'un d'eux", "una de ellas", "uno di loro", "um deles", "einer von ihnen", "one of them": a speaker the copy names as
 * a member of a group of people it has just named ("plusieurs députés Ensemble pour la République … l'un d'eux"). The
 * speaker is then a member of that group, named as the group is: "un député Ensemble pour la République".
 * `memberOfGroupBefore` takes the token of "one", whose word gives the member's article.
 */
import { AUX, COMP, DET, PRON, STOP, TITLE, VERB } from './cues';
import { breaksBefore, commaBefore, isCapitalized, sentenceRange, type Doc } from './doc';

/** The words of "one" (the article's gender: feminine for "une", "una", "uma", "eine"). */
const ONE = new Map<string, 'm' | 'f'>([['un', 'm'], ['une', 'f'], ['uno', 'm'], ['una', 'f'], ['um', 'm'], ['uma', 'f'], ['einer', 'm'], ['eine', 'f'], ['one', 'm']]);
/** What follows "one" before "them": the preposition, or French "entre" after its elided "d'". */
const OF = new Set(['de', 'di', 'von', 'of', 'entre']);
/** "them", alone or fused with the preposition (Portuguese "deles", "delas"; French "d'eux" keeps "eux" as its key). */
const THEM = new Set(['eux', 'elles', 'ellos', 'ellas', 'loro', 'deles', 'delas', 'ihnen', 'them']);

/** The gender the word of "one" at token a gives the member ("l'une d'elles" 'f'). */
export function oneGender(d: Doc, a: number): 'm' | 'f' {
  return ONE.get(d.keys[a]) ?? 'm';
}

/** The end of "one of them" opening at token a, or -1. */
export function oneOfThemEnd(d: Doc, a: number): number {
  if (a >= d.n || !ONE.has(d.keys[a])) return -1;
  let k = a + 1;
  while (k < d.n && k - a <= 2 && OF.has(d.keys[k]) && !breaksBefore(d, k)) k++;
  return k < d.n && THEM.has(d.keys[k]) && !breaksBefore(d, k) ? k + 1 : -1;
}

/** Determiners of a plural group of people ("plusieurs députés", "des supporters", "varios vecinos", "mehrere Anwohner"). */
const PLURAL_DET = new Set(
  'des les plusieurs quelques certains certaines nombreux nombreuses deux trois quatre cinq los las varios varias algunos algunas unos unas muchos muchas i gli alcuni alcune diversi diverse molti molte os as vários várias alguns algumas muitos muitas die mehrere einige viele zwei drei the several some many two three'.split(' '),
);

/** Connectors of a group's complement ("du FC Valmont", "Ensemble pour la République", "of the union"). */
const LINK = new Set('de du des la le l pour d del della dello dei degli delle da do dos das of the von der des'.split(' '));

/**
 * A member of the last group of people named before token k, in its sentence or the two before ("plusieurs députés
 * Ensemble pour la République"): "un député Ensemble pour la République", or null. Token k is the "one" of "one of them".
 */
export function memberOfGroupBefore(d: Doc, k: number, quoted: Uint8Array | null): string | null {
  const article = ARTICLE_OF_ONE.get(d.keys[k]) ?? 'un';
  const [s0] = sentenceRange(d, Math.max(0, k - 1));
  const si = d.sentenceOf[s0];
  const from = d.sentenceStart[Math.max(0, si - 2)];
  // a group named by a title first ("plusieurs députés"), else by any plural noun ("la centaine de supporters
  // valmontais": people, since one of them speaks)
  for (let pass = 0; pass < 2; pass++) for (let i = k - 1; i > from; i--) {
    // (not in words quoted: "« On veut des joueurs qui mouillent le maillot », criait l'un d'eux" is no player)
    if (quoted && quoted[i]) continue;
    const singular = pass === 0 ? singularTitle(d, i) : singularNoun(d, i);
    if (singular === null) continue;
    // (its plural determiner, maybe an adjective between, "plusieurs anciens députés"; or a number's "de", "la centaine
    // de supporters")
    // (a noun of no lexicon right after its determiner: a word between would be the noun, "supporters valmontais")
    const det = groupDeterminer(d, i - 1) ? i - 1 : pass === 0 && i > 1 && groupDeterminer(d, i - 2) && !breaksBefore(d, i - 1) && !isCapitalized(d, i - 1) ? i - 2 : -1;
    if (det < 0 || breaksBefore(d, i)) continue;
    // an adjective after the noun ("supporters valmontais", "diputados socialistas"), in the singular
    let adjective = '';
    let e = i + 1;
    if (e < k && !breaksBefore(d, e) && !isCapitalized(d, e) && !d.flags[e] && !LINK.has(d.keys[e]) && /^\p{L}+$/u.test(d.keys[e])) {
      const w = d.text.slice(d.ts[e], d.te[e]);
      adjective = ' ' + (/(?:[^aiou]s|x)$/.test(w) && !/(?:ais|ois)$/.test(w) ? w.slice(0, -1) : w);
      e++;
    }
    // the complement: capitalised words and the words that join them, up to a verb, a pronoun or a break
    const c0 = e;
    while (e < k && e - i <= 6 && !breaksBefore(d, e) && !(d.flags[e] & (VERB | AUX | COMP | PRON) && !(d.flags[e] & DET)) && (isCapitalized(d, e) || LINK.has(d.keys[e]))) e++;
    while (e > c0 && !isCapitalized(d, e - 1)) e--;
    const complement = e > c0 ? ' ' + d.text.slice(d.ts[c0], d.te[e - 1]) : '';
    return `${article} ${singular}${adjective}${complement}`;
  }
  return null;
}

/** Nouns of a number of people before "de" ("la centaine de supporters", "des dizaines de manifestants"). */
const NUMBER_OF = new Set('centaine centaines dizaine dizaines vingtaine trentaine cinquantaine millier milliers groupe poignée'.split(' '));

function groupDeterminer(d: Doc, j: number): boolean {
  if (j < 0) return false;
  if (PLURAL_DET.has(d.keys[j])) return true;
  return (d.keys[j] === 'de' || d.keys[j] === 'd') && j > 0 && NUMBER_OF.has(d.keys[j - 1]) && !breaksBefore(d, j);
}

/** The article of one member, from the word the copy says "one" with ("uno di loro" → "un", "einer" → "ein"). */
const ARTICLE_OF_ONE = new Map([['un', 'un'], ['une', 'une'], ['uno', 'un'], ['una', 'una'], ['um', 'um'], ['uma', 'uma'], ['einer', 'ein'], ['eine', 'eine'], ['one', 'a']]);

/** The singular of token i as written when it is a plural noun in lower case no lexicon flags ("supporters"), else null. */
function singularNoun(d: Doc, i: number): string | null {
  const key = d.keys[i];
  if (key.length < 5 || d.flags[i] & (VERB | AUX | COMP | PRON | DET | STOP) || isCapitalized(d, i) || !/^\p{L}+[sx]$/u.test(key)) return null;
  return d.text.slice(d.ts[i], d.te[i] - 1);
}

/** The singular of token i as written when it is the plural of a title ("députés" → "député", "trabajadores" → "trabajador"), else null. */
function singularTitle(d: Doc, i: number): string | null {
  const key = d.keys[i];
  const word = d.text.slice(d.ts[i], d.te[i]);
  if (commaBefore(d, i) || key.length < 3) return null;
  for (const cut of [1, 2]) {
    const stem = key.slice(0, -cut);
    const tail = key.slice(-cut);
    if ((cut === 1 && tail !== 's' && tail !== 'x') || (cut === 2 && tail !== 'es')) continue;
    if ((d.table.flags.get(stem) ?? 0) & TITLE) return word.slice(0, -cut);
  }
  // (Italian plurals in -i of roles in -o, -e or -a: "deputati", "dirigenti", "sindacalisti")
  if (key.endsWith('i')) for (const end of ['o', 'e', 'a']) if ((d.table.flags.get(key.slice(0, -1) + end) ?? 0) & TITLE) return word.slice(0, -1) + end;
  // (a German role as the plural writes it: "mehrere Anwohner", "Abgeordnete der SPD")
  if (isCapitalized(d, i) && (d.table.flags.get(key) ?? 0) & TITLE) return word;
  return null;
}
