/**
 * Bodies (organisations) the text names in full, and the shorter ways copy names them again: its initials ("the
 * RDF", "a CET", "СК"), a noun of its name ("the union", "o sindicato", "le régulateur" for the "Commission de
 * régulation …"), a generic noun of bodies ("the agency"), its first words ("Brightline" for "Brightline Appliance
 * Co."). Read lazily, only when a speaker phrase asks, up to that phrase: no work per token of the text otherwise.
 */
import { AUX, DET, PRON, STOP, VERB } from './cues';
import { isEnglish } from './language';
import { foldString } from '../text/normalize';
import { CAPITAL, NAME_GIVEN, ORG, breaksBefore, inCapitals, isCapitalized, isRole, type Doc } from './doc';
import { FNV_BASIS, FNV_PRIME, spanHash } from './span-table';
import { WordIdTable } from '../text/word-ids';

export interface Body {
  /** the name as the text gave it, without a leading article */
  name: string;
  /** folded words of the name, no small words ("rail", "drivers", "federation") */
  words: string[];
  /** initials given in brackets beside the name ("(RDF)", "CET (…)"), folded; else the initials of its words */
  acronym: string;
  /** token where the name starts, and after its end */
  a: number;
  b: number;
  /** a capitalised head alone ("Федерация …"): a name only when initials show how far it goes on in lower case */
  alone?: boolean;
  /** a short name of one word in brackets after the name, folded: "Companhia do Metropolitano de São Paulo (Metrô)" */
  alias?: string;
  /** what kind of body a noun before the name said it is ("der Autozulieferer Rhenotec"): KIND_COMPANY, KIND_UNION */
  kind?: number;
}

/** Kinds of body a noun says a name is, and the noun then names again ("das Unternehmen", "the union"). */
const KIND_COMPANY = 1;
const KIND_UNION = 2;

/**
 * Nouns of companies, folded: whole words, and German compounds by their last part ("Autozulieferer", "Chemiekonzern",
 * "Versandhändler"). Not "group" or "operator" in English, which name many other things.
 */
const COMPANY_NOUN =
  /^(?:unternehmen|konzern|firma|zulieferer|hersteller|betreiber|anbieter|autobauer|company|firm|carmaker|automaker|chipmaker|manufacturer|supplier|retailer|airline|insurer|entreprise|societe|groupe|constructeur|fabricant|equipementier|enseigne|distributeur|compagnie|firme|empresa|compania|companhia|grupo|fabricante|aerolinea|montadora|azienda|societa|gruppo|produttore|компания|концерн|компанія|[a-z]{3,}(?:zulieferer|hersteller|konzern|handler|versorger|anbieter|betreiber|bauer))$/;

/** Nouns of unions, folded. */
const UNION_NOUN = /^(?:gewerkschaft|union|syndicat|sindicato|sindacato|профсоюз|профспілка)$/;

/** The kind of body the folded noun `key` names (KIND_*), or 0. */
export function kindOfNoun(key: string): number {
  return COMPANY_NOUN.test(key) ? KIND_COMPANY : UNION_NOUN.test(key) ? KIND_UNION : 0;
}

/** Words of a company's legal form, after its name ("Nordbahn AG", "Brightline Appliance Co."). */
const LEGAL_FORM = new Set('ag gmbh se kg inc ltd llc plc co corp sa sas sarl spa srl'.split(' '));

/** The kind of a body: the one a noun before its name said, else the one its words say ("Gewerkschaft Verdi", "Nordbahn AG"). */
function kindOfBody(body: Body): number {
  if (body.kind !== undefined) return body.kind;
  let kind = 0;
  for (const w of body.words) {
    if (LEGAL_FORM.has(w)) kind = KIND_COMPANY;
    else if (UNION_NOUN.test(w)) kind = KIND_UNION;
    if (kind) break;
  }
  body.kind = kind;
  return kind;
}

/** kindOfNoun by word id (lib/text/word-ids.ts): 0 not asked yet in the ids' generation, else the kind + 1. */
const kindById = new WordIdTable((n) => new Uint8Array(n));

/** kindOfNoun of token k's key, read once per word id. */
function kindAt(d: Doc, kinds: Uint8Array, k: number): number {
  const id = d.ids[k];
  let v = kinds[id];
  if (v === 0) kinds[id] = v = kindOfNoun(d.keys[k]) + 1;
  return v - 1;
}

/** Days, months and the words before them, which follow a noun without being its name: "das Unternehmen Anfang Dezember". */
const WHEN =
  /^(?:anfang|ende|mitte|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|june|july|october|december)$/;

/**
 * Head nouns of bodies' names in the nine languages, folded, as stems (a word of a name counts when it starts with
 * one): "Federation", "Sindicato", "Commission", "Служба", "Związek", "Gewerkschaft".
 */
const HEAD =
  /^(?:федерац|ассоциац|асоціац|агентств|агенці|обществ|товариств|allian|alianz|alianc|allean|sojusz|альянс|federat|federac|federaz|associa|asocia|agenc|agenz|agentur|commissi|comisi|comiss|kommission|komisj|комисс|коміс|committee|comit|komitet|комитет|коміт|council|conseil|consej|consig|consel|authorit|autorit|partnership|company|corporation|compan|compagn|компан|societ|sociedad|gesellschaft|spolk|spółk|syndicat|sindicat|sindacat|gewerkschaft|zwiazek|związek|союз|спілк|profsoiuz|профсоюз|verband|verein|behorde|behörde|agency|service|servic|servizi|służb|sluzb|служб|department|departament|departement|ministry|ministere|ministerio|ministero|ministerium|ministerstw|министерств|міністерств|office|oficina|bureau|urzad|urząd|управлен|управлін|institut|istitut|instytut|инстит|інстит|foundation|fondation|fundac|fundaç|fondaz|stiftung|fundacj|prokuratur|прокуратур|staatsanwaltschaft|generalstaatsanwaltschaft|палат|confedera|konfedera|конфедера|organi[sz]ation|organiza|organizz|organizac|организац|організац|stowarzysz)/;

/** Forms of a head that name a person ("commissioner", "councillor", "commissaire", "consigliere", "consejera", "conselheiro", "comisionado", "komisarz", "уполномоченный"). */
const PERSON_FORM = /(?:er|eur|or|ere|ero|era|eiro|eira|aire|ado|ada|ario|aria|arz|ник|ница|ный|ая)$/;

/** Short heads, whole words only ("Co.", "Union", "Rada"; not "Colin", "Radar"). */
const SHORT_HEAD = new Set('union unions co corp inc ltd llc plc ag gmbh amt rada izba board trust fund совет рада фонд'.split(' '));

/** Nouns that stand for any body named before, not one word of its name: "the agency", "l'organisme", "das Amt". */
const GENERIC =
  /^(?:agency|agence|agencia|agencja|agenzia|agentur|агентств|агенці|organisme|organismo|organism|ведомств|відомств|resort|behord|behörd|regulator|regulateur|régulateur|regulador|regolatore|regulier|organi[sz]ation|organiza|organizz|organizac|организац|організац)/;

/** The words for "and" among SMALL. */
const AND = new Set(['and', 'et', 'e', 'y', 'i', 'und', 'и', 'і']);

/** Small words inside bodies' names: "of", "de", "dos", "по", "für", "and". */
const SMALL = new Set(
  'of for and on the de des du d la le l et del della dello dei degli delle di da do dos das e y i und fur für von der die des w we z ze i dla по и і з для'.split(
    ' ',
  ),
);

/** Folded words of a stretch of text, folded as token keys are (they are compared with Doc.keys), split on what is not a letter or a digit. */
function foldWords(s: string): string[] {
  const out: string[] = [];
  // (an ASCII name, most of them, folds to its lower case, and its letters and digits are [a-z0-9]: no Unicode RegExp
  // and no fold of the whole name; the scan folds every name it reads)
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    if (c >= 0x80) return splitWords(foldString(s));
    const word = ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 48 && c <= 57);
    if (word && from < 0) from = i;
    else if (!word && from >= 0) {
      out.push(s.slice(from, i).toLowerCase());
      from = -1;
    }
  }
  return out;
}

/**
 * foldWords(name) of the name that tokens [a, b) span, read past ASCII from the page's normalised text: normalize folds
 * code point by code point, so the span of the tokens there is foldString(name), without a second normalize of the name
 * (three arrays apiece). Not when a code point at either end of the name folds to more characters than its token holds
 * ("½" to "1⁄2"): the span would lack some.
 */
function nameWords(d: Doc, name: string, a: number, b: number): string[] {
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) if (name.charCodeAt(i) >= 0x80) ascii = false;
  if (ascii) return foldWords(name);
  const { norm, tokens } = d.seg;
  const from = tokens.start[a];
  const to = tokens.end[b - 1];
  if ((from > 0 && norm.origEnd[from - 1] > d.ts[a]) || (to < norm.text.length && norm.origStart[to] < d.te[b - 1])) return foldWords(name);
  return splitWords(norm.text.slice(from, to));
}

/**
 * The runs of letters and digits of a folded string: s.split(/[^\p{L}\p{N}]+/u).filter(Boolean), read by code unit
 * (a Unicode RegExp split was most of the time of a name outside ASCII, which the scan folds for every body it reads).
 */
function splitWords(s: string): string[] {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    // (a surrogate pair is one code point: the RegExp reads it)
    if (c >= 0xd800 && c <= 0xdfff) return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const word = i < s.length && wordChar(c);
    if (word && from < 0) from = i;
    else if (!word && from >= 0) {
      out.push(s.slice(from, i));
      from = -1;
    }
  }
  return out;
}

/** Per code unit of the BMP: 0 unread, 1 a letter or a digit (\p{L}, \p{N}), 2 not. */
const WORD_CHAR = new Uint8Array(0x10000);

function wordChar(c: number): boolean {
  let v = WORD_CHAR[c];
  if (v === 0) WORD_CHAR[c] = v = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Whether two folded words are forms of one word ("regulateur"/"regulation", "службе"/"служба", "sindicato"/"sindicatos"). */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  const l = Math.min(x.length, y.length);
  if (l < 4) return false;
  const n = Math.max(4, l - 3);
  return x.slice(0, n) === y.slice(0, n);
}

/** Whether token k (a folded key) is a head noun of a body's name. */
export function isBodyHead(key: string): boolean {
  return SHORT_HEAD.has(key) || (HEAD.test(key) && !PERSON_FORM.test(key) && !PERSON_COMPOUND.test(key));
}

/** German compounds whose head is a person's office on a body's word: "Verbandspräsident", "Institutsleiterin", "Vereinsvorsitzende". */
const PERSON_COMPOUND = /^[a-z]{5,}(?:prasident|prasidentin|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|leiterin|direktorin|sekretar|sekretarin)$/;

/**
 * Bits of the hashes of the first four letters of HEAD's stems and of SHORT_HEAD's words (the whole word when shorter):
 * the scan asks about most capitalised words of a page, and a word whose first four letters (or whole key, when
 * shorter) are no head's needs no lookup in HEAD_MEMO. Null when a stem does not open with four plain letters: then
 * every word is looked up.
 */
const HEAD_BITS = 1 << 14;
const headBits = ((): Uint32Array | null => {
  const bits = new Uint32Array(HEAD_BITS >> 5);
  const stems = /^\^\(\?:(.*)\)$/.exec(HEAD.source)?.[1].split('|');
  if (!stems) return null;
  for (const w of [...stems, ...SHORT_HEAD]) {
    if (stems.includes(w) ? w.length < 4 || /[^\p{L}]/u.test(w.slice(0, 4)) : w.length < 2) return null;
    const h = headBit(spanHash(w, 0, Math.min(4, w.length)));
    bits[h >> 5] |= 1 << (h & 31);
  }
  return bits;
})();

/**
 * The pairs of ASCII characters that open a stem of HEAD or a word of SHORT_HEAD, by (first << 7 | second): a word that
 * opens with another such pair is no head, told from two characters before its first four are hashed (the scan asks
 * of some 16,000 capitalised words a round of the 33 pages, and some 500 pass the bits of the hashes).
 */
const HEAD_PAIRS = ((): Uint8Array => {
  const pairs = new Uint8Array(1 << 14);
  const stems = /^\^\(\?:(.*)\)$/.exec(HEAD.source)?.[1].split('|') ?? [];
  for (const w of [...stems, ...SHORT_HEAD]) {
    const c0 = w.charCodeAt(0);
    const c1 = w.charCodeAt(1);
    if (c0 < 128 && c1 < 128) pairs[(c0 << 7) | c1] = 1;
  }
  return pairs;
})();

function headBit(h: number): number {
  return (h ^ (h >>> 16)) & (HEAD_BITS - 1);
}

/**
 * The gate of headKey read from the token's span in the normalised text, text[a, b): the scan reads it for most
 * capitalised words, and their key strings, each an object of its own, were most of its time. A dotted acronym's span
 * is not its key ("u.s." → "us"): true, and headKey reads the key.
 */
function mayBeHead(text: string, a: number, b: number): boolean {
  if (!headBits) return true;
  // (a dotted acronym, "u.s.", has its dot second: its key is read)
  if (b - a >= 2) {
    const c0 = text.charCodeAt(a);
    const c1 = text.charCodeAt(a + 1);
    if ((c0 | c1) < 128 && c1 !== 46 && HEAD_PAIRS[(c0 << 7) | c1] === 0) return false;
  }
  let h = FNV_BASIS;
  for (let i = a, e = Math.min(a + 4, b); i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) return true;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  if (b - a < 2) return false;
  const bit = headBit(h);
  return (headBits[bit >> 5] & (1 << (bit & 31))) !== 0;
}

/** isBodyHead, remembered per key: the same words come back on every page. */
const HEAD_MEMO = new Map<string, boolean>();
function headKey(key: string): boolean {
  if (key.length < 2) return false;
  if (headBits) {
    const h = headBit(spanHash(key, 0, Math.min(4, key.length)));
    if (!(headBits[h >> 5] & (1 << (h & 31)))) return false;
  }
  let v = HEAD_MEMO.get(key);
  if (v === undefined) {
    v = isBodyHead(key);
    if (HEAD_MEMO.size > 50_000) HEAD_MEMO.clear();
    HEAD_MEMO.set(key, v);
  }
  return v;
}

/**
 * The scan's gate (mayBeHead, then headKey) by word id (lib/text/word-ids.ts): 0 not asked yet in the ids' generation,
 * 1 a head, 2 not. A page's capitalised words come back many times, and the ids are read already.
 */
const gateById = new WordIdTable((n) => new Uint8Array(n));

/** Whether token k of d passes the scan's gate for a head noun. */
function headGate(d: Doc, gates: Uint8Array, norm: string, start: Int32Array, end: Int32Array, k: number): boolean {
  const id = d.ids[k];
  let g = gates[id];
  if (g === 0) gates[id] = g = mayBeHead(norm, start[k], end[k]) && headKey(d.keys[k]) ? 1 : 2;
  return g === 1;
}

/** Whether token k is a generic noun of bodies ("agency", "l'organisme"). */
export function isGenericBody(key: string): boolean {
  return GENERIC.test(key);
}

/** Whether a name ends with a body's head noun ("Rail Delivery Partnership", "Brightline Appliance Co."): no person's name. */
export function namesABody(name: string): boolean {
  const w = foldWords(name);
  return w.length > 1 && isBodyHead(w[w.length - 1]);
}

/**
 * Whether a body's name holds the noun `key` (byNoun): a head noun of it, or any word of it for a generic noun. A
 * function of the module, not a closure made at every question (under tsx, which names each closure, a call to
 * defineProperty apiece).
 */
function holdsNoun(body: Body, key: string, generic: boolean, kind = 0): boolean {
  if (body.alone) return false;
  // (a noun of its kind: "das Unternehmen" for the "Autozulieferer Rhenotec", "the union" for "Unite")
  if (kind !== 0 && kindOfBody(body) === kind) return true;
  for (const w of body.words) if ((generic || isBodyHead(w)) && sameStem(w, key)) return true;
  return false;
}

/** Whether text[i, i + n) holds "(". */
function bracketWithin(text: string, i: number, n: number): boolean {
  for (const e = Math.min(text.length, i + n); i < e; i++) if (text.charCodeAt(i) === 40) return true;
  return false;
}

/** What the alias of a body may be (nameAround): every word of one capital and up to seven more characters in brackets, folded. */
function bracketed(text: string): Set<string> {
  const out = new Set<string>();
  // (from each bracket: a Unicode RegExp run over the whole text cost more than the scan it spares)
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const m = BRACKETED.exec(text.slice(i, i + 20));
    if (m) out.add(foldString(m[1]));
  }
  return out;
}

/** A bracket that may hold a body's alias (nameAround), at its start: nine characters at most, each of two code units at most. */
const BRACKETED = /^\(([\p{Lu}][\p{L}\d-]{1,7})\)/u;

export class Bodies {
  private list: Body[] = [];
  private scanned = 0;
  constructor(private d: Doc) {}

  /**
   * Positions scan was asked to read to by questions answered without the list (namedAt, byAlias, byFirstWords), in
   * order: where each scan stops decides where the next begins (a name read whole past it), so they run as asked, when
   * the list is next read (scanNow).
   */
  private later: number[] = [];

  /** scan(upto), when the list is next read (scanNow): on many pages no question needs the list at all. */
  private scanLater(upto: number): void {
    // (a position before the last one asked is no work: scan reads on from where it stopped)
    if (this.later.length === 0 || upto > this.later[this.later.length - 1]) this.later.push(upto);
  }

  /** Runs the scans asked for later, then reads to upto. */
  private scanNow(upto: number): void {
    if (this.later.length) {
      for (const u of this.later) this.scan(u);
      this.later.length = 0;
    }
    this.scan(upto);
  }

  /** Folded short names the text gives in brackets, (Metrô), what a body's alias can be (nameAround; read once) */
  private aliases: Set<string> | null = null;

  /** Reads the bodies named before token upto (a name that runs on past it is read whole). */
  private scan(upto: number): void {
    const d = this.d;
    const flags = d.flags;
    const norm = d.seg.norm.text;
    const { start, end } = d.seg.tokens;
    const gates = gateById.ready();
    for (let k = this.scanned; k < upto && k < d.n; k++) {
      // (a head is capitalised or follows a capitalised word, "Следственный комитет": most tokens are neither)
      if (!(flags[k] & CAPITAL) && !(k > 0 && flags[k - 1] & CAPITAL)) continue;
      if (!headGate(d, gates, norm, start, end, k)) {
        // a name after a noun that says what it is ("Der Autozulieferer Rhenotec", "the union Unite")
        const classified = flags[k] & CAPITAL ? this.classifiedAt(k) : null;
        if (classified) {
          this.list.push(classified);
          k = classified.b - 1;
        }
        continue;
      }
      const body = this.nameAround(k);
      if (body) {
        this.list.push(body);
        k = Math.max(k, body.b - 1);
      }
    }
    if (upto > this.scanned) this.scanned = upto;
  }

  /** Whether one of tokens [a, b) passes the scan's gate for a head noun (scan). */
  private holdsHead(a: number, b: number): boolean {
    const d = this.d;
    const norm = d.seg.norm.text;
    const { start, end } = d.seg.tokens;
    const gates = gateById.ready();
    for (let k = a; k < b && k < d.n; k++) {
      if (!(d.flags[k] & CAPITAL) && !(k > 0 && d.flags[k - 1] & CAPITAL)) continue;
      if (headGate(d, gates, norm, start, end, k)) return true;
    }
    return false;
  }

  /**
   * The body named at token k by a noun of companies or unions before it, "Der Autozulieferer Rhenotec", "the carmaker
   * Stellantis", "L'azienda Ferrotex", or before the noun's complement in lower case, "Le fabricant de meubles de bureau
   * Ameublements Rancourt": the capitalised words from k, without the noun.
   */
  private classifiedAt(k: number): Body | null {
    const d = this.d;
    const { flags, keys } = d;
    // (the scan asks at most capitalised words of a page, and few follow such a noun or its complement: the nouns' test
    // first, by word id)
    // (the word before the name is the noun or a noun of its complement, not a preposition: "l'entreprise de Marseille"
    // names a place; read first, as most capitalised words follow an article, a preposition or a break)
    if (k === 0 || breaksBefore(d, k) || flags[k - 1] & (DET | PRON | STOP | VERB | AUX) || SMALL.has(keys[k - 1])) return null;
    const kinds = kindById.ready();
    let c = k - 1;
    let kind = kindAt(d, kinds, c);
    while (kind === 0 && c > k - 6 && c > 0 && !breaksBefore(d, c) && !isCapitalized(d, c - 1) && !(flags[c - 1] & (VERB | AUX | PRON))) kind = kindAt(d, kinds, --c);
    // (and a complement opens with a preposition, "fabricant de meubles", not a noun's object, "Unternehmen Kunden")
    if (kind === 0 || (c < k - 1 && !SMALL.has(keys[c + 1]))) return null;
    if (d.sentenceStart[d.sentenceOf[k]] === k || flags[k] & (DET | PRON | STOP | VERB | AUX) || d.names[k] & NAME_GIVEN || isRole(d, k) || WHEN.test(keys[k])) return null;
    let b = k;
    while (b < d.n && b - k < 4 && (b === k || !breaksBefore(d, b)) && isCapitalized(d, b) && !(flags[b] & (DET | PRON | STOP | VERB | AUX))) b++;
    const name = d.text.slice(d.ts[k], d.te[b - 1]);
    const words: string[] = [];
    for (const w of nameWords(d, name, k, b)) if (!SMALL.has(w)) words.push(w);
    let acronym = '';
    for (const w of words) acronym += w[0];
    return { name, words, acronym, a: k, b, kind };
  }

  /** The body whose name holds the head noun at token h, when capitals say it is a name. */
  private nameAround(h: number): Body | null {
    const d = this.d;
    let a = h;
    // capitalised words before the head ("Rail Drivers’ Federation", "U.S. Consumer Product Safety Commission")
    while (a > 0 && !breaksBefore(d, a) && isCapitalized(d, a - 1) && !(d.flags[a - 1] & (DET | PRON | STOP)) && d.sentenceStart[d.sentenceOf[a]] !== a) a--;
    // a name that opens with its head in lower case after a capitalised adjective ("Следственный комитет") or with
    // the head capitalised ("Sindicato dos Metroviários")
    if (a === h && !isCapitalized(d, h)) return null;
        let b = h + 1;
    // what completes it after the head: capitalised words, and small words with the word after them ("de régulation
    // de l'énergie", "dos Metroviários", "по тарифам")
    // (and adjectives in lower case right after the head when "of" follows them: "Syndicat national des conducteurs",
    // "Association française indépendante de l'électricité")
    let adj = b;
    // (not in English, where adjectives stand before the head and a word after it is the verb: "Union rejected the offer")
    while (!isEnglish(d, 'present') && adj < d.n && adj - b < 2 && !breaksBefore(d, adj) && !isCapitalized(d, adj) && !SMALL.has(d.keys[adj]) && !(d.flags[adj] & (DET | PRON | STOP | VERB | AUX))) adj++;
    if (adj > b && adj + 1 < d.n && SMALL.has(d.keys[adj]) && !breaksBefore(d, adj)) b = adj;
    // (within its sentence: German capitalises the nouns that open the next, "… beim Volkshochschul-Verband. Sprecherin …")
    while (b < d.n && !breaksBefore(d, b) && d.sentenceOf[b] === d.sentenceOf[h]) {
      if (isCapitalized(d, b) && !(d.flags[b] & (DET | PRON))) b++;
      // (not over "and" to another institution: "Staatsanwaltschaft und Polizei" are two)
      else if (SMALL.has(d.keys[b]) && b + 1 < d.n && !breaksBefore(d, b + 1) && !(d.flags[b + 1] & PRON) && !(AND.has(d.keys[b]) && d.flags[b + 1] & ORG)) {
        let c = b + 1;
        while (c < d.n && SMALL.has(d.keys[c]) && c + 1 < d.n && !breaksBefore(d, c + 1)) c++;
        if (d.flags[c] & PRON) break;
        b = c + 1;
      } else break;
    }
    // (a head alone, capitalised at a sentence's start, is a word, not a name: "Service was restored")
    const alone = b - a < 2;
    const d0 = d.ts[a];
    const name = d.text.slice(d0, d.te[b - 1]);
    const words: string[] = [];
    for (const w of nameWords(d, name, a, b)) if (!SMALL.has(w)) words.push(w);
    let acronym = '';
    for (const w of words) acronym += w[0];
    // "… Federation (RDF)", "CET (Companhia de Engenharia de Tráfego)": the initials the text gives in brackets
    // (most names have no bracket after them: no slice and no Unicode RegExp for those)
    const after = bracketWithin(d.text, d.te[b - 1], 12) ? /^\s*\(([\p{Lu}][\p{L}\d-]{1,7})\)/u.exec(d.text.slice(d.te[b - 1], d.te[b - 1] + 12)) : null;
    let alias: string | undefined;
    if (after && /\p{Lu}.*\p{Lu}/u.test(after[1])) acronym = foldWords(after[1]).join('');
    else if (after && !alone) alias = foldString(after[1]);
    else if (a > 1 && d.text.slice(d.te[a - 1], d0).trim() === '(' && inCapitals(d, a - 1)) acronym = d.keys[a - 1];
    const body: Body = { name, words, acronym, a, b };
    if (alone) body.alone = alone;
    if (alias) body.alias = alias;
    return body;
  }

  /** The body whose whole name is tokens [a, b) (a speaker phrase that names a body in full: "A Federação Portuguesa de Futebol informou"). */
  namedAt(a: number, b: number): Body | null {
    // (a body's name holds the head the scan found it by: no head among [a, b), no body named by them all)
    if (!this.holdsHead(a, b)) {
      this.scanLater(b);
      return null;
    }
    this.scanNow(b);
    for (let i = this.list.length - 1; i >= 0; i--) {
      const body = this.list[i];
      if (body.a === a && body.b === b && !body.alone) return body;
      if (body.b <= a) break;
    }
    return null;
  }

  /** The last body named before token at with the short name at token k in brackets after it ("o Metrô"). */
  byAlias(k: number, at: number): Body | null {
    const key = this.d.keys[k];
    // (a word the text never sets in brackets is no body's alias: most speakers named by one word are people)
    if (!(this.aliases ??= bracketed(this.d.text)).has(key)) {
      this.scanLater(at);
      return null;
    }
    this.scanNow(at);
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i].alias === key && this.list[i].b <= at) return this.list[i];
    return null;
  }

  /** The last body named before token at whose initials are the acronym at token k ("the RDF", "a CET", "СК"). */
  byAcronym(k: number, at: number): Body | null {
    this.scanNow(at);
    const d = this.d;
    const key = d.keys[k];
    for (let i = this.list.length - 1; i >= 0; i--) {
      const body = this.list[i];
      if (body.acronym === key && !body.alone) return body;
      // a name that goes on in lower case, as Slavic and Romance names do ("Федерация водителей автобусов" for
      // "ФВА"): the initials tell how far
      if (!key.startsWith(body.acronym)) continue;
      let initials = body.acronym;
      let b = body.b;
      while (b < d.n && initials.length < key.length && !breaksBefore(d, b) && !isCapitalized(d, b) && !(d.flags[b] & (DET | PRON))) {
        if (!SMALL.has(d.keys[b])) {
          if (d.keys[b][0] !== key[initials.length]) break;
          initials += d.keys[b][0];
        }
        b++;
      }
      if (initials === key) return { ...body, name: d.text.slice(d.ts[body.a], d.te[b - 1]), acronym: key, b };
    }
    return null;
  }

  /** The last body named before token at whose name holds the noun at token k, or any body for a generic noun ("the agency"); else the first named in full in the rest of the paragraph. */
  byNoun(k: number, at: number): Body | null {
    this.scanNow(at);
    const d = this.d;
    const key = d.keys[k];
    // (a head noun, or any word of the name for a generic noun: "le régulateur" of the "Commission de régulation …";
    // not "the drivers" for the "Rail Drivers’ Federation")
    const generic = isGenericBody(key);
    const kind = kindOfNoun(key);
    // (the list may run past the phrase when initials were read to a sentence's end)
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i].b <= at && holdsNoun(this.list[i], key, generic, kind)) return this.list[i];
    if (generic) for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i].b <= at && !this.list[i].alone) return this.list[i];
    // none before: the body the rest of the paragraph names in full ("O sindicato afirma que … “…”, disse a presidente
    // do Sindicato dos Metroviários")
    const nl = at < d.n ? d.text.indexOf('\n', d.ts[at]) : -1;
    let to = at;
    while (to < d.n && (nl < 0 || d.ts[to] < nl)) to++;
    this.scan(to);
    for (const body of this.list) if (body.a >= at && body.a < to && holdsNoun(body, key, generic, kind)) return body;
    return null;
  }

  /**
   * The last body named before token at whose name holds the folded word `word` ("Staatsanwaltschaft Köln", "der
   * Augsburger Staatsanwaltschaft" for "Staatsanwaltschaft"), named in full if one was, else by that word alone.
   */
  byWord(word: string, at: number): Body | null {
    this.scanNow(at);
    let alone: Body | null = null;
    for (let i = this.list.length - 1; i >= 0; i--) {
      const body = this.list[i];
      if (body.b > at || !body.words.includes(word)) continue;
      if (!body.alone) return body;
      alone ??= body;
    }
    return alone;
  }

  /** The body whose name opens with the capitalised words [a, b), when it says more ("Brightline" of "Brightline Appliance Co."). */
  byFirstWords(a: number, b: number): Body | null {
    // (no gate before the scan: the one this had, whether the text held the word's first four letters before it, searched
    // the text for most words asked, and cost more than the scan it spared)
    this.scanNow(b);
    const d = this.d;
    for (let i = this.list.length - 1; i >= 0; i--) {
      const body = this.list[i];
      if (body.a > a || body.alone) continue;
      const w = body.words;
      if (w.length <= b - a) continue;
      let all = true;
      for (let k = a; k < b && all; k++) if (!sameStem(w[k - a], d.keys[k])) all = false;
      if (all) return body;
    }
    return null;
  }
}
