/**
 * Statements and their speakers, for claim matching.
 *
 * News copy states a claim over one or more sentences and names its speaker
 * where it likes: in the sentence ("Lavrov said"), after the quote in a title
 * or a pronoun ("…," the minister said / "…," he said), in the sentence before
 * (a lead-in: "Lavrov was asked about the force. \"We are against it,\" he
 * said."), or not at all inside a paragraph of quotes. This module groups the
 * sentences of one statement and finds who speaks in it, so that a claim is
 * scored on the statement and a known speaker other than the claim's can veto
 * it. Rules only (quotes, reporting verbs, mentions the actor pass found): no
 * parse, one pass over the sentences, a few token lookups each.
 */
import { sentenceWindow, type Segmented } from '../text/segment';
import { attribute, type AttributeOptions, type Statement } from '../attribution';
import { isTrimSpace } from '../attribution/doc';
import type { AcceptedMention } from './actors';

/**
 * What each actor belongs to (CompiledIndex.affiliations): the lists themselves, or a reader
 * of the flat index's rows (FlatTables.actorAffStart).
 */
export type Affiliations = number[][] | ((actor: number) => ArrayLike<number>);

/** No speaker found: the reporter's voice, or an attribution we could not read. */
export const SPEAKER_NONE = -1;
/** A named speaker who is not in the knowledge base (Peskov, Medvedev, a spokesman). */
export const SPEAKER_OTHER = -2;

/**
 * How the speaker of a statement was found: Named — a name or title alias next to the
 * reporting verb, or before a headline's colon; Pronoun — a pronoun, a bare title ("the
 * minister") or no subject after a quote, resolved to an earlier speaker; LeadIn — the
 * person the sentence before the quote is about ("Lavrov was asked about…").
 */
export const Via = { None: 0, Named: 1, Pronoun: 2, LeadIn: 3 } as const;
export type Via = (typeof Via)[keyof typeof Via];

export interface Statements {
  /** per sentence: first and last sentence of its statement */
  first: Int32Array;
  last: Int32Array;
  /**
   * The speaker of the statement holding sentence k as this module's reader finds it (found
   * when first asked: most statements hold no claim): an actor index, SPEAKER_NONE or
   * SPEAKER_OTHER; how it was found; the index into `mentions` of the mention naming it
   * (maybe in an earlier sentence), or -1. Cheap: the scoring passes ask it of candidates.
   */
  readSpeakerOf(k: number): { speaker: number; via: Via; mention: number };
  /**
   * The same, and where this reader finds none, lib/attribution's reading of the whole text
   * (made once per text, when first needed): for the veto of a claim by another speaker and
   * for what the card says, asked only of statements about to be reported.
   */
  speakerOf(k: number): { speaker: number; via: Via; mention: number };
  /**
   * The person a title or pronoun opening sentence k stands for ("The president is under
   * pressure…", "Der Staatschef…" after a sentence naming Zelensky): the last person named
   * in the sentences before, or -1. What the sentence says of its subject is said of them.
   */
  subjectOf(k: number): number;
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Reporting verbs and "according to" words, normalised (lower case, no diacritics but й, ї, ł). */
const CUES = words(`
  said says say told tells added adds stated warned warns insisted insists stressed stresses noted notes urged urges
  argued argues claimed announced declared declares wrote writes replied answered explained explains acknowledged conceded
  repeated reiterated reiterates emphasised emphasized suggested questioned described accused vowed pledged
  cautioned commented confirmed recalled predicted invited
  заявил заявила заявили заявляет заявляют сказал сказала сказали говорит говорят сообщил сообщила сообщили отметил
  отметила подчеркнул подчеркнула добавил добавила пояснил пояснила напомнил напомнила предупредил предупредила
  считает написал написала ответил ответила уточнил указал призвал призвала назвал назвала заверил заявив отметив
  подчеркнув добавив предостерег говорил говорила
  заявив заявила заявляє сказав каже кажуть повідомив повідомила наголосив наголосила зазначив зазначила підкреслив
  підкреслила додав додала пояснив нагадав попередив вважає написав відповів закликав назвав казав казала говорив
  sagte sagten sagt erklarte erklarten erklart betonte betont warnte warnt meinte meint schrieb antwortete forderte
  versicherte unterstrich bekraftigte nannte bezeichnete
  dit declare affirme ajoute souligne estime averti assure indique explique martele lance precise rappele insiste
  ecrit repondu tranche qualifie previent invite exhorte appele
  dijo afirmo declaro aseguro advirtio senalo anadio explico indico insistio subrayo recordo escribio respondio sostuvo
  califico pidio
  pediu
  disse afirmou declarou garantiu alertou acrescentou explicou ressaltou destacou escreveu respondeu indicou classificou
  advertiu
  detto dichiarato affermato aggiunto sottolineato spiegato avvertito scritto risposto ribadito precisato assicurato
  definito chiesto invitato
  powiedział powiedziała oswiadczył oswiadczyła stwierdził dodał dodała podkreslił zaznaczył ostrzegł napisał
  odpowiedział wezwał nazwał przyznał poinformował
  promised пообещал повторил называл пообіцяв повторив називав promis repete prometio repitio prometeu repetiu
  promesso ripetuto obiecał powtorzył
`);

/** "according to X", "по словам X": the speaker follows. */
const ACCORDING = words('according segun selon segundo secondo laut словам словами według wedlug zdaniem');

/**
 * CUES and ACCORDING in one map, to the kind of each (CUE, ACCORDING_TO or both): the reader
 * asks it of every token of the sentences it reads, one lookup each.
 */
const CUE = 1;
const ACCORDING_TO = 2;
const CUE_KIND = new Map<string, number>();
for (const w of CUES) CUE_KIND.set(w, CUE);
for (const w of ACCORDING) CUE_KIND.set(w, (CUE_KIND.get(w) ?? 0) | ACCORDING_TO);

/** Subject pronouns (the pro-drop languages leave the subject out: see `attribution`). */
const PRONOUNS = words('he she they он она они він вона вони er sie il elle ils elles');

/** Bare titles with no country: coreference to a person named before. */
const TITLES = words(`
  minister president leader diplomat chancellor republican tycoon billionaire premier secretary
  министр президент глава лидер дипломат мид міністр лідер очільник мзс msz
  премьер канцлер госсекретарь руководитель прем'єр держсекретар керівник президентка
  minister ministerin aussenminister aussenministerin prasident prasidentin staatschef staatsoberhaupt republikaner
  kremlchef chefdiplomat milliardar kanzler kanzlerin bundeskanzler bundeskanzlerin regierungschef regierungschefin
  premierminister
  ministre president presidente dirigeant chef locataire milliardaire chancelier secretaire
  ministro presidente presidenta canciller mandatario lider jefe jefa chanceler republicano chefe dirigente secretario
  cancelliere tycoon capo premier segretario
  prezydent przywodca szef kanclerz premier minister sekretarz
`);

/** People who speak for someone else: the statement is theirs, not the institution's leader's. */
const SPOKESPEOPLE = words(`
  spokesman spokeswoman spokesperson aide adviser advisor
  пресс-секретарь пресс-секретаря представитель речник речниця радник
  sprecher sprecherin berater porte-parole conseiller portavoz asesor porta-voz assessor portavoce consigliere rzecznik doradca
`);

/** Words that end a forward search for the speaker: what follows is the reported content. */
const THAT = words('that que что що dass che że ze qu');

/** "Trump avoided a date and said…": a backward search stops here; the subject is the sentence's. */
const AND = words('and y e et und и і i ed oraz');

/** A forward search for the speaker ends at these: "said she was ready if the United States…". */
const IF = words('if si se wenn falls если якщо jeśli jezeli whether ob');

const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Whether a token's first letter is a capital: ASCII by its code, the rest as isUpper. */
const upperAt = (text: string, o: number) => {
  const c = text.charCodeAt(o);
  return c < 128 ? c >= 65 && c <= 90 : isUpper(text[o]);
};
/** /^\p{L}/u of a key, ASCII by its code. */
const LETTER = /^\p{L}/u;
const startsWithLetter = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(w);
};

/** Characters a gap between tokens is asked about (gapHas), as bits. */
const G_QUOTE = 1;
const G_COMMA = 2;
const G_SEMI = 4;
const G_COLON = 8;
const G_HYPHEN = 16;
const G_PAREN = 32;
const gapBit = (c: number) =>
  c === 34 ? G_QUOTE : c === 44 ? G_COMMA : c === 59 ? G_SEMI : c === 58 ? G_COLON : c === 45 ? G_HYPHEN : c === 40 || c === 41 ? G_PAREN : 0;

export function findStatements(text: string, seg: Segmented, mentions: AcceptedMention[], actorKinds: string[], whenCold: AttributeOptions['whenCold'] = 'build'): Statements {
  const nSent = seg.sentenceStart.length;
  const n = seg.tokens.length;
  const keys = seg.tokens.keys;
  const norm = seg.norm.text;
  const tStart = seg.tokens.start;
  const tEnd = seg.tokens.end;
  const first = new Int32Array(nSent);
  const last = new Int32Array(nSent);
  const speaker = new Int32Array(nSent).fill(SPEAKER_NONE);
  const via = new Uint8Array(nSent);
  const speakerMention = new Int32Array(nSent).fill(-1);
  const sentEnd = (s: number) => (s + 1 < nSent ? seg.sentenceStart[s + 1] : n);

  // Mentions by token: the mention covering each token, if any.
  const mentionAt = new Int32Array(n).fill(-1);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    for (let k = m.s; k < m.e && k < n; k++) mentionAt[k] = i;
  }

  // Quotes: whether each sentence holds a quotation mark, and whether a quotation is still
  // open at its end (a quote over several sentences). Paragraph breaks close every quote.
  // Marks are rare: their positions are found by indexOf (a regular expression's exec made a
  // match array for each), and a sentence's region is walked mark by mark, not character by
  // character.
  const marks: number[] = [];
  for (let q = norm.indexOf('"'), l = norm.indexOf('\n'); q >= 0 || l >= 0; ) {
    if (l < 0 || (q >= 0 && q < l)) {
      marks.push(q);
      q = norm.indexOf('"', q + 1);
    } else {
      marks.push(l);
      l = norm.indexOf('\n', l + 1);
    }
  }
  const hasQuote = new Uint8Array(nSent);
  const startsQuote = new Uint8Array(nSent);
  const openAtEnd = new Uint8Array(nSent);
  /** per sentence: the quote state where its region starts, and the first mark in it */
  const openAtStart = new Uint8Array(nSent);
  const markAt = new Int32Array(nSent);
  let open = false;
  let mi = 0;
  const space = (q: number) => {
    const c = norm.charCodeAt(q);
    return c === 32 || c === 10 || c === 9 || c === 160 || c === 8239;
  };
  const step = (until: number, s: number) => {
    for (; mi < marks.length && marks[mi] < until; mi++) {
      if (norm.charCodeAt(marks[mi]) === 34) {
        open = !open;
        hasQuote[s] = 1;
      } else open = false;
    }
  };
  for (let s = 0; s < nSent; s++) {
    const a = seg.sentenceStart[s];
    const b = sentEnd(s);
    openAtStart[s] = open ? 1 : 0;
    markAt[s] = mi;
    step(tStart[a], s);
    startsQuote[s] = open ? 1 : 0;
    // Marks after the last space before the next sentence open it ('… he said. "We…').
    let cut = norm.length;
    if (s + 1 < nSent) {
      cut = tStart[b];
      const lo = tEnd[b - 1];
      // French spacing ('… maintenant.\n« Pourquoi'): a mark standing alone before the
      // next sentence's first word, after a space, opens that sentence.
      let q = tStart[b] - 1;
      while (q >= lo && space(q)) q--;
      let r = q;
      while (r >= lo && norm.charCodeAt(r) === 34) r--;
      if (r < q && r >= lo && space(r) && q < tStart[b] - 1) cut = r;
      else
        for (let q = tStart[b] - 1; q >= lo; q--) {
          if (space(q)) {
            cut = q;
            break;
          }
        }
    }
    step(cut, s);
    openAtEnd[s] = open ? 1 : 0;
  }
  /** Whether token k is inside a quotation (walks its sentence's marks before it). */
  const inQuote = (k: number): boolean => {
    const s = seg.sentenceOf[k];
    let q = openAtStart[s] === 1;
    for (let i = markAt[s]; i < marks.length && marks[i] < tStart[k]; i++) q = norm.charCodeAt(marks[i]) === 34 ? !q : false;
    return q;
  };
  // (the characters between token k and the next, or the text's end: what a slice of them held)
  const gapHas = (k: number, bits: number) => {
    for (let i = tEnd[k], e = k + 1 < n ? tStart[k + 1] : norm.length; i < e; i++) if (gapBit(norm.charCodeAt(i)) & bits) return true;
    return false;
  };
  /** Whether the gap after token k is one comma and spaces (/^\s*,\s*$/). */
  const gapIsComma = (k: number) => {
    let commas = 0;
    for (let i = tEnd[k], e = k + 1 < n ? tStart[k + 1] : norm.length; i < e; i++) {
      const c = norm.charCodeAt(i);
      if (c === 44) commas++;
      else if (!isTrimSpace(c)) return false;
    }
    return commas === 1;
  };
  const origStart = seg.norm.origStart;
  const capitalised = (k: number) => {
    const o = origStart[tStart[k]];
    return o < text.length && upperAt(text, o);
  };
  const isPerson = (actor: number) => actorKinds[actor] === 'person';
  // Pronoun 0, other-speaker 1, actor ≥ 0 as mention index + 2: the first thing found.
  const PRONOUN = -10;
  const OTHER = -11;
  const probe = (k: number, sentStartTok: number): number | null => {
    if (mentionAt[k] >= 0) return mentionAt[k];
    const w = keys[k];
    if (SPOKESPEOPLE.has(w)) return OTHER;
    if (PRONOUNS.has(w) || TITLES.has(w)) return PRONOUN;
    if (capitalised(k) && startsWithLetter(w) && w.length > 2) {
      // "on Tuesday", "am Donnerstag": a capital after a short lower-case word is a date or a place.
      if (k > sentStartTok && keys[k - 1].length <= 3 && !capitalised(k - 1) && mentionAt[k - 1] < 0) return null;
      // Every sentence starts with a capital: only a name if another capital follows ("Mark Rutte").
      if (k === sentStartTok && !(k + 1 < n && capitalised(k + 1) && mentionAt[k + 1] < 0)) return null;
      return OTHER;
    }
    return null;
  };

  /**
   * The name between two commas before a reporting verb: "The Kremlin's spokesman, Dmitry
   * Peskov, said…", "El canciller ruso, Serguéi Lavrov, advirtió…". Token k ends the name;
   * the mention naming a known person, or OTHER for a name outside the knowledge base.
   */
  const appositive = (k: number, a: number): number | null => {
    if (!gapIsComma(k)) return null;
    let j = k;
    while (j > a && k - j < 3 && (capitalised(j) || mentionAt[j] >= 0) && !gapHas(j - 1, G_QUOTE | G_COMMA | G_SEMI | G_COLON | G_PAREN)) j--;
    if (j <= a || !(capitalised(j) || mentionAt[j] >= 0) || !gapIsComma(j - 1)) return null;
    for (let q = j; q <= k; q++) if (mentionAt[q] >= 0) return isPerson(mentions[mentionAt[q]].actor) ? mentionAt[q] : null;
    return OTHER;
  };

  // Who speaks in a sentence, as one number (no object per sentence read: the scan's
  // collections cost more the more it allocates): the mention naming a known actor as
  // mention + 1, else one of these.
  const SAID_PRONOUN = 0;
  const SAID_OTHER = -1;
  const SAID_NONE = -2;
  const saidCode = (found: number) => (found === PRONOUN ? SAID_PRONOUN : found === OTHER ? SAID_OTHER : found + 1);

  /** Who speaks in sentence s: a known actor's mention (as mention + 1), SAID_PRONOUN, SAID_OTHER or SAID_NONE. */
  const attribution = (s: number): number => {
    const a = seg.sentenceStart[s];
    const b = sentEnd(s);
    // A headline or lead "Lavrov: …": a mention right before a colon near the start.
    if (mentionAt[a] >= 0) {
      const m = mentions[mentionAt[a]];
      if (m.e < b && gapHas(m.e - 1, G_COLON)) return mentionAt[a] + 1;
    }
    for (let c = a; c < b; c++) {
      const kind = CUE_KIND.get(keys[c]);
      if (kind === undefined || inQuote(c)) continue;
      const according = (kind & ACCORDING_TO) !== 0;
      // Backwards first ("Lavrov said", "he said"), unless the verb opens an inverted
      // attribution after a quote or a comma (", said the minister", "», — сказал он").
      const afterBreak = c > a && gapHas(c - 1, G_QUOTE | G_HYPHEN | G_COMMA | G_COLON);
      // "The spokesman, Dmitry Peskov, said…": the name between commas right before the verb.
      if (!according && afterBreak && !inQuote(c - 1)) {
        const ap = appositive(c - 1, a);
        if (ap !== null) return saidCode(ap);
      }
      if (!according && !afterBreak) {
        // Back to the subject, not past a comma or a quote (the reported clause) nor an "and"
        // (whose subject is the sentence's first word: "Trump avoided a date and said…").
        let found: number | null = null;
        let stoppedAtAnd = false;
        for (let k = c - 1; k >= a && k >= c - 9; k--) {
          if (!inQuote(k) && k < c - 1 && (found = appositive(k, a)) !== null) break;
          if (inQuote(k) || gapHas(k, G_QUOTE | G_COMMA | G_SEMI | G_COLON)) break;
          // (Italian "è" folds to "e": only the plain letter is "and".)
          if (AND.has(keys[k]) && text[seg.norm.origStart[tStart[k]]] !== 'è') {
            stoppedAtAnd = true;
            break;
          }
          found = probe(k, a);
          if (found !== null) break;
        }
        if (found === null && stoppedAtAnd && mentionAt[a] >= 0) found = mentionAt[a];
        if (found !== null) return saidCode(found);
      }
      // Forward: ", said the minister." — the speaker ends the clause (a comma or the end of
      // the sentence follows soon); "said Zelensky would…" names the reported clause's subject.
      let found: number | null = null;
      let at = -1;
      // "Lavrov said, Russia …": a comma right after the verb opens the reported clause.
      const opensClause = c + 1 < b && gapHas(c, G_COMMA | G_COLON) && !according;
      for (let k = c + 1; k < b && k <= c + 4 && !opensClause; k++) {
        if (inQuote(k) || THAT.has(keys[k]) || IF.has(keys[k])) break;
        found = probe(k, a);
        if (found !== null) {
          at = mentionAt[k] >= 0 ? mentions[mentionAt[k]].e - 1 : k;
          break;
        }
        if (gapHas(k, G_QUOTE | G_COMMA | G_SEMI | G_COLON)) break;
      }
      if (found !== null) {
        let ends = at + 6 >= b - 1;
        for (let k = at; k < b - 1 && k <= at + 6 && !ends; k++) if (gapHas(k, G_COMMA | G_SEMI | G_COLON)) ends = true;
        if (ends) return saidCode(found);
      }
      // "…", dijo. / «…», ha detto: a verb with no subject after a quote (pro-drop).
      if (afterBreak && c > a && (inQuote(c - 1) || gapHas(c - 1, G_QUOTE))) return SAID_PRONOUN;
    }
    return SAID_NONE;
  };

  // Group sentences: a quote open at the end of a sentence goes on in the next; a quote
  // with no named speaker belongs with the sentence before it (a lead-in, or the quote
  // before it in a paragraph of quotes).
  const UNREAD = -3;
  const attMemo = new Int32Array(nSent).fill(UNREAD);
  const att = (s: number) => (attMemo[s] === UNREAD ? (attMemo[s] = attribution(s)) : attMemo[s]);
  const join = new Uint8Array(nSent); // join[s] = 1: s belongs with s - 1
  for (let s = 1; s < nSent; s++) if (openAtEnd[s - 1]) join[s] = 1;
  const sameParagraph = (s: number) => {
    const e = tStart[seg.sentenceStart[s]];
    const i = norm.indexOf('\n', tEnd[sentEnd(s - 1) - 1]);
    return i < 0 || i >= e;
  };
  for (let s = 1; s < nSent; s++) {
    if (join[s]) continue;
    // A quote (all its sentences) that names no speaker, or one attributed to "he": it goes
    // with the sentence before it in its paragraph ("He was asked about X. \"…,\" he said."),
    // unless that is too short to be one (a dateline).
    let e = s;
    while (e + 1 < nSent && join[e + 1]) e++;
    if (!startsQuote[s] && !hasQuote[s]) continue;
    let named = false;
    let pronoun = false;
    for (let k = s; k <= e; k++) {
      const t = att(k);
      if (t > 0 || t === SAID_OTHER) named = true;
      if (t === SAID_PRONOUN) pronoun = true;
    }
    // (Reported speech by "he" with a quoted phrase in it stays its own statement.)
    const quote = startsQuote[s] === 1;
    if (!quote || named || !sameParagraph(s)) continue;
    if (sentEnd(s - 1) - seg.sentenceStart[s - 1] >= 5) join[s] = 1;
  }
  for (let s = 0; s < nSent; ) {
    let e = s;
    while (e + 1 < nSent && join[e + 1]) e++;
    for (let k = s; k <= e; k++) {
      first[k] = s;
      last[k] = e;
    }
    s = e + 1;
  }
  const resolved = new Uint8Array(nSent);
  // The statement's speaker, when a claim asks: named in one of its sentences, else the
  // person a lead-in is about, else the last person who spoke or was named before it.
  const resolve = (s0: number): void => {
    const s = first[s0];
    const e = last[s0];
    if (resolved[s]) return;
    let who = SPEAKER_NONE;
    let how: Via = Via.None as Via;
    let mention = -1;
    let pronoun = false;
    for (let k = s; k <= e; k++) {
      const t = att(k);
      if (t > 0) {
        mention = t - 1;
        who = mentions[mention].actor;
        how = Via.Named;
        break;
      }
      if (t === SAID_OTHER) {
        who = SPEAKER_OTHER;
        break;
      }
      if (t === SAID_PRONOUN) pronoun = true;
    }
    if (who === SPEAKER_NONE && (pronoun || (e > s && hasQuote[e]))) {
      // A lead-in's person: the first person mentioned in the statement's first sentence.
      for (let k = seg.sentenceStart[s]; k < sentEnd(s) && e > s; k++) {
        const m = mentionAt[k];
        if (m >= 0 && isPerson(mentions[m].actor)) {
          who = mentions[m].actor;
          mention = m;
          how = Via.LeadIn;
          break;
        }
      }
      if (who === SPEAKER_NONE && pronoun) {
        // The last person who spoke in the four sentences before, else the last person named.
        for (let k = s - 1; k >= 0 && k >= s - 4 && who === SPEAKER_NONE; k--) {
          resolve(k);
          if (speaker[k] >= 0 && isPerson(speaker[k])) {
            who = speaker[k];
            mention = speakerMention[k];
            how = Via.Pronoun;
          }
        }
        for (let k = seg.sentenceStart[s] - 1; k >= 0 && who === SPEAKER_NONE && k >= seg.sentenceStart[Math.max(0, s - 3)]; k--) {
          const m = mentionAt[k];
          if (m >= 0 && isPerson(mentions[m].actor)) {
            who = mentions[m].actor;
            mention = m;
            how = Via.Pronoun;
          }
        }
      }
    }
    for (let k = s; k <= e; k++) {
      resolved[k] = 1;
      speaker[k] = who;
      via[k] = how;
      speakerMention[k] = mention;
    }
  };
  // Where our reader finds no speaker, lib/attribution's reading of the statement and the
  // sentences before it may: a name outside the knowledge base after a cue we do not know,
  // a speaker several sentences away. Measured on the tuning batch, our reader first and
  // attribution filling its gaps is better than either alone: attribution resolves fewer of
  // the knowledge base's titles ("der Staatschef", "глава МИД") to their person.
  const attributed = new Map<number, Said>();
  const actorKind = (id: string) => actorKinds[Number(id)];
  // Attribution names a speaker only where someone speaks: a quotation, a person of the
  // knowledge base, or a name outside it (a capitalised word inside the sentence that no
  // mention covers). A statement with none of them is the reporter's, read no further.
  const speechSigns = (s: number, e: number): boolean => {
    for (let x = s; x <= e; x++) {
      if (hasQuote[x] || openAtStart[x]) return true;
      for (let k = seg.sentenceStart[x] + 1, b = sentEnd(x); k < b; k++) {
        const m = mentionAt[k];
        if (m >= 0 ? isPerson(mentions[m].actor) : capitalised(k) && startsWithLetter(keys[k])) return true;
      }
    }
    return false;
  };
  // One answer per statement, made when first asked: the scoring passes ask of every
  // candidate sentence, tens of thousands of times on a long page.
  const readMemo: (Said | undefined)[] = new Array(nSent);
  const readSpeakerOf = (k: number): Said => {
    const s = first[k];
    let r = readMemo[s];
    if (r === undefined) {
      resolve(k);
      readMemo[s] = r = { speaker: speaker[k], via: via[k] as Via, mention: speakerMention[k] };
    }
    return r;
  };
  // (the scoring passes ask it of a sentence once per candidate claim: kept per sentence)
  const subjectMemo = new Int32Array(nSent).fill(UNREAD);
  const subjectOf = (k: number): number => {
    const a = seg.sentenceStart[k];
    const b = sentEnd(k);
    // "The president", "Le président ukrainien", "Il leader ucraino", "Глава держави", "He".
    let p = a;
    if (p + 1 < b && keys[p].length <= 3 && !PRONOUNS.has(keys[p]) && !TITLES.has(keys[p]) && mentionAt[p] < 0) p++;
    // "Der russische Außenminister", "amerykański przywódca": a state's adjective before the title.
    if (p + 1 < b && mentionAt[p] >= 0 && mentionAt[p + 1] < 0 && !isPerson(mentions[mentionAt[p]].actor) && TITLES.has(keys[p + 1])) p++;
    const w = keys[p];
    if (p >= b || mentionAt[p] >= 0 || !(PRONOUNS.has(w) || TITLES.has(w))) return -1;
    // Nearest first: who spoke in a sentence before (maybe "he"), else the last person named in it.
    for (let x = k - 1; x >= 0 && x >= k - 4; x--) {
      resolve(x);
      if (speaker[x] >= 0 && isPerson(speaker[x])) return speaker[x];
      for (let q = sentEnd(x) - 1; q >= seg.sentenceStart[x]; q--) {
        const m = mentionAt[q];
        if (m >= 0 && isPerson(mentions[m].actor)) return mentions[m].actor;
      }
    }
    return -1;
  };
  return {
    first,
    last,
    subjectOf(k: number) {
      const v = subjectMemo[k];
      return v !== UNREAD ? v : (subjectMemo[k] = subjectOf(k));
    },
    readSpeakerOf,
    speakerOf(k: number) {
      const read = readSpeakerOf(k);
      if (read.speaker !== SPEAKER_NONE) return read;
      const s = first[k];
      let said = attributed.get(s);
      if (said === undefined && !speechSigns(s, last[k])) attributed.set(s, (said = read));
      if (said === undefined) {
        // the statement's speaker: the first of its sentences that has one
        const all = attributedSpeakers(text, seg, mentions, actorKinds, s, last[k], whenCold, actorKind);
        said = all[0];
        for (const x of all) {
          if (x.speaker !== SPEAKER_NONE) {
            said = x;
            break;
          }
        }
        attributed.set(s, said);
      }
      return said;
    },
  };
}

/** One sentence's speaker as lib/attribution reads it. */
interface Said {
  speaker: number;
  via: Via;
  mention: number;
}

/** Sentences before a statement that lib/attribution reads with it: the people named there. */
const ATTRIBUTION_CONTEXT = 4;

/**
 * The speaker of sentences [s0, s1] as lib/attribution reads them (quotes over sentences
 * and paragraphs, cues in nine languages, pronouns and titles resolved against the people
 * named before), reading them with the ATTRIBUTION_CONTEXT sentences before: per sentence,
 * the attribution statement covering most of it, its speaker as an actor index,
 * SPEAKER_OTHER for a named person outside the knowledge base, SPEAKER_NONE when it has
 * none. The text read is a window around the statement, not the page: a page of claims
 * pays for the statements it reports, not for every word of it.
 */
export function attributedSpeakers(
  text: string,
  seg: Segmented,
  mentions: AcceptedMention[],
  actorKinds: string[],
  s0: number,
  s1: number,
  whenCold: AttributeOptions['whenCold'] = 'build',
  actorKind: (id: string) => string | undefined = (id) => actorKinds[Number(id)],
): Said[] {
  const nSent = seg.sentenceStart.length;
  const n = seg.tokens.length;
  const { origStart, origEnd } = seg.norm;
  // The window's own segmentation, cut from the page's: the same as segmenting its text again
  // (tests/unit/text/sentence-window.test.ts), without normalising and tokenising it again for
  // every statement whose speaker is asked.
  const { segmented, from, to } = sentenceWindow(seg, Math.max(0, s0 - ATTRIBUTION_CONTEXT), s1);
  const actorMentions = [];
  for (let i = firstMentionFrom(mentions, from); i < mentions.length && mentions[i].end <= to; i++) {
    const m = mentions[i];
    actorMentions.push({
      actorId: String(m.actor),
      ref: String(m.actor),
      start: m.start - from,
      end: m.end - from,
      text: text.slice(m.start, m.end),
      aliasType: 'name' as const,
      confidence: m.confidence,
    });
  }
  const found = attribute(text.slice(from, to), { segmented, actorMentions, actorKind, window: true, whenCold });
  const out: Said[] = [];
  for (let s = s0; s <= s1; s++) {
    const a = origStart[seg.tokens.start[seg.sentenceStart[s]]] - from;
    const b = origEnd[seg.tokens.end[(s + 1 < nSent ? seg.sentenceStart[s + 1] : n) - 1] - 1] - from;
    // the statement covering most of the sentence
    let best = -1;
    let bestOverlap = 0;
    for (let i = 0; i < found.length && found[i].start < b; i++) {
      const o = Math.min(b, found[i].end) - Math.max(a, found[i].start);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = i;
      }
    }
    out.push(best < 0 ? { speaker: SPEAKER_NONE, via: Via.None, mention: -1 } : saidBy(found[best], mentions, from));
  }
  return out;
}

/** The first of the mentions (in text order) that starts at or after pos. */
function firstMentionFrom(mentions: AcceptedMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The speaker of statement st of a window that starts at `from`, as this module reports one. */
function saidBy(st: Statement, mentions: AcceptedMention[], from: number): Said {
  if (st.actorId !== undefined) {
    const actor = Number(st.actorId);
    if (!st.speaker) return { speaker: actor, via: Via.Pronoun, mention: -1 };
    // Named when a mention of the actor is the speaker's words; else the last mention before.
    const spStart = st.speaker.start + from;
    const spEnd = st.speaker.end + from;
    const i0 = firstMentionFrom(mentions, spStart);
    for (let i = Math.max(0, i0 - 1); i < mentions.length && mentions[i].start < spEnd; i++) {
      if (mentions[i].actor === actor && mentions[i].end > spStart) return { speaker: actor, via: Via.Named, mention: i };
    }
    for (let i = i0 - 1; i >= 0 && mentions[i].start >= from; i--) if (mentions[i].actor === actor) return { speaker: actor, via: Via.Pronoun, mention: i };
    return { speaker: actor, via: Via.Pronoun, mention: -1 };
  }
  if (st.speaker && st.speakerName && isProperName(st.speakerName)) return { speaker: SPEAKER_OTHER, via: Via.Named, mention: -1 };
  return { speaker: SPEAKER_NONE, via: Via.None, mention: -1 };
}

/**
 * "Dmitry Peskov": a first name and a surname, every word capitalised. Not "the president",
 * a pronoun, nor one capitalised word, which may be a known person in a spelling the
 * knowledge base lacks ("Lawrow sagte") or a sentence's first word.
 */
function isProperName(name: string): boolean {
  const w = name.split(/\s+/);
  return w.length >= 2 && w.every((x) => x.length >= 2 && isUpper(x[0]));
}

/**
 * Whether a statement by `speaker` can be the claim of `claimSpeaker`: the same
 * actor; the state it serves or leads ("Moscow says…" for Lavrov's claim); a
 * person of that state the claim reports (Putin in Lavrov's report of Putin's
 * words); a person leading the state that makes the claim. Claims of the
 * reporting or commentators (no speaker) are nobody's in particular, but not
 * a named person's.
 */
export function speakerFits(
  speaker: number,
  claimSpeaker: number,
  subjects: readonly number[] | Int32Array,
  actorKinds: string[],
  affiliations: Affiliations | undefined,
): boolean {
  if (speaker === SPEAKER_NONE) return true;
  if (speaker === SPEAKER_OTHER) return claimSpeaker < 0;
  if (claimSpeaker < 0) return actorKinds[speaker] !== 'person';
  if (speaker === claimSpeaker) return true;
  const aff = (x: number): ArrayLike<number> => (typeof affiliations === 'function' ? affiliations(x) : affiliations?.[x] ?? []);
  if (actorKinds[speaker] === 'person') {
    if (has(aff(speaker), claimSpeaker)) return true;
    // A person the claim is about, of the claim speaker's side (or of no known side).
    const a = aff(speaker);
    const b = aff(claimSpeaker);
    if (!has(subjects, speaker)) return false;
    if (a.length === 0 || b.length === 0) return true;
    for (let i = 0; i < a.length; i++) if (has(b, a[i])) return true;
    return false;
  }
  return has(aff(claimSpeaker), speaker);
}

function has(list: ArrayLike<number>, x: number): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === x) return true;
  return false;
}
