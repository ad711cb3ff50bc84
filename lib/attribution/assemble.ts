/**
 * The statement assembler: one walk over the sentences, in text order, that
 * turns quotes and cues into statements and resolves each speaker against the
 * people named so far.
 *
 * For each sentence: the quotes that open in it (their cue right after them,
 * inside them for Russian-style author's words, or right before them; a quote
 * with no cue of its own that stands as a sentence takes the previous quote's
 * speaker), then, for what no quote covers, the reported speech of the
 * sentence ("X said that …", "…, X said", "according to X, …", "Name: …").
 */
import { AUX, BACK, COMP, DET, FRAME, FRAME_AFTER, MOOD, PRON, PRON_F, PRON_M, PRON_O, STOP, TAIL, VERB, VERB_F, type Frame } from './cues';
import { isLowerAt, lineOf, CAPITAL, FRAME_SECOND, GAP_COLON, GAP_COMMA, NAME_GIVEN, ONE_WORD_FRAME, bracketDash, breaksBefore, commaBefore, dashBefore, gapBefore, gapFlags, gapHolds, gapIsMark, gapLastVisible, inCapitals, isDash, isCapitalized, isPolishSie, isRole, roleNear, scratchBytes, sentenceRange, tokenAtOrAfter, tokenBefore, type Doc } from './doc';
import { apposedSubject, separableParticle, withoutParticle, continuesReport, cueAfterQuote, cutAtVerb, germanSubject, isAdverb, isPreposition, lastMainClause, mediaAddresseeEnd, notSubject, passiveAgent, personOrName, personish, speechNounSource, subordinateSpeaker, subjectAfterVerb as germanSubjectAfterVerb, verbBefore } from './german';

import { isEnglish, isGerman, isSlavic } from './language';
import type { Quote } from './quotes';
import { affiliationEnd, genitiveComplementEnd, genitiveFrame, genitiveSourceEnd, pastDegrees } from './genitive-source';
import { agePhraseAt, describedAfter, personNoun, slavicSubjectBefore, verbGender } from './slavic';
import { oneOfThemEnd } from './one-of-them';
import { titleAbbreviationAt } from './person-mentions';
import { addressedTo, anaphorEndingAt, contractedA, afterElision, ageAfterGiven, bracketedInitials, openingAside, pastOpeningAside, ROMANCE_DEFINITE, agedName, commaIn, NO_WORDS, STRESSED_FR, roleSetOffAfter, masculineNominativePerson, appositionAfter, describedComplementEnd, describedStart, isConnector, latterAt, nameRunEnd, personInQuote, phraseAfter, phraseAt, phraseBefore, possessedThing, withoutOpeningParticle, type Person, type Phrase, type Registry } from './speaker';
import type { SpeakerSpan, Span, Statement, StatementKind } from './types';

interface Cue {
  /** token range of the reporting words */
  ca: number;
  cb: number;
  speaker: Phrase | null;
  /** tokens said of the speaker besides the phrase (an apposition) */
  feminine: boolean;
  /** the speaker is a man by a word other than the verb ("Questionado sobre …, disse que") */
  masculine?: boolean;
}

/** The space French typography sets inside its quotation marks (plain, no-break or narrow no-break), by char code. */
function spaceInMarks(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** Quotes of one or two words with no cue right beside them are scare quotes or titles, not statements. */
const MIN_QUOTE_WORDS = 3;
/** Tokens a cue clause may hold after a quote ("Lavrov told reporters after talks with his Turkish counterpart"). */
const AFTER_CLAUSE = 24;
/** German verbs of calling something something: nennen, bezeichnen (als), sprechen von. */
const NAMING_CUE = /^(?:nann|nenn|bezeichne|sprach|sprech|spricht)/i;
/** German "zitiert" (folded), whose passive subject is the one quoted. */
const CITED = /^zitiert$/;
/** German "zeigen" and "geben" before "sich" ("zeigte sich „enttäuscht“", "gibt sich „gelassen“"), folded. */
const SHOWN = /^(?:zeigte|zeigt|zeigten|zeigen|gab|gibt|gaben|geben)$/;
/** French finite auxiliaries: a clause that ends in one is cut off before its participle ("X a, lui, promis …"). */
const FINITE_AUX_FR = new Set('a ont avait avaient aurait est'.split(' '));

/** Whether the clause before token c ends in a French auxiliary, or in one and a pronoun set off by commas ("a, lui,"). */
function cutAfterAux(d: Doc, c: number): boolean {
  let j = c - 1;
  if (j > 0 && d.flags[j] & PRON && commaBefore(d, j)) j--;
  return j >= 0 && FINITE_AUX_FR.has(d.keys[j]);
}
/** Words a quotation inside reported speech needs to count as a statement of its own. */
const EMBEDDED_MIN_WORDS = 5;

export function assemble(d: Doc, quotes: Quote[], reg: Registry): Statement[] {
  const text = d.text;
  const out: Statement[] = [];
  const covered = scratchBytes(1, d.n);
  // English copy sets no dialogue off with dashes: "SCRANTON, Pa. — Vice President …" is a dateline, not a dash quote
  const top = quotes.filter((q) => q.depth === 0 && !(q.dash && isEnglish(d, 'prevailing')));
  const nested = quotes.filter((q) => q.depth > 0);
  const consumed = new Set<Quote>();
  // tokens inside a quotation: a verb there is the quoted speaker's, not a cue of the sentence
  const quoted = scratchBytes(2, d.n);
  for (const q of top) for (let k = tokenAtOrAfter(d, q.start); k < d.n && d.ts[k] < q.end; k++) quoted[k] = 1;
  reg.quoted = quoted;
  let qi = 0;
  let last: Statement | null = null;
  // (paragraph number of an offset: paragraphs are split by line breaks)
  const paraOf = (pos: number) => lineOf(d, pos);
  // German word order puts the subject after the verb when something else opens the clause (german.ts)
  const german = isGerman(d);
  // copy in neither English nor German (French, Spanish, Italian, Portuguese, Slavic): statements are labelled by
  // their wording, not by the share of letters in quotation marks
  const english = isEnglish(d, 'present');
  const otherCopy = !german && !english;
  // (copy in English throughout, not words of it among another language's: insertionCue)
  const englishProse = english && isEnglish(d, 'prevailing');

  const speakerOf = (ph: Phrase | null, feminine: boolean, plural = false, masculine = false, direct = false): Pick<Statement, 'speaker' | 'speakerName' | 'actor' | 'actorId'> => {
    if (!ph) return speakerFields(null, null, null, undefined);
    ph = withoutOpeningParticle(d, ph);
    // (a German subject after its verb ends before the verb's separable particle: "stellte der Minister klar")
    if (german && ph.a >= 0) ph = withoutParticle(d, ph);
    // French "on" said where someone speaks ("fait-on savoir à Matignon", "Dans son entourage, on assure que …"): the
    // place or the circle speaks
    const place = ph.a >= 0 && ph.b - ph.a === 1 && otherCopy && d.keys[ph.a] === 'on' && d.flags[ph.a] & PRON_O && !isSlavic(d) ? onPlace(d, ph.a) : null;
    if (place) ph = place;
    // a phrase that names no one ("Jak powiedział", "Pytany, czy …", "Ein Warnstreik sei …"): as if the verb had no subject
    else if (ph.a >= 0 && reg.namesNoOne(ph)) ph = { a: -1, b: ph.b };
    if (ph.a < 0) {
      // a verb with no subject: its speaker is the last person of its gender
      reg.advance(d.ts[ph.b]);
      // Slavic copy goes on with the person the sentence before speaks of, by a role and with no words of theirs
      // ("Były prezydent nie chciał tego komentować. – Nie będę polemizował – uciął.")
      const focus = isSlavic(d) ? focusBefore(ph.b) : null;
      if (focus) {
        const rf = reg.resolve(focus, [], false);
        const g = rf.name ? reg.genderOf(rf.name) : null;
        if (rf.name && !(feminine && g === 'm') && !(masculine && g === 'f') && reg.isPerson(rf.name, rf.actorId)) {
          return speakerFields(null, rf.name, rf.ref ?? null, rf.actorId);
        }
      }
      const r = reg.resolveDropped(feminine, masculine, ph.b);
      // no person named yet: the subject of the statement before ("Fuentes del Ministerio dijeron que … \"…\", señalaron.");
      // and the verb with no subject goes on with the speaker of the statement just before, in its paragraph or the
      // next, over a person that statement only named ("O chefe de Estado confirmou que uma delegação, liderada por
      // Steve Witkoff, é esperada. «…», acrescentou.")
      // (or over a person named before that statement, when it was made by someone its role alone describes: "Europejski
      // dyplomata, który rozmawiał z PAP, przyznał, że … ¶ „…” – powiedział." is the diplomat, not the president named before)
      const byRole = last !== null && r.at !== undefined && r.at < last.start && last.speaker !== null && !last.actor && last.speakerName === last.speaker.text && someRole(d, tokenAtOrAfter(d, last.speaker.start), tokenAtOrAfter(d, last.speaker.end));
      const inLast = byRole || (last !== null && r.at !== undefined && r.at >= last.start && r.at < last.end);
      const goesOn = inLast && !feminine && last!.speakerName !== null && !(masculine && reg.genderOf(last!.speakerName) === 'f') && paraOf(d.ts[ph.b]) - paraOf(last!.start) <= (byRole ? 2 : 1);
      if ((r.name === null || goesOn) && last && last.speakerName && !(masculine && reg.genderOf(last.speakerName) === 'f') && paraOf(d.ts[ph.b]) - paraOf(last.start) <= 2) {
        return speakerFields(null, last.speakerName, last.actor, last.actorId);
      }
      return speakerFields(null, r.name, r.ref ?? null, r.actorId);
    }
    // a role or a description, then the person's name in apposition ("a indiqué le préfet, Laurent Saint-Marc, lors…")
    if (!(d.flags[ph.a] & PRON) || d.flags[ph.a] & DET) {
      const e = appositionAfter(d, ph, sentenceRange(d, ph.b - 1)[1]);
      if (e > ph.b) ph = { a: ph.a, b: e };
    }
    // someone new, described and not named: all of the description ("raconte une technicienne du service après-vente",
    // "sagte ein Rentner mit Rollator"), by which the reader tells them from others described alike
    if (!(d.flags[ph.a] & PRON)) {
      const a = describedStart(d, ph.a);
      const e = describedComplementEnd(d, a, ph.b);
      if (e > ph.b || a < ph.a) ph = { a, b: e };
    }
    reg.advance(d.ts[ph.a]);
    // (someone new, described and not named, is who "he" is next when the phrase is the verb's subject: its words
    // quoted, or the phrase right before the verb or its auxiliary, "Ein Berater im Präsidialamt sagte, …", "Un
    // conseiller de l'Intérieur a assuré que …")
    const subject = direct || (ph.b < d.n && !breaksBefore(d, ph.b) && (d.flags[ph.b] & (VERB | AUX)) !== 0);
    const r = reg.resolve(ph, d.flags[ph.a] & PRON ? NO_WORDS : roleSetOffAfter(d, ph.b), feminine, plural, masculine, subject);
    const sp: SpeakerSpan = { start: d.ts[ph.a], end: d.te[ph.b - 1], text: text.slice(d.ts[ph.a], d.te[ph.b - 1]) };
    // a pronoun with no person of its gender named: the speaker of the statement just before, named by a role only
    // ("„…“, sagte ein Sprecher des Ministeriums. …, fügte er hinzu.", "« … », a déclaré un porte-parole. « … », a-t-il ajouté.")
    // (not one of the other gender: "La cheffe de file, Marine Tondelier, … Le ministre lui a répondu. « … », a-t-il
    // rétorqué" is not hers)
    if (r.name === null && ph.b - ph.a === 1 && d.flags[ph.a] & (PRON_M | PRON_F) && last && last.speaker && !last.actor && last.speakerName && paraOf(d.ts[ph.a]) === paraOf(last.start) && reg.genderOf(last.speakerName) !== (d.flags[ph.a] & PRON_F ? 'm' : 'f')) {
      return { speaker: sp, speakerName: last.speakerName, actor: null };
    }
    // a pronoun of no gender that names no person ("The Rail Drivers’ Federation said … It said …"): the body that spoke
    // just before, in the paragraph or the one before
    if (r.name === null && ph.b - ph.a === 1 && d.flags[ph.a] & PRON_O && !(d.flags[ph.a] & (PRON_M | PRON_F)) && last && last.speakerName && !reg.isPerson(last.speakerName, last.actorId) && paraOf(d.ts[ph.a]) - paraOf(last.start) <= 1) {
      return speakerFields(sp, last.speakerName, last.actor, last.actorId);
    }
    // a pronoun that would name a person only the statement just before named, not its speaker ("Глава держави
    // розповів, що мав розмову з Трампом. «…», — додав він."): that statement's speaker goes on
    if (r.at !== undefined && ph.b - ph.a === 1 && d.flags[ph.a] & (PRON_M | PRON_F) && last && last.speakerName && last.speakerName !== r.name && r.at >= last.start && r.at < last.end && paraOf(d.ts[ph.a]) - paraOf(last.start) <= 1) {
      const g = reg.genderOf(last.speakerName);
      if (g === null || g === (d.flags[ph.a] & PRON_F ? 'f' : 'm')) return speakerFields(sp, last.speakerName, last.actor, last.actorId);
    }
    // "la même source", "a mesma fonte", "la misma fuente", "dieselbe Quelle", "cette source": who the last speaker named
    // with that noun is
    const same = sameAs(ph);
    if (same) return speakerFields(sp, same.speakerName, same.actor, same.actorId);
    // "The Department for Transport said … A spokesperson said: ‘…’": an unnamed spokesperson speaks for the body that
    // spoke just before, in the paragraph or the one before
    if (reg.unnamedSpokes(ph) && last && last.speakerName && !reg.isPerson(last.speakerName, last.actorId) && paraOf(d.ts[ph.a]) - paraOf(last.start) <= 1) {
      return speakerFields(sp, last.speakerName, last.actor, last.actorId);
    }
    return speakerFields(sp, r.name, r.ref ?? null, r.actorId);
  };

  /**
   * The subject of the sentence before the one of token k, when that sentence opens with a role ("Były prezydent",
   * "Экс-губернатор") and says nothing itself (no statement in it), in the paragraph of k or the one before.
   */
  const focusBefore = (k: number): Phrase | null => {
    if (k >= d.n) return null;
    const s = d.sentenceOf[k];
    if (s === 0) return null;
    const a = d.sentenceStart[s - 1];
    const b = d.sentenceStart[s];
    if (paraOf(d.ts[k]) - paraOf(d.ts[a]) > 1) return null;
    for (let j = a; j < b; j++) if (covered[j] || quoted[j]) return null;
    const ph = phraseAt(d, a, b);
    if (!ph || ph.b >= b || d.flags[ph.a] & PRON || !isRole(d, ph.b - 1) || isCapitalized(d, ph.b) || d.flags[ph.b] & (STOP | COMP) || breaksBefore(d, ph.b)) return null;
    return ph;
  };

  /** The last statement whose speaker phrase holds the noun a phrase "the same …" names ("a mesma fonte"), if any. */
  const sameAs = (ph: Phrase): Statement | null => {
    let k = ph.a;
    // (or a demonstrative and its noun: "confie cette source", "so diese Quelle", "said this official"; the phrase may
    // begin after it)
    if (ph.b - ph.a === 1 && k > 0 && THIS.has(d.keys[k - 1]) && !breaksBefore(d, k)) k--;
    else if (!(ph.b - ph.a === 2 && THIS.has(d.keys[k]))) while (k < ph.b && !SAME.has(d.keys[k])) k++;
    if (k + 1 >= ph.b) return null;
    const stem = d.keys[k + 1].slice(0, 5);
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i];
      if (!o.speaker || !o.speakerName || paraOf(ph.a < d.n ? d.ts[ph.a] : text.length) - paraOf(o.start) > 6) continue;
      const a = tokenAtOrAfter(d, o.speaker.start);
      for (let j = a; j < d.n && d.te[j] <= o.speaker.end; j++) if (!SAME.has(d.keys[j]) && d.keys[j].startsWith(stem)) return o;
    }
    // (a demonstrative and a noun of a person that names no one before it, "Pour cet interlocuteur", "so dieser Insider":
    // the one who spoke just before, in the paragraph)
    const o = out.length ? out[out.length - 1] : null;
    if (THIS.has(d.keys[k]) && ph.b - k === 2 && !isCapitalized(d, k + 1) && o && o.speaker && o.speakerName && !o.actor && INTERLOCUTOR.test(d.keys[k + 1]) && paraOf(d.ts[ph.a]) === paraOf(o.start)) return o;
    return null;
  };

  /** one past the last token covered so far: a sentence that opens at or after it has none covered */
  let coveredEnd = 0;
  const cover = (start: number, end: number) => {
    let k = tokenAtOrAfter(d, start);
    for (; k < d.n && d.ts[k] < end; k++) covered[k] = 1;
    if (k > coveredEnd) coveredEnd = k;
  };

  const emit = (start: number, end: number, kind: StatementKind, cue: Cue | null, inherit: boolean, subject: Phrase | null = null): Statement => {
    let who: Pick<Statement, 'speaker' | 'speakerName' | 'actor' | 'actorId'>;
    if (cue) {
      if (d.ts[cue.ca] >= end) reg.contentBefore = [start, end];
      // (a frame's source is who speaks as surely as a quote's, when a role says it is a person: "Según un diplomático
      // europeo, …" introduces whom "el diplomático" is next; "d'après une procédure" no one)
      const frameSource = (d.flags[cue.ca] & FRAME) !== 0 && cue.speaker !== null && cue.speaker.a >= 0 && hasRole(d, cue.speaker);
      who = speakerOf(cue.speaker, cue.feminine, isPluralVerb(d, cue.ca), cue.masculine === true || verbGender(d, cue.ca) === 'm', kind === 'direct' || frameSource);
      reg.contentBefore = null;
    }
    else if (subject) who = speakerOf(subject, false);
    else if (inherit && last && (last.speaker || last.speakerName)) who = speakerFields(last.speaker, last.speakerName, last.actor, last.actorId);
    else who = speakerFields(null, null, null, undefined);
    const cueSpan: Span | null = cue ? { start: d.ts[cue.ca], end: d.te[cue.cb - 1] } : null;
    // (the fields of `who` one by one, not spread: a spread copies them by a slow path, into a statement whose shape
    // then depends on which fields `who` had)
    const st: Statement = { start, end, kind, text: text.slice(start, end), cue: cueSpan, speaker: who.speaker, speakerName: who.speakerName, actor: who.actor };
    if (who.actorId) st.actorId = who.actorId;
    out.push(st);
    cover(start, end);
    if (cueSpan) cover(cueSpan.start, cueSpan.end);
    // (a verb with no subject names its speaker too: "«…», ha sostenuto. «…»")
    if (who.speaker || (cue && who.speakerName)) last = st;
    return st;
  };

  // ---------- direct quotes ----------

  const quoteWords = (q: Quote) => Math.max(0, tokenBefore(d, q.innerEnd) - tokenAtOrAfter(d, q.innerStart) + 1);

  /** A cue in the author's words inside the quote («…, — сказал Лавров. — …»). */
  const insertionCue = (q: Quote): Cue | null => {
    // (not in English copy, which sets its cues off by commas: a dash inside the marks is the speaker's own, "“Two downgrades
    // in 12 months – investors are entitled to ask some hard questions.”")
    if (!englishProse) for (const ins of q.insertions) {
      const a = tokenAtOrAfter(d, ins.start);
      const b = tokenBefore(d, ins.end) + 1;
      for (let k = a; k < b; k++) {
        if (!(d.flags[k] & VERB)) continue;
        // "– oceniła.": no subject, the verb's gender says who; the subject ends with the verb's sentence ("– dodała
        // wiceminister Joanna Sikorska. Nowicki odpowiedział, że …", where the author's words run on to the line's end)
        const speaker = phraseBefore(d, k, a) ?? subjectAfterVerb(d, k, Math.min(b, sentenceRange(d, k)[1])) ?? { a: -1, b: k };
        return { ca: k, cb: k + 1, speaker, feminine: (d.flags[k] & VERB_F) !== 0 };
      }
    }
    return q.dash || german ? null : commaInsertionCue(q);
  };

  /**
   * French copy sets its attribution off by commas inside the marks: « Ce dossier, a déclaré le procureur, est … »,
   * « Nous irons, a-t-il dit, jusqu'au bout », « Il faut, estime-t-elle, agir vite »: a cue verb (after its
   * auxiliaries) right after a comma, a speaker, and a comma again within a few words. (German copy closes the
   * quotation first, „…“, sagte er, „…“: there a verb between commas inside one is the speaker's own.)
   */
  const commaInsertionCue = (q: Quote): Cue | null => {
    const qa = tokenAtOrAfter(d, q.innerStart);
    const qb = tokenBefore(d, q.innerEnd) + 1;
    for (let c = qa + 1; c < qb - 2; c++) {
      if (!commaBefore(d, c) || isCapitalized(d, c)) continue;
      // (a French subject pronoun before the verb opens a clause of the speaker's own, no incise, which inverts its subject:
      // « À la pause, on s'est dit les choses. » against « …, a-t-il dit, … »; an English one too, in copy that sets its
      // cues outside the marks: "“She bought that heater new, she read the manual, she kept it away …”")
      if ((FRENCH_SUBJECT_PRONOUN.has(d.keys[c]) || (english && ENGLISH_SUBJECT_PRONOUN.has(d.keys[c]))) && d.flags[c + 1] & (AUX | VERB) && !(d.flags[c + 1] & PRON) && !breaksBefore(d, c + 1)) continue;
      let k = c;
      let pron = -1;
      while (k < qb && k - c < 4 && !(d.flags[k] & VERB) && d.flags[k] & (AUX | PRON) && !breaksBefore(d, k + 1 < qb ? k + 1 : k)) {
        if (d.flags[k] & PRON && k > c) pron = k;
        k++;
      }
      if (k >= qb || !(d.flags[k] & VERB) || (k > c && breaksBefore(d, k))) continue;
      let e = k + 1;
      // (or its sentence: « …, a déclaré le ministre lors d'une conférence de presse à Moscou. Ces unités … »)
      while (e < qb && e - k < 14 && !breaksBefore(d, e) && d.sentenceStart[d.sentenceOf[e]] !== e) e++;
      const sentenceEnds = e < qb && (e > k + 1 || pron >= 0) && d.sentenceStart[d.sentenceOf[e]] === e && !breaksBefore(d, e);
      if (e >= qb || !(sentenceEnds || (e - k < 9 && commaBefore(d, e)))) continue;
      let speaker: Phrase | null = pron >= 0 ? { a: pron, b: pron + 1 } : subjectAfterVerb(d, k, e);
      // "soupire-t-elle", "ajoute-t-il": the pronoun after the euphonic t
      const euphonic = k + 2 < e && d.keys[k + 1] === 't' && (d.flags[k + 2] & PRON) !== 0 && !(d.flags[k + 2] & DET);
      if (euphonic && !(speaker && speaker.a === k + 2)) speaker = { a: k + 2, b: k + 3 };
      // (an insertion that ends its sentence names its speaker right after the verb: "…, a déclaré le ministre lors de …")
      if (sentenceEnds && !(e - k < 9 && commaBefore(d, e)) && pron < 0 && !(speaker && (speaker.a === k + 1 || euphonic))) continue;
      // "dit-il", "estime-t-elle": the pronoun after the verb
      if (!speaker && k + 1 < e && d.flags[e - 1] & PRON && !(d.flags[e - 1] & DET)) speaker = { a: e - 1, b: e };
      // (the author speaks of someone: "nous irons, je crois, jusqu'au bout" is the speaker's own aside)
      if (speaker && !(speaker.b - speaker.a === 1 && FIRST_PERSON.has(d.keys[speaker.a]))) return { ca: k, cb: k + 1, speaker, feminine: (d.flags[k] & VERB_F) !== 0 };
    }
    return null;
  };

  /** Whether tokens [b, k) describe the person named before them: a complement ("of the Budget Institute") or an apposition set off by commas or brackets, with no verb. */
  const described = (b: number, k: number): boolean => {
    if (k - b > 16) return false;
    if (!commaBefore(d, b) && !/\(/.test(gapBefore(d, b)) && !NAME_LINK.has(d.keys[b])) return false;
    for (let j = b; j < k; j++) if (d.flags[j] & (VERB | COMP) || quoted[j]) return false;
    return true;
  };

  /** A cue right after the quote: "“…,” Lavrov said", "„…“, sagte sie", "« … », a-t-il affirmé", "„…” – oświadczył Ławrow". */
  const afterCue = (q: Quote, hi: number): Cue | null => {
    const a = tokenAtOrAfter(d, q.end);
    if (a >= hi || paraOf(d.ts[a]) !== paraOf(q.end - 1)) return null;
    const gap = text.slice(q.end, d.ts[a]);
    // (a pronoun elided onto the verb, outside the tokens: "« … », s’indigne Martine Ferrand", "« … », s'est félicitée")
    if (!/^[\s,\u2014\u2013\-)]*(?:\b[sS]['\u2019])?$/.test(gap)) return null;
    const inner = text.slice(q.innerStart, q.innerEnd);
    const continues = /[,!?…\u2014\u2013-][\s'\u2018\u2019\u201d]*$/.test(inner) || /[,\u2014\u2013-]/.test(gap) || !isCapitalized(d, a) || d.flags[a] & PRON;
    if (!continues) return null;
    const [, sEnd] = sentenceRange(d, a);
    const limit = Math.min(sEnd, a + AFTER_CLAUSE, hi);
    for (let k = a; k < limit; k++) {
      // (commas and brackets of an apposition go on: "Sen. Ann Ruiz (D-Ore.), a member of the panel, said")
      if (k > a && breaksBefore(d, k) && !/^[\s,()]*$/.test(gapBefore(d, k)) && !/^\.?\)[\s,]*$/.test(gapBefore(d, k))) break;
      if (d.flags[k] & FRAME_AFTER) {
        const speaker = phraseBefore(d, k, a);
        if (speaker) return { ca: k, cb: k + 1, speaker, feminine: false };
      }
      if (!(d.flags[k] & VERB)) continue;
      let onlyAux = true;
      // (a pronoun the auxiliaries list too, before another auxiliary, is the verb's dative clitic, not its subject:
      // "« … », lui a répondu Anne Le Bihan", "lui a-t-elle demandé", where Italian "lui" is "he")
      // (or French "y" and "en", where it was said or of what: "« … », y écrit la porte-parole Geneviève Ouellet")
      const clitic =
        (d.flags[a] & AUX && d.flags[a] & PRON && a + 1 < k && d.flags[a + 1] & AUX && !(d.flags[a + 1] & PRON) && !breaksBefore(d, a + 1)) ||
        (otherCopy && (d.keys[a] === 'y' || d.keys[a] === 'en') && (a + 1 === k || (d.flags[a + 1] & AUX && !(d.flags[a + 1] & PRON))) && !breaksBefore(d, a + 1))
          ? 1
          : 0;
      for (let j = a + clitic; j < k; j++) if (!(d.flags[j] & AUX) || d.flags[j] & PRON) onlyAux = false;
      let speaker = onlyAux ? subjectAfterVerb(d, k, limit) : phraseBefore(d, k, a);
      // "„…” – powiedziała.", "\"…\", explicó.", "\"…\", recordó en declaraciones al diario \"As\".": no subject
      if (!speaker && onlyAux && (k + 1 >= limit || breaksBefore(d, k + 1) || droppedSubject(d, k + 1))) speaker = { a: -1, b: k };
      // "“…,” he told reporters" or "“…,” said Mark Delaney"; not "“…” is what he wants" (no speaker phrase at the clause start)
      // the speaker named at the clause start and described up to the verb ("James Reid of the Budget Institute wrote",
      // "Ann Ruiz, 67, a retired nurse, said")
      if (!onlyAux && (!speaker || speaker.a !== a)) {
        const head = phraseAt(d, a, k);
        if (head && head.b <= k && (isCapitalized(d, head.a) || d.flags[head.a] & PRON) && (head.b === k || described(head.b, k))) speaker = head;
        // (or a role with its article: "a spokesman for the county said")
        else if (d.flags[a] & DET && a + 2 < k && isRole(d, a + 1) && described(a + 2, k)) speaker = { a, b: a + 2 };
      }
      if (!onlyAux && (!speaker || speaker.a !== a)) {
        // "a-t-il affirmé", "ha dichiarato Zelensky": pronoun or auxiliaries between
        if (!speaker || speaker.a - a - clitic > 2) return null;
        // auxiliaries ("a-t-il"), or an adjective the phrase left out ("former Gov. Jeb Bush")
        for (let j = a; j < speaker.a; j++) if (!(d.flags[j] & AUX) && (isCapitalized(d, j) || d.flags[j] & (VERB | COMP | STOP) || breaksBefore(d, j + 1))) return null;
      }
      // (a new sentence whose cue says its own words after "que", "that", "dass" is not this quote's: "« … où ? » Le maire
      // a indiqué que des créneaux avaient été demandés")
      if (!onlyAux && isCapitalized(d, a) && !/[,\u2014\u2013-]/.test(gap) && k + 1 < limit && d.flags[k + 1] & COMP && !breaksBefore(d, k + 1)) return null;
      return { ca: k, cb: k + 1, speaker, feminine: (d.flags[k] & VERB_F) !== 0 };
    }
    return invertedIncise(a, limit) ?? unlistedCue(inner, a, limit);
  };

  /**
   * French sets the subject of an incise after its verb, joined by hyphens, whatever the verb: "« … », grimace-t-il",
   * "pouffe-t-elle", "a-t-il laissé tomber". A verb the lexicon lacks, then the pronoun, is the cue and its speaker.
   */
  const invertedIncise = (a: number, limit: number): Cue | null => {
    if (!otherCopy || a + 1 >= limit || isCapitalized(d, a) || (d.flags[a] & (STOP | DET | COMP) && !(d.flags[a] & AUX))) return null;
    const joined = (k: number) => k + 1 < limit && text.slice(d.te[k], d.ts[k + 1]) === '-';
    let p = -1;
    if (joined(a) && d.keys[a + 1] === 't' && joined(a + 1)) p = a + 2;
    else if (joined(a)) p = a + 1;
    if (p < 0 || p >= limit || !INVERTED_SUBJECT.has(d.keys[p])) return null;
    // (an auxiliary, then its participle after the pronoun: "a-t-il laissé tomber")
    let cb = a + 1;
    if (d.flags[a] & AUX) {
      if (p + 1 >= limit || breaksBefore(d, p + 1) || isCapitalized(d, p + 1) || d.flags[p + 1] & (STOP | DET | COMP | PRON)) return null;
      cb = p + 2;
    }
    return { ca: a, cb, speaker: { a: p, b: p + 1 }, feminine: (d.flags[p] & PRON_F) !== 0 };
  };

  /** Whether an inverted incise set off by a comma ("…, dénonce-t-elle, …") opens at a token in [from, to). */
  const inciseAfter = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (commaBefore(d, j) && invertedIncise(j, to)) return true;
    return false;
  };

  /**
   * After a quote whose comma says the sentence goes on, a short clause of a speaker and a verb the lexicon lacks
   * ("“…,” he went on.", "“…,” the coach shrugged.", "“…,” retorted Ms. Park.").
   */
  const unlistedCue = (inner: string, a: number, limit: number): Cue | null => {
    if (!/[,!?][\s'\u2018\u2019"\u201d]*$/.test(inner)) return null;
    let end = a;
    while (end < limit && (end === a || !breaksBefore(d, end))) end++;
    if (end - a > 8) return null;
    for (let j = a; j < end; j++) if (d.flags[j] & (VERB | COMP) || quoted[j]) return null;
    const verbLike = (j: number) => j < end && !isCapitalized(d, j) && !(d.flags[j] & (STOP | DET | AUX | COMP | PRON)) && d.keys[j].length >= 3;
    const ph = d.flags[a] & PRON && !(d.flags[a] & DET) ? { a, b: a + 1 } : phraseAt(d, a, end);
    if (ph && (d.flags[ph.a] & PRON || isCapitalized(d, ph.a) || d.flags[ph.a] & DET) && verbLike(ph.b) && end - ph.b <= 3) return { ca: ph.b, cb: ph.b + 1, speaker: ph, feminine: false };
    if (verbLike(a) && d.keys[a].endsWith('ed')) {
      const after = phraseAfter(d, a + 1, end);
      if (after && after.b === end && isCapitalized(d, after.a)) return { ca: a, cb: a + 1, speaker: after, feminine: false };
    }
    return null;
  };

  /**
   * A quote of a sentence or more that opens its sentence, closed by a comma (or ?, !) inside the marks, with the
   * sentence going on after it in words no cue of ours reads: the quote is still what someone said, and the words
   * right after it name who, when they open with a name, an article or a pronoun. Undefined when the quote is not of
   * that shape; null when it is but no speaker phrase follows. (Not a quote followed by a preposition or a clause of
   * the reporter's: "“…,” like the volatility of …", "“…,” since most of the cases …".)
   */
  const openingQuoteSpeaker = (q: Quote, lo: number, words: number): Phrase | null | undefined => {
    if (words < EMBEDDED_MIN_WORDS || !q.closed || !standsAlone(q, lo) || endsSentence(q)) return undefined;
    if (!/[,!?][\s'\u2018\u2019"\u201d]*$/.test(text.slice(q.innerStart, q.innerEnd))) return undefined;
    const a = tokenAtOrAfter(d, q.end);
    if (a >= d.n || paraOf(d.ts[a]) !== paraOf(q.end - 1) || quoted[a] || !/^[\s,]*$/.test(text.slice(q.end, d.ts[a]))) return undefined;
    const f = d.flags[a];
    if ((f & (STOP | COMP) && !(f & (PRON | DET))) || TRAIL.has(d.keys[a]) || REPORTER_LINK.has(d.keys[a])) return undefined;
    // (a subject with a clause of its own, "the mayor who lost the vote went home", does not tell who said it)
    const sEnd = sentenceRange(d, a)[1];
    for (let j = a + 1; j < Math.min(sEnd, a + 8); j++) if (RELATIVE.has(d.keys[j]) && !commaBefore(d, j)) return undefined;
    const ph = f & PRON && !(f & DET) ? { a, b: a + 1 } : phraseAt(d, a, sEnd);
    if (ph && ph.a === a && (f & (PRON | DET) || isCapitalized(d, a))) return ph;
    // (an article and its noun before a verb we do not list: "the captain shrugged")
    return f & DET && a + 2 < d.n && !breaksBefore(d, a + 1) && !breaksBefore(d, a + 2) && !isCapitalized(d, a + 1) && !(d.flags[a + 1] & (STOP | COMP | VERB | AUX | PRON)) ? { a, b: a + 2 } : null;
  };

  /** Whether a comma follows the quote or closes it inside the marks (the sentence goes on to a cue: "“…,” he said"). */
  const continuesAfterComma = (q: Quote): boolean => /,[\s'\u2019"\u201d]*$/.test(text.slice(q.innerStart, q.innerEnd)) || /^\s*,/.test(text.slice(q.end, q.end + 3));

  /** Whether the sentence goes on after the quote: a comma or a word in lower case follows it. */
  const continuesAfter = (q: Quote): boolean => {
    const a = tokenAtOrAfter(d, q.end);
    if (a >= d.n || paraOf(d.ts[a]) !== paraOf(q.end - 1)) return false;
    const gap = text.slice(q.end, d.ts[a]);
    return /^\s*,/.test(gap) || (/^\s*$/.test(gap) && !isCapitalized(d, a));
  };

  /** "„…“, so der Sprecher.", "„…“, strich der Kandidat heraus.": the quote fills the Vorfeld, any verb follows it. */
  const germanAfterCue = (q: Quote, hi: number): Cue | null => {
    const a = tokenAtOrAfter(d, q.end);
    if (a >= hi || paraOf(d.ts[a]) !== paraOf(q.end - 1)) return null;
    const gap = text.slice(q.end, d.ts[a]);
    if (!/^[\s,\u2014\u2013\-)]*$/.test(gap)) return null;
    if (!/[,!?…\u2014\u2013-]\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && !/[,\u2014\u2013-]/.test(gap) && isCapitalized(d, a)) return null;
    const [, sEnd] = sentenceRange(d, a);
    const c = cueAfterQuote(d, a, Math.min(sEnd, a + AFTER_CLAUSE, hi));
    // (or the words pointing back at the quote after its comma: "„…“, mit diesen Worten meldete sich der Trainer zurück")
    return c ? { ...c, feminine: false } : /,/.test(gap) ? wordsBack(q) : null;
  };

  /** A cue right before the quote: "X said: “…”", "he said, “…”", "Según el mandatario, «…»", "Lavrov: «…»". */
  const beforeCue = (q: Quote, lo: number): Cue | null => {
    const b = tokenBefore(d, q.start);
    if (b < lo) return null;
    const gap = text.slice(d.te[b], q.start);
    // a paragraph ending with a colon introduces the quote that opens the next one ("Cruz continued:")
    if (paraOf(d.ts[b]) !== paraOf(q.start) && !/^[\s]*:[\s]*$/.test(gap)) return null;
    const colon = gap.includes(':');
    if (!colon && !/^[\s,\u2014\u2013-]*$/.test(gap)) return null;
    let clauseStart = sentenceRange(d, b)[0];
    if (clauseStart < lo) clauseStart = lo;
    // (the clause opens after a statement made in its sentence: none when none covers a token from its start on)
    // (read back from the last token covered, no later one is)
    for (let k = Math.min(b - 1, coveredEnd - 1); k >= clauseStart && lo === 0 && coveredEnd > clauseStart; k--) {
      if (covered[k]) {
        clauseStart = k + 1;
        break;
      }
    }
    if (!german && b - 2 > clauseStart && d.keys[b] === 'it' && PUT.has(d.keys[b - 1]) && (colon || endsSentence(q))) {
      // "As Ann Ruiz, a former county clerk, put it, “…”": the source between "as" and "put it"
      for (let j = b - 2; j >= Math.max(clauseStart, b - 24); j--) {
        if (d.keys[j] !== 'as' || (j > clauseStart && !breaksBefore(d, j))) continue;
        const speaker = phraseAfter(d, j + 1, b - 1);
        if (speaker) return { ca: b - 1, cb: b + 1, speaker, feminine: false };
        break;
      }
    }
    if (german && colon) {
      // the clause after an earlier colon of the sentence ("… kritisierte das Gesetz scharf: So sagte der Kommissar:")
      let cs = clauseStart;
      // (or a dash, in a headline: "Kreisklinik Hollfeld schließt Ende Juni – Landrat: „…“")
      for (let j = b; j > clauseStart; j--) if (gapFlags(d, j) & GAP_COLON || (dashBefore(d, j) && headlineAt(d, j))) { cs = j; break; }
      // (a cue set off by a comma, its subject after it, right before the colon: "Ersetzen könne die Bewegung Medikamente
      // nicht, warnt Wittkamp: „…“")
      for (let j = b; j > cs && b - j < 6; j--) {
        if (!commaBefore(d, j)) continue;
        if (d.flags[j] & VERB && !isCapitalized(d, j)) {
          const s = germanSubjectAfterVerb(d, j, b + 1);
          if (s && s.b === b + 1) return { ca: j, cb: j + 1, speaker: s, feminine: (d.flags[j] & VERB_F) !== 0 };
        }
        break;
      }
      // (or the last of two main clauses, with a subject of its own: "X wies die Kritik zurück, die Sprecherin Y erklärte:")
      cs = lastMainClause(d, cs, b + 1);
      // reported speech going on in the subjunctive ("Die Regeln seien klar:"): the last speaker's quote
      // (unless a frame in the clause names whose: "Die Lage sei ernst, so Elshorst weiter:")
      const framed = frameSource(cs, b + 1, b);
      if (continuesReport(d, cs, b + 1, b + 1, (j) => (d.flags[j] & MOOD) !== 0)) {
        // (the frame's adverb is the quote's cue, so the words before the frame stay a statement of their own; with no
        // adverb after the name, the quote goes to the last speaker, as before)
        if (!framed || framed.b > b || !isAdverb(d, b)) return null;
        return { ca: b, cb: b + 1, speaker: framed, feminine: false };
      }
      // (a person named right before the colon, the last of a list: "…, so X („…“), und die Ministerin Y: „…“")
      let ls = b;
      while (ls > cs && !commaBefore(d, ls) && d.keys[ls - 1] !== 'und' && !(d.flags[ls] & (VERB | AUX | COMP)) && b - ls < 8) ls--;
      const listed = ls > cs && (commaBefore(d, ls) || d.keys[ls - 1] === 'und') ? phraseAt(d, ls, b + 1) : null;
      const named = listed && listed.a === ls && listed.b === b + 1 && !(d.flags[listed.a] & PRON) && personish(d, listed) ? listed : null;
      // "Dazu teilte das Ministerium mit:", "Den Vorwurf wies die Partei zurück:", "Der Sprecher sagte:"; ", so X weiter:"
      const speaker = named ?? framed ?? germanSubject(d, cs, b + 1);
      if (speaker) {
        // (a person named before the colon has no verb: the word that joins them to the list stands for it, outside the
        // speaker's span, which would read as a headline "Name: …")
        const v = named ? named.a - 1 : verbBefore(d, cs, speaker);
        return { ca: v >= 0 ? v : b, cb: (v >= 0 ? v : b) + 1, speaker, feminine: false };
      }
    }
    // Without a colon the verb stands right before the quote ("he said, “…”", "writing “…”"), and the quote ends
    // the sentence: "Trump says he goes “back to war tomorrow”" and "said “it gets me mad” every time" are reported speech.
    // (or, its comma inside the marks, the sentence goes on: "wrote to his followers, “…,” and shared a link")
    if (!colon && !endsSentence(q) && !(/,/.test(gap) && /,\s*$/.test(text.slice(q.innerStart, q.innerEnd)))) return null;
    // Words between the verb and the quote ("called it “…”", "told his supporters, “…”", "adding that “…”") are
    // allowed while the quote makes most of what follows the verb; "said that he was “…”" is reported speech.
    const quoteLen = q.end - q.start;
    // a comma right before a quote that ends the sentence sets off who was spoken to or where ("told Fox News host Dana
    // Reed on Sunday, “…”", "declared in the debate spin room, “…”"): a longer run of words, with no verb or break in it
    const setOff = !colon && /,/.test(gap) && endsSentence(q);
    let plain = 0;
    if (setOff) while (plain < 9 && b - plain > clauseStart && !breaksBefore(d, b - plain) && !(d.flags[b - plain] & (VERB | COMP | AUX)) && !quoted[b - plain]) plain++;
    // (the person spoken to after "told", or a place or time opened by a preposition; not "said the council met …")
    if (plain > 0) {
      const first = b - plain + 1;
      if (!ADDRESSEE.has(d.keys[first - 1]) && !(d.flags[first] & STOP && !(d.flags[first] & DET))) plain = 0;
    }
    for (let k = b; k >= Math.max(clauseStart, b - (colon ? 9 : Math.max(4, plain))); k--) {
      if (!colon && k < b && (q.start - d.ts[k + 1]) * 4 > quoteLen && b - k > plain) return german ? null : unlistedBefore(q, b, clauseStart);
      // (Romance copy: a noun after a determiner is no verb, "Selon Ferracci, ce point « … »", as in reported)
      if (d.flags[k] & VERB && !(otherCopy && nounAfterDeterminer(d, k, clauseStart, b + 1))) {
        // (Slavic copy: the clause of "that", or of a frame "as X said", that holds words of the reporter's before the
        // quote is reported speech quoting them, mixed: "zapewnił, że rząd „…”", "Jak przekonywała, reforma „…”")
        if (!colon && k < b && isSlavic(d) && reporterWordsBefore(d, k, b)) return null;
        // "sagte der Politologe: „…“" names the speaker after the verb; "told his supporters, “…”" the addressee
        let before = phraseBefore(d, k, clauseStart);
        // (a Polish dative before the verb is whom it was said to: "Premierowi zarzucił, że „…”")
        const toWhom = before !== null && before.b === k && isSlavic(d) && datives(d, before.a, before.b);
        if (toWhom) before = null;
        // ("Helen Marsh, the MP for Wealden North, who told The Telegraph: “…”": the relative's antecedent speaks, not
        // whom it was told to after the verb)
        // (French and Italian too, the auxiliary between: "Hélène Marchal, députée de la Somme, qui a déclaré au Figaro :")
        let rel = k - 1;
        while (rel > clauseStart && d.flags[rel] & AUX && !(d.flags[rel] & PRON) && k - rel < 3) rel--;
        if (rel > clauseStart && SUBJECT_RELATIVE.has(d.keys[rel]) && commaBefore(d, rel) && (!before || (before.a === rel && before.b === rel + 1))) {
          before = phraseBefore(d, rel, clauseStart) ?? phraseBefore(d, rel, clauseStart, true) ?? before;
        }
        // (German: a thing or an adverbial before the verb, the subject after it: "Deren Pläne nannte er „…“")
        if (german && before && before.b === k && notSubject(d, before)) before = germanSubjectAfterVerb(d, k, b + 1) ?? before;
        let speaker = before ?? (colon || toWhom ? phraseAfter(d, k + 1, b + 1) : null);
        // (a possessive and a thing after the verb are its object, the subject before it: "Un père de famille, 38 ans,
        // venu avec sa fille, raconte sa nuit : « … »")
        if (!before && colon && speaker && speaker.a === k + 1 && possessedThing(d, speaker)) speaker = null;
        // (nor the phrase after a preposition: "meldete sich mit den Worten:")
        if (german && !before && speaker && notSubject(d, speaker)) speaker = null;
        if (!speaker && toWhom) speaker = { a: -1, b: k };
        if (colon && before && !ADDRESSEE.has(d.keys[k])) {
          // German puts the subject after the verb when something else opens the clause: "Über Fossett sagte Branson:",
          // "Weiter sagte Larson:", "Als Antwort sagte ein Sprecher der Regierung:", "Im Interview sagte sie:"
          const after = phraseAfter(d, k + 1, b + 1);
          if (after && invertedSubject(d, before, after, clauseStart)) speaker = after;
          // a verb at the end of its clause (“Stoiber hatte die Rolle der Parteivorsitzenden betont:”): the phrase before
          // it is its object, and the subject opens the sentence
          else if (before.a > afterDateline(d, clauseStart, before.a) && !personLike(d, before)) speaker = sentenceSubject(d, clauseStart, k) ?? before;
        }
        // "…, saying, “…”", "writing “…”": the subject of the sentence, else whoever spoke last
        if (!speaker) speaker = clauseSubject(k) ?? subjectOf(d, clauseStart, k) ?? { a: -1, b: k };
        return { ca: k, cb: k + 1, speaker, feminine: (d.flags[k] & VERB_F) !== 0 };
      }
    }
    // "Según el mandatario, «…»", "Pour l'ancien diplomate Hugo Renaud, « … »": the source runs up to the quote
    for (let k = b; k >= Math.max(clauseStart, b - 9); k--) {
      const fr = frameAt(d, k, b + 1);
      if (fr && fr.kind === FRAME) {
        const speaker = phraseAfter(d, k + fr.keys.length, b + 1);
        if (speaker) speaker.b = sourceEnd(d, speaker, b + 1, false);
        if (speaker && (colon || speaker.b === b + 1)) return { ca: k, cb: k + fr.keys.length, speaker, feminine: false };
      }
    }
    if (!colon) return german ? null : unlistedBefore(q, b, clauseStart);
    // "Lavrov: «…»", "he was blunt: “…”", "Daniel Price, a former official, put it this way:"
    const speaker = colonSpeaker(d, clauseStart, b + 1);
    if (!speaker) return null;
    // (German: a verb the lexicon lacks right before the subject is the cue, not a headline's "Name:" — "Mitten in ihren
    // Ausführungen rief ein AfD-Abgeordneter: „…“")
    const v = german && speaker.a > clauseStart ? verbBefore(d, clauseStart, speaker) : -1;
    if (v >= 0 && v < speaker.a) return { ca: v, cb: v + 1, speaker, feminine: false };
    return { ca: b, cb: b + 1, speaker, feminine: false };
  };

  /**
   * Before a quote that opens as a sentence and ends its own, after a comma: a speaker and one or two words of a verb
   * the lexicon lacks, opening the clause ("Hillary shot back, “…”", "Silverman interjected, “…”").
   */
  const unlistedBefore = (q: Quote, b: number, clauseStart: number): Cue | null => {
    if (quoteWords(q) < EMBEDDED_MIN_WORDS || isLowerAt(text, q.innerStart) || !/[.!?…]['"\u2019\u201d]*$/.test(text.slice(q.innerStart, q.end)) || !endsSentence(q)) return null;
    if (!/^\s*,\s*$/.test(text.slice(d.te[b], q.start))) return null;
    const verbLike = (j: number) => !isCapitalized(d, j) && !(d.flags[j] & (STOP | DET | AUX | COMP | PRON)) && !quoted[j] && d.keys[j].length >= 3;
    for (let v = b; v >= Math.max(clauseStart + 1, b - 1); v--) {
      if (!verbLike(v) || (v < b && breaksBefore(d, v + 1))) return null;
      const ph = phraseBefore(d, v, clauseStart);
      if (ph && ph.b === v && (ph.a === clauseStart || commaBefore(d, ph.a)) && (d.flags[ph.a] & PRON || isCapitalized(d, ph.a))) return { ca: v, cb: b + 1, speaker: ph, feminine: false };
    }
    return null;
  };

  /** Whether a quotation holds a finite verb of the closed kind ("ist", "hat", "wird", "sei"): a sentence, not a name. */
  const holdsVerb = (q: Quote): boolean => {
    for (let k = tokenAtOrAfter(d, q.innerStart); k < d.n && d.te[k] <= q.innerEnd; k++) if (d.flags[k] & MOOD || FINITE_DE.test(d.keys[k])) return true;
    return false;
  };

  /**
   * The speaker of a cue with no subject of its own ("“…,” she said, adding, “…”", "In May, the senator wrote to the
   * board, calling it “…”"): the subject of the nearest part of its sentence, set off by commas, that opens with a
   * name, a pronoun or a described person followed by its verb; else the subject of an earlier cue of the sentence.
   */
  const clauseSubject = (k: number): Phrase | null => {
    const [sa] = sentenceRange(d, k);
    // the parts of the sentence set off by commas, nearest the verb first ("Eight years ago, he backed Obama and said,")
    const open = afterDateline(d, sa, k);
    for (let j = k - 1; j >= open; j--) {
      if (j > open && !commaBefore(d, j)) continue;
      if (quoted[j]) continue;
      const ph = d.flags[j] & PRON && !(d.flags[j] & DET) ? { a: j, b: j + 1 } : phraseAt(d, j, k);
      if (!ph || ph.b >= k) continue;
      const next = ph.b;
      // followed by its verb, or by a relative clause ("a White House official who spoke anonymously said"), or an
      // adverb and the verb ("Clinton emphatically denied"; not "Smiling broadly, she …", a participle that opens)
      const adverb = d.keys[next].endsWith('ly') && next + 1 < k && (breaksBefore(d, next + 1) || isCapitalized(d, next + 1) || d.flags[next + 1] & (STOP | DET));
      const verbNext = !breaksBefore(d, next) && !isCapitalized(d, next) && !(d.flags[next] & (DET | COMP)) && (!(d.flags[next] & STOP) || RELATIVE.has(d.keys[next])) && !adverb;
      const participle = ph.b - ph.a === 1 && d.keys[ph.a].endsWith('ing');
      if (verbNext && !participle && (d.flags[ph.a] & (PRON | DET) || (isCapitalized(d, ph.a) && !(d.flags[ph.a] & STOP)))) return ph;
    }
    // else the subject of an earlier cue of the sentence
    for (let j = k - 1; j > sa; j--) {
      if (quoted[j] || !(d.flags[j] & VERB)) continue;
      const ph = phraseBefore(d, j, sa);
      if (ph && ((d.flags[ph.a] & PRON && !(d.flags[ph.a] & DET)) || personLike(d, ph))) return ph;
    }
    return null;
  };

  /** Whether the quote ends its sentence (nothing of the sentence follows it). */
  const endsSentence = (q: Quote): boolean => {
    const a = tokenAtOrAfter(d, q.end);
    if (a >= d.n) return true;
    const gap = text.slice(q.end, d.ts[a]);
    if (/[\n.!?;:]/.test(gap)) return true;
    // (the next sentence may open with an elided word the tokens leave out: "» C'est par ces mots que …", "» L'avocat …")
    // (its stop may stand inside a quote it ends with: "„Die Antwort war: ‚Das regelt der Chef.‘“ Sie …")
    return /[.!?…][\s'\u2018\u2019\u201a\u201c\u201d"\u00bb\u00ab\u203a\u2039]*$/.test(text.slice(q.innerStart, q.innerEnd)) && (isCapitalized(d, a) || /^\s*\p{Lu}['\u2019]$/u.test(gap));
  };

  /** Whether nothing of the sentence precedes the quote (it opens a sentence or a paragraph). */
  const standsAlone = (q: Quote, lo: number): boolean => {
    const b = tokenBefore(d, q.start);
    if (b < lo) return true;
    const gap = text.slice(d.te[b], q.start);
    // (or a dateline before it: "PARIS (Newsmark) - « … »")
    return /[.!?…\n:]/.test(gap) || /\)\s*[\u2014\u2013-]\s*$/.test(gap) || covered[b] === 1;
  };

  /**
   * The sentence after a quote that points back at its words and names who said them ("« … » C'est par ces mots que
   * le président a répondu", "„…“ Mit diesen Worten kritisierte der Sprecher …", "«…» Con queste parole il ministro ha
   * replicato").
   */
  const wordsBack = (q: Quote): Cue | null => {
    const a = tokenAtOrAfter(d, q.end);
    if (a >= d.n || paraOf(d.ts[a]) !== paraOf(q.end - 1)) return null;
    const [, sEnd] = sentenceRange(d, a);
    let w = -1;
    for (let k = a + 1; k < Math.min(sEnd, a + 5) && w < 0; k++) if (WORDS_SAID.has(d.keys[k]) && DEMONSTRATIVE.has(d.keys[k - 1])) w = k;
    if (w < 0) return null;
    const lim = Math.min(sEnd, w + AFTER_CLAUSE);
    for (let k = w + 1; k < lim; k++) {
      if (!(d.flags[k] & VERB) || quoted[k]) continue;
      const speaker = phraseBefore(d, k, w + 1) ?? (german ? germanSubjectAfterVerb(d, k, lim) : subjectAfterVerb(d, k, lim));
      if (!speaker) return null;
      // the name in apposition after a role and its complement ("kritisierte der Sprecher der Fraktion, Malte Jürgensen,
      // die Regierung")
      if (hasRole(d, speaker)) {
        let j = speaker.b;
        while (j < lim && j - speaker.b < 6 && !commaBefore(d, j) && !breaksBefore(d, j) && !(d.flags[j] & (VERB | COMP))) j++;
        const e = j < lim && commaBefore(d, j) ? nameRunEnd(d, j, lim) : -1;
        if (e > 0 && (e >= lim || breaksBefore(d, e))) speaker.b = e;
      }
      return { ca: k, cb: k + 1, speaker, feminine: (d.flags[k] & VERB_F) !== 0 };
    }
    // (with a verb the lexicon lacks, what the speaker did with the words: "Con queste parole il pubblico ministero
    // Francesca Lorusso ha aperto la requisitoria", "Mit diesen Worten eröffnete die Staatsanwältin ihr Plädoyer", "C'est
    // par ces mots que la procureure a ouvert l'audience": the subject right after the words, before its auxiliary, or
    // after the verb in German)
    if (german) {
      const v = w + 1;
      if (v >= lim || isCapitalized(d, v) || d.flags[v] & (STOP | DET | PRON | COMP)) return null;
      const speaker = germanSubjectAfterVerb(d, v, lim);
      return speaker && (hasRole(d, speaker) || isCapitalized(d, speaker.b - 1)) ? { ca: v, cb: v + 1, speaker, feminine: false } : null;
    }
    const s0 = w + 1 < lim && (d.keys[w + 1] === 'que' || d.keys[w + 1] === 'che' || d.keys[w + 1] === 'that') ? w + 2 : w + 1;
    let aux = s0 + 1;
    while (aux < lim && aux - s0 < 9 && !(d.flags[aux] & AUX && !(d.flags[aux] & PRON)) && !breaksBefore(d, aux)) aux++;
    if (aux >= lim || !(d.flags[aux] & AUX) || d.flags[aux] & PRON || breaksBefore(d, aux)) return null;
    const ph = phraseBefore(d, aux, s0);
    if (!ph || !(ph.a === s0 || (ph.a === s0 + 1 && d.flags[s0] & DET))) return null;
    return hasRole(d, ph) || isCapitalized(d, ph.b - 1) ? { ca: aux, cb: aux + 1, speaker: ph, feminine: false } : null;
  };

  /**
   * The person last named, after the last statement and in the paragraph of the quote or the one before, when the
   * sentence naming them opens with them (its subject, not someone it speaks of) and says nothing itself.
   */
  const subjectSince = (q: Quote): Person | null => {
    reg.settle();
    const p = reg.people.length ? reg.people[reg.people.length - 1] : null;
    if (!p || p.at === undefined || !last || p.at < last.end || p.at >= q.start || p.name === last.speakerName) return null;
    const k = tokenAtOrAfter(d, p.at);
    const [sa, sb] = sentenceRange(d, k);
    // (the sentence that names them is the last before the quote, in its paragraph or the one before; or it is followed
    // in the quote's paragraph by a sentence or two that open with their pronoun and say nothing, "Josée Tremblay habite
    // au rez-de-chaussée. Elle a tout perdu. « … »")
    // (a dash line's content starts after its dash: "….\n\n– Druga połowa …")
    const eb = pronounSentencesAfter(sb, q, p.gender);
    if (!/^[.!?…»"”\s]*(?:\n[\u2014\u2013]\s)?$/.test(text.slice(d.te[eb - 1], q.start)) || paraOf(q.start) - paraOf(p.at) > 2) return null;
    for (let j = sa; j < sb; j++) if (covered[j] || quoted[j]) return null;
    const ph = phraseAt(d, afterDateline(d, sa, sb), sb);
    if (ph && k >= ph.a && k < ph.b + 4) return p;
    // or the subject after its verb, in Slavic copy's order ("Иначе матч оценил капитан команды Артем Жуков.", "Inaczej
    // mecz ocenił kapitan drużyny Paweł Krawiec."): a cue whose words are the quotes that follow
    if (!isSlavic(d)) return null;
    for (let v = sa; v < k; v++) {
      if (!(d.flags[v] & VERB)) continue;
      const after = subjectAfterVerb(d, v, sb);
      if (after && k >= after.a && k < after.b) return p;
    }
    return null;
  };


  /**
   * The end of up to two sentences from token `from` on, before quote q and in its paragraph, that each open with a
   * personal pronoun of gender g (the person the sentence before named) and hold no statement nor quotation; `from`
   * when there are none.
   */
  const pronounSentencesAfter = (from: number, q: Quote, g: 'm' | 'f' | null): number => {
    let e = from;
    for (let n = 0; n < 2 && e < d.n && d.ts[e] < q.start; n++) {
      const [s0, s1] = sentenceRange(d, e);
      if (s0 !== e || d.te[s1 - 1] > q.start || paraOf(d.ts[e]) !== paraOf(q.start)) break;
      const f = d.flags[e];
      if (!(f & PRON) || f & DET || !(g === 'f' ? f & PRON_F : g === 'm' ? f & PRON_M : f & (PRON_F | PRON_M))) break;
      let free = true;
      for (let j = s0; j < s1 && free; j++) if (covered[j] || quoted[j]) free = false;
      if (!free) break;
      e = s1;
    }
    return e;
  };

  /** The person named at the opening of the sentence before a quote, in its paragraph, when that sentence says nothing itself. */
  const namedSubjectBefore = (q: Quote): Phrase | null => {
    const pb = tokenBefore(d, q.start);
    if (pb < 0 || paraOf(d.ts[pb]) !== paraOf(q.start)) return null;
    let ps = afterDateline(d, sentenceRange(d, pb)[0], pb);
    for (let k = ps; k <= pb; k++) if (covered[k] || quoted[k]) return null;
    // (past an opening set off by a comma: "À la sortie de la salle, Hélène Morvan hausse les épaules. « … »")
    const past = pastOpeningAside(d, ps, pb + 1, 8);
    if (past > ps && isCapitalized(d, past) && !(d.flags[past] & (DET | STOP | PRON))) ps = past;
    const ph = phraseAt(d, ps, pb + 1);
    if (!ph || ph.b > pb) return null;
    // (or a role and the name set off after it, "La présidente, Isabelle Ferrandi, chausse ses lunettes. « … »")
    const titled = d.flags[ph.a] & DET && (!(d.flags[ph.a] & PRON) || isRole(d, ph.a + 1)) && hasRole(d, ph) && isCapitalized(d, ph.b - 1) && commaBefore(d, ph.b) && reg.knowsPerson(ph);
    if (titled) return ph;
    if (!isCapitalized(d, ph.a) || d.flags[ph.a] & (DET | STOP | PRON) || ph.b - ph.a > 3) return null;
    for (let k = ph.a; k < ph.b; k++) if (!isCapitalized(d, k) || isRole(d, k)) return null;
    // its verb next, or an apposition set off by commas
    if (!commaBefore(d, ph.b) && (breaksBefore(d, ph.b) || isCapitalized(d, ph.b))) return null;
    return reg.knowsPerson(ph) ? ph : null;
  };

  /**
   * A quote with no cue after a sentence, in its paragraph or ending the one before, whose subject introduces a person
   * and says nothing itself ("Глава Счетной палаты Алексей Кудрин с этим не согласен. ¶ «…»", "Ekonomistka Marta Lis
   * ma inne zdanie. ¶ „…”"): that person speaks, not the speaker of the quotes before.
   */
  const introducedSubject = (q: Quote): Phrase | null => {
    const pb = tokenBefore(d, q.start);
    // (the sentence right before: nothing but its stop and a paragraph break between)
    if (pb < 0 || !/^[\s.!?…]*$/.test(text.slice(d.te[pb], q.start)) || /\n\s*\n[\s\S]*\n\s*\n/.test(text.slice(d.te[pb], q.start))) return null;
    const [s0] = sentenceRange(d, pb);
    const ps = afterDateline(d, s0, pb);
    for (let k = ps; k <= pb; k++) if (covered[k] || quoted[k]) return null;
    reg.advance(q.start);
    const p = reg.people[reg.people.length - 1];
    if (!p || p.at === undefined || p.at < d.ts[ps] || p.at > d.te[pb] || (last && last.speakerName === p.name)) return null;
    const a = tokenAtOrAfter(d, p.at);
    // (past an opening set off by a comma, "Au premier rang, la veuve de la victime, Nathalie Bessière, a demandé à
    // s'exprimer.", and with the name in apposition to its description)
    const from = pastOpeningAside(d, ps, a, 12);
    // (the subject: role words and their complement before the name, no verb; "Кудрин" after "встретился с" is not)
    if (a - from > 8) return null;
    for (let k = from; k < a; k++) if (d.flags[k] & (VERB | COMP | PRON | AUX) || (breaksBefore(d, k + 1) && !(k + 1 === a && k > from && commaBefore(d, a)))) return null;
    const e = nameRunEnd(d, a, pb + 1);
    return { a, b: e > 0 ? e : a + 1 };
  };

  /**
   * A quote with no cue after a sentence of its paragraph that opens with a definite role and its auxiliary, in Romance
   * copy ("L'éleveur a pourtant fait tout ce qu'on lui demandait : … « … »"): the role, resolved as a cue's subject is,
   * speaks; not the source of the statement before.
   */
  const roleSubjectBefore = (q: Quote): Phrase | null => {
    const pb = tokenBefore(d, q.start);
    if (pb < 0 || paraOf(d.ts[pb]) !== paraOf(q.start) || german || isEnglish(d, 'present') || isSlavic(d)) return null;
    const ps = sentenceRange(d, pb)[0];
    for (let k = ps; k <= pb; k++) if (covered[k] || quoted[k]) return null;
    // (a definite article, or one elided onto the role, then the role and the clause's auxiliary)
    const r = d.flags[ps] & DET && ROMANCE_DEFINITE.has(d.keys[ps]) ? ps + 1 : afterElision(d, ps) ? ps : -1;
    if (r < 0 || r + 1 > pb || !isRole(d, r) || isCapitalized(d, r) || breaksBefore(d, r + 1) || !(d.flags[r + 1] & AUX)) return null;
    return { a: ps, b: r + 1 };
  };

  /**
   * Where the content of a quote starts when its cue before it is set off by commas after words of its own sentence
   * ("If the bill passes, she said, “…”", "The industry, he added, is “…”"): at the sentence's first word; else at the
   * quote.
   */
  const leadBeforeCue = (cue: Cue, q: Quote): number => {
    const ph = cue.speaker;
    if (!ph || ph.a < 0 || ph.b > cue.ca || !commaBefore(d, ph.a) || !commaBefore(d, cue.cb)) return q.start;
    const open = afterDateline(d, sentenceRange(d, ph.a)[0], ph.a);
    if (ph.a - open < 3) return q.start;
    // (only when the quote goes on the words before the cue: it opens in lower case or after words of theirs, "is";
    // a quote that opens as a sentence after "Asked about X, she said," is the quote alone)
    if (!isLowerAt(text, q.innerStart) && tokenAtOrAfter(d, q.start) <= cue.cb) return q.start;
    for (let j = open; j < ph.a; j++) if (covered[j] || quoted[j]) return q.start;
    return d.ts[open];
  };

  /** Whether the quote opens an aside, set off by a bracket or a dash, that its cue closes ("… (“…,” she wrote) and", "… - “…,” he said - and"). */
  const opensAside = (q: Quote, lo: number): boolean => {
    const b = tokenBefore(d, q.start);
    if (b < lo) return false;
    // (read back from the mark: no slice of the gap for each quote)
    let i = q.start - 1;
    while (i > d.te[b] && text.charCodeAt(i) === 32) i--;
    const c = text.charCodeAt(i);
    if (c === 40) return true;
    if (c !== 0x2014 && c !== 0x2013 && c !== 45) return false;
    if (c === 45 && text.charCodeAt(i - 1) === 45) i--;
    return i - 1 >= d.te[b] && text.charCodeAt(i - 1) === 32;
  };

  /**
   * Whether the quote goes on the direct statement just before, after the cue that follows it and the comma that ends
   * the cue's clause, in its sentence: "«A», dijo el ministro, «b»", "« A », a déclaré X, « b »" (not "“A,” he said,
   * “B”", one statement already, nor a quote after words of the reporter's: "«A», dijo, y criticó «b»").
   */
  const resumesAfterCue = (q: Quote): boolean => {
    const prev = out.length ? out[out.length - 1] : null;
    if (!prev || prev !== last || prev.kind !== 'direct' || !prev.cue || prev.cue.start < prev.end || prev.end > q.start) return false;
    const between = text.slice(prev.end, q.start);
    if (!/^\s*,/.test(between) || !/,\s*$/.test(between) || /[.!?;:\n]/.test(between)) return false;
    // (the cue's clause alone: its verb, its speaker and their apposition, no second verb)
    const a = tokenAtOrAfter(d, prev.end);
    const b = tokenAtOrAfter(d, q.start);
    if (b - a > AFTER_CLAUSE) return false;
    for (let k = a; k < b; k++) if (d.ts[k] >= prev.cue.end && d.flags[k] & (VERB | COMP) && !(d.flags[k] & AUX)) return false;
    return true;
  };

  const directQuote = (q: Quote, lo: number, hi: number, inheritOk: boolean): Statement | null => {
    const words = quoteWords(q);
    if (words === 0) return null;
    let cue = insertionCue(q);
    let viaAfter = false;
    // German copy introduces a quote with a colon and goes on with a new sentence after it: the words after the
    // quote ("„…?“ Die Partei fordert …") are its cue only when they go on its sentence ("„…“, sagte er", "„…“ betont sie")
    const colonFirst = german && !cue && /:\s*$/.test(text.slice(d.te[Math.max(0, tokenBefore(d, q.start))], q.start)) && !continuesAfter(q);
    if (!cue && (standsAlone(q, lo) || opensAside(q, lo)) && !colonFirst) {
      cue = german ? (germanAfterCue(q, hi) ?? afterCue(q, hi)) : afterCue(q, hi);
      viaAfter = cue !== null;
    }
    let viaColon = false;
    if (!cue) {
      cue = beforeCue(q, lo);
      viaColon = cue !== null && text.slice(d.te[Math.max(0, tokenBefore(d, q.start))], q.start).includes(':');
    }
    // (German: a quotation right after an article or a preposition of the cue's clause is a thing the speaker is said to
    // have said, "verwies auf die „angespannte Lage“", "schimpfte über „das ewige Theater“": mixed, from that word, its
    // quote the speaker's words)
    if (cue && german && !viaColon && !viaAfter && cue.ca < q.start) {
      const bt = tokenBefore(d, q.start);
      if (bt >= cue.cb && /^\s*$/.test(text.slice(d.te[bt], q.start)) && (d.flags[bt] & DET || isPreposition(d, bt))) {
        const st = emit(d.ts[bt], q.end, 'mixed', cue, false);
        st.quotes = [{ start: q.start, end: q.end }];
        return st;
      }
    }
    let start = q.start;
    // "a dénoncé une « inversion des rôles »", "denunció un «ataque a la democracia»": the article before the marks is
    // the reporter's, the statement names what was said as a thing (mixed)
    if (cue && otherCopy && !viaColon && !viaAfter && cue.ca < q.start) {
      const b = tokenBefore(d, q.start);
      if (b > cue.ca && d.flags[b] & DET && INDEFINITE_ART.has(d.keys[b]) && /^\s*$/.test(text.slice(d.te[b], q.start)) && tokenBefore(d, d.ts[b]) === cue.ca) {
        return emit(d.ts[b], q.end, 'mixed', cue, false);
      }
    }
    // "If the bill passes, she said, “…”", "The industry, he added, is “…”": a cue set off inside its own content; the
    // words before it are said too (one statement over both parts, as the quote interrupted by its cue)
    let skip = 0;
    if (cue && !german && !viaColon && !viaAfter) {
      start = leadBeforeCue(cue, q);
      if (start < q.start) skip = letters(d.ts[cue.speaker!.a], d.te[cue.cb - 1]);
    }
    let end = q.end;
    // (the comma may stand before the close of a quotation inside: “…, ‘No deal,’” he said)
    if (cue && viaAfter && /[,!?][\s'\u2018\u2019"\u201d]*$/.test(text.slice(q.innerStart, q.innerEnd))) {
      // “A,” he said. “B.” — one quote interrupted by its attribution (the comma inside the marks says the sentence goes on);
      // also when the cue's sentence runs on (“A,” he said, as the crowd left the hall. “B.”): the quote that opens the
      // next sentence of the paragraph, with no cue of its own, is the same speaker going on
      const clauseEnd = afterClauseEnd(d, cue);
      const [, cueSentEnd] = sentenceRange(d, cue.cb - 1);
      const sentEnd = d.te[cueSentEnd - 1];
      let next: Quote | undefined;
      for (let i = qi; i < top.length; i++) {
        const x = top[i];
        if (x.start < q.end || consumed.has(x)) continue;
        // a title inside the cue's sentence (“he said on “Meet the Press.””), or inside its clause (“told the program
        // ''Inside Edition'' after the rally”): not the quote going on
        if (x.start < clauseEnd || (x.end <= sentEnd + 1 && quoteWords(x) < EMBEDDED_MIN_WORDS)) continue;
        next = x;
        break;
      }
      // or the cue's sentence ends the paragraph and the next one opens with the quote going on (“A,” he said.¶“B.”): a
      // quotation over several paragraphs interrupted by its attribution (a title in single marks is not one)
      const samePara = next !== undefined && paraOf(next.start) === paraOf(q.start);
      const nextPara =
        next !== undefined && !samePara && paraOf(sentEnd - 1) === paraOf(q.start) && /\n/.test(text.slice(sentEnd, next.start)) && /^["\u201c]|^''|^``/.test(text.slice(next.start, next.start + 2));
      if (next && (samePara || nextPara) && d.ts[cue.cb - 1] < next.start) {
        const between = tokenAtOrAfter(d, next.start) - tokenAtOrAfter(d, q.end);
        const adjacent = samePara && between <= AFTER_CLAUSE && /^[\s.,;:]*$/.test(text.slice(clauseEnd, next.start));
        const nextSentence = next.start >= sentEnd && /^[\s.!?)\u201d"]*$/.test(text.slice(sentEnd, next.start)) && !insertionCue(next);
        // (a quote with a cue of its own after it is a statement of its own: “A,” she said. “B,” she said.; or before
        // it: “A,” Cruz said as the heckler yelled: “B!”)
        if ((adjacent || nextSentence) && !afterCue(next, hi) && !(samePara && !german && (beforeCue(next, lo)?.ca ?? -1) >= cue.cb)) {
          end = next.end;
          consumed.add(next);
        }
      }
    }
    if (!cue && !german && inheritOk) {
      // a whole sentence quoted at the opening of its own, its comma inside the marks, and the sentence going on with
      // words the cue list lacks: the rest names who said it ("“…,” the retired teacher shrugged over her coffee.")
      const who = openingQuoteSpeaker(q, lo, words);
      if (who !== undefined) return emit(q.start, end, 'direct', null, false, who);
    }
    if (!cue) {
      // "«A», dijo el ministro, «b»", "\"A\", disse o chanceler, \"b\"": past the comma that closes the cue interrupting
      // them, the speaker's words go on (two statements where the comma stands outside the marks)
      if (inheritOk && resumesAfterCue(q)) return emit(q.start, end, 'direct', null, true);
      // a quote with no cue is a statement when it stands as a sentence of its own
      if (!inheritOk || !standsAlone(q, lo) || !endsSentence(q) || (words < MIN_QUOTE_WORDS && !/[.!?…]\s*$/.test(text.slice(q.innerStart, q.innerEnd)))) return null;
      const back = wordsBack(q);
      if (back) return emit(q.start, end, 'direct', back, false);
      if (last && last.speaker && paraOf(q.start) - paraOf(last.start) > 6) return emit(q.start, end, 'direct', null, false);
      // English copy goes on quoting the same speaker in the same paragraph (“A,” he said, adding a word. “B.”): one
      // statement from the first mark to the last, as the quote interrupted by its cue (PolNeAR marks it so)
      const prev = out.length ? out[out.length - 1] : null;
      // and into the next paragraph when the quote was already interrupted by its cue (“A,” he said. “B.”¶“C.”)
      const cueInside = prev !== null && prev.cue !== null && prev.cue.start > prev.start && prev.cue.end < prev.end;
      const samePara = prev !== null && paraOf(prev.start) === paraOf(q.start);
      const nextPara = prev !== null && cueInside && /^\s*\n\s*$/.test(text.slice(prev.end, q.start));
      if (prev && prev === last && prev.kind === 'direct' && (samePara || nextPara) && /^["\u201c]|^''|^``/.test(text.slice(q.start, q.start + 2)) && /[.,!?…](["\u201d]|'')$/.test(prev.text)) {
        prev.end = q.end;
        prev.text = text.slice(prev.start, q.end);
        cover(q.start, q.end);
        return prev;
      }
      // Romance copy too, with a person already named opening the sentence ("Witkoff, lasciando Mosca, si è fermato
      // con i giornalisti. “…”")
      const subject = german ? null : namedSubjectBefore(q) ?? introducedSubject(q) ?? roleSubjectBefore(q);
      if (subject) return emit(q.start, end, 'direct', null, false, subject);
      // German copy names the speaker in the sentence before the quote ("Die Ministerin verteidigte den Plan. „…“")
      if (german) {
        const pb = tokenBefore(d, q.start);
        const ps = pb >= 0 ? sentenceRange(d, pb)[0] : 0;
        let said = false;
        for (let k = ps; k <= pb && !said; k++) said = covered[k] === 1 || quoted[k] === 1;
        if (pb >= 0 && paraOf(d.ts[pb]) === paraOf(q.start) && !said) {
          const subject = germanSubject(d, ps, pb + 1);
          // (not the subject of a sentence in the subjunctive of reported speech, which goes on someone's words and whose
          // subject is part of them: "Familien würden aus den Städten verdrängt. «…»", "Passiert sei nichts. „…“" are the
          // last speaker's; but a pronoun there is who speaks, "Sie habe Bedenken geäußert. „…“")
          const within = subject !== null && !(d.flags[subject.a] & PRON) && subjunctiveIn(ps + 1, pb + 1);
          if (subject && !within && (personish(d, subject) || masculineNominativePerson(d, subject))) return emit(q.start, end, 'direct', null, false, subject);
        }
      }
      // a quote with no cue after a sentence whose subject is someone new, since the last statement ("La députée Claire
      // Vasseur, présidente du groupe, dénonce une dérive. ¶ « … »"): that person, not the last speaker going on
      const fresh = subjectSince(q);
      if (fresh) {
        const st = emit(q.start, end, 'direct', null, false);
        st.speakerName = fresh.name;
        st.actor = fresh.ref ?? null;
        if (fresh.actorId) st.actorId = fresh.actorId;
        last = st;
        return st;
      }
      return emit(q.start, end, 'direct', null, true);
    }
    // one or two words: a statement only with its cue right after it or a colon before it ("“Denver,” he answered"), or
    // an utterance of its own, opening with a capital and closed by its stop inside the marks, right after the verb ("a
    // man yelled “Go home!”", "she said, “No.”"; not a phrase the verb is about: "what he called “secret deals.”")
    const utterance = !german && d.flags[cue.ca] & VERB && cue.cb - 1 === tokenBefore(d, q.start) && /^\s*,?\s*$/.test(text.slice(d.te[cue.cb - 1], q.start)) && /[.!?…]\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && !isLowerAt(text, q.innerStart);
    if (words < MIN_QUOTE_WORDS && end === q.end && !q.insertions.length && !viaAfter && !viaColon && !utterance) return null;
    // a headline "Name: “…” and more words" says all of them: one statement from the colon to the line's end (reported)
    if (viaColon && !german && !endsSentence(q) && tokenBefore(d, q.start) >= 0 && headlineAt(d, tokenBefore(d, q.start)) && !continuesAfterComma(q)) return null;
    // a short capitalised quotation with no final stop is a name or a title ("Codename: „Orkan“", "„Orkan“ ist ein
    // Programm …") unless a reporting word introduces it
    if (german && words < EMBEDDED_MIN_WORDS && end === q.end && !isLowerAt(text, q.innerStart) && !/[.!?…]\s*$/.test(text.slice(q.innerStart, q.innerEnd)) && !(d.flags[cue.ca] & (VERB | TAIL | FRAME | FRAME_AFTER)) && !holdsVerb(q)) return null;
    // (the cue between the two parts is not content: "If …, he said, “…”" is direct when the quote makes most of the rest)
    // (Polish copy labels words in marks right after its cue's "że" as reported speech that quotes them: "odpowiedział,
    // że „lepiej późno niż źle”" is mixed)
    const that = tokenBefore(d, q.start);
    if (start === q.start && !viaColon && !viaAfter && that > cue.ca && d.flags[that] & COMP && POLISH_THAT.has(d.keys[that]) && /^\s*$/.test(text.slice(d.te[that], q.start))) return emit(start, end, 'mixed', cue, false);
    return emit(start, end, start < q.start ? contentKind(start, end, skip) : 'direct', cue, false);
  };

  /** Whether token k is a verb in the subjunctive of German reported speech ("sei", "hätten", "würden"). */
  const subjunctiveAt = (k: number): boolean => {
    // (read from the text: folded, "hätte" and "würden" are the indicative "hatte" and "wurden")
    const w = text.slice(d.ts[k], d.te[k]);
    return (d.flags[k] & MOOD && !INDICATIVE_FOLDED.test(w)) || SUBSTITUTE_MOOD.test(w);
  };

  /** Whether a verb in the subjunctive of German reported speech stands in [a, b), outside quotation marks. */
  const subjunctiveIn = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (!quoted[k] && !isCapitalized(d, k) && subjunctiveAt(k)) return true;
    return false;
  };

  /**
   * The pronoun subject of the clause that a colon closes right before quote q, inside someone's words from token lo:
   * "Und der hat nur gesagt:", "und er hat mir in die Augen geschaut und gesagt:", "Il m'a répondu :" — with the gender
   * it gives; null when the clause has no such subject.
   */
  const quotedSubject = (q: Quote, lo: number): { k: number; g: 'm' | 'f' | null } | null => {
    const colon = tokenBefore(d, q.start);
    if (colon < lo || !/:\s*$/.test(text.slice(d.te[colon], q.start))) return null;
    let a = colon;
    while (a > lo && !breaksBefore(d, a) && d.sentenceStart[d.sentenceOf[a]] !== a) a--;
    for (let k = a; k <= colon && k - a < 4; k++) {
      const f = d.flags[k];
      const next = k + 1 <= colon ? d.flags[k + 1] : 0;
      // (German "der"/"die" standing for a person is followed by its verb: "der hat", "Die hat mich angeschaut")
      const demonstrative = (d.keys[k] === 'der' || d.keys[k] === 'die') && k + 1 <= colon && ((next & (AUX | VERB)) !== 0 || GERMAN_FINITE.test(d.keys[k + 1])) && isGerman(d);
      if (demonstrative) return { k, g: d.keys[k] === 'die' ? 'f' : 'm' };
      // (Italian "il" is an article too: a pronoun when a verb follows, "et il m'a répondu")
      if (f & (PRON_M | PRON_F) && (!(f & DET) || (next & (AUX | VERB)) !== 0)) return { k, g: f & PRON_F ? 'f' : 'm' };
      // (past "und", "et", "and", "dann")
      if (!CLAUSE_OPENER.has(d.keys[k])) break;
    }
    return null;
  };

  const nestedIn = (st: Statement, outer: Quote) => {
    for (const q of nested) {
      if (q.start < outer.innerStart || q.end > outer.innerEnd) continue;
      const lo = tokenAtOrAfter(d, outer.innerStart);
      const hi = tokenBefore(d, outer.innerEnd) + 1;
      // (a capitalised quotation right after a preposition or a noun of a named thing is a title: « Dans “Les Oubliés de
      // la Meuse”, je raconte … », « mon livre “…” »)
      const bt = tokenBefore(d, q.start);
      if (bt >= lo && !isLowerAt(text, q.innerStart) && /^\s*$/.test(text.slice(d.te[bt], q.start)) && ((d.flags[bt] & STOP && !(d.flags[bt] & (COMP | PRON | DET))) || NAMED_THING.has(d.keys[bt]))) continue;
      const cue = beforeCue(q, lo) ?? afterCue(q, hi);
      if (cue && quoteWords(q) >= MIN_QUOTE_WORDS) {
        const saved = last;
        reg.nested = true;
        const e = emit(q.start, q.end, 'direct', cue, false);
        reg.nested = false;
        last = saved;
        // the "der", "er" or "il" that opens the clause before a colon names the person the outer words last named: "Ich
        // bin zu meinem Schichtleiter gegangen. Und der hat nur gesagt: ‚…‘" (the clause may open with "Ich" of its own:
        // "Ich saß dem Bereichsleiter Tobias Harrer gegenüber, und er hat gesagt: ‚…‘")
        const said = quotedSubject(q, lo);
        if (said) {
          const p = personInQuote(d, lo, said.k, said.g);
          if (p) {
            e.speakerName = text.slice(d.ts[p.a], d.te[p.b - 1]);
            e.speaker = { start: d.ts[said.k], end: d.te[said.k], text: text.slice(d.ts[said.k], d.te[said.k]) };
            e.actor = null;
            delete e.actorId;
            continue;
          }
        }
        // (a "he" or "she" in the outer speaker's words is someone else: "„Er stand da und hat nur gesagt: ‚…‘“, hatte der
        // Zeuge ausgesagt")
        const sp = cue.speaker;
        if (sp && sp.a >= 0 && sp.b - sp.a === 1 && d.flags[sp.a] & (PRON_M | PRON_F) && !(d.flags[sp.a] & DET) && e.speakerName && e.speakerName === st.speakerName) {
          const other = reg.lastOtherThan(e.speakerName, d.flags[sp.a] & PRON_F ? 'f' : 'm');
          if (other) {
            e.speakerName = other.name;
            e.actor = other.ref ?? null;
            if (other.actorId) e.actorId = other.actorId;
            else delete e.actorId;
          }
        }
      }
    }
  };

  // ---------- reported speech ----------

  /** direct when the quoted words make most of the content (`that “…”`; less `skip` characters of a cue inside it), mixed when it quotes four words or more */
  /** starts of German contents that quote the speaker's words inside a few of the reporter's (contentKind): their quotes are the speaker's */
  const quotingMixed = new Set<number>();
  const contentKind = (start: number, end: number, skip = 0): StatementKind => {
    let quoted = 0;
    let mixed = false;
    // the quotes that open before `end`, from the first that can reach `start` (quotes are few and short)
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (top[mid].start < start - 20000) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < top.length; i++) {
      const q = top[i];
      if (q.start >= end) break;
      if (q.end > start && q.closed) {
        quoted += letters(Math.max(q.start, start), Math.min(q.end, end));
        if (quoteWords(q) >= 4) mixed = true;
      }
    }
    // (counted in letters, as the corpora count characters that are not spaces; a complementizer right before the
    // content is part of what was reported: "said that the plan “…”")
    let total = letters(start, end) - skip;
    const c = tokenBefore(d, start);
    if (c >= 0 && d.flags[c] & COMP && start - d.te[c] <= 2) {
      // (Polish copy labels the words in marks after "że" as reported speech quoting them: "odpowiedział, że „lepiej
      // późno niż źle”" is mixed)
      if (quoted > 0 && POLISH_THAT.has(d.keys[c])) return 'mixed';
      total += d.te[c] - d.ts[c];
    }
    // (outside English and German, whose corpora count by letters, words of the reporter's before the quote make it
    // mixed however short they are: "Kiev « ne cédera pas un mètre », assure Zelensky")
    // (German: the reporter's words around the quotation, an article, an object or a verb's particle, make it a quotation
    // inside reported speech, "mahnte eine „echte Reform“ an", "verwies auf die „angespannte Lage“", not a direct quote)
    const before = german ? tokenBefore(d, start) : -1;
    const object = before >= 0 && /^\s*$/.test(text.slice(d.te[before], start)) && (d.flags[before] & DET || isPreposition(d, before));
    if (quoted > 0 && german && (object || (quoted < total && (quoteAt(start) === null || quoteAt(end - 1) === null)))) {
      if (quoted >= 0.8 * total) quotingMixed.add(start);
      return 'mixed';
    }
    if (quoted > 0 && quoted >= 0.8 * total && !(otherCopy && quoteAt(start) === null && (quoteAt(d.te[tokenAtOrAfter(d, start)] - 1) === null))) return 'direct';
    // (and, labelled by wording, any words in marks make it mixed: "un « bricolage »", "serait « injustifiée »")
    return mixed || (otherCopy && quoted > 0) ? 'mixed' : 'indirect';
  };

  /** The letters of the tokens that start in [start, end). */
  const letters = (start: number, end: number): number => {
    let n = 0;
    for (let k = tokenAtOrAfter(d, start); k < d.n && d.ts[k] < end; k++) n += d.te[k] - d.ts[k];
    return n;
  };

  /** A reported content over tokens [a, b): with the quotation marks that open or close it, and a comma before a closing mark. */
  /** The top-level quote that holds offset `pos`, if any. */
  const quoteAt = (pos: number): Quote | null => {
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (top[mid].start <= pos) lo = mid + 1;
      else hi = mid;
    }
    const q = lo > 0 ? top[lo - 1] : null;
    return q && q.end > pos ? q : null;
  };

  const emitContent = (a: number, b: number, cue: Cue, headline = false) => {
    // (a French topic set before the clause is no words of anyone's: "Quant à Kevin Lopes, il savourait son cinquième but")
    if (cue.ca >= b && b - a <= 6 && d.keys[a] === 'quant' && a + 1 < b && (d.keys[a + 1] === 'a' || d.keys[a + 1] === 'au' || d.keys[a + 1] === 'aux')) return null;
    // (the separable particle of a German cue before its comma is the cue's: "Der Minister stellte klar, die Lage …")
    if (german && a === cue.cb && a + 2 < b && commaBefore(d, a + 1) && separableParticle(d, a)) a++;
    // (German words before their cue are a clause, with a verb in lower case: not a name and its party, "Der Landrat des
    // Kreises Stendal, Gerd Möbius (CDU), kündigte Widerstand an.")
    if (german && cue.ca >= b && !quoted[a] && !clauseIn(a, b)) return null;
    if (!german) {
      // "…, he wrote “…,” citing a ruling": the reporter's words after a quote that closes with a comma are not content
      for (let k = a + 1; k < b; k++) {
        if (!quoted[k - 1] || quoted[k]) continue;
        const q = quoteAt(d.ts[k - 1]);
        if (!q || !q.closed || q.end > d.ts[k]) continue;
        const comma = /,\s*$/.test(text.slice(q.innerStart, q.innerEnd)) || /^\s*,/.test(text.slice(q.end, d.ts[k]));
        if (comma && !isCapitalized(d, k) && (d.keys[k].endsWith('ing') || TRAIL.has(d.keys[k]))) {
          b = k;
          break;
        }
      }
      // "said in the spring, when the story broke, “I did not …”": words set off before a quote that opens as a sentence
      // and ends the content are where and when, not what was said
      let k0 = a;
      while (k0 < b && !quoted[k0]) k0++;
      // (not in a headline "Name: words, “…”", where every word after the colon is the speaker's)
      if (k0 > a && k0 < b && !headline && /[,:]/.test(gapBefore(d, k0))) {
        const q = quoteAt(d.ts[k0]);
        let comp = false;
        for (let j = a; j < k0 && !comp; j++) comp = (d.flags[j] & COMP) !== 0;
        if (q && q.closed && !comp && !isLowerAt(text, q.innerStart) && tokenAtOrAfter(d, q.end) >= b) a = k0;
      }
    }
    let st = d.ts[a];
    // (an elided article before the first word is content, "l'ospedale"; the elided "that" is not, "qu'il")
    if (apostropheBefore(text, st) && (st === 2 || !/\p{L}/u.test(text[st - 3]))) st -= 2;
    // (then the mark, also before an elided word: "Pour le rapporteur, « c'est une avancée »")
    if (apostropheBefore(text, st)) {
      // (a word's own apostrophe, "aujourd'hui": no mark)
    } else if (st > 0 && opensMark(text.charCodeAt(st - 1))) st--;
    // (a mark set off by a space, French style: "« prématuré » de …" opens with its mark)
    else if (st > 1 && spaceInMarks(text.charCodeAt(st - 1)) && (text.charCodeAt(st - 2) === 0xab || text.charCodeAt(st - 2) === 0x201c) && quoteAt(st - 2)?.start === st - 2) st -= 2;
    let e = d.te[b - 1];
    // (the marks read by char code: a pattern tested on a character is a string made for it, at every statement)
    for (;;) {
      const c = text.charCodeAt(e);
      if (e < text.length && (closesMark(c) || c === 41 || c === 93)) e++;
      else if (e + 1 < text.length && (c === 44 || c === 46 || c === 33 || c === 63 || c === 0x2026) && closesMark(text.charCodeAt(e + 1))) e += 2;
      // ("être « profondément retravaillé »": the closing mark after its space)
      else if (e + 1 < text.length && spaceInMarks(c) && (text.charCodeAt(e + 1) === 0xbb || text.charCodeAt(e + 1) === 0x201d) && quoteAt(e + 1)?.end === e + 2) e += 2;
      else break;
    }
    return emit(st, e, contentKind(st, e), cue, false);
  };

  /**
   * "Об этом журналистам сообщил пресс-секретарь Дмитрий Песков.", "Про це заявив Президент…", "Poinformował o tym
   * rzecznik…": a sentence that opens by pointing back names who said the sentence before it (same paragraph, not
   * already a statement).
   */
  const backReference = (a: number, fa: number, fb: number): Statement | null => {
    if (fa !== a) return null;
    for (let k = fa; k < Math.min(fb, fa + 2); k++) {
      if (!(d.flags[k] & BACK)) continue;
      const fr = frameAt(d, k, fb);
      if (!fr || fr.kind !== BACK) continue;
      const fe = k + fr.keys.length;
      // the verb after the phrase (past an addressee or a subject: "журналистам сообщил", "Песков сообщил"), or before it
      let v = -1;
      for (let j = fe; j < Math.min(fb, fe + 3) && v < 0; j++) if (d.flags[j] & VERB && !quoted[j]) v = j;
      if (v < 0 && k > fa && d.flags[k - 1] & VERB) v = k - 1;
      if (v < 0) return null;
      // (a pronoun that is also an article, Italian and Spanish "lo": only auxiliaries before the verb, "Lo ha detto X",
      // not "Lo sciopero …")
      if (d.flags[k] & DET) for (let j = fe; j < v; j++) if (!(d.flags[j] & AUX)) return null;
      const s = d.sentenceOf[fa];
      if (s === 0) return null;
      // (past an agency's dateline and its place: "(ANSA) - MOSCA, 11 DIC - ")
      const pa = afterDateline(d, afterDateline(d, d.sentenceStart[s - 1], fa), fa);
      if (fa - pa < 4 || paraOf(d.ts[pa]) !== paraOf(d.ts[fa])) return null;
      for (let j = pa; j < fa; j++) if (covered[j]) return null;
      const ph = v < k ? phraseAfter(d, fe, fb) : ((v > fe ? phraseBefore(d, v, fe) : null) ?? tailSpeaker(d, v, fb));
      if (!ph) return null;
      return emitContent(pa, fa, { ca: v, cb: v + 1, speaker: ph, feminine: (d.flags[v] & VERB_F) !== 0 });
    }
    return null;
  };

  /** Whether German tokens [a, b) hold a word in lower case that may be a verb (not an article, a preposition or a pronoun). */
  const clauseIn = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (!isCapitalized(d, k) && !(d.flags[k] & (DET | STOP | PRON)) && /\p{L}/u.test(d.keys[k])) return true;
    return false;
  };

  const reported = (a: number, b: number): Statement | null => {
    // the sentence's tokens outside statements already made (most sentences have none made in them or after them)
    let fa = a;
    let fb = b;
    if (coveredEnd > a) {
      while (fa < b && covered[fa]) fa++;
      while (fb > fa && covered[fb - 1]) fb--;
    }
    if (fb - fa < 4) return null;
    if (coveredEnd > fa) for (let k = fa, e = fb < coveredEnd ? fb : coveredEnd; k < e; k++) if (covered[k]) return null; // a quote in the middle: leave the sentence alone
    const back = backReference(a, fa, fb);
    if (back) return back;
    // Headline "Name: …"
    // (at most one character before it on its line; not lastIndexOf, which reads a long paragraph back once per sentence)
    const p0 = d.ts[fa];
    if (fa === a && (p0 <= 1 || text.charCodeAt(p0 - 1) === 10 || text.charCodeAt(p0 - 2) === 10)) {
      for (let k = fa; k < Math.min(fa + 4, fb - 2); k++) {
        if (gapFlags(d, k + 1) & GAP_COLON) {
          if (/[.]\s*$/.test(text.slice(d.ts[fa], lineEnd(text, d.ts[fa]))) && !headlineAt(d, fa)) break;
          const speaker = phraseAt(d, fa, k + 1);
          // (a topic, when the words after the colon have a speaker and a cue of their own: "Ukraine : Moscou juge
          // « inacceptable » …", "Ucrânia: Lavrov diz que …")
          let own = false;
          if (speaker && reg.namesPlaceActor(d.ts[speaker.a], d.te[speaker.b - 1])) {
            for (let j = k + 2; j < Math.min(k + 6, fb) && !own; j++) {
              const subject = d.flags[j] & VERB ? phraseBefore(d, j, k + 1) : null;
              own = subject !== null && subject.a === k + 1 && subject.b === j;
            }
          }
          // (nor a place, as regional copy heads its news with the town: "Sarreguemines : 140 emplois menacés …",
          // "Livry-Gargan : un retraité de 78 ans ligoté …"; the body names it only after a preposition, "à Sarreguemines")
          if (!own && speaker && placeInBody(text, d.ts[speaker.a], d.te[speaker.b - 1])) break;
          if (!own && speaker && speaker.b === k + 1 && (isCapitalized(d, speaker.a) || d.flags[speaker.a] & PRON)) {
            return emitContent(k + 1, fb, { ca: k, cb: k + 1, speaker, feminine: false }, true);
          }
          break;
        }
      }
    }
    // (the tokens makeDoc listed as possible cues, not every token of the sentence: a few in a hundred)
    const flags = d.flags;
    const cues = d.cueTokens;
    for (let ci = firstAtOrAfter(cues, fa); ci < cues.length && cues[ci] < fb; ci++) {
      const k = cues[ci];
      const f = flags[k];
      if (!(f & (VERB | FRAME | FRAME_AFTER | TAIL)) || quoted[k]) continue;
      // (a verb with an object is the reported words' own when an incise set off by commas follows in the sentence: "Les
      // infirmières enchaînent les heures supplémentaires, dénonce-t-elle, et …")
      if (otherCopy && f & VERB && k + 1 < fb && d.flags[k + 1] & DET && !(d.flags[k + 1] & (COMP | PRON)) && !breaksBefore(d, k + 1) && k > fa && inciseAfter(k + 2, fb)) continue;
      // (Romance copy: a word after an indefinite or possessive determiner, or after one and an adjective, is a noun, not
      // a cue the lexicon shares with another language: "Interrogée sur un éventuel report, la ministre a assuré …")
      // (not a participle after its auxiliary and an adverbial, "a pour sa part dénoncé", nor one with its agent after it,
      // "Un dispositif jugé « insuffisant » par le maire", nor a verb after an anaphor, "Ce dernier accuse …")
      if (otherCopy && f & VERB && nounAfterDeterminer(d, k, fa, fb)) continue;
      // (German: a cue in an indirect question that opens the sentence says nothing: "Wer genau das gesagt habe, wisse sie
      // nicht mehr", "Ob er das so gesagt hat, ist unklar")
      if (german && f & VERB && INDIRECT_QUESTION.has(d.keys[fa]) && !commaIn(d, fa + 1, k + 1)) continue;
      // "According to X, …", "Laut X …", "По словам министра, …" (not "Jego zdaniem …": source before)
      if (f & FRAME && !(f & FRAME_AFTER && k > fa && phraseBefore(d, k, fa))) {
        const fr = frameAt(d, k, fb);
        const fe = fr ? k + fr.keys.length : k;
        // "Jak dodał, Kijów przekaże…", "Как сообщила, …": a frame with its verb and no subject, the last person's words
        // (or its source a pronoun elided before "en": "À l'en croire, …", the last person's words)
        const elidedSource = fr !== null && fr.keys.length === 3 && d.keys[k + 1] === 'en' && /[lL]['\u2019]$/.test(gapBefore(d, k + 1));
        if (fr && fr.kind === FRAME && fr.keys.length > 1 && (d.flags[fe - 1] & VERB || elidedSource) && commaBefore(d, fe) && (k === fa || (k <= fa + 1 && !breaksBefore(d, k))) && fb - fe >= 3) {
          return emitContent(fe, fb, { ca: k, cb: fe, speaker: { a: -1, b: k }, feminine: (d.flags[fe - 1] & VERB_F) !== 0 });
        }
        if (fr && fr.kind === FRAME) {
          // "Según explicó, …", "Segundo adiantou, …", "Secondo quanto ha spiegato, …": a verb with no subject after the frame
          let v = k + fr.keys.length;
          while (v < fb && v - (k + fr.keys.length) < 3 && (FRAME_RELATIVE.has(d.keys[v]) || (d.flags[v] & AUX && !(d.flags[v] & PRON)))) v++;
          if ((k === fa || (k <= fa + 1 && !breaksBefore(d, k))) && v + 1 < fb && d.flags[v] & VERB && !isCapitalized(d, v) && commaBefore(d, v + 1) && fb - (v + 1) >= 3) {
            return emitContent(v + 1, fb, { ca: k, cb: v + 1, speaker: { a: -1, b: v }, feminine: (d.flags[v] & VERB_F) !== 0 });
          }
          // (German "nach Angaben von X", "nach den Worten von X")
          let s0 = pastDegrees(d, k + fr.keys.length, fb);
          if (german && s0 + 1 < fb && (d.keys[s0] === 'von' || d.keys[s0] === 'vom') && !breaksBefore(d, s0)) s0++;
          // (a frame with its verb, then a time: "…, jak podkreślił w czwartek minister finansów Adam Sroka.")
          if (d.flags[fe - 1] & VERB && isSlavic(d)) {
            let t = s0;
            while (t < fb && t - s0 < 3 && d.flags[t] & STOP && !(d.flags[t] & (COMP | PRON | DET)) && !isCapitalized(d, t) && !breaksBefore(d, t)) t++;
            if (t > s0 && t < fb && !breaksBefore(d, t) && (isRole(d, t) || isCapitalized(d, t))) s0 = t;
          }
          // (after French "pour", only a noun its determiner opens: with none, it is what something is for, "Antibiotiques
          // pour enfants, anti-inflammatoires : la liste s'allonge", "pour autant", "pour compenser"; "pour cet interlocuteur",
          // "pour certains collègues" are sources, "pour le maire", "pour lui" read as phrases)
          let ph = phraseAfter(d, s0, fb) ?? (fr.keys[0] === 'pour' && fr.keys.length === 1 && !POUR_DETERMINER.has(d.keys[s0]) ? null : commonNounSource(d, s0, fb));
          if (ph && german) ph = cutAtVerb(d, ph);
          // (past a dateline or a live blog's time stamp: "15h50 : Selon une source …"; or after a colon, where a clause
          // opens: "… не поспішає: за словами глави Білого дому, спершу …")
          const open = afterDateline(d, fa, k + 1);
          const atStart = k === open || (k <= open + 1 && !breaksBefore(d, k)) || (k > fa + 2 && (gapFlags(d, k) & GAP_COLON) !== 0);
          // (a Slavic source in the genitive whose role and its complements run long before the name, "По словам
          // заведующего лабораторией природно-очаговых инфекций Сибирского центра вирусологии Игоря Смолина, …": to the
          // comma that ends the name; the phrase read may be its role alone, "Według kierownika")
          if ((!ph || (ph.b - ph.a === 1 && !isCapitalized(d, ph.a))) && atStart && isSlavic(d)) ph = longGenitiveSource(d, s0, fb) ?? ph;
          // (German capitalises the nouns of a name: a word in lower case after it is the clause's, "… Lawrow bereit")
          if (ph && !german) ph.b = sourceEnd(d, ph, fb, atStart);
          if (ph) {
            // "Według rzecznika Kremla Dmitrija Pieskowa Rosja nie …": no comma ends a genitive source before its clause
            let clauseNext = false;
            if (atStart && !commaBefore(d, ph.b) && genitiveFrame(d, k, fr.keys.length)) {
              const b0 = ph.b;
              ph.b = affiliationEnd(d, ph, fb);
              const cut = genitiveSourceEnd(d, ph, (t) => reg.knowsPerson({ a: t, b: t + 1 }));
              const end = cut < ph.b ? cut : genitiveComplementEnd(d, ph, fb);
              clauseNext = end !== b0;
              ph.b = end;
            }
            // German puts the finite verb right after the frame and its source ("Nach Angaben der Polizei wurden …"):
            // the content is the rest of the sentence, not what follows its first comma
            const v2 = german && !commaBefore(d, ph.b) && !isCapitalized(d, ph.b);
            if (atStart && ph.b < fb - 2) {
              // content after the source (and its apposition up to the comma)
              let c = ph.b;
              if (clauseNext || v2) {
                // the clause opens right after the source (German: the verb and the rest of the sentence)
              } else if (!commaBefore(d, c)) {
                for (let j = ph.b; j < Math.min(fb, ph.b + 12); j++) if (commaBefore(d, j)) { c = j; break; }
                if (!commaBefore(d, c)) c = ph.b;
              } else c = afterApposition(d, c, fb);
              // a medium that only reports what someone said ("Как сообщает ТАСС, глава Росавиации Петр Зуев пообещал
              // …", "Jak podaje PAP, minister Jan Lis zapowiedział, że …"): the person and the cue after it speak, in
              // the clause after the frame
              if (!german && AS_FRAME.has(d.keys[k]) && subjectAndCue(d, c, fb)) return reported(c, b);
              // "Selon Le Monde, le ministre Hugo Perret a affirmé que …", "Secondo la Stampa, il ministro ha detto che …":
              // the content is a statement of its own, by the subject of its cue; the frame names who reported it
              if (fb - c >= 3 && !german && reportsOwnSpeaker(d, c, fb)) continue;
              if (fb - c >= 3) {
                // "Segundo o jornal Folha de S.Paulo, o ministro disse a aliados que …", "Según el diario El País, X dijo
                // que …": a newspaper or an agency only reports; the person it reports speaking is the speaker
                const inner = reportsMedia(d, ph) ? reportedInside(d, c, fb) : null;
                if (inner) return emitContent(inner.c, fb, { ca: inner.k, cb: inner.k + 1, speaker: inner.ph, feminine: (d.flags[inner.k] & VERB_F) !== 0 });
                return emitContent(c, fb, { ca: k, cb: k + fr.keys.length, speaker: ph, feminine: false });
              }
            } else if ((k - fa >= 3 || (k - fa >= 2 && ph.b < fb - 2 && commaBefore(d, ph.b) && commaBefore(d, k))) && (commaBefore(d, k) || /[\u2013\u2014]\s*$/.test(gapBefore(d, k)))) {
              // "…, selon le ministère.", "„…” – według MSZ."; a source set off by commas inside the sentence ("Пик
              // паводка, по прогнозам гидрологов, придется на апрель", "Іноземні військові, за словами Лаврова,
              // стануть…") leaves its words on both sides
              const inside = ph.b < fb - 2 && commaBefore(d, ph.b) && commaBefore(d, k);
              // (a medium that only passes on what the subject before it says with its own verb after it: "Сам
              // Зеленский, как передает «Интерфакс-Украина», повторил, что …", "Minister, jak podaje PAP, zapowiedział, że …")
              if (inside && AS_FRAME.has(d.keys[k]) && d.flags[ph.b] & VERB && !quoted[ph.b]) {
                const subject = phraseAt(d, afterDateline(d, fa, k), k);
                const c = compAfterAdverbs(d, ph.b + 1, fb);
                if (subject && subject.b === k && c < fb - 2 && d.flags[c] & COMP) return emitContent(c + 1, fb, { ca: ph.b, cb: ph.b + 1, speaker: subject, feminine: (d.flags[ph.b] & VERB_F) !== 0 });
              }
              return emitContent(fa, inside ? fb : k, { ca: k, cb: k + fr.keys.length, speaker: ph, feminine: false });
            } else if (v2 && k - fa >= 2 && ph.b < fb - 2 && !breaksBefore(d, k)) {
              // inside a German clause with no commas ("Russland ist nach Angaben von X bereit, …"): the clause on
              // both sides of the frame is the content
              return emitContent(fa, fb, { ca: k, cb: k + fr.keys.length, speaker: ph, feminine: false });
            }
          }
        }
      }
      if (f & FRAME_AFTER) {
        const ph = phraseBefore(d, k, fa);
        if (ph && fb - (k + 1) >= 3) {
          return emitContent(k + 1, fb, { ca: k, cb: k + 1, speaker: ph, feminine: false });
        }
      }
      // ", so ein Regierungssprecher."
      if (f & TAIL && k - fa >= 2 && commaBefore(d, k)) {
        const ph = phraseAfter(d, k + 1, fb);
        // (an adverb or two after it, which are no part of it: ", so Elshorst weiter.", ", so der Minister abschließend.")
        if (ph && german) while (ph.b - ph.a > 1 && isAdverb(d, ph.b - 1) && !isCapitalized(d, ph.b - 1)) ph.b--;
        let pe = ph ? ph.b : fb;
        if (german) while (pe < fb && pe - (ph?.b ?? pe) < 2 && isAdverb(d, pe) && !breaksBefore(d, pe)) pe++;
        if (ph && pe === fb && k - fa >= 3) {
          return emitContent(fa, k, { ca: k, cb: k + 1, speaker: ph, feminine: false });
        }
        // ("Russland habe, so Lawrow, neue Vorschläge …": the frame set off inside the sentence, its words on both sides)
        if (ph && ph.a === k + 1 && ph.b < fb - 1 && commaBefore(d, ph.b)) {
          return emitContent(afterDateline(d, fa, k), fb, { ca: k, cb: k + 1, speaker: ph, feminine: false });
        }
      }
      if (!(f & VERB)) continue;
      // (German "stellen" says something only with its particle, "stellte … klar", "stellt … fest": "Reinholz stellte sich
      // den Fragen der Presse nicht" says nothing)
      if (german && PARTICLE_VERB.has(d.keys[k]) && !particleInClause(d, k, fb)) continue;
      // (English: after an article the word is a noun, "the verdict is a warning", "a statement"; and "Asked about the
      // strike, X said …" opens with a participle whose subject comes after its clause)
      // (the flags first: "a", "an" and "the" are determiners, which makeDoc takes back from a capitalised word only, and
      // a key is a string of its own to load)
      if (english && k > fa && d.flags[k - 1] & (DET | CAPITAL) && !breaksBefore(d, k) && ARTICLE_EN.has(d.keys[k - 1])) continue;
      // (the flags of the next word first: afterDateline and the key's lookup cost more)
      if (english && k + 1 < fb && d.flags[k + 1] & (STOP | COMP) && !breaksBefore(d, k + 1) && k === afterDateline(d, fa, k) && PARTICIPLE_OPENING.has(d.keys[k])) continue;
      // (a participle that opens the sentence after its article is a noun, the subject: "Le prévenu a nié en bloc",
      // "L'accusé a reconnu les faits")
      // (or its name in apposition: "L'accusé, Karim B., 29 ans, a gardé la tête baissée"; or right after it, the noun a
      // role before the name: "Le critique Henri Dufresne, lui, n'a pas été convaincu")
      if (otherCopy && k + 1 < fb && ((d.flags[k + 1] & (AUX | VERB) && !(d.flags[k + 1] & PRON) && !breaksBefore(d, k + 1)) || (commaBefore(d, k + 1) && isCapitalized(d, k + 1)) || (isCapitalized(d, k + 1) && !breaksBefore(d, k + 1))) && ((k === fa + 1 && d.flags[fa] & DET && !(d.flags[fa] & PRON) && isCapitalized(d, fa)) || (k === fa && /^[lL]['\u2019]$/.test(text.slice(d.ts[k] - 2, d.ts[k]))))) continue;
      // "Comme l'a rappelé le ministre, …", "Como ha señalado la ministra, …", "…, come ha detto il sindaco.": a clause of
      // "as" whose subject follows its verb sets off the words of the sentence around it, which are the subject's
      if (otherCopy && !isSlavic(d)) {
        const as = asClauseBefore(d, k, fa);
        if (as) {
          const ph = as.pron >= 0 ? { a: as.pron, b: as.pron + 1 } : phraseAfter(d, k + 1, fb);
          if (ph) {
            const opens = as.j === afterDateline(d, fa, as.j);
            if (as.pron < 0) ph.b = sourceEnd(d, ph, fb, opens);
            const end = as.pron >= 0 ? k + 1 : ph.b;
            // (the clause ends at the next comma: a time or a place may stand after its subject, "comme l'a rappelé le maire
            // lors du conseil, …")
            let c = end;
            while (c < fb && c - end < 8 && !commaBefore(d, c)) c++;
            const cue = { ca: as.j, cb: k + 1, speaker: ph, feminine: (f & VERB_F) !== 0 };
            if (opens && c < fb && commaBefore(d, c) && fb - c >= 3) return emitContent(afterApposition(d, c, fb), fb, cue);
            // (set off inside the sentence, its words on both sides: "La ville, comme l'a rappelé le maire, manque de …")
            const inside = c < fb && fb - c >= 3;
            if (!opens && as.j - fa >= (inside ? 2 : 3) && commaBefore(d, as.j)) return emitContent(fa, inside ? fb : as.j, cue);
          }
        }
      }
      const feminine = (f & VERB_F) !== 0;
      // "…, X said." / "…, said X." / "…, sagte Selenskyj am Sonntag."
      const clauseStart = clauseStartBefore(d, k, fa);
      // (Polish and Ukrainian set the cue off with a dash: "Polska nie wyśle żołnierzy – zapowiedział szef MSZ.")
      // (not a subject's pronoun set off between the auxiliary and its participle: "Koen Vermeulen a, lui, promis une
      // réunion" is no "…, said X")
      if (clauseStart > fa + 2 && !(english && PARTICIPLE_OPENING.has(d.keys[afterDateline(d, fa, clauseStart)])) && !(otherCopy && cutAfterAux(d, clauseStart)) && (commaBefore(d, clauseStart) || dashBefore(d, clauseStart)) && fb - clauseStart <= AFTER_CLAUSE) {
        let onlyAux = true;
        for (let j = clauseStart; j < k; j++) if (!(d.flags[j] & AUX) || d.flags[j] & PRON) onlyAux = false;
        // ("Про це він сказав журналістам …, пише «Українська правда»": words that point back are an attribution, not what was said)
        if (d.flags[fa] & BACK && frameAt(d, fa, fb)?.kind === BACK) continue;
        // (German "…, hieß es beim Verband": the body the impersonal "es" points to)
        // (German: past adverbs between the subject and the participle, "…, hatte Koch damals gesagt")
        let pk = k;
        if (german && !onlyAux) while (pk - 1 > clauseStart && isAdverb(d, pk - 1) && !breaksBefore(d, pk - 1)) pk--;
        // (a verb that its clause follows has its subject before it, and no speaker after it: clauseFollows)
        const ph = onlyAux ? (clauseFollows(d, k, fb, otherCopy) ? null : ((german && d.keys[k + 1] === 'es' ? germanSubjectAfterVerb(d, k, fb) : null) ?? tailSpeaker(d, k, fb))) : phraseBefore(d, pk, clauseStart);
        // (not when all before the verb is its subject and an apposition: "La diputada Laura Ruiz, portavoz del grupo,
        // denuncia una deriva", "A presidente do PT, Gleisi Hoffmann, rebateu as críticas": the phrase after the verb is
        // its object)
        const subject = onlyAux && !german ? phraseBefore(d, k, fa) : null;
        // (nor when a role opens the sentence and an apposition follows it: "Le syndicaliste, lui-même contrôleur depuis dix
        // ans, a dénoncé des propositions « au rabais »"; or a role and the name set off by commas: "Die Präsidentin des
        // Gerichts, Doris König, warnte vor …", "Its director, Maria Neira, said the risk …")
        // (its opening article may stand before a possessive the phrase starts at: "La sua avversaria, la consigliera
        // Chiara Longo, ha risposto con una nota")
        const opening = afterDateline(d, fa, k);
        const opener = onlyAux && !german ? phraseAt(d, opening, clauseStart) : null;
        const described =
          (subject !== null && (subject.a === opening || (subject.a === opening + 1 && (d.flags[opening] & DET) !== 0)) && subject.b <= clauseStart && hasRole(d, subject)) ||
          (opener !== null && opener.b < clauseStart && commaBefore(d, opener.b) && commaBefore(d, clauseStart) && hasRole(d, opener) && clauseStart - opener.b <= 12 && !someFlag(d, opener.b, clauseStart, COMP | VERB)) ||
          (onlyAux && (apposedSubject(d, opening, clauseStart) || agedName(d, opening, clauseStart))) ||
          (onlyAux && otherCopy && lateApposedSubject(d, opening, clauseStart)) ||
          // (after an opening adverbial set off by a comma: "À l'inverse, Camille Thériault, mère de deux enfants, a salué un
          // projet …", "En revanche, Luc Roy, 34 ans, a dénoncé …")
          (onlyAux && otherCopy && subjectAfterAside(d, opening, clauseStart));
        // (French "lui" and "leur" right before the verb are whom it was said to: "Son homologue, Andriï Sybiha, lui a
        // répondu dans la soirée" is no "…, X said")
        const toHim = ph !== null && ph.b - ph.a === 1 && otherCopy && (d.keys[ph.a] === 'lui' || d.keys[ph.a] === 'leur') && !commaBefore(d, ph.b);
        // (nor a plural object after a verb in the singular: "Maëlle, 26 ans, infirmière depuis trois ans, enchaîne les
        // gardes" is no "…, said the guards")
        const object = ph !== null && onlyAux && !german && ROMANCE_PLURAL_ARTICLE.has(d.keys[ph.a]) && !ROMANCE_PLURAL_VERB.test(d.keys[k]) && !(d.flags[k - 1 >= 0 ? k - 1 : k] & AUX);
        if (ph && !described && !toHim && !object && (onlyAux || ph.a === clauseStart || allAux(d, clauseStart, ph.a)) && (clauseEnds(d, Math.max(apposedRoleEnd(d, ph.b, fb), k + 1), fb, !english) || (ph.b > k && ((german && apposedToEnd(d, ph.b, fb)) || relativeClauseToEnd(d, ph.b, fb))))) {
          // (the words start after a clause of their own and its colon: "Ein Anhänger sah das anders: Die Trennung sei
          // „längst überfällig“ gewesen, meinte er.")
          let cs = afterDateline(d, fa, clauseStart);
          for (let j = clauseStart - 2; j > cs + 1; j--) {
            if (!(gapFlags(d, j) & GAP_COLON) || quoted[j] || quoted[j - 1]) continue;
            let lower = false;
            for (let t = cs + 1; t < j && !lower; t++) lower = !isCapitalized(d, t) && !(d.flags[t] & (STOP | DET));
            if (lower) cs = j;
            break;
          }
          return emitContent(cs, clauseStart, { ca: k, cb: k + 1, speaker: ph, feminine });
        }
      }
      // "X said (that) …", "Der Minister erklärte, …", "Am Montag sagte der Minister, …"
      let ph = phraseBefore(d, k, fa);
      if (ph && ph.a > fa && !breaksBefore(d, ph.a) && !CONJ.has(d.keys[ph.a - 1]) && !allAdverbial(d, fa, ph.a) && !(otherCopy && prepositionalOpening(d, afterDateline(d, fa, ph.a), ph.a) && (namesPerson(d, ph) || someRole(d, ph.a, ph.b)))) ph = null;
      // (a Polish dative opening the sentence is whom it was said to, and the verb has no subject: "Premierowi zarzucił,
      // że …")
      if (ph && ph.a === fa && ph.b === k && isSlavic(d) && datives(d, ph.a, ph.b)) ph = { a: -1, b: k };
      // "Holt, 52, who worked on the Cowes route for three decades, said …": the subject, its age and a relative clause
      // about it set off by commas before the verb
      if (english && commaBefore(d, k)) {
        const s0 = afterDateline(d, fa, k);
        const subj = ph && ph.a === s0 ? null : phraseAt(d, s0, k);
        if (subj && subj.b < k - 2 && commaBefore(d, subj.b) && (namesPerson(d, subj) || (subj.b - subj.a === 1 && isCapitalized(d, subj.a) && !(d.flags[subj.a] & (STOP | DET | PRON))))) {
          let j = subj.b;
          if (/^\d{1,3}$/.test(d.keys[j]) && commaBefore(d, j + 1)) j++;
          let plain = j + 2 < k && d.keys[j] === 'who' && commaBefore(d, j) && k - j <= 24;
          for (let t = j + 1; t < k && plain; t++) if (breaksBefore(d, t)) plain = false;
          if (plain) ph = subj;
        }
      }
      // (German: the object between the auxiliary and the participle is no subject, the name before the auxiliary is:
      // "Lawrow hat die Bereitschaft Moskaus bekräftigt, der Ukraine Garantien zu geben"; not after an adverbial opening,
      // "Am Montag hat die Ministerin betont, …", nor a masculine nominative, "Die Pläne hat der Minister verteidigt")
      if (german && ph && ph.a > fa + 1 && d.flags[ph.a - 1] & AUX && !breaksBefore(d, ph.a) && OBJECT_ARTICLE.has(d.keys[ph.a])) {
        const s0 = afterDateline(d, fa, ph.a - 1);
        const vf = phraseAt(d, s0, ph.a - 1);
        if (vf && vf.a === s0 && vf.b === ph.a - 1 && nameOnly(d, vf)) ph = vf;
      }
      // (German: "Der Chef der Bundesagentur für Arbeit, Detlef Scheele, sagte, …" — the subject and its name in
      // apposition, not the role's complement, which German capitals make look like an opening adverbial)
      if (german && ph && ph.a > fa) {
        const s0 = afterDateline(d, fa, k);
        if (s0 < ph.a && apposedSubject(d, s0, k)) ph = phraseAt(d, s0, k);
      }
      // "Речник МЗС Андрій Коваль у коментарі Укрінформу зазначив, що", "Глава МИД Сергей Лавров в свою очередь заявил":
      // the subject opens the sentence, a phrase of place, medium or manner stands before the verb
      if (!ph && !german) ph = subjectBeforeAdverbial(d, fa, k);
      // "The director of the World Health Organization, Maria Lopez, said …": a role, its complement and the name in
      // apposition make the subject
      if (!ph && !german && k > fa + 3 && commaBefore(d, k)) {
        const s0 = afterDateline(d, fa, k);
        if (apposedSubject(d, s0, k)) ph = phraseAt(d, s0, k);
      }
      // "Ta ostatnia zapewniła, że …", "Ona sama zapowiedziała, że …"
      if (!ph && !german) ph = slavicSubjectBefore(d, fa, k) ?? subjectBeforeApposition(d, fa, k);
      // "Esta última afirmó que …", "Este último tinha dito que …"
      if (!ph && !german) for (let j = k - 2; j >= fa && j >= k - 4 && !ph; j--) if (latterAt(d, j) && allAux(d, j + 2, k)) ph = { a: j, b: j + 2 };
      // "У Москві тим часом заявили, що …", "В Кремле заявили, что …", "W Warszawie poinformowano, że …": a plural or
      // impersonal verb with no subject speaks for the place it was said in
      if (!ph && !german) ph = placeSpeaker(d, fa, k);
      // "In einer Erklärung teilte das Ministerium mit, …", "Hartmann selbst schrieb, …": the clause's subject by
      // German word order (a preposition before the verb is not skipped to find one)
      if (german && (!ph || notSubject(d, ph))) ph = germanSubject(d, fa, fb) ?? (ph ? germanSubjectAfterVerb(d, k, fb) ?? ph : null);
      // (a phrase inside the prepositional phrase that opens the clause is no subject, the one after the verb is: "Über ein
      // Telefonat mit dem britischen Premier, Frankreichs Präsident Emmanuel Macron und Bundeskanzler Friedrich Merz
      // sagte Trump, es habe …")
      // (past a comma inside it, only a name after the verb: an article there may open the rest of the clause)
      else if (german && ph && ph.b === k && ph.a > fa) {
        const s0 = afterDateline(d, fa, k);
        const after = s0 < ph.a && isPreposition(d, s0) ? germanSubjectAfterVerb(d, k, fb) : null;
        if (after && (!commaIn(d, s0 + 1, ph.a - 1) || (isCapitalized(d, after.a) && !(d.flags[after.a] & DET)))) ph = after;
      }
      // (not a participle and its agent or topic: "Interrogé par Le Parisien, le maire …", "Intervistato dal Corriere, il
      // sindaco …" — the clause's own subject and verb follow the comma)
      if (!ph && k - fa <= 3 && !german && !AGENT.has(d.keys[k + 1])) {
        const after = phraseAfter(d, k + 1, fb);
        // (right after the verb: a phrase after a preposition is where, "Interrogée dans les couloirs, Mme Morvan a assuré")
        if (after && after.b < fb && !(after.a > k + 1 && d.flags[k + 1] & STOP && !(d.flags[k + 1] & DET)) && ((gapFlags(d, after.b) & (GAP_COMMA | GAP_COLON)) !== 0 || d.flags[after.b] & COMP)) ph = after;
      }
      // "Aseguró que …", "Ha detto che …", "Zapewnił, że …": a verb with no subject opens the sentence
      // ("Podkreślił jednak, że …", "Добавил также, что …": an adverb or two before "that")
      if (!ph && allAux(d, fa, k) && k + 1 < fb && d.flags[compAfterAdverbs(d, k + 1, fb)] & COMP && !(d.flags[k] & MOOD)) ph = { a: -1, b: k };
      // "La Russia, ha spiegato, ha inoltre trasmesso …", "Rusia, añadió, ha enviado …", "Rosja – dodał – przekazała …":
      // a cue with no subject set off inside the sentence is the last speaker's, and so is the sentence around it
      if (!ph && otherCopy && !(d.flags[k] & MOOD)) {
        const j0 = inciseStart(d, fa, k, k + 1);
        // (not a verb that goes on to "that": "Jolanta W., skarbnik gminy, zeznała, że …" has its subject before it)
        if (j0 > 0 && fb - (k + 1) >= 2 && !(d.flags[compAfterAdverbs(d, k + 1, fb)] & COMP)) {
          const s0 = afterDateline(d, fa, j0);
          // (read from where the sentence opens: a person its own words name is not who speaks them, "Il presidente
          // Vladimir Putin, ha riferito, ha espresso …")
          if (j0 - s0 >= 1) return emitContent(s0, fb, { ca: j0, cb: k + 1, speaker: { a: -1, b: s0 }, feminine });
        }
      }
      // "Questionada sobre a greve, disse que …", "Este viernes, afirmó que …": the same after a phrase set off by a comma
      // that opens the sentence with no subject in it (a participle, a time, a place), its participle's ending giving
      // the speaker's gender
      let fronted: 'm' | 'f' | '' | null = null;
      if (!ph && otherCopy && !isSlavic(d) && k + 1 < fb && d.flags[compAfterAdverbs(d, k + 1, fb)] & COMP && !(d.flags[k] & MOOD) && (fronted = frontedAdjunct(d, afterDateline(d, fa, k), k)) !== null) ph = { a: -1, b: k };
      // (Slavic copy: only after a participle or an adverbial participle of asking or answering, "Pytany o termin,
      // odparł, że …", "Komentując wyniki, dodała, że …", "Отвечая на вопрос, добавил, что …" — the verb's gender says who)
      if (!ph && isSlavic(d) && k + 1 < fb && d.flags[compAfterAdverbs(d, k + 1, fb)] & COMP && slavicFronted(d, afterDateline(d, fa, k), k)) ph = { a: -1, b: k };
      // "…, saying (that) …", "… and told them that …": a participle set off by a comma, or a verb joined by "and", has
      // the subject of its sentence
      // (French too, "…, estimant qu'elles pourraient compliquer les négociations")
      if (!ph && !german && k > fa && ((commaBefore(d, k) && (d.keys[k].endsWith('ing') || (otherCopy && d.keys[k].endsWith('ant') && !isSlavic(d)))) || d.keys[k - 1] === 'and')) ph = clauseSubject(k);
      if (!ph) continue;
      // (a dateline is no part of the subject: "MADRID - El ministro de Economía, Carlos Cuerpo, dijo …")
      if (ph.a >= 0 && ph.a === fa && ph.b <= k) {
        const s0 = afterDateline(d, fa, k);
        if (s0 > ph.a && s0 < ph.b) ph = { a: s0, b: ph.b };
      }
      // ("O tym powiedział dziennikarzom …": the words that point back are no subject)
      if (ph.a >= 0 && d.flags[ph.a] & BACK && frameAt(d, ph.a, fb)?.kind === BACK) continue;
      let c = ph.a > k ? ph.b : k + 1;
      // (German names the outlet it was said to before the content: "sagte Lauterbach der „Bild“-Zeitung, er rechne …")
      // (or an adverb: "sagte anschließend, das Gespräch sei …")
      if (german) {
        let j = c;
        // (and the impersonal subject: "Aus Regierungskreisen hieß es, der Kanzler werde …")
        while (j < fb && j - c < 2 && (isAdverb(d, j) || (j === c && d.keys[j] === 'es')) && !breaksBefore(d, j)) j++;
        if (j > c && j < fb && commaBefore(d, j)) c = j;
        const e = mediaAddresseeEnd(d, c, fb);
        if (e > 0) c = e;
      }
      // skip objects and time words up to "that" ("told the Kyiv Independent that", "said on Sunday")
      let comp = -1;
      for (let j = c; j < Math.min(fb, c + 7); j++) {
        if (d.flags[j] & COMP) {
          comp = j;
          break;
        }
        if (breaksBefore(d, j) && j > c) break;
      }
      // (Polish "uważa X za Y", "uznał X za Y" without "że" judges a thing: no reported speech, "Rząd uważa program
      // „Aktywny rodzic” za sukces")
      if (comp < 0 && CONSIDER_AS.has(d.keys[k])) continue;
      if (comp >= 0) c = comp + 1;
      else if (english && ADDRESSEE_TOLD.has(d.keys[k]) && ph.a < k) {
        // "told employees the company faced …", "told the jury his client had …": whom it was told to, then the clause
        let j = c;
        if (j < fb && d.flags[j] & DET && !(d.flags[j] & PRON)) j++;
        while (j < fb && j - c < 4 && !breaksBefore(d, j) && !(d.flags[j] & (DET | PRON | VERB | AUX | COMP | STOP))) j++;
        if (j > c && j < fb - 2 && !breaksBefore(d, j) && d.flags[j] & (DET | PRON)) c = j;
      } else if ((gapFlags(d, c) & (GAP_COMMA | GAP_COLON)) !== 0) {
        // content right after the comma or colon
      } else {
        while (c < fb && d.flags[c] & STOP && !(d.flags[c] & PRON)) c++;
        if (c < fb && isCapitalized(d, c) && d.flags[c - 1] & STOP) c++; // "on Sunday"
      }
      // (a noun that names what the marks hold is the object, not the words said: "a lancé l'opération « Place nette »",
      // "ha presentato il piano «Italia domani»")
      // (an elided article is no token: "l'opération")
      const named = c < fb && d.flags[c] & DET ? c + 1 : c;
      if (!english && comp < 0 && named + 1 < fb && NAMED_THING.has(d.keys[named]) && quoted[named + 1] && !quoted[named]) continue;
      // ("a dénoncé un « bricolage »": two words, the second quoted, outside English)
      if (fb - c < 3 && !(fb - c === 2 && !english && quoted[fb - 1] && d.flags[c] & DET && INDEFINITE_ART.has(d.keys[c]))) continue;
      // (nor a verb whose words would be only a cue after a comma and its subject: "Les négociations avancent bien, a
      // assuré mardi Julien Marchal", whose cue comes next)
      if (ph.a >= 0 && ph.b <= k && tailCueWithin(d, c, Math.min(fb, c + 3), fb, quoted)) continue;
      // "Klose nannte den Platzverweis „überzogen“, Bundestrainer Joachim Löw bezeichnete die Karten als „übertrieben“": a
      // clause after a comma with a named subject and a cue of its own is someone else's statement, not more of this one
      if (ph.a >= 0) {
        const other = commaJoinedClause(d, c + 2, fb, quoted);
        if (other) {
          const first = emitContent(c, other.j, { ca: k, cb: k + 1, speaker: ph, feminine });
          emitContent(other.c, fb, { ca: other.v, cb: other.v + 1, speaker: { a: other.j, b: other.e }, feminine: (d.flags[other.v] & VERB_F) !== 0 });
          return first;
        }
      }
      // "заявив, що A, і визнав, що B", "powiedział, że A, i dodał, że B": a second cue joined to the first, with its own
      // content and the same speaker
      if (!german && ph.a >= 0) {
        for (let j = c + 3; j + 2 < fb; j++) {
          // (the verb's flag first: a set lookup for every word of the content cost more)
          if (!(d.flags[j + 1] & VERB) || !SECOND_CUE_JOIN.has(d.keys[j]) || !commaBefore(d, j) || quoted[j + 1]) continue;
          const c2 = compAfterAdverbs(d, j + 2, fb);
          if (c2 >= fb || !(d.flags[c2] & COMP) || fb - (c2 + 1) < 3) continue;
          const first = emitContent(c, j, { ca: k, cb: k + 1, speaker: ph, feminine });
          emitContent(c2 + 1, fb, { ca: j + 1, cb: j + 2, speaker: { a: ph.a, b: ph.b }, feminine: (d.flags[j + 1] & VERB_F) !== 0 });
          return first;
        }
      }
      // (German: a verb of saying denied, with no clause and no quotation after it, reports nothing: "Der Kreml äußerte
      // sich zunächst nicht zu den Berichten", "Er sagte nicht viel")
      if (german && deniedOnly(c, fb)) continue;
      // (nor "äußerte sich" and only where, when and on what, with no clause, colon or quotation after it: "Elshorst äußerte
      // sich in einem Interview zu dem Vorfall."; a complaint, "beklagten sich über …", is a statement German WikiNews
      // counts)
      if (german && c === k + 1 && d.keys[c] === 'sich' && /^(?:ge)?ausser/.test(d.keys[k]) && topicOnly(d, c + 1, fb, quoted)) continue;
      // (nor a reflexive verb of saying with its subject after it and nothing said: "Skeptisch äußert sich die Ökonomin
      // Judith Hofer.", whose words come next)
      if (german && d.keys[c] === 'sich' && c === k + 1 && ph.a > c) continue;
      // "Russia, he added, had sent …", "Russland habe, sagte er, …", "Россия, добавил он, передала …": the cue and its
      // subject set off inside the sentence; the words before them are said too
      if (ph.a >= 0 && c === (ph.a > k ? ph.b : k + 1) && gapFlags(d, c) & GAP_COMMA) {
        const j0 = inciseStart(d, fa, Math.min(ph.a, k), Math.max(ph.b, k + 1));
        const s0 = j0 > 0 ? afterDateline(d, fa, j0) : -1;
        if (j0 > 0 && j0 - s0 >= 1) c = s0;
      }
      return emitContent(c, fb, { ca: k, cb: k + 1, speaker: ph, feminine: feminine || (ph.a < 0 && fronted === 'f'), masculine: ph.a < 0 && fronted === 'm' });
    }
    return null;
  };

  /** Whether tokens [c, e) hold "nicht" or "kein" among their first four, and no comma, colon, quotation or verb in the subjunctive, nor follow "dass". */
  const deniedOnly = (c: number, e: number): boolean => {
    // (not a clause: "bekräftigte, dass er keine Gebiete abtreten werde")
    if (c > 0 && d.flags[c - 1] & COMP) return false;
    let denied = false;
    for (let j = c; j < e; j++) {
      if (quoted[j] || d.flags[j] & MOOD || (j > c && (gapFlags(d, j) & (GAP_COMMA | GAP_COLON)) !== 0)) return false;
      if (j < c + 4 && /^(nicht|kein|keine|keinen)$/.test(d.keys[j])) denied = true;
    }
    return denied;
  };

  /** Whether a sentence reports speech: a cue outside its quotes, or a verb in the mood of reported speech ("sei", "habe"). */
  const reports = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (d.flags[k] & (VERB | FRAME | FRAME_AFTER | TAIL | MOOD) && !quoted[k]) return true;
    return false;
  };

  /**
   * Whether a quotation inside a German sentence is someone's words, not a name or a title. German capitalises
   * nouns, so a capital does not tell a title („Gesetz zur Änderung des Passgesetzes“) from words said („Angriff
   * gegen die Belegschaft“); what stands before it does: a title noun or a definite article makes it a name (the
   * book „…“, die „Kampagne für …“), „als“ or an indefinite article a characterisation („nannte den Bericht eine
   * „Zeitungsente“", „bezeichnete es als „falsch““). Short quotations count in a sentence that reports speech.
   */
  /** Whether "sich" after "zeigen" or "geben" stands among the three tokens up to bt, in the sentence from a. */
  const shownSelf = (bt: number, a: number): boolean => {
    for (let k = bt; k > a && k >= bt - 2; k--) if (d.keys[k] === 'sich') return SHOWN.test(d.keys[k - 1]);
    return false;
  };

  const germanQuotation = (q: Quote, words: number, a: number, reportsSpeech: () => boolean): boolean => {
    const inner = text.slice(q.innerStart, q.innerEnd);
    const lower = isLowerAt(text, q.innerStart);
    const final = /[.!?…]\s*$/.test(inner);
    const bt = tokenBefore(d, q.start);
    const prev = bt >= a && !/[.!?:;(]/.test(text.slice(d.te[bt], q.start)) ? d.keys[bt] : '';
    const titled = prev !== '' && (TITLE_NOUN.test(prev) || (bt - 1 >= a && TITLE_NOUN.test(d.keys[bt - 1]) && d.flags[bt] & DET));
    if (!final && !lower && (titled || DEFINITE.has(prev))) return false;
    // a web address, a so-called term, a source after "laut": names, not words said
    if (/\.[a-z]{2,4}$/.test(inner) || SO_CALLED.test(prev) || (bt >= a && d.flags[bt] & (FRAME | FRAME_AFTER))) return false;
    if (words === 1 && (titled || DEFINITE.has(prev))) return false;
    if (words >= EMBEDDED_MIN_WORDS) return lower || final || reportsSpeech();
    if (!/[“«]/.test(text[q.end - 1]) || words < 1) return false;
    // ("zeigte sich „tief enttäuscht“", "gab sich „zuversichtlich“": how the person said they felt)
    if (lower) return reportsSpeech() || shownSelf(bt, a);
    return (prev === 'als' || INDEFINITE_DE.has(prev)) && reportsSpeech();
  };

  /**
   * The source a frame names anywhere in tokens [a, b), outside quotes: "laut X", "nach Angaben X", "X zufolge", ", so X,",
   * ", so urteilte X". Of several, the one nearest token `near` (the quote's): "Laut Gutachtern … nach Aussagen eines
   * Anwalts … „…“" quotes the lawyer.
   */
  const frameSource = (a: number, b: number, near = a): Phrase | null => {
    let best: Phrase | null = null;
    let bestAt = -1;
    for (let k = a; k < b; k++) {
      const f = d.flags[k];
      if (!(f & (FRAME | FRAME_AFTER | TAIL)) || quoted[k]) continue;
      let ph: Phrase | null = null;
      if (f & FRAME) {
        const fr = frameAt(d, k, b);
        if (fr && fr.kind === FRAME) {
          const p = phraseAfter(d, k + fr.keys.length, b);
          if (p && p.a === k + fr.keys.length) ph = german ? cutAtVerb(d, p) : p;
        }
      }
      if (!ph && f & FRAME_AFTER && !breaksBefore(d, k)) {
        const p = phraseBefore(d, k, a);
        if (p && p.b === k) ph = p;
      }
      if (!ph && f & TAIL && k > a && commaBefore(d, k)) {
        const p = phraseAfter(d, k + 1, b);
        // (an adverb may end the frame: ", so Brandt weiter:"; or where and to whom it was said: ", so Brandt in
        // einem Interview", ", so Brandt gegenüber der Zeitung")
        if (p && p.a === k + 1 && (p.b >= b || breaksBefore(d, p.b) || (isAdverb(d, p.b) && (p.b + 1 >= b || breaksBefore(d, p.b + 1))) || (german && isPreposition(d, p.b) && !(d.flags[p.b] & FRAME)))) ph = p;
        // (German: the verb after "so", its subject after it: ", so urteilte der Richter", ", so sagte Brandt")
        else if (german && k + 1 < b && d.flags[k + 1] & VERB && !isCapitalized(d, k + 1) && !breaksBefore(d, k + 1)) ph = germanSubjectAfterVerb(d, k + 1, b);
      }
      if (!ph) continue;
      const at = k < near ? near - k : k - near;
      if (!best || at < bestAt) {
        best = ph;
        bestAt = at;
      }
    }
    return best;
  };

  /** A cue set off by a comma inside the sentence, its subject after it ("Sie sei „…“, sagte die Königin, …"). */
  const commaCue = (a: number, b: number): Phrase | null => {
    for (let k = a; k < b; k++) {
      if (quoted[k] || !commaBefore(d, k) || isCapitalized(d, k)) continue;
      if (d.flags[k] & VERB) {
        const s = germanSubjectAfterVerb(d, k, b);
        if (s) return s;
        continue;
      }
      // (the one quoted as the passive's subject, "…, wird X zitiert", or a clause of "wie" that closes on its verb, "…,
      // wie X zitiert wird", "…, wie sich X ausdrückte")
      const key = d.keys[k];
      if (key !== 'wie' && key !== 'wird' && key !== 'wurde') continue;
      const j = k + 1 < b && d.keys[k + 1] === 'sich' ? k + 2 : k + 1;
      let e = j + 1;
      while (e < Math.min(b, j + 14) && !(d.flags[e] & VERB && !isCapitalized(d, e)) && !(breaksBefore(d, e) && !commaBefore(d, e))) e++;
      if (e >= b || !(d.flags[e] & VERB) || isCapitalized(d, e) || (key !== 'wie' && !CITED.test(d.keys[e]))) continue;
      const ph = phraseAfter(d, j, e);
      if (ph && ph.a === j && personish(d, ph)) return ph;
    }
    return null;
  };

  /**
   * The person the sentence before the one opening at `a` has as its subject, when that sentence, in its paragraph, is no
   * statement, and the subject names a person (by a role or a name, one the registry knows: not any capitalised noun).
   */
  const personBefore = (a: number): Phrase | null => {
    const s = d.sentenceOf[a];
    if (s === 0 || d.sentenceStart[s] !== a) return null;
    const ps = d.sentenceStart[s - 1];
    if (paraOf(d.ts[ps]) !== paraOf(d.ts[a])) return null;
    for (let j = ps; j < a; j++) if (covered[j] || quoted[j]) return null;
    const ph = germanSubject(d, afterDateline(d, ps, a), a);
    return ph && ph.a >= 0 && !(d.flags[ph.a] & PRON) && personish(d, ph) && reg.knowsPerson(ph) ? ph : null;
  };

  const embedded = (q: Quote, from: Statement | null, a: number) => {
    // no reported speech around it: the subject of its own sentence ("Der Bundeskanzler würdigte Ligeti als „…“",
    // "Ursprünglich wollte er „…“"), else whoever spoke last
    const qa = tokenAtOrAfter(d, q.start);
    let subject: Phrase | null = null;
    if (!from && german) {
      // in the subjunctive with no person as its subject, the sentence goes on with the last speaker's words
      const sEnd = sentenceRange(d, qa < d.n ? qa : d.n - 1)[1];
      // a source named in the sentence ("laut dem Verband", "nach Angaben der Polizei", "der Zeitung zufolge", ", so X,")
      subject = frameSource(a, sEnd, qa) ?? commaCue(qa, sEnd) ?? passiveAgent(d, a, qa) ?? subordinateSpeaker(d, a, qa, tokenAtOrAfter(d, q.end), sEnd) ?? speechNounSource(d, a, qa);
      const goesOn = !subject && continuesReport(d, a, qa, sEnd, (j) => (d.flags[j] & MOOD) !== 0 && !quoted[j]);
      // (its speaker the person the sentence before, in its paragraph and no statement, is about: "Die Ministerin
      // stellte die Zahlen vor. Die Lage sei „…“")
      if (goesOn) subject = personBefore(a);
      else if (!subject) {
        subject = germanSubject(d, a, sEnd) ?? sentenceSubject(d, a, qa);
        // (a role, then the name after it: "Der ukrainische Außenminister Andrij Sybiha zeigte sich „…“")
        if (subject && subject.a >= 0 && hasRole(d, subject)) {
          let e = subject.b;
          while (e < qa && !breaksBefore(d, e) && isCapitalized(d, e) && !(d.flags[e] & (DET | STOP | VERB | PRON)) && !quoted[e]) e++;
          if (e > subject.b) subject = { a: subject.a, b: e };
        }
      }
    } else if (!from) subject = sentenceSubject(d, a, qa);
    const who = from ?? (subject ? speakerOf(subject, false) : last && paraOf(q.start) - paraOf(last.start) <= 6 ? last : null);
    // (German: a quotation that stands inside the reporter's sentence, not after a colon and not a sentence of its own,
    // is the speaker's words quoted in a statement about them, "sieht darin eine „große Chance“": mixed, its quote kept)
    const bt = tokenBefore(d, q.start);
    const inside = german && !from && bt >= a && !/:/.test(text.slice(d.te[bt], q.start)) && !/[.!?…]\s*$/.test(text.slice(q.innerStart, q.innerEnd));
    const st: Statement = {
      start: q.start,
      end: q.end,
      kind: inside ? 'mixed' : 'direct',
      ...(inside ? { quotes: [{ start: q.start, end: q.end }] } : {}),
      text: text.slice(q.start, q.end),
      cue: from ? from.cue : null,
      speaker: who ? who.speaker : null,
      speakerName: who ? who.speakerName : null,
      actor: who ? who.actor : null,
      ...(who && who.actorId ? { actorId: who.actorId } : {}),
    };
    out.push(st);
    cover(q.start, q.end);
  };

  /**
   * germanQuotation for a quote of the sentence [a, b), whose reported speech is read only if asked. (Made here, not in
   * the walk's loop body: an arrow there captures the body's constants, and V8 then allocates a context per sentence.)
   */
  const germanQuotationIn = (q: Quote, words: number, a: number, b: number, rep: Statement | null): boolean =>
    germanQuotation(q, words, a, () => rep !== null || reports(a, b));

  /**
   * German reported speech goes on in the subjunctive, sentence after sentence, with no cue of its own ("…, sagte
   * Lawrow. Solche Garantien müssten allerdings auch …", "…, hieß es beim Verband. Allein im dritten Quartal hätten die
   * Kassen …"): a sentence right after a statement, in its paragraph, whose main clause has its finite verb in the
   * mood of reported speech and no cue, is the same speaker's.
   */
  const reportGoesOn = (a: number, b: number): Statement | null => {
    const prev = last as Statement | null;
    if (!prev || !prev.speakerName) return null;
    const fa = afterDateline(d, a, b);
    let fb = b;
    // (in its paragraph, or opening the next, after a blank line or not: agency copy runs a speaker's reported speech on
    // over paragraphs; the statement before ends in the sentence right before, below)
    if (fb - fa < 4 || paraOf(d.ts[fa]) - paraOf(prev.start) > 2 || paraOf(d.ts[fa]) < paraOf(prev.start)) return null;
    // (the statement before ends in the sentence before this one)
    const ps = d.sentenceOf[fa] - 1;
    if (ps < 0 || prev.end <= d.ts[d.sentenceStart[ps]] || prev.end > d.ts[fa]) return null;
    // (not a view the sentence gives as another person's: "Für den Ökonomen X sei die Einigung „…“")
    if (d.keys[fa] === 'fur') {
      const s = germanSubject(d, fa, fb);
      if (s && s.a > fa && personOrName(d, s)) return null;
    }
    let mood = false;
    // a colon after a clause of its own, before the subjunctive: who that clause names speaks now ("Verteidigerin Y hielt
    // dagegen: Ihr Mandant habe …", after the prosecutor's words)
    let intro = -1;
    for (let k = fa; k < fb; k++) {
      if (!mood && intro < 0 && k > fa + 1 && gapFlags(d, k) & GAP_COLON) intro = k;
      // (past the main clause's verb, a clause with "dass" and the speaker's words quoted go on its content: "Voraussetzung
      // sei, dass der Westen die „Realitäten vor Ort“ anerkenne")
      if (covered[k] || (quoted[k] && !mood)) return null;
      if (quoted[k]) continue;
      const f = d.flags[k];
      if (f & COMP && mood) continue;
      // (a frame's first word is one only where the frame is: "nach Angaben", not "nach Rücksprache")
      if (f & (VERB | FRAME_AFTER | TAIL | COMP) && !isCapitalized(d, k)) return null;
      if (f & FRAME && !isCapitalized(d, k) && frameAt(d, k, fb)) return null;
      // the main clause: up to its first comma, with no subordinate clause before the verb
      if (!mood && k > fa && commaBefore(d, k)) return null;
      if (!mood && k > fa && !isCapitalized(d, k)) mood = subjunctiveAt(k);
    }
    if (!mood) return null;
    if (intro > 0) {
      const subject = germanSubject(d, fa, intro);
      if (subject && personOrName(d, subject) && !(d.flags[subject.a] & PRON) && subject.b < intro) {
        const v = verbBefore(d, fa, subject);
        if (v >= 0 && v < intro) return emitContent(intro, fb, { ca: v, cb: v + 1, speaker: subject, feminine: false });
      }
    }
    let end = d.te[fb - 1];
    // (with the closing mark of a quotation that ends it)
    if (quoted[fb - 1]) end = quoteAt(d.ts[fb - 1])?.end ?? end;
    const st: Statement = { start: d.ts[fa], end, kind: contentKind(d.ts[fa], end), text: text.slice(d.ts[fa], end), cue: null, speaker: prev.speaker, speakerName: prev.speakerName, actor: prev.actor };
    if (prev.actorId) st.actorId = prev.actorId;
    out.push(st);
    cover(st.start, st.end);
    last = st;
    return st;
  };

  // ---------- the walk ----------

  const S = d.sentenceStart.length;
  /** the sentence's quotes that are no statement of their own (one array for the walk, its first `leftCount`: setting
   * an array's length is a call of a slow builtin, even to 0) */
  const left: Quote[] = [];
  let leftCount = 0;
  for (let s = 0; s < S; s++) {
    const a = d.sentenceStart[s];
    const b = s + 1 < S ? d.sentenceStart[s + 1] : d.n;
    const sentEnd = d.te[b - 1];
    reg.advanceLater(a);
    leftCount = 0;
    while (qi < top.length && top[qi].start < sentEnd) {
      const q = top[qi++];
      if (consumed.has(q)) continue;
      const st = directQuote(q, 0, d.n, true);
      if (st) nestedIn(st, q);
      else left[leftCount++] = q;
    }
    // (reported yields nothing in a sentence with no cue word, but by a headline's colon among its first words)
    let rep = d.sentenceCues[s] === 1 || colonOpens(d, a, b) ? reported(a, b) : null;
    if (!rep && german && s > 0) rep = reportGoesOn(a, b);
    // German news quotes its speakers' own words inside reported speech ("Er habe „nicht den Eindruck, dass sie es
    // kann“"), and the subjunctive carries the reported speech on without a cue in every sentence: there (German
    // typography, „…“ or »…«) a quotation long enough not to be a scare quote is a direct statement of its own, with
    // the sentence's speaker or the last one. English copy quotes that way inside a mixed statement instead.
    for (let li = 0; li < leftCount; li++) {
      const q = left[li];
      const mark = text.charCodeAt(q.start);
      if (!q.closed || !(mark === 0x201e || mark === 0xbb)) continue; // „ »
      // a shorter quotation in German typography is the speaker's words too when it opens in lower case (a phrase, not a
      // name or a title: „volle Verantwortung“, not „Berliner Zeitung“) in a sentence that reports speech
      const words = quoteWords(q);
      if (german) {
        if (!(rep && rep.start <= q.start && rep.end >= q.end && quotingMixed.has(rep.start)) && !germanQuotationIn(q, words, a, b, rep)) continue;
      } else if (words < EMBEDDED_MIN_WORDS && !(words >= 2 && /[“«]/.test(text[q.end - 1]) && isLowerAt(text, q.innerStart) && (rep || reports(a, b)))) continue;
      // a scare quote of one or two words inside reported speech whose cue comes after it ("Die Gespräche seien »sehr
      // produktiv« gewesen, so Witkoff") or in a headline "Name: …" is part of that statement, not one of its own
      // (with the cue before it, "erklärte, die Lage bleibe „kritisch“", WikiNews marks the phrase direct)
      if (words < MIN_QUOTE_WORDS && rep && rep.cue && rep.start <= q.start && rep.end >= q.innerEnd && (rep.cue.start >= q.end || rep.cue.start === rep.speaker?.start) && !/[.!?…]\s*$/.test(text.slice(q.innerStart, q.innerEnd))) continue;
      if (rep && rep.kind === 'direct' && rep.start <= q.start && rep.end >= q.end) continue;
      // (a slogan, a title or a code name after the noun that names it: "pod hasłem „Ręce precz od naszych lasów”",
      // "książka pt. „…”", "под лозунгом «…»")
      const nb = tokenBefore(d, q.start);
      if (nb >= 0 && NAMING_NOUN.has(d.keys[nb]) && /^[\s.]*$/.test(text.slice(d.te[nb], q.start))) continue;
      // (the quoted words inside reported speech are part of its statement, in German as in Polish copy; German keeps
      // their spans on it, the speaker's own words, which a corpus that counts them as direct quotes reads there)
      if (rep && rep.start <= q.start && rep.end >= q.end) {
        if (german) (rep.quotes ??= []).push({ start: q.start, end: q.end });
        continue;
      }
      // (nor, in German, the words a speaker is said to have called something: "nannte den Streik eine „Zumutung für
      // Millionen Fahrgäste“" is one mixed statement, a characterisation, not also a quotation of its own)
      if (german && rep && rep.kind === 'mixed' && rep.cue && NAMING_CUE.test(text.slice(rep.cue.start, rep.cue.end)) && rep.start <= q.start && rep.end >= q.end) continue;
      embedded(q, rep && rep.start <= q.start && rep.end >= q.start ? rep : null, a);
    }
  }
  // (the walk emits in text order but for a few statements: a sort of a sorted list still calls its comparator at every pair)
  if (!inOrder(out)) out.sort((x, y) => x.start - y.start);
  colonAfterReport(d, out);
  headlineQuotes(d, out);
  headlineRoles(d, out);
  rolesNamedLater(d, out);
  return out;
}

/**
 * A speaker named by a role alone before anyone holds it ("Incendie dans le Médoc : « … », prévient le préfet"), named
 * further down with the same role and a name in apposition ("le préfet de la Gironde, Étienne Larrieu,"): that person.
 */
function rolesNamedLater(d: Doc, out: Statement[]): void {
  for (const st of out) {
    const sp = st.speaker;
    if (!sp || st.actor || st.speakerName !== sp.text) continue;
    const a = tokenAtOrAfter(d, sp.start);
    // (not someone unnamed: "ein Sprecher des Ministeriums", "un proche du dossier", "a senior official")
    if (INDEFINITE_SPEAKER.has(d.keys[a])) continue;
    const b = tokenBefore(d, sp.end) + 1;
    let r = -1;
    for (let k = a; k < b && r < 0; k++) if (isRole(d, k)) r = k;
    if (r < 0) continue;
    const key = d.keys[r];
    // (after the statement and its speaker, which may follow it: "« … », prévient le préfet")
    const from = tokenAtOrAfter(d, Math.max(st.end, sp.end));
    const limit = Math.min(d.n, from + ROLE_NAMED_WITHIN);
    for (let j = from; j < limit; j++) {
      if (d.keys[j] !== key) continue;
      // the name right after the role, or after its complement and a comma ("le préfet de la Gironde, Étienne Larrieu")
      let c = j + 1;
      if (c < d.n && breaksBefore(d, c)) break;
      if (!(c < d.n && isCapitalized(d, c) && nameRunEnd(d, c, d.n) > 0)) {
        while (c < d.n && c - j < 8 && !breaksBefore(d, c)) c++;
        if (!(c < d.n && commaBefore(d, c))) break;
      }
      const e = nameRunEnd(d, c, d.n);
      if (e > 0) st.speakerName = d.text.slice(d.ts[c], d.te[e - 1]);
      break;
    }
  }
}
/**
 * Whether the verb at k opens a clause of its own right after it ("Sa fille, Nathalie Bélanger, affirme qu'elle a dû
 * …"): a conjunction, French "qu'" elided onto the word after it (no token of its own; `romance`: copy in neither English
 * nor German), or a comma, as German sets the clause off ("Seine Frau, Anna Kessler, sagte, sie habe nichts gewusst").
 */
function clauseFollows(d: Doc, k: number, fb: number, romance: boolean): boolean {
  if (k + 1 >= fb) return false;
  if (commaBefore(d, k + 1)) return true;
  if (breaksBefore(d, k + 1)) return false;
  return (d.flags[k + 1] & (COMP | PRON)) === COMP || (romance && ELIDED_QUE.test(gapBefore(d, k + 1)));
}
/** French "que" elided before the word after it: "affirme qu'elle". */
const ELIDED_QUE = /^\s*qu['\u2019]$/i;
/** Indefinite articles, folded: a speaker they open is someone the text does not name. */
const INDEFINITE_SPEAKER = new Set('ein eine einer einem einen un une a an uno una um uma jeden'.split(' '));
/** How many tokens after a role alone its holder may be named (an article's first paragraphs). */
const ROLE_NAMED_WITHIN = 400;

/**
 * A statement's speaker fields, its actorId undefined when none (emit and embedded set a statement's actorId only when
 * there is one). A function of the module: the object literal spreads it replaced (`...(x.actorId ? { actorId } : {})`)
 * each made an object to copy, by a slow path.
 */
function speakerFields(speaker: SpeakerSpan | null, speakerName: string | null, actor: string | null, actorId: string | undefined): Pick<Statement, 'speaker' | 'speakerName' | 'actor' | 'actorId'> {
  return { speaker, speakerName, actor, actorId };
}

/**
 * Whether text[i - 1] is an apostrophe after a letter (an elided word ends there). A function of the module, not of
 * emitContent: a closure made at every statement costs its allocation, and under tsx, which keeps function names, a
 * call that names it (1% of attribute() on the 33 pages in the profile of the bench).
 */
function apostropheBefore(text: string, i: number): boolean {
  if (i <= 1) return false;
  const c = text.charCodeAt(i - 1);
  return (c === 39 || c === 0x2019) && /\p{L}/u.test(text[i - 2]);
}

/** ["'«“„‘‚], a mark that opens a quotation, by char code. */
function opensMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0xab || c === 0x201c || c === 0x201e || c === 0x2018 || c === 0x201a;
}

/** ["'»”’“], a mark that closes a quotation, by char code. */
function closesMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x201c;
}

/**
 * A quote in the headline with no speaker, or only a role ("Trener kadry: „…”", "Górnicy grożą strajkiem. „Rząd nas
 * oszukał”"): headlines excerpt the body, so the body's statement that holds the same words names its speaker.
 */
function headlineQuotes(d: Doc, out: Statement[]): void {
  const text = d.text;
  const nl = text.indexOf('\n');
  const headEnd = nl < 0 ? text.length : nl;
  for (const st of out) {
    if (st.start >= headEnd) break;
    // (a name in the headline stands: "Fenprof: «…»")
    const roleOnly = st.speaker !== null && st.speakerName === st.speaker.text && isRole(d, tokenAtOrAfter(d, st.speaker.start));
    if (st.kind !== 'direct' || st.actor || (st.speakerName && !roleOnly)) continue;
    const words = st.text.replace(QUOTE_EDGES, '').toLowerCase();
    if (words.length < 8) continue;
    for (const o of out) {
      if (o.start < headEnd || !o.speakerName || o.kind !== 'direct' || !o.text.toLowerCase().includes(words)) continue;
      st.speaker = o.speaker;
      st.speakerName = o.speakerName;
      st.actor = o.actor;
      if (o.actorId) st.actorId = o.actorId;
      break;
    }
  }
}
/**
 * A headline's speaker named by a role alone ("Мэр Омска назвал …", "Губернатор: «…»", "…, se félicite la
 * sélectionneuse des Bleues", "…, diz diretor da Aneel", "Verdi-Landeschefin: „…“"): the body introduces that person
 * by name further down. The body speaker whose phrase holds every word of the headline's ("заявил мэр Омска Андрей
 * Кольцов") is the best evidence; else the first whose phrase shares a word with it and names a person ("la
 * sélectionneuse, Sandrine Morel", "o diretor da Aneel Ricardo Teixeira Lemos", "Verdi-Landesbezirksleiterin Katrin
 * Mehlhorn").
 */
function headlineRoles(d: Doc, out: Statement[]): void {
  const text = d.text;
  const nl = text.indexOf('\n');
  const headEnd = nl < 0 ? text.length : nl;
  for (const st of out) {
    if (st.start >= headEnd) break;
    if (!st.speaker || st.actor || st.speaker.end > headEnd) continue;
    const o = sameRoleInBody(d, out, st, headEnd) ?? sharedWordInBody(d, out, st, headEnd);
    if (!o) continue;
    st.speakerName = o.speakerName;
    st.actor = o.actor;
    if (o.actorId) st.actorId = o.actorId;
  }
}

/** The first body statement whose speaker phrase holds every word of the headline speaker's role phrase. */
function sameRoleInBody(d: Doc, out: Statement[], st: Statement, headEnd: number): Statement | null {
  const sp = st.speaker!;
  const a = tokenAtOrAfter(d, sp.start);
  const b = tokenBefore(d, sp.end) + 1;
  let role = false;
  for (let k = a; k < b; k++) if (isRole(d, k)) role = true;
  // (a name the headline gives stands: "Кольцов: …"; a word that only completes the role is no name: "Мэр Омска")
  if (!role || (st.speakerName && st.speakerName !== sp.text && st.speakerName.includes(' '))) return null;
  const stems: string[] = [];
  for (let k = a; k < b; k++) if (d.keys[k].length >= 3) stems.push(d.keys[k].slice(0, 5));
  for (const o of out) {
    if (o.start < headEnd || !o.speaker || !o.speakerName || o.speakerName === o.speaker.text) continue;
    const oa = tokenAtOrAfter(d, o.speaker.start);
    const ob = tokenBefore(d, o.speaker.end) + 1;
    const has = new Set<string>();
    for (let k = oa; k < ob; k++) has.add(d.keys[k].slice(0, 5));
    if (stems.every((w) => has.has(w))) return o;
  }
  return null;
}

/** The first body statement whose speaker phrase shares a word with the headline speaker's and names a person in it. */
function sharedWordInBody(d: Doc, out: Statement[], st: Statement, headEnd: number): Statement | null {
  const words = phraseStems(d, st.speaker!.start, st.speaker!.end);
  if (!words.role || words.named) return null;
  for (const o of out) {
    if (o.start < headEnd || !o.speaker || !o.speakerName || o.speakerName === st.speakerName) continue;
    // (a person's name, given in the body's phrase itself)
    if (!o.speaker.text.includes(o.speakerName) || !/^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|[a-z]{1,3}))*\s+\p{Lu}[\p{L}'’-]*$/u.test(o.speakerName.trim())) continue;
    const body = phraseStems(d, o.speaker.start, o.speaker.end);
    if ([...words.stems].some((w) => body.stems.has(w))) return o;
  }
  return null;
}

/** The stems (five letters) of the words of a speaker phrase, the parts of its compounds too, and whether it holds a role or a name of two words. */
function phraseStems(d: Doc, start: number, end: number): { stems: Set<string>; role: boolean; named: boolean } {
  const stems = new Set<string>();
  let role = false;
  let run = 0;
  let named = false;
  for (let k = tokenAtOrAfter(d, start); k < d.n && d.te[k] <= end; k++) {
    if (isRole(d, k)) role = true;
    // (two words apart, not the parts of a compound: "IG-Metall-Sprecher" names no one)
    if (isCapitalized(d, k) && !isRole(d, k) && !(d.flags[k] & (DET | PRON | STOP))) {
      run = run > 0 && !/^\s+$/.test(gapBefore(d, k)) ? run : run + 1;
      if (run >= 2) named = true;
    } else run = 0;
    if (d.flags[k] & (DET | STOP | PRON | COMP) || isConnector(d.keys[k])) continue;
    for (const part of d.keys[k].split('-')) if (part.length >= 5) stems.add(part.slice(0, 5));
  }
  return { stems, role, named };
}
const QUOTE_EDGES = /^[\s"'«»„“”‚‘’‹›–—-]+|[\s"'«»„“”‚‘’‹›.,!?…–—-]+$/g;
/** Nouns of someone spoken with, folded: "cet interlocuteur", "questo interlocutore", "this official". */
const INTERLOCUTOR = /^(?:interlocut|official|insider|responsable|funcionari|fonctionnaire|diplomat|expert|esperto|observat|osservat|analyst|analist)/;
/** Demonstratives in the singular before a noun, folded: "cette source", "diese Quelle", "this official", "esta fuente", "questa fonte". */
const THIS = new Set('ce cet cette dieser diese dieses diesem this that este esta ese esa questo questa quel quella esse essa этот эта цей ця'.split(' '));
/** "Same" before a noun that points back at a speaker: "la même source", "a mesma fonte", "la misma fuente", "la stessa fonte", "dieselbe Quelle". */
const SAME = new Set('meme memes mesma mesmo mesmas mesmos misma mismo mismas mismos stessa stesso stesse stessi gleiche gleichen selbe selben dieselbe derselbe same'.split(' '));
/** Words between a frame and its verb: "secondo quanto ha spiegato", "según lo que dijo", "segundo o que disse". */
const FRAME_RELATIVE = new Set('quanto lo que o ce qu'.split(' '));
const FIRST_PERSON = new Set('i we je nous on ich wir man io noi yo nosotros eu nós'.split(' '));
/** "these words" of the sentence that names who said a quote ("par ces mots", "mit diesen Worten", "con estas palabras"). */
const WORDS_SAID = new Set('words mots paroles termes worten palabras parole palavras'.split(' '));
const DEMONSTRATIVE = new Set('these those ces diesen jenen estas esas queste quelle essas estas'.split(' '));

/** Nouns that name what a quotation in German copy is the title of ("das Buch „…“", "unter dem Motto „…“"). */
const TITLE_NOUN =
  /^(motto|lied|organisation|gewerkschaft|partei|bundnis|auszeichnung|musical|thema|themen|sendung|roman|stuck|oper|name|namen|initiative|verein|vereins|gruppe|serie|reihe|ausstellung|festival|operation|aktion|plattform|portal|website|webseite|blog)$|(titel|album|buch|film|gesetz|gesetzes|studie|projekt|projekts|kampagne|preis|preises|zeitung|magazin|magazins|magazines|programm|handler)$/;
const SO_CALLED = /^(sogenannte|sogenannten|sogenannter|sogenanntes|sogenanntem|genannte|genannten|genannter|genanntes|genanntem)$/;
/** Finite forms of German auxiliaries and modals: a quotation that holds one is a sentence. */
/**
 * Romance nouns (folded) of things the copy names in quotation marks: an operation, a plan, a book or a film, a campaign
 * ("l'opération « Place nette »", "le plan « France 2030 »", "la campagne «Mai più»"): the marks hold a name.
 */
const NAMED_THING = new Set(
  ('operation plan programme dispositif campagne mission film livre roman ouvrage album chanson emission serie spectacle exposition festival label ' +
    'collectif mouvement application plateforme operacion operazione operacao plano piano programa programma campana campagna campanha pelicula libro livro')
    .split(' '),
);

/** Indefinite articles of the Romance languages, before a quoted noun phrase ("un « bricolage »"). */
const INDEFINITE_ART = new Set('un une uno una um uma'.split(' '));

/** Konjunktiv II standing for a Konjunktiv I that looks like the indicative (3rd person plural): reported speech too. */
const SUBSTITUTE_MOOD = /^(hätten|müssten|würden|dürften|könnten)$/;

/** Indicative forms whose folded key is that of a subjunctive in the lexicon ("hatte" for "hätte"). */
const INDICATIVE_FOLDED = /^(hatte|hatten|ware|waren|konnten|konnte)$/;

/** French subject pronouns set after their verb with a hyphen ("dit-il", "a-t-elle ajouté"), folded. */
const INVERTED_FR: ReadonlySet<string> = new Set(['il', 'elle', 'ils', 'elles', 'on']);

const FINITE_DE = /^(ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|konnen|muss|mussen|soll|sollen|will|wollen|gibt|darf|durfen)$/;
const DEFINITE = new Set('der die das des dem den'.split(' '));
const INDEFINITE_DE = new Set('ein eine einen einem einer eines'.split(' '));

/**
 * The subject after a cue verb: right after it ("said Mark Delaney", "a déclaré le ministre"), after a title in
 * quotation marks ("powiedział „Rzeczpospolitej” przewodniczący…"), or after a short phrase of place, time or
 * medium ("escribió en redes sociales el ministro…", "сказав після матчу головний тренер…", "говорится в
 * заявлении ЦБ"): a role, an article and a role, a name of two words, or the initials of an institution.
 */
function subjectAfterVerb(d: Doc, k: number, max: number): Phrase | null {
  // (French inversion: the pronoun joined to the verb by a hyphen, whatever follows it, "réagit-il derrière sa vitre",
  // "ajoute-t-elle devant la presse")
  let h = k + 1;
  if (h + 1 < max && d.keys[h] === 't' && d.text.charCodeAt(d.ts[h] - 1) === 45) h++;
  if (h < max && d.flags[h] & PRON && d.text.charCodeAt(d.ts[h] - 1) === 45 && INVERTED_FR.has(d.keys[h])) return { a: h, b: h + 1 };
  let j = skipDative(d, skipAgency(d, skipOutlet(d, skipTitle(d, afterReflexive(d, k, max), max), max), max), max);
  // (whom it was said to, a pronoun: "– mówi mi sąsiadka", "— рассказал нам директор")
  if (j + 1 < max && DATIVE_PRONOUN.has(d.keys[j]) && !breaksBefore(d, j) && !breaksBefore(d, j + 1)) j++;
  // "– mówi pan Henryk", "– dodaje pani Halina": Polish courtesy, then the given name or the name
  if (j + 1 < max && COURTESY_PL.has(d.keys[j]) && !isCapitalized(d, j) && isCapitalized(d, j + 1) && !breaksBefore(d, j + 1) && isSlavic(d)) {
    let e = j + 1;
    while (e < max && e - j <= 3 && !breaksBefore(d, e) && isCapitalized(d, e) && !(d.flags[e] & (STOP | DET | PRON))) e++;
    if (e > j + 1) return { a: j, b: e };
  }
  // "– mówił, odczytując akt oskarżenia, prokurator Adam Cichocki", "– ha detto, leggendo la sentenza, il giudice X": a
  // participle's clause set off by commas stands between the verb and its subject
  if (j < max && j === k + 1 && commaBefore(d, j) && !isCapitalized(d, j) && ADVERBIAL_PARTICIPLE.test(d.keys[j])) {
    let e = j + 1;
    while (e < max && e - j < 8 && !breaksBefore(d, e)) e++;
    if (e + 1 < max && commaBefore(d, e) && !(gapFlags(d, e) & GAP_COLON)) j = e;
  }
  // an aside set off by commas between the cue and its subject: "a reconnu, amer, le maire de Saint-Claude", "a lancé,
  // les larmes aux yeux, la mère de la victime" (a few lower-case words, then a phrase that names a person)
  if (j === k + 1 && j < max && commaBefore(d, j)) {
    let c = j;
    while (c < max && c - j < 4 && (c === j || !breaksBefore(d, c)) && !isCapitalized(d, c) && !(d.flags[c] & (VERB | COMP | AUX | PRON) && !(d.flags[c] & DET))) c++;
    if (c > j && c < max && commaBefore(d, c)) {
      const ph = possessed(d, phraseAfter(d, c, max), max);
      if (ph && namesPerson(d, ph)) return ph;
    }
  }
  // "dijo uno de ellos", "ha detto uno di loro": one of a group the copy named
  const them = j < max ? oneOfThemEnd(d, j) : -1;
  if (them > 0 && them <= max) return { a: j, b: them };
  // where it was said, between the cue and its subject: "confiait dans les couloirs l'un d'eux", "a déclaré devant la
  // presse le ministre", "dijo en los pasillos uno de ellos" (a preposition and a few words in lower case, then a phrase
  // that names a person and ends the clause)
  if (j === k + 1 && j + 2 < max && PLACE_PREPOSITION.has(d.keys[j]) && !isCapitalized(d, j) && !breaksBefore(d, j)) {
    let c = j + 1;
    while (c < max && c - j <= 4 && !breaksBefore(d, c) && !isCapitalized(d, c) && !(d.flags[c] & (VERB | COMP | PRON) && !(d.flags[c] & DET)) && !(c > j + 1 && (d.flags[c] & DET || oneOfThemEnd(d, c) > 0))) c++;
    if (c > j + 1 && c < max && !breaksBefore(d, c)) {
      const them = oneOfThemEnd(d, c);
      const ph = them > 0 ? { a: c, b: them } : phraseAfter(d, c, max);
      if (ph && ph.a === c && (ph.b >= max || breaksBefore(d, ph.b)) && (them > 0 || namesPerson(d, ph))) return ph;
    }
  }
  // the neuter past of a Slavic cue has a body for its subject, named in lower case as often as not, to the clause's end
  // ("– odpowiedziało nam biuro prasowe resortu.", "— сообщило ведомство.")
  if (j < max && NEUTER_PAST.test(d.keys[k]) && isSlavic(d) && !breaksBefore(d, j) && !(d.flags[j] & (STOP | COMP | PRON | VERB))) {
    let e = j + 1;
    while (e < max && e - j < 5 && !breaksBefore(d, e) && !(d.flags[e] & (VERB | COMP | PRON))) e++;
    if (e >= max || breaksBefore(d, e)) return { a: j, b: e };
  }
  // "— рассказала одна из организаторов кампании, пенсионерка Валентина Грушко", "– mówi jeden z mieszkańców, Jan
  // Kos": one of a group, then who in apposition (else the group's member as described)
  if (j + 2 < max && ONE_OF.has(d.keys[j]) && OF.has(d.keys[j + 1]) && !breaksBefore(d, j + 1)) {
    let c = j + 2;
    while (c < max && c - j < 8 && !breaksBefore(d, c)) c++;
    if (c < max && commaBefore(d, c)) {
      const named = phraseAfter(d, c, max);
      if (named) return named;
    }
    return c > j + 2 ? { a: j, b: c } : null;
  }
  // "disse este último", "afirmó esta última": the last of the people just named (speaker.ts resolves it)
  if (j + 1 < max && latterAt(d, j)) return { a: j, b: j + 2 };
  // Spanish "él" folds to the article "el": its accent tells the pronoun ("había dicho él en la última sesión")
  if (j < max && d.flags[j] & DET && d.flags[j] & PRON_M && d.te[j] - d.ts[j] === 2 && /^[ÉéÈè]/.test(d.text[d.ts[j]])) return { a: j, b: j + 1 };
  // (a plural or impersonal verb speaks for the place it names: "— отметили в Кремле.")
  const personal = !isPluralVerb(d, k) && !IMPERSONAL_VERB.test(d.keys[k]);
  const ph = personal && placeObjectEnd(d, j, max) > 0 ? null : (possessed(d, phraseAfter(d, j, max), max) ?? agePhraseAt(d, j, max));
  // (past a preposition, an article and a noun are what the verb is about, not its subject: "escribió en su cuenta de
  // X", "explicó a la prensa")
  if (ph && !(ph.a > j && d.flags[j] & STOP && d.flags[ph.a] & DET && !namesPerson(d, ph))) {
    // (a role, its body's name in quotation marks, then the person, Slavic copy: "— отмечает ведущий аналитик ИК «Невский
    // капитал» Денис Лаптев", "– mówi prezes spółki „Nowe Drogi” Jan Kos": the phrase runs to the name)
    if (ph.b < max && isSlavic(d) && inTitle(d, ph.b) && hasRole(d, ph)) {
      const t = skipTitle(d, ph.b, max);
      const e = t > ph.b && t < max && !breaksBefore(d, t + 1 < max ? t + 1 : t) ? nameRunEnd(d, t, max) : -1;
      if (e > t + 1 && (e >= max || breaksBefore(d, e))) return { a: ph.a, b: e };
    }
    return ph;
  }
  // a person the copy describes by a noun in lower case, ending the clause ("— заявил специалист.", "– dodała analityczka.")
  const described = j === k + 1 || !breaksBefore(d, j) ? describedAfter(d, j, max) : null;
  if (described) return described;
  let titleEnd = -1;
  for (let steps = 0; j < max && steps < 6; j++, steps++) {
    // (the closing mark of a title read past breaks nothing: "– ocenił w rozmowie z „Rzeczpospolitą” główny ekonomista…")
    if (j > k + 1 && breaksBefore(d, j) && !inTitle(d, j) && !(j === titleEnd && /^[”»“"‘›]\s*$/.test(gapBefore(d, j)))) return null;
    const t = skipTitle(d, j, max);
    if (t !== j) {
      titleEnd = t;
      j = t - 1;
      continue;
    }
    // (a name right after a Slavic preposition is where or to whom it was said, the speaker comes after it: "mówił w
    // TVN24.", "– przekonywała w Polsat News.", "powiedział w wywiadzie dla RMF FM wicepremier…")
    const o = personal ? placeObjectEnd(d, j, max) : -1;
    if (o > 0) {
      j = o - 1;
      continue;
    }
    const f = d.flags[j];
    // (a verb form after an article is a noun: "en su cuenta de X")
    if ((f & VERB && !(j > k + 1 && d.flags[j - 1] & DET)) || f & COMP || (f & PRON && !(f & DET))) return null;
    const starts =
      isRole(d, j) ||
      (f & DET && j + 1 < max && isRole(d, j + 1)) ||
      (!isCapitalized(d, j) && !(f & (STOP | DET)) && j + 1 < max && isRole(d, j + 1) && !breaksBefore(d, j + 1)) ||
      nameRunEnd(d, j, max) > 0 ||
      // "в заявлении ЦБ", "w komunikacie MSZ": initials after the noun they complete (not after a preposition: "z PAP")
      (isInitials(d, j) && j > k + 1 && !(d.flags[j - 1] & STOP) && !isCapitalized(d, j - 1) && !MEDIUM.test(d.keys[j - 1]));
    if (starts && j > k + 1) {
      const p = possessed(d, phraseAfter(d, j, max), max);
      // (with its article, which says whether the person is someone new: "a réagi auprès de l'AFP un haut responsable")
      if (p && p.a === j && j - 1 > k && d.flags[j - 1] & DET && !(d.flags[j - 1] & PRON) && !breaksBefore(d, j)) p.a = j - 1;
      if (p) return p;
      if (isInitials(d, j)) return { a: j, b: j + 1 };
    }
    // (a name after a preposition and its noun is where it was said: "написав у соцмережі X речник МЗС")
    // (nor the name of a paper after "to the": "a indiqué à La Dépêche le capitaine des pompiers")
    if (isCapitalized(d, j) && !(j > k + 1 && d.flags[j - 1] & STOP) && !(j > k + 2 && d.flags[j - 1] & DET && isCapitalized(d, j - 1) && d.flags[j - 2] & STOP && !isCapitalized(d, j - 2)) && !(j > k + 2 && !isCapitalized(d, j - 1) && !(d.flags[j - 1] & (VERB | COMP | STOP | PRON | DET | AUX)) && d.flags[j - 2] & STOP && !(d.flags[j - 2] & (PRON | DET)))) return null;
  }
  return null;
}

/** Polish courtesy before a name ("pan Henryk", "pani Halina"). */
const COURTESY_PL = new Set(['pan', 'pani']);
/** Dative pronouns of whom something was said to, between a cue and its subject. */
const DATIVE_PRONOUN = new Set('nam mi wam мне нам вам мені'.split(' '));
/** Adverbial participles (Polish, Russian, Ukrainian; Italian, Spanish and Portuguese gerunds), folded. */
const ADVERBIAL_PARTICIPLE = /(?:^.{4,}ac|ючи|ячи|вши|вшись|ув|ив|ая|уя|ando|endo|indo)$/;

/** Whether a token of [a, b) is a role noun. */
function someRole(d: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isRole(d, k)) return true;
  return false;
}

/**
 * Past a Polish paper or person spoken to, in the dative, when the speaker follows ("– żali się Faktowi sąsiad Jan
 * Kos", "powiedział Onetowi rzecznik"): a capitalised word in -owi is no nominative.
 */
/**
 * Past the outlet a Romance cue was said to, before its subject: "a affirmé à RFI Mykhaïlo Levtchenko", "a confié au
 * Monde la ministre", "ha detto al Corriere il sindaco" (one to three capitalised words after "à", "au", "al", "ao", and
 * a subject after them: a name that opens with a given name, or an article).
 */
function skipOutlet(d: Doc, j: number, max: number): number {
  if (j + 2 >= max || !OUTLET_TO.has(d.keys[j]) || isCapitalized(d, j) || !isCapitalized(d, j + 1) || breaksBefore(d, j + 1)) return j;
  let e = j + 2;
  for (; e < max && e <= j + 5 && !breaksBefore(d, e); e++) {
    if (d.names[e] & NAME_GIVEN || (d.flags[e] & DET && !isCapitalized(d, e))) return e;
    if (!isCapitalized(d, e)) return j;
  }
  // (a run of three or four capitalised words: the outlet, then a name of two, "à RFI Mykhaïlo Levtchenko")
  return e - (j + 1) >= 3 && e - (j + 1) <= 4 ? e - 2 : j;
}
const OUTLET_TO = new Set('a au aux al alla allo ao'.split(' '));

function skipDative(d: Doc, j: number, max: number): number {
  if (j + 1 >= max || breaksBefore(d, j + 1) || !isSlavic(d)) return j;
  // ("– odpowiedziało nam biuro prasowe", "– mówi nam sołtys": the paper that asked)
  if (d.keys[j] === 'nam' && !isCapitalized(d, j)) return j + 1;
  if (!isCapitalized(d, j) || !d.keys[j].endsWith('owi') || d.keys[j].length < 5) return j;
  return j + 1;
}

/** What a Slavic headline's speaker speaks about: "Tusk o Nawrockim:", "Песков о переговорах:", "Зеленський про вибори:". */
const HEADLINE_TOPIC = new Set('o ws об обо о про'.split(' '));

/**
 * Whether, between a Slavic cue at k and a quote after token b, the clause it opens has words before the quote: after
 * "that" ("zapewnił, że rząd „…”"), or after the comma of a frame "as X said" ("Jak przekonywała, reforma „…”").
 */
function reporterWordsBefore(d: Doc, k: number, b: number): boolean {
  for (let j = k + 1; j < b; j++) if (d.flags[j] & COMP) return true;
  return k > 0 && AS_FRAME.has(d.keys[k - 1]) && commaBefore(d, k + 1) && k + 1 <= b;
}

/** Whether the words of [a, b) are all Polish masculine datives ("Premierowi", "Tuskowi", "ministrowi"). */
function datives(d: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!d.keys[k].endsWith('owi') || d.keys[k].length < 5) return false;
  return b > a;
}

/** The neuter past of Polish, Russian and Ukrainian cue verbs ("poinformowało", "сообщило", "повідомило"). */
const NEUTER_PAST = /(?:ło|ло)$/;

/** Polish verbs of judging that take "X za Y" when no "że" follows (folded). */
const CONSIDER_AS = new Set('uważa uwaza uważał uwazal uważała uwazala uważają uwazaja uważali uwazali uznał uznal uznała uznala uznali uznaje'.split(' '));

/** Nouns (folded) that name the slogan, title or code name in marks after them: no one's statement. */
const NAMING_NOUN = new Set('hasłem hasło haslem haslo tytułem tytulem nazwa nazwą pt tzw kryptonimem napisem названием лозунгом девизом назвою гаслом девізом'.split(' '));

/** Polish "that" (folded). */
const POLISH_THAT = new Set(['ze', 'że', 'iz', 'iż']);

/** Slavic prepositions whose object names a place, a medium or an addressee ("w TVN24", "na Facebooku", "dla RMF FM", "у Facebook"). */
const SLAVIC_PLACE_PREPOSITIONS = new Set('w we na dla do przed u в во на для у до перед'.split(' '));

/** The end of the capitalised object of a Slavic preposition at j ("w Polsat News"), or -1. */
function placeObjectEnd(d: Doc, j: number, max: number): number {
  if (j + 1 >= max || !SLAVIC_PLACE_PREPOSITIONS.has(d.keys[j]) || isCapitalized(d, j) || breaksBefore(d, j + 1) || !isCapitalized(d, j + 1) || !isSlavic(d)) return -1;
  if (isRole(d, j + 1) || inTitle(d, j + 1)) return -1;
  let e = j + 1;
  while (e < max && e - j <= 3 && !breaksBefore(d, e) && isCapitalized(d, e) && !isRole(d, e)) e++;
  return e;
}

/** Whether a token of [a, b) has one of the flags. */
function someFlag(d: Doc, a: number, b: number, flags: number): boolean {
  for (let k = a; k < b; k++) if (d.flags[k] & flags) return true;
  return false;
}

/** Past Polish "się" right after a cue verb: part of the verb ("– skarżyła się pani Halina"), not its subject (German "sie" is). */
function afterReflexive(d: Doc, k: number, max: number): number {
  return k + 2 < max && isPolishSie(d.text, d.keys[k + 1], d.te[k + 1]) && !breaksBefore(d, k + 1) ? k + 2 : k + 1;
}

/** Nouns of the media a speaker talks to, before an outlet's initials ("em entrevista à rádio CBN", "w rozmowie z telewizją TVN", "в интервью телеканалу RT"). */
const MEDIUM = /^(?:radio|rad[ij][ou]|radia|tv|tele|telev|televis|telewiz|канал|телеканал|радио|радіо|телебачен|emissora|emittente|sender|station|cha[iî]ne|cadena|canal|kana[lł]|network|newspaper|jornal|journal|giornale|diario|gazet|газет|zeitung|magazine|magazin|revista|rivista|portal|портал|site|sitio|agenc|agenz|agentur|агентств|агенці|изданию|виданню|publication|programm?[aeo]?|програм)/;

/**
 * A frame's source that is a common noun with no article, up to the comma ("по прогнозам гидрологов,", "по данным
 * следствия,", "за версією слідства,", "according to prosecutors,"): one to three lower-case words.
 */
function commonNounSource(d: Doc, j: number, max: number): Phrase | null {
  let e = j;
  while (e < max && e - j < 3 && !isCapitalized(d, e) && !(d.flags[e] & (VERB | COMP | PRON | DET | AUX | STOP)) && (e === j || !breaksBefore(d, e))) e++;
  return e > j && (e >= max || commaBefore(d, e)) ? { a: j, b: e } : null;
}

/** German finite verbs a demonstrative "der" or "die" for a person opens a clause with (folded): "Und der hat nur gesagt", "Die schaute mich an". */
const GERMAN_FINITE = /^(?:hat|hatte|habe|ist|war|wurde|sagte|sagt|meinte|meint|rief|schrie|antwortete|erklarte|fragte|schaute|sah|lachte|winkte|zuckte|guckte|nickte|schuttelte|blieb|stand|kam|ging)$/;
/** Words that may open a clause before its subject, folded: "Und der hat gesagt", "et il m'a dit", "and he said". */
const CLAUSE_OPENER = new Set('und dann da aber doch danach et puis alors mais ensuite and then but so y e ma poi entao depois'.split(' '));

/** Plural forms of Russian, Ukrainian and Polish reporting verbs ("заявили", "считают", "вважають", "powiedzieli"). */
// (and the first person plural of a paper that reports what it heard: "– … – słyszymy w ministerstwie")
const PLURAL_VERB = /(ли|ют|ят|ють|уть|ieli|ali|ili|yli|aly|ily|yly|aja|ymy)$/;
/** Plural articles of French, Spanish and Italian, which a verb in the singular never has as its subject. */
const ROMANCE_PLURAL_ARTICLE = new Set(['les', 'des', 'ces', 'leurs', 'los', 'las', 'unos', 'unas', 'gli']);
/** Endings of their verbs in the plural ("estiment", "dicen", "affermano", "dizem"). */
const ROMANCE_PLURAL_VERB = /(?:ent|ont|an|en|ano|ono|am|em|ão)$/;

function isPluralVerb(d: Doc, k: number): boolean {
  return (d.flags[k] & VERB) !== 0 && PLURAL_VERB.test(d.keys[k]);
}

/** The place that opens a clause before a plural or impersonal cue verb with no subject ("У Москві тим часом заявили"), else null. */
function placeSpeaker(d: Doc, fa: number, k: number): Phrase | null {
  if (!INSTITUTION_PREP.has(d.keys[fa]) || isCapitalized(d, fa + 1) === false || fa + 1 >= k || !(isPluralVerb(d, k) || IMPERSONAL_VERB.test(d.keys[k]))) return null;
  let e = fa + 2;
  while (e < k && e - fa < 5 && isCapitalized(d, e) && !breaksBefore(d, e)) e++;
  // (at most two words of time or manner between: "тим часом", "w czwartek")
  if (k - e > 2) return null;
  for (let j = e; j < k; j++) if (breaksBefore(d, j) || isCapitalized(d, j) || d.flags[j] & (VERB | COMP | PRON | DET)) return null;
  return { a: fa + 1, b: e };
}
/**
 * Whether the clause at token c opens with its own subject, a cue verb after it (and its auxiliaries) and "that": "le
 * ministre Hugo Perret a affirmé que …" — a statement of its own.
 */
function reportsOwnSpeaker(d: Doc, c: number, fb: number): boolean {
  for (let v = c + 1; v < Math.min(fb - 1, c + 12); v++) {
    if (breaksBefore(d, v) && !commaBefore(d, v)) return false;
    if (!(d.flags[v] & VERB)) continue;
    const ph = phraseBefore(d, v, c);
    return ph !== null && ph.a === c && (d.flags[v + 1] & COMP) !== 0;
  }
  return false;
}

/** French and Italian prepositions of a participle's agent or topic ("interrogé par", "interrogée sur", "intervistato dal"). */
const AGENT = new Set('par sur da dal dallo dalla dai dagli dalle su sul sullo sulla sui sugli sulle'.split(' '));

/** "one of" a group in Russian, Ukrainian and Polish (folded). */
const ONE_OF = new Set('один одна одно jeden jedna jedno'.split(' '));
/** Prepositions of where a cue was said, before its subject ("confiait dans les couloirs l'un d'eux"). */
const PLACE_PREPOSITION = new Set('dans devant en sur lors depuis ante desde nei nel nella davanti dentro nos nas perante diante'.split(' '));
const OF = new Set('из з із z ze spośród'.split(' '));

/** Polish impersonal forms of reporting verbs: "poinformowano", "zapewniono". */
const IMPERSONAL_VERB = /(?:ano|ono)$/;

/** Prepositions that name the institution a plural verb with no subject speaks for ("сообщили в министерстве", "повідомили у пресслужбі", "poinformowano w ministerstwie"). */
const INSTITUTION_PREP = new Set('в во у w we'.split(' '));

/**
 * The speaker after a cue verb that ends a clause: past the agency or the paper spoken to ("…, сообщила «Интерфаксу»
 * пресс-секретарь суда Анна Крылова", "…, сообщили ТАСС в министерстве"); after a plural verb with no subject, the
 * institution it was said in ("в региональном министерстве здравоохранения").
 */
function tailSpeaker(d: Doc, k: number, max: number): Phrase | null {
  const j = skipAgency(d, skipOutlet(d, skipTitle(d, afterReflexive(d, k, max), max), max), max);
  if (j + 1 < max && INSTITUTION_PREP.has(d.keys[j]) && !isCapitalized(d, j) && !breaksBefore(d, j + 1) && isPluralVerb(d, k)) {
    let e = j + 1;
    while (e < max && e - j < 7 && !breaksBefore(d, e) && !(d.flags[e] & (VERB | COMP | PRON))) e++;
    return { a: j, b: e };
  }
  const ph = possessed(d, phraseAfter(d, j, max), max);
  // (not the object of a preposition right after the verb, when it names no one: "…, avait insisté sur le préjudice")
  if (ph && !(ph.a > j && d.flags[j] & STOP && !(d.flags[j] & (DET | PRON | COMP)) && !isCapitalized(d, j) && !namesPerson(d, ph))) return ph;
  // past a time phrase: "– zapowiedział w środę szef MSZ Radosław Sikorski", "— сказал во вторник глава МИД"
  let t = j;
  while (t < max && t - j < 3 && d.flags[t] & STOP && !(d.flags[t] & (COMP | PRON | DET)) && !isCapitalized(d, t) && (t === j || !breaksBefore(d, t))) t++;
  if (t > j && t < max && !breaksBefore(d, t)) {
    const p = phraseAfter(d, t, max);
    // (not a phrase that opens with the preposition's noun: "– powiedział po spotkaniu szef MSZ" is read below)
    if (p && namesPerson(d, p) && !(p.a === t && !isCapitalized(d, t) && !isRole(d, t) && !(d.flags[t] & (DET | PRON)))) return p;
  }
  // past where it was said: "— написав у соцмережі X речник МЗС України Георгій Тихий" (the speaker ends the clause; a
  // role right after a preposition is who was spoken with: "заявил на встрече с губернатором Орловым")
  if (j < max && d.flags[j] & STOP && !(d.flags[j] & (COMP | PRON | DET)) && !isCapitalized(d, j)) {
    for (let u = j + 2; u < Math.min(max, j + 7); u++) {
      if (breaksBefore(d, u) || d.flags[u] & (VERB | COMP | PRON)) break;
      if (d.flags[u - 1] & STOP || !(isRole(d, u) || nameRunEnd(d, u, max) > 0)) continue;
      const p = phraseAfter(d, u, max);
      if (p && namesPerson(d, p) && (p.b >= max || breaksBefore(d, p.b))) return p;
      break;
    }
  }
  // (when nothing follows, the name right after the verb is all there is: "…, told Reuters.")
  return j > k + 1 ? phraseAfter(d, k + 1, max) : null;
}

/** "As" opening a frame of a report ("как сообщает ТАСС", "jak podaje PAP", "як пише видання"), folded. */
const AS_FRAME = new Set('как jak як'.split(' '));

/** Whether a clause at c opens with a person and a cue verb right after ("глава Росавиации Петр Зуев пообещал"). */
function subjectAndCue(d: Doc, c: number, max: number): boolean {
  const ph = phraseAt(d, c, max);
  if (!ph || !namesPerson(d, ph) || ph.b >= max || breaksBefore(d, ph.b)) return false;
  let v = ph.b;
  while (v < max && v - ph.b < 2 && d.flags[v] & AUX && !(d.flags[v] & PRON)) v++;
  return v < max && (d.flags[v] & VERB) !== 0;
}

/** Possessive pronouns of Russian, Ukrainian and Polish (folded): "его", "її", "jej" before a noun. */
const POSSESSIVE = new Set('его ее их його її їх jego jej ich'.split(' '));

/**
 * A possessive before a role names whose the role is, not who speaks: "— заявила его адвокат Инна Зотова", "—
 * додав її заступник Андрій Гнатюк", "– powiedziała jego rzeczniczka Ewa Lis" (the role and the name after it).
 */
function possessed(d: Doc, ph: Phrase | null, max: number): Phrase | null {
  // (and a preposition's noun before the role is where or when it was said: "– powiedział po spotkaniu szef MSZ", "—
  // сказал после встречи глава МИД")
  if (ph && ph.b - ph.a >= 2 && ph.a > 0 && d.flags[ph.a - 1] & STOP && !(d.flags[ph.a - 1] & (DET | PRON | COMP)) && !isCapitalized(d, ph.a) && !isRole(d, ph.a) && !(d.flags[ph.a] & (DET | PRON)) && isRole(d, ph.a + 1) && !breaksBefore(d, ph.a + 1) && isSlavic(d)) return { a: ph.a + 1, b: ph.b };
  if (!ph || ph.b !== ph.a + 1 || !POSSESSIVE.has(d.keys[ph.a]) || ph.b >= max || breaksBefore(d, ph.b) || !isSlavic(d)) return ph;
  if (!isRole(d, ph.b) && !personNoun(d, ph.b)) return ph;
  return phraseAfter(d, ph.b, max) ?? describedAfter(d, ph.b, max) ?? ph;
}

/** "Secondo l'Associazione italiana arbitri, …": a source's name that goes on in lower case up to the comma. */
function sourceEnd(d: Doc, ph: Phrase, max: number, opens: boolean): number {
  // "Para a presidente da FNCE, Marta Cavalcanti, …": the name in apposition ends the source
  const named = appositionAfter(d, ph, max);
  if (named > ph.b) return named;
  // (a name of two capitalised words is complete: "Według Dmitrija Pieskowa nowy plan …" goes on with the clause)
  if (ph.b - ph.a >= 2 && isCapitalized(d, ph.b - 1) && isCapitalized(d, ph.b - 2) && !breaksBefore(d, ph.b - 1)) return ph.b;
  let t = ph.b;
  while (t < max && t - ph.b < 4 && !breaksBefore(d, t) && !isCapitalized(d, t) && (isConnector(d.keys[t]) || !(d.flags[t] & (VERB | COMP | PRON | DET | STOP | AUX)))) t++;
  // (a source that opens the sentence leaves it a clause: "Zdaniem ekspertów wojsko potrzebuje …" is no source of five words)
  return t > ph.b && ((t >= max && !opens) || commaBefore(d, t)) ? t : ph.b;
}

/** News agencies a speaker talks to ("powiedział PAP", "сообщил ТАСС", "a déclaré à l'AFP"): never the speaker. */
const AGENCY = /^(pap|afp|efe|ansa|lusa|reuters|dpa|apa|tass|тасс|риа|ria|интерфакс|интерфаксу|укрінформ|укрінформу|укринформ)$/;

/** Past the name of a news agency right after a cue verb (and "РИА Новости"). */
function skipAgency(d: Doc, j: number, max: number): number {
  if (j < max && AGENCY.test(d.keys[j]) && isCapitalized(d, j)) {
    j++;
    if (j < max && d.keys[j] === 'новости' && !breaksBefore(d, j)) j++;
  }
  return j;
}

/** Whether a phrase holds a role noun or a name of two words. */
function namesPerson(d: Doc, ph: Phrase): boolean {
  for (let t = ph.a; t < ph.b; t++) if (isRole(d, t) || nameRunEnd(d, t, ph.b) > 0) return true;
  return false;
}

/** Past a title in quotation marks at token j ("„Rzeczpospolitej”", "«Интерфаксу»"), else j. */
function skipTitle(d: Doc, j: number, max: number): number {
  if (j >= max || !/[„«“"‚‹]\s*$/.test(gapBefore(d, j))) return j;
  for (let t = j + 1; t <= Math.min(max, j + 5); t++) if (/[”»“"‘›]/.test(gapBefore(d, t))) return t;
  return j;
}

function inTitle(d: Doc, j: number): boolean {
  return /[„«“"‚‹]\s*$/.test(gapBefore(d, j));
}

/** A word in capitals of two to five letters: an institution's initials ("ЦБ", "MSZ"). */
function isInitials(d: Doc, k: number): boolean {
  const len = d.te[k] - d.ts[k];
  return len >= 2 && len <= 5 && inCapitals(d, k);
}

/** After a cue verb, a preposition or a title in quotation marks and no subject: the verb has none of its own. */
function droppedSubject(d: Doc, j: number): boolean {
  if (inTitle(d, j) || skipAgency(d, j, d.n) !== j || addressedTo(d, j, d.n)) return true;
  // (where or to whom, a preposition and its article in one word: "“…”, afirmou à saída do tribunal.")
  // (or a clause of when, "\"…\", dijo mientras sostenía una pancarta", "disse enquanto", "ha detto mentre")
  if (contractedA(d, j) || WHILE_AFTER_CUE.has(d.keys[j])) return true;
  const f = d.flags[j];
  if (!(f & STOP) || f & (PRON | COMP) || isCapitalized(d, j)) return false;
  // a preposition that is also an article elsewhere ("a" in Spanish and Portuguese) before an article: "explicó a la prensa"
  return !(f & DET) || (j + 1 < d.n && (d.flags[j + 1] & DET) !== 0);
}

/** Romance "while", after a cue with no subject: the clause it opens is the speaker's doing, not their name. */
const WHILE_AFTER_CUE = new Set(['mientras', 'enquanto', 'mentre', 'tandis']);

/** Words that open the reporter's own clause after a quote closed by a comma ("“…,” while others …", "“…,” part of …"). */
const TRAIL = new Set('while whereas before after as which part even though although and'.split(' '));

/** Words after a quote that go on the reporter's own sentence rather than name a speaker ("“…,” like the …", "“…,” by …"). */
const REPORTER_LINK = new Set('like by than unlike with without'.split(' '));

/** Words that join a name or a role to where the person is from or whom they speak for ("Ann Ruiz of the Budget Institute", "a spokesman for the county", "a staffer in the room"). */
const NAME_LINK = new Set('of from at with for in'.split(' '));

/** "as X put it", "as X puts it": a source framed by its own words. */
const PUT = new Set(['put', 'puts']);

/** Relative pronouns that may follow a subject before its verb. */
const RELATIVE = new Set('who whose which'.split(' '));
/** Relative pronouns that are the subject of the verb after them, folded: "X, who told …", "X, qui a déclaré …". */
const SUBJECT_RELATIVE = new Set('who qui che quien quem'.split(' '));

/** Verbs whose object is the person spoken to ("told CNN:"), not the speaker. */
const ADDRESSEE = new Set('told tell tells telling asked ask asks'.split(' '));

/**
 * Whether the phrase after the verb, not the one before it, is the subject: the one before does not open the clause
 * ("Über Steve Fossett sagte Branson"), or is one sentence-opening word and the one after is a pronoun, a name or a
 * person named by an article and a role ("Weiter sagte Larson", "Dann sagte der Bundespräsident").
 */
function invertedSubject(d: Doc, before: Phrase, after: Phrase, clauseStart: number): boolean {
  const fa = d.flags[after.a];
  const person = fa & (PRON_M | PRON_F) || (isCapitalized(d, after.a) && !(fa & (STOP | DET | PRON))) || (fa & DET && NOMINATIVE.has(d.keys[after.a]) && hasRole(d, after));
  if (!person) return false;
  const open = afterDateline(d, clauseStart, before.a + 1);
  if (before.a > open) return true;
  return before.b - before.a === 1 && d.sentenceStart[d.sentenceOf[before.a]] === before.a && !(d.flags[before.a] & PRON);
}

/** Whether a phrase holds a role noun or a name (two capitalised words). */
function hasRole(d: Doc, ph: Phrase): boolean {
  for (let t = ph.a; t < ph.b; t++) if (isRole(d, t) || (t + 1 < ph.b && isCapitalized(d, t) && isCapitalized(d, t + 1) && !(d.flags[t] & DET))) return true;
  return false;
}

/** Articles that open a subject (German word order puts it after the verb). */
const NOMINATIVE = new Set('der die das ein eine the le la il el o a'.split(' '));

/** Words that join two clauses: a speaker phrase may open the second one ("…, and Paris said …"). */
/** Conjunctions that join a second cue of the same subject after a comma ("…, і визнав, що …", "…, i dodał, że …"). */
const SECOND_CUE_JOIN = new Set('і и i та а oraz'.split(' '));

const CONJ = new Set('and but und aber et mais y pero e mas ma i ale и а но і але'.split(' '));

/** French pronouns of the third person that name someone (not "on": "comme on l'a vu" names no one). */
const FRENCH_THIRD_PERSON: ReadonlySet<string> = new Set(['il', 'elle', 'ils', 'elles']);
/** The subject pronouns French joins to the verb of an incise by a hyphen ("grimace-t-il", "indique-t-on"). */
const INVERTED_SUBJECT: ReadonlySet<string> = new Set([...FRENCH_THIRD_PERSON, 'on']);
/** French subject pronouns, which an incise sets after its verb ("a-t-il dit"), never before it. */
const FRENCH_SUBJECT_PRONOUN: ReadonlySet<string> = new Set([...INVERTED_SUBJECT, 'je', 'tu']);
/** Determiners that open a source after French "pour" when no article does, folded ("pour cet interlocuteur"). */
const POUR_DETERMINER: ReadonlySet<string> = new Set('ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs certains certaines plusieurs beaucoup nombre'.split(' '));
/** English subject pronouns, folded. */
const ENGLISH_SUBJECT_PRONOUN: ReadonlySet<string> = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/** "as" of French, Spanish, Portuguese and Italian, opening a clause of saying ("comme l'a dit X", "como señaló X", "come ha detto X"). */
const AS_WORD = new Set(['comme', 'como', 'come']);
/** Object clitics between "as" and its verb, standing for the words it sets off ("comme le souligne X", "como lo explicó X"). */
const AS_CLITIC = new Set(['le', 'la', 'lo', 'l']);

/**
 * The clause of "as" that the cue at k closes ("Comme l'a rappelé …", "…, como ha señalado …"): the token of "as" and
 * the subject pronoun before the verb, if any (else -1); null when the words before k are no such clause. The clause
 * opens the sentence (after a dateline) or follows a comma.
 */
function asClauseBefore(d: Doc, k: number, fa: number): { j: number; pron: number } | null {
  let j = k - 1;
  while (j >= fa && j >= k - 3 && !breaksBefore(d, j + 1) && ((d.flags[j] & AUX && !(d.flags[j] & PRON)) || AS_CLITIC.has(d.keys[j]))) j--;
  let pron = -1;
  // (a subject pronoun before the clitic: "comme il l'a rappelé, …")
  if (j > fa && FRENCH_THIRD_PERSON.has(d.keys[j]) && !breaksBefore(d, j + 1) && j < k - 1) pron = j--;
  if (j < fa || !AS_WORD.has(d.keys[j]) || breaksBefore(d, j + 1)) return null;
  if (j !== afterDateline(d, fa, j) && !commaBefore(d, j)) return null;
  return { j, pron };
}

/** Past an apposition that follows a source ("According to Helena Marsh, a defence analyst at X, the Kremlin …"). */
function afterApposition(d: Doc, c: number, max: number): number {
  if (!(d.flags[c] & DET) && !isRole(d, c)) return c;
  for (let j = c + 1; j < Math.min(max - 2, c + 14); j++) {
    if (commaBefore(d, j)) return j;
    if (d.flags[j] & VERB) return c;
  }
  return c;
}

function frameAt(d: Doc, k: number, max: number): Frame | null {
  // (the first word of every frame carries its kind's flag: most tokens asked about open none, and need no lookup)
  if (!(d.flags[k] & (FRAME | FRAME_AFTER | BACK))) return null;
  // (most words that open a frame are common ones, "a", "in", "de", "as", and the next word is the second word of none:
  // that costs no lookup of the frames by the key)
  if (!(d.names[k] & ONE_WORD_FRAME) && !(k + 1 < d.n && d.names[k + 1] & FRAME_SECOND)) return null;
  let list = d.table.frames.get(d.keys[k]);
  if (!list) return null;
  if (list.length > FRAMES_READ_ALL) list = framesBySecond(list).get(k + 1 < d.n ? d.keys[k + 1] : '') ?? framesOfOne(list);
  for (const fr of list) {
    if (k + fr.keys.length > max) continue;
    // ("d'après X", not "après un silence")
    if (fr.elided && !/[dDlL]['\u2019]$/.test(d.text.slice(k > 0 ? d.te[k - 1] : 0, d.ts[k]))) continue;
    let ok = true;
    for (let j = 1; j < fr.keys.length; j++) {
      if (d.keys[k + j] !== fr.keys[j] || breaksBefore(d, k + j)) {
        ok = false;
        break;
      }
    }
    // (a one-word frame before a time is no source: "pour la première fois", "pour l'instant", "per il momento")
    if (ok) return fr.keys.length === 1 && timeAfterFrame(d, k + 1, max) ? null : fr;
  }
  return null;
}

/** Nouns of a time a one-word frame ("pour", "para", "per") may open: "la première fois", "le moment", "la prima volta". */
const FRAME_TIME = new Set(['fois', 'moment', 'instant', 'heure', 'volta', 'momento', 'vez', 'ora']);

function timeAfterFrame(d: Doc, j: number, max: number): boolean {
  for (let t = j; t < max && t < j + 3 && !breaksBefore(d, t); t++) if (FRAME_TIME.has(d.keys[t])) return true;
  return false;
}

/**
 * A first word's frames (longest first) that the next word may continue: those of one word, and those whose second word
 * it is, in the same order. Some first words open dozens of frames ("according", "selon", "nach"), each compared word
 * by word with the text: frameAt read such a list in full at every one of their tokens, most of which open no frame.
 */
const FRAMES_READ_ALL = 4;
const secondWords = new WeakMap<Frame[], Map<string, Frame[]>>();
const oneWordFrames = new WeakMap<Frame[], Frame[]>();

function framesBySecond(list: Frame[]): Map<string, Frame[]> {
  let bySecond = secondWords.get(list);
  if (!bySecond) {
    bySecond = new Map();
    for (const fr of list) {
      const second = fr.keys[1];
      if (second !== undefined && !bySecond.has(second)) bySecond.set(second, list.filter((f) => f.keys.length === 1 || f.keys[1] === second));
    }
    secondWords.set(list, bySecond);
  }
  return bySecond;
}

function framesOfOne(list: Frame[]): Frame[] {
  let one = oneWordFrames.get(list);
  if (!one) {
    one = list.filter((f) => f.keys.length === 1);
    oneWordFrames.set(list, one);
  }
  return one;
}

/** The first token of the clause holding token k: after the last comma (or other break) before it. */
function clauseStartBefore(d: Doc, k: number, min: number): number {
  for (let j = k; j > min; j--) if (breaksBefore(d, j)) return j;
  return min;
}

/**
 * The first clause of [from, fb) that a comma opens with a named subject (a name of two words, or a role and a name,
 * "coach Joachim Löw", "le sélectionneur Joachim Löw") and a cue of its own right after it ("described", "a qualifié"),
 * with words after the cue: j the clause's first token, e the subject's end, v the cue, c its content's start. Not an
 * incise (", Putin argued, was"), nor a cue with only a day or a place after it (", Peskov said on Tuesday": whose
 * report the whole sentence is).
 */
function commaJoinedClause(d: Doc, from: number, fb: number, quoted: Uint8Array): { j: number; e: number; v: number; c: number } | null {
  for (let j = from; j + 3 < fb; j++) {
    if (!commaBefore(d, j) || quoted[j]) continue;
    let k = j;
    // (an article before a role: "le sélectionneur", "der Trainer")
    // (whatever else the article's key is: Spanish "el" folds to the pronoun "él")
    if (d.flags[k] & DET && k + 1 < fb && isRole(d, k + 1)) k++;
    let role = false;
    let name = 0;
    for (; k < fb && k - j < 6 && !quoted[k] && (k === j || !breaksBefore(d, k)); k++) {
      if (isRole(d, k) && name === 0) role = true;
      else if (isCapitalized(d, k) && !(d.flags[k] & (DET | PRON | STOP | VERB | AUX | COMP))) name++;
      else break;
    }
    if (name < (role ? 1 : 2)) continue;
    let v = k;
    if (v < fb && d.flags[v] & AUX && !(d.flags[v] & VERB) && !breaksBefore(d, v)) v++;
    if (v + 3 > fb || !(d.flags[v] & VERB) || breaksBefore(d, v) || breaksBefore(d, v + 1) || quoted[v]) continue;
    // (words quoted after the cue, or a clause it opens, or more than a day or a place)
    let said = (d.flags[v + 1] & COMP) !== 0 || fb - v > 7;
    for (let i = v + 1; i < fb && !said; i++) said = quoted[i] === 1;
    if (!said) continue;
    return { j, e: k, v, c: d.flags[v + 1] & COMP ? v + 2 : v + 1 };
  }
  return null;
}

/**
 * A quote with no cue of its own after a colon that closes reported speech with its frame: the report's speaker's
 * ("Die Lage sei ernst, so Elshorst: „Das ist üblich.“"). Direct quotes are read before reported speech, so such a quote
 * took the last speaker of the text.
 */
function colonAfterReport(d: Doc, out: Statement[]): void {
  for (let i = 1; i < out.length; i++) {
    const st = out[i];
    const prev = out[i - 1];
    if (st.kind !== 'direct' || st.cue || prev.kind === 'direct' || !prev.cue || !prev.speaker || prev.cue.start < prev.end) continue;
    const gap = d.text.slice(Math.max(prev.cue.end, prev.speaker.end), st.start);
    if (/^[^.!?\n:]{0,30}:\s*$/.test(gap) && !/[.!?\n]/.test(d.text.slice(prev.end, prev.cue.start))) {
      st.speaker = prev.speaker;
      st.speakerName = prev.speakerName;
      st.actor = prev.actor;
      if (prev.actorId) st.actorId = prev.actorId;
      else delete st.actorId;
    }
  }
}

/**
 * Where a role set off after a name ends ("…, said John Marsh, a senior adviser to the prime minister, on Tuesday"): at
 * the next comma or the sentence's end `fb`; b itself when no such role follows.
 */
function apposedRoleEnd(d: Doc, b: number, fb: number): number {
  if (roleSetOffAfter(d, b).length === 0) return b;
  let e = b + 1;
  while (e < fb && !breaksBefore(d, e)) e++;
  return e;
}

/**
 * Relative pronouns that open a clause about the speaker after a cue that ends the sentence ("…, said X, who was not
 * involved in the study"), folded. German "der", "die", "das" are articles too: read as pronouns only before a word in
 * lower case (relativeClauseToEnd).
 */
const SPEAKER_RELATIVE = new Set('who whose qui dont der die das dessen deren welcher welche che cui quien quienes que quem który która które którzy которыи которая которое которые якии яка яке які'.split(' '));
const GERMAN_ARTICLE_RELATIVE = new Set(['der', 'die', 'das']);

/**
 * Whether [b, fb), after the speaker of a cue that ends the sentence, is a relative clause about them set off by a
 * comma, after an apposition of a few words set off by commas or none ("…, urteilt der Epidemiologe Martin Scheuerle
 * vom Robert Koch-Institut, der nicht an der Studie beteiligt war.", "…, juge l'épidémiologiste Martin Scheurer, de
 * l'Institut Pasteur, qui n'a pas participé à l'étude."): the cue's clause ends there, whatever the relative clause holds.
 */
function relativeClauseToEnd(d: Doc, b: number, fb: number): boolean {
  let j = b;
  // (past the speaker's affiliation and an apposition: up to two stretches of a few words with no verb, each up to a comma)
  for (let part = 0; part < 2 && j < fb && !(commaBefore(d, j) && SPEAKER_RELATIVE.has(d.keys[j])); part++) {
    let e = j + 1;
    while (e < fb && e - j < 10 && !breaksBefore(d, e) && !(d.flags[e] & (VERB | COMP))) e++;
    if (e >= fb || !commaBefore(d, e)) return false;
    j = e;
  }
  if (j + 2 >= fb || !commaBefore(d, j) || !SPEAKER_RELATIVE.has(d.keys[j])) return false;
  // (a German article opens a noun, capitalised: "…, sagte Müller, die Lage sei ernst" is what was said)
  if (GERMAN_ARTICLE_RELATIVE.has(d.keys[j]) && isCapitalized(d, j + 1)) return false;
  return true;
}

/**
 * Whether [b, fb) is one phrase set off by a comma after the speaker's name, with no verb, conjunction or other break in
 * it, up to the end of the sentence: an apposition of whatever length, which describes the speaker ("…, argumentiert
 * Gerald Fuchsbichler, Obmann der Fachgruppe Gesundheitsbetriebe der Wirtschaftskammer Wien."), when its head is no
 * role the lexicon knows (apposedRoleEnd) and it is too long for clauseEnds to take it for the cue's where and when.
 */
function apposedToEnd(d: Doc, b: number, fb: number): boolean {
  if (b + 1 >= fb || !commaBefore(d, b) || !isCapitalized(d, b) || d.flags[b] & (STOP | DET | PRON | VERB)) return false;
  for (let j = b; j < fb; j++) {
    if (d.flags[j] & (VERB | COMP | AUX) || (j > b && (breaksBefore(d, j) || CONJ.has(d.keys[j])))) return false;
  }
  return true;
}

/**
 * Whether a cue set off by a comma opens in [a, lim) (its auxiliary first, "a assuré"), with the rest of the sentence
 * up to `fb` its subject and where and when: "…, a assuré mardi Julien Marchal".
 */
function tailCueWithin(d: Doc, a: number, lim: number, fb: number, quoted: Uint8Array): boolean {
  for (let j = a; j < lim; j++) {
    if (!commaBefore(d, j) || quoted[j]) continue;
    let v = j;
    if (d.flags[v] & AUX && !(d.flags[v] & VERB) && v + 1 < fb) v++;
    if (d.flags[v] & VERB && !quoted[v] && fb - v >= 2 && fb - v <= 12) {
      for (let t = v + 1; t < fb; t++) if (isCapitalized(d, t) || isRole(d, t)) return true;
    }
  }
  return false;
}

/** German words that open an indirect question ("Wer …, wisse sie nicht", "Ob …, ist unklar"), folded. */
const INDIRECT_QUESTION = new Set('wer was ob warum weshalb wieso wann wo welche welcher welches'.split(' '));

/** Whether tokens [a, b) hold no verb, no clause, no break (comma, colon) and nothing quoted: place, time and topic only. */
function topicOnly(d: Doc, a: number, b: number, quoted: Uint8Array): boolean {
  for (let k = a; k < b; k++) if (quoted[k] || breaksBefore(d, k) || d.flags[k] & (VERB | COMP | AUX | MOOD)) return false;
  return true;
}

/** Whether the tokens from k to the sentence end are only place and time ("am Sonntag", "to reporters"), not a clause. */
function clauseEnds(d: Doc, k: number, end: number, long: boolean): boolean {
  // (the separable particle of a German cue closes its clause: "…, stellte der 58-Jährige klar, auch wenn …")
  if (k < end && separableParticle(d, k) && isGerman(d) && (k + 1 >= end || commaBefore(d, k + 1))) k++;
  // (an adverbial clause after a comma is no more of the cue's: "…, betonte der 52-Jährige, obwohl dem Ausgleich ein
  // umstrittener Freistoß vorausgegangen war"; "auch wenn", "même si")
  if (k < end && commaBefore(d, k) && (SUBORDINATOR.has(d.keys[k]) || (k + 1 < end && EVEN.has(d.keys[k]) && SUBORDINATOR.has(d.keys[k + 1])))) return true;
  // (longer outside English, a chain of phrases opened by a preposition, with no break or conjunction in it: "sagte
  // Lawrow am Donnerstag nach einem Treffen mit seinem ägyptischen Kollegen")
  // (or by a day after its article: "el martes tras una reunión")
  if (end - k > 6 && (!long || end - k > 14 || !(d.flags[k] & STOP) || (d.flags[k] & PRON && !(d.flags[k] & DET)) || (d.flags[k] & DET && !(d.flags[k + 1] & STOP)))) return false;
  for (let j = k; j < end; j++) {
    if (d.flags[j] & (VERB | COMP) || elidedThat(d, j)) return false;
    if (end - k > 6 && j > k && (breaksBefore(d, j) || CONJ.has(d.keys[j]))) return false;
  }
  return true;
}

/** German cue verbs that say something only with a separable particle later in their clause ("stellte … klar"). */
const PARTICLE_VERB = new Set(['stellte', 'stellt', 'stellten', 'stellen']);

/** Whether a separable particle closes the clause of German verb k (before a comma, a stop or the end `fb`). */
function particleInClause(d: Doc, k: number, fb: number): boolean {
  for (let j = k + 1; j < fb && j - k < 16; j++) {
    // (or "in Frage", as "infrage" is also written)
    if ((separableParticle(d, j) || (d.keys[j] === 'frage' && d.keys[j - 1] === 'in')) && (j + 1 >= fb || breaksBefore(d, j + 1))) return true;
    if (j + 1 < fb && commaBefore(d, j + 1)) return false;
  }
  return false;
}

/** "Even" before a conjunction of concession: "auch wenn", "même si", "even though". */
const EVEN = new Set(['auch', 'selbst', 'meme', 'even']);

/** Conjunctions that open an adverbial clause (of time, cause, concession), folded, in the nine languages. */
const SUBORDINATOR = new Set(
  ('obwohl obgleich weil nachdem wahrend bevor sodass wenn zumal although because while whereas though since ' +
    'parce lorsque tandis puisque bien quoique alors aunque porque mientras cuando embora enquanto sebbene benche perche mentre ' +
    'chociaz choc poniewaz gdy zanim хотя потому пока хоча тому поки').split(' '),
);

/**
 * Whether the clause before the comma at c ends with its subject set off after an opening phrase: a role with its
 * article between commas, then the name ("Invité de « … » sur France Inter, le président du RN, Jordan Bardella, a
 * accusé …"): the verb after the comma has its subject before it, it is no incise.
 */
function lateApposedSubject(d: Doc, a: number, c: number): boolean {
  // (the name's party in brackets after it: "l'échevine des Sports, Valérie Dethier (MR), a détaillé …")
  if (c - 1 > a && bracketedInitials(d, c - 1)) c--;
  for (let j = c - 2; j >= c - 3 && j > a; j--) {
    if (!commaBefore(d, j) || nameRunEnd(d, j, c) !== c) continue;
    for (let p = j - 2; p >= a && p >= j - 12; p--) {
      // (a party in brackets goes on: "Le maire (LR) de Nice, Christian Estrosi, a salué …")
      if (p > a && breaksBefore(d, p) && !commaBefore(d, p) && !/^[\s()]*$/.test(gapBefore(d, p))) return false;
      if (p > a && !commaBefore(d, p)) continue;
      // (or its article elided onto it: "l'échevine des Sports, Valérie Dethier,")
      return ((d.flags[p] & DET) !== 0 && isRole(d, p + 1)) || (afterElision(d, p) && isRole(d, p));
    }
    return false;
  }
  return false;
}

/**
 * Whether [a, c) opens with an adverbial set off by a comma, and after it a name and an apposition or an age set off by
 * commas, or a role and the name set off after it, make all the rest (the verb's subject).
 */
function subjectAfterAside(d: Doc, a: number, c: number): boolean {
  let j = a + 1;
  while (j < c && j - a <= 6 && !breaksBefore(d, j)) j++;
  if (j >= c - 1 || j - a > 6 || !commaBefore(d, j) || !openingAside(d, a, j)) return false;
  return apposedSubject(d, j, c) || agedName(d, j, c) || lateApposedSubject(d, j, c);
}

/** French prepositions of the place or the circle an impersonal "on" speaks in ("à" by its accent: "a" is also "has"). */
const ON_PLACE = new Set('a au aux dans chez aupres'.split(' '));

function onPlacePrep(d: Doc, j: number): number {
  const key = d.keys[j];
  if (!ON_PLACE.has(key) || (key === 'a' && d.text.charCodeAt(d.ts[j]) !== 0xe0 && d.text.charCodeAt(d.ts[j]) !== 0xc0)) {
    // "du côté de", "au sein de"
    if ((key === 'du' || key === 'au') && j + 2 < d.n && (d.keys[j + 1] === 'cote' || d.keys[j + 1] === 'sein') && (d.keys[j + 2] === 'de' || d.keys[j + 2] === 'du' || d.keys[j + 2] === 'des')) return j + 3;
    return -1;
  }
  // ("auprès de", "auprès du")
  if (key === 'aupres' && j + 1 < d.n && (d.keys[j + 1] === 'de' || d.keys[j + 1] === 'du' || d.keys[j + 1] === 'des')) return j + 2;
  return j + 1;
}

/**
 * The place or the circle an impersonal French "on" at token k speaks for: after it ("indique-t-on à Matignon",
 * "assure-t-on dans l'entourage du ministre"), or opening its sentence before a comma ("À Bercy, on assure que …",
 * "Du côté de la fédération, on dénonce …"); else null.
 */
function onPlace(d: Doc, k: number): Phrase | null {
  if (k + 2 < d.n && !breaksBefore(d, k + 1)) {
    // (past the verb "fait" makes a cue of: "fait-on savoir à Matignon", "fait-on valoir à Bercy")
    // (or the participle of a compound tense: "a-t-on ajouté à l'Élysée")
    const v = (d.keys[k + 1] === 'savoir' || d.keys[k + 1] === 'valoir' || d.flags[k + 1] & VERB) && k + 3 < d.n && !breaksBefore(d, k + 2) ? k + 2 : k + 1;
    const a = onPlacePrep(d, v);
    if (a > 0 && a < d.n && !breaksBefore(d, a)) {
      let b = a;
      while (b < d.n && b - a < 6 && (b === a || !breaksBefore(d, b)) && !(d.flags[b] & (VERB | COMP))) b++;
      if (b > a) return { a, b };
    }
  }
  const s0 = sentenceRange(d, k)[0];
  if (k - s0 >= 2 && k - s0 <= 8 && commaBefore(d, k)) {
    const a = onPlacePrep(d, s0);
    if (a > 0 && a < k) {
      for (let j = a + 1; j < k; j++) if (breaksBefore(d, j) || d.flags[j] & (VERB | COMP)) return null;
      return { a, b: k };
    }
  }
  return null;
}

/** Whether token j follows an elided "that", which the tokens leave out: French "qu'il", "qu'elle" (the clause goes on). */
function elidedThat(d: Doc, j: number): boolean {
  const i = d.ts[j];
  if (i < 3) return false;
  const c = d.text.charCodeAt(i - 1);
  return (c === 39 || c === 0x2019) && (d.text[i - 2] === 'u' || d.text[i - 2] === 'U') && (d.text[i - 3] === 'q' || d.text[i - 3] === 'Q') && (i < 4 || !/\p{L}/u.test(d.text[i - 4]));
}

function allAux(d: Doc, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (!(d.flags[j] & AUX)) return false;
  return true;
}

/**
 * Where a cue over tokens [ia, ib) is set off inside its sentence, commas or dashes on both sides and words before it
 * ("La Russia, ha spiegato, ha …", "Rosja – dodał – przekazała …", "Russia, he added, had …"): the incise's first
 * token (its auxiliaries included), or -1.
 */
function inciseStart(d: Doc, fa: number, ia: number, ib: number): number {
  if (ib >= d.n || (ib - 1 === ia && isCapitalized(d, ia))) return -1;
  let j = ia;
  while (j - 1 > fa && d.flags[j - 1] & AUX && !(d.flags[j - 1] & PRON) && !breaksBefore(d, j)) j--;
  if (j <= fa) return -1;
  for (let t = j + 1; t < ib; t++) if (breaksBefore(d, t)) return -1;
  // (set off: a comma or a dash before each side; no closure here, made at every cue)
  return (commaBefore(d, j) || dashBefore(d, j)) && (commaBefore(d, ib) || dashBefore(d, ib)) && !(gapFlags(d, ib) & GAP_COLON) ? j : -1;
}

/**
 * Whether the cue word at token k is a noun after an indefinite, demonstrative or possessive determiner, or after one and
 * a word in lower case, in a clause that opens at `fa` and ends at `fb` (see reported: "un éventuel report", "ce point").
 */
function nounAfterDeterminer(d: Doc, k: number, fa: number, fb: number): boolean {
  if (k <= fa || breaksBefore(d, k)) return false;
  // (the word between is an adjective that stands before nouns, not a noun the determiner and it name: "son avocate
  // dénonce", "une banderole proclamait")
  const det = NOUN_DETERMINER.has(d.keys[k - 1]) || (k - 1 > fa && NOUN_DETERMINER.has(d.keys[k - 2]) && !breaksBefore(d, k - 1) && PRENOMINAL.has(d.keys[k - 1]));
  return det && !auxBefore(d, k - 2, fa) && !agentAfter(d, k + 1, fb) && !anaphorEndingAt(d, k - 1, fa) && !(k - 2 >= fa && latterAt(d, k - 2));
}

/** Romance adjectives that stand before their noun, folded ("un éventuel report", "un lungo annuncio", "un breve comunicado"). */
const PRENOMINAL = new Set(
  ('eventuel eventuelle nouveau nouvel nouvelle premier premiere dernier derniere long longue bref breve grand grande petit petite simple seul seule prochain prochaine recent recente futur future ancien ancienne vrai vraie court courte enieme hypothetique ' +
    'lungo lunga nuovo nuova primo prima ultimo ultima eventuale possibile piccolo piccola semplice vero vera ' +
    'largo larga nuevo nueva primer primera posible eventual gran pequeno pequena verdadero verdadera ' +
    'longo longa novo nova primeiro primeira possivel pequeno pequena'
  )
    .split(' ')
    .filter(Boolean),
);

/** Whether an auxiliary stands among the three tokens before token k (from `min`). */
function auxBefore(d: Doc, k: number, min: number): boolean {
  for (let j = k - 1; j >= min && j >= k - 3; j--) if (d.flags[j] & AUX && !(d.flags[j] & PRON)) return true;
  return false;
}

/** Whether a passive's agent ("par", "da", "por", "pelo") opens one of the eight tokens from k (to `max`). */
function agentAfter(d: Doc, k: number, max: number): boolean {
  for (let j = k; j < max && j < k + 8; j++) if (PASSIVE_AGENT.has(d.keys[j])) return true;
  return false;
}

/** Words that open a passive's agent in Romance copy. */
const PASSIVE_AGENT = new Set('par da dal dalla dai por pelo pela pelos pelas'.split(' '));

/** Romance determiners that stand only before nouns (not "le", "la", "les", also pronouns before a verb). */
const NOUN_DETERMINER = new Set('un une ce cet cette ces son sa ses leur leurs notre nos votre vos uno una unos unas este esta estos estas su sus um uma uns umas seu sua seus suas questo questa quel quella suo suoi sue'.split(' '));

/** German articles of an object, not of a masculine subject ("die", "das", "den", "dem"; not "der", "ein"). */
const OBJECT_ARTICLE = new Set(['die', 'das', 'den', 'dem']);

/** Whether tokens [a, b) are a name and nothing else: capitalised words, none an article, a pronoun or a small word. */
function nameOnly(d: Doc, ph: Phrase): boolean {
  if (ph.b - ph.a > 4) return false;
  for (let j = ph.a; j < ph.b; j++) if (!isCapitalized(d, j) || d.flags[j] & (DET | PRON | STOP | VERB | AUX)) return false;
  return true;
}

/** Whether the tokens before a speaker phrase are an opening adverbial set off by a comma or time words. */
function allAdverbial(d: Doc, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (!(d.flags[j] & (STOP | AUX)) && !isCapitalized(d, j)) return false;
  return true;
}

/**
 * A prepositional phrase that opens the sentence before its subject, with no comma (Slavic and Romance word order): "В
 * интервью Politico американский лидер сказал …", "W rozmowie z RMF FM minister powiedział …".
 */
function prepositionalOpening(d: Doc, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 5 || !(d.flags[a] & STOP) || d.flags[a] & (PRON | COMP | DET)) return false;
  for (let j = a + 1; j < b; j++) if (breaksBefore(d, j) || d.flags[j] & (VERB | COMP | PRON | AUX) || isRole(d, j)) return false;
  return !breaksBefore(d, b);
}

/** The token at j, or past one or two lower-case adverbs and a comma ("jednak, że", "также, что"). */
function compAfterAdverbs(d: Doc, j: number, max: number): number {
  for (let t = j; t < Math.min(max, j + 3); t++) {
    if (d.flags[t] & COMP) return t;
    if (isCapitalized(d, t) || d.flags[t] & (VERB | PRON | DET) || (t > j && !commaBefore(d, t + 1) && breaksBefore(d, t))) return j;
  }
  return j;
}

/** English articles: the word after one is a noun, not a cue verb ("a warning", "the statement"). */
const ARTICLE_EN = new Set('a an the'.split(' '));

/** Participles that open an English sentence before its subject ("Asked about the strike, Haigh said …"). */
const PARTICIPLE_OPENING = new Set('asked pressed questioned'.split(' '));

/** "told" and its forms: the person told comes before what was said, with no "that" between ("told reporters he …"). */
const ADDRESSEE_TOLD = new Set('told tell tells telling'.split(' '));

/** Prepositions that open the complement of a role ("a spokesman for …", "the head of …", "an analyst at …"). */
const ROLE_OF = new Set('for of at'.split(' '));

/** Nouns of the press a source frame may name ("segundo o jornal …", "según el diario …", "selon le quotidien …"), folded. */
const MEDIA = new Set('jornal diario periodico agencia revista emissora cadena radio canal televisao televisione giornale quotidiano quotidien journal newspaper'.split(' '));

/** Whether a source phrase names a newspaper, an agency or a broadcaster by its noun. */
function reportsMedia(d: Doc, ph: Phrase): boolean {
  for (let k = ph.a; k < ph.b && k < ph.a + 3; k++) if (MEDIA.has(d.keys[k])) return true;
  return false;
}

/**
 * The name that ends a frame's source in the genitive running to a comma, after a role and its complements (Slavic:
 * "заведующего лабораторией природно-очаговых инфекций Сибирского центра вирусологии Игоря Смолина,"), from token s0;
 * else null. Sixteen words at most, a name of two or three words last, no verb between.
 */
function longGenitiveSource(d: Doc, s0: number, fb: number): Phrase | null {
  let c = s0;
  while (c < fb && c - s0 < 16 && !breaksBefore(d, c + 1 < fb ? c + 1 : c) && !(d.flags[c] & (VERB | AUX | PRON | COMP))) c++;
  const e = c + 1;
  if (e >= fb || e - s0 < 4 || !commaBefore(d, e) || d.flags[c] & (VERB | AUX | PRON | COMP)) return null;
  // (the name alone: the capitalised words of the complements before it name the body the person works for)
  for (let n = e - 2; n >= e - 3 && n > s0; n--) if (nameRunEnd(d, n, e) === e && !isCapitalized(d, n - 1)) return { a: n, b: e };
  return null;
}

/**
 * A person speaking at the opening of tokens [c, b), a cue and its complementizer: "o ministro Rui Costa disse a aliados
 * que …" → the phrase, the cue and where the content opens; else null.
 */
function reportedInside(d: Doc, c: number, b: number): { ph: Phrase; k: number; c: number } | null {
  for (let k = c + 1; k < Math.min(b, c + 10); k++) {
    if (!(d.flags[k] & VERB)) continue;
    const ph = phraseBefore(d, k, c);
    if (!ph || ph.a !== c || !personLike(d, ph)) return null;
    for (let j = k + 1; j < Math.min(b, k + 7); j++) if (d.flags[j] & COMP) return b - (j + 1) >= 3 ? { ph, k, c: j + 1 } : null;
    return null;
  }
  return null;
}

/** A participle that opens a sentence before its comma, in Spanish, Portuguese or Italian: "Questionada", "Preguntado", "Interpellata". */
const FRONTED_PARTICIPLE = /^[a-z]{4,}(?:ad|id|at|ut)([oa])s?$/;

/**
 * Whether tokens [a, k) are a phrase set off by a comma before a verb with no subject, and what gender its participle
 * gives ('m', 'f', or '' when it has none): a participle ("Questionada sobre a greve,"), a time or a place opened by a
 * preposition or a demonstrative ("Nesta sexta-feira,", "En declaraciones a la prensa,"), an adverb ("Posteriormente,");
 * null when it may hold a subject (a name, a pronoun, a verb of its own).
 */
function frontedAdjunct(d: Doc, a: number, k: number): 'm' | 'f' | '' | null {
  if (k - a < 1 || k - a > 12 || !commaBefore(d, k)) return null;
  for (let j = a; j < k; j++) {
    if (d.flags[j] & (VERB | COMP) || (d.flags[j] & PRON && !(d.flags[j] & (DET | STOP)))) return null;
    // (a name after a comma may be the subject set off: "Nesta sexta-feira, Lula …" has its verb next, not here)
    if (j > a && isCapitalized(d, j) && commaBefore(d, j)) return null;
  }
  const first = d.keys[a];
  const participle = FRONTED_PARTICIPLE.exec(first);
  if (participle && !(d.flags[a] & (STOP | DET))) return participle[1] === 'a' ? 'f' : 'm';
  if (d.flags[a] & STOP && !(d.flags[a] & (DET | PRON))) return '';
  return first.endsWith('mente') ? '' : null;
}

/** Participles that open a Slavic sentence with no subject before its cue verb (folded): asked, asked for, commenting, answering. */
const SLAVIC_FRONTED = new Set(
  (
    'pytany pytana zapytany zapytana dopytywany dopytywana poproszony poproszona indagowany indagowana komentujac odnoszac odpowiadajac pytajac ' +
    'отвечая комментируя відповідаючи коментуючи'
  ).split(' '),
);

/** Whether tokens [a, k) are a Slavic participle phrase set off by a comma before a verb with no subject ("Pytany o termin,"). */
function slavicFronted(d: Doc, a: number, k: number): boolean {

  if (k - a < 1 || k - a > 10 || !commaBefore(d, k) || !SLAVIC_FRONTED.has(d.keys[a])) return false;
  for (let j = a + 1; j < k; j++) if (d.flags[j] & (VERB | COMP) || (d.flags[j] & PRON && !(d.flags[j] & (DET | STOP))) || (isCapitalized(d, j) && commaBefore(d, j))) return false;
  return true;
}

/** The phrase that opens the sentence at a, when only a prepositional phrase of up to four words stands between it and the verb at k. */
function subjectBeforeAdverbial(d: Doc, a: number, k: number): Phrase | null {
  const ph = phraseAt(d, a, k);
  // (a role's complement may name a body of several words: "A spokeswoman for the Department of Justice said")
  const reach = ph && hasRole(d, ph) && ROLE_OF.has(d.keys[ph.b]) ? 8 : 4;
  if (!ph || ph.b >= k || k - ph.b > reach || !(d.flags[ph.b] & STOP) || d.flags[ph.b] & (COMP | PRON | DET) || isCapitalized(d, ph.b)) return null;
  if (!(d.flags[ph.a] & PRON) && !namesPerson(d, ph)) return null;
  for (let j = ph.b; j < k; j++) if (breaksBefore(d, j) || d.flags[j] & (VERB | COMP) || (j > ph.b && d.flags[j] & PRON && !(d.flags[j] & DET))) return null;
  return ph;
}

/**
 * A person opening the sentence, then an apposition set off by commas, then the verb: "Burmistrz Lubartowa Jan Cichy,
 * cytowany przez „Kurier Lubelski”, zapewnił, że …", "Глава региона Иван Орлов, выступая на сессии, заявил, что …".
 */
function subjectBeforeApposition(d: Doc, fa: number, k: number): Phrase | null {
  if (!commaBefore(d, k) || !isSlavic(d)) return null;
  // (past a dateline, read once the comma and the script allow it: most verbs asked have neither)
  const a = afterDateline(d, fa, k);
  const ph = phraseAt(d, a, k);
  if (!ph || ph.b >= k - 1 || k - ph.b > 9 || !commaBefore(d, ph.b) || !namesPerson(d, ph)) return null;
  for (let j = ph.b; j < k; j++) if (d.flags[j] & (VERB | COMP) || (j > ph.b && commaBefore(d, j))) return null;
  return ph;
}

/** The subject that opens the sentence ("Hillary Clinton immediately posted a comment, saying …"). */
function subjectOf(d: Doc, a: number, k: number): Phrase | null {
  a = afterDateline(d, a, k);
  if (k - a < 2) return null;
  const ph = phraseAt(d, a, k);
  if (!ph || ph.b >= k) return null;
  if (!(d.flags[ph.a] & PRON) && !isCapitalized(d, ph.a)) return null;
  return ph;
}

/** A phrase that can name a person: a pronoun, a role or a name, a short run of capitalised words. */
function personLike(d: Doc, p: Phrase): boolean {
  if (d.flags[p.a] & (PRON_M | PRON_F) || hasRole(d, p)) return true;
  // one capitalised word opening a sentence is as likely an adverb or a noun ("Weiterhin", "Dies")
  const opensSentence = d.sentenceStart[d.sentenceOf[p.a]] === p.a;
  return isCapitalized(d, p.a) && !(d.flags[p.a] & (DET | STOP)) && p.b - p.a <= 3 && (p.b - p.a >= 2 || !opensSentence);
}

/**
 * The person a sentence is about, before token `q`: a pronoun or a named person that opens it ("Er habe …",
 * "Der Bundeskanzler Wolfgang Schüssel würdigte …"), or one right after the verb when something else opens it
 * (German word order: "Ursprünglich wollte er …", "Dazu sagte der Sprecher …").
 */
function sentenceSubject(d: Doc, a: number, q: number): Phrase | null {
  a = afterDateline(d, a, q);
  if (q - a < 2) return null;
  const ph = phraseAt(d, a, q);
  if (ph && ph.b < q && personLike(d, ph)) return ph;
  for (let k = a + 1; k < Math.min(q, a + 4); k++) {
    if (breaksBefore(d, k)) break;
    if (d.flags[k] & (PRON_M | PRON_F)) return { a: k, b: k + 1 };
    if (d.flags[k] & DET && NOMINATIVE.has(d.keys[k])) {
      const np = phraseAfter(d, k, q);
      if (np && hasRole(d, np)) return np;
    }
  }
  return null;
}

/** Past a dateline ("WASHINGTON (Reuters) -", "MOSCOW, March 4 -") that opens a sentence. */
function afterDateline(d: Doc, a: number, k: number): number {
  // a live blog's time stamp and its colon or dash: "15h50 : Selon une source …", "20h14 – …", "14:05 - …"
  // (both open with a digit: most words are asked no pattern)
  const c0 = a < d.n ? d.keys[a].charCodeAt(0) : -1;
  if (c0 >= 48 && c0 <= 57) {
    // (the next word's elided article is in the gap too: "16h40 : D'après un diplomate …")
    if (a + 1 < k && /^\d{1,2}h\d{2}$/.test(d.keys[a]) && (gapIsMark(d, a + 1) || /^\s*[:\u2013\u2014-]\s*\p{L}['\u2019]$/u.test(gapBefore(d, a + 1)))) return a + 1;
    if (a + 2 < k && /^\d{1,2}$/.test(d.keys[a]) && /^\d{2}$/.test(d.keys[a + 1]) && d.ts[a + 1] - d.te[a] === 1 && d.text.charCodeAt(d.te[a]) === 58 && gapIsMark(d, a + 2)) return a + 2;
  }
  if (d.te[a] - d.ts[a] < 3 || !inCapitals(d, a)) {
    // a place (and date) with the agency in brackets, then a dash: "Moskau (dpa) - ", "Lousã, 14 ago 2025 (Lusa) - "
    if (!isCapitalized(d, a)) return a;
    // (a bracket breaks a phrase: the gap's bit first, most gaps are a space)
    for (let j = a + 1; j < Math.min(k, a + 8); j++) if (breaksBefore(d, j) && bracketDash(d, j) && gapHolds(d, j - 1, 40)) return j;
    return a;
  }
  // (a dash, spaces aside, at the end of a gap that holds a space: two characters at least)
  for (let j = a + 1; j < Math.min(k, a + 8); j++) {
    if ((j < d.n ? d.ts[j] : d.text.length) - d.te[j - 1] < 2) continue;
    const e = gapLastVisible(d, j);
    if (e >= 0 && isDash(d.text.charCodeAt(e)) && gapHolds(d, j, -1)) return j;
  }
  return a;
}

/** French and Italian stressed pronouns, set off after the subject they stress ("Le ministre, lui, …", "Lei, invece, …"). */
const STRESSED = new Set([...STRESSED_FR, 'lei', 'loro']);

/** Prepositions of whom words are addressed to, before a name (colonSpeaker). */
const ADDRESSED_TO = new Set(['to', 'an', 'a', 'al', 'ao']);

/** Whether a token of [a, b) is a verb of saying. */
function verbIn(d: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (d.flags[k] & VERB) return true;
  return false;
}

/** "Lavrov: …", "he was blunt: …", "Daniel Price, a former official, put it this way: …" */
function colonSpeaker(d: Doc, a: number, b: number): Phrase | null {
  // (past a dateline or a live blog's time stamp: "20h14 – Bruno Faure sur TF1 : « … »")
  a = afterDateline(d, a, b);
  // (after an earlier colon or a dash, a headline's topic: "Tour de France : Le Goff : « … »", "Kreisklinik Hollfeld
  // schließt Ende Juni – Landrat: „…“")
  for (let j = b - 1; j > a; j--) {
    if (gapFlags(d, j) & GAP_COLON || dashBefore(d, j)) {
      a = j;
      break;
    }
  }
  if (b - a <= 0) return null;
  // the last comma-separated part that opens with a pronoun, else the clause's opening name
  for (let j = b - 1; j >= a; j--) {
    if (!(j === a || commaBefore(d, j))) continue;
    // (not an article that reads as a pronoun once folded: "El portavoz del Kremlin, …, fue tajante:")
    // (nor a stressed pronoun set off after its subject: "Le ministre, lui, se veut rassurant :")
    if (j > a && j + 1 < b && commaBefore(d, j) && commaBefore(d, j + 1) && STRESSED.has(d.keys[j])) continue;
    if (d.flags[j] & PRON && !(d.flags[j] & DET && j + 1 < b && !breaksBefore(d, j + 1) && (isRole(d, j + 1) || isCapitalized(d, j + 1)))) return { a: j, b: j + 1 };
    // (a person's name after an opening set off by a comma, then the clause: "À côté de lui, Nadia, opératrice, hausse
    // les épaules : « … »")
    // (not a name in apposition to a role before it: "el presidente de la patronal, Antonio Garamendi, fue tajante:")
    let p = j - 1;
    while (p > a && !commaBefore(d, p)) p--;
    if (j > a && d.names[j] & NAME_GIVEN && isCapitalized(d, j) && !roleNear(d, p, j)) {
      const e = nameRunEnd(d, j, b);
      const end = e > 0 ? e : j + 1;
      if (end < b && (commaBefore(d, end) || (!isCapitalized(d, end) && !(d.flags[end] & (STOP | DET | COMP))))) return { a: j, b: end };
    }
    // (or the person's article, title and name after an opening role set off by a comma, then the clause: "Médecin-cheffe
    // du service, la Dre Laurence Bertholet ne cache pas sa fatigue : « … »")
    if (j > a && p === a && d.flags[j] & DET && j + 2 < b && !breaksBefore(d, j + 1) && roleNear(d, a, j) && !verbIn(d, a, j)) {
      let g = j + 1;
      if (titleAbbreviationAt(d, g) || isRole(d, g)) g++;
      const e = g < b && d.names[g] & NAME_GIVEN && isCapitalized(d, g) && !breaksBefore(d, g) ? nameRunEnd(d, g, b) : -1;
      if (e > g + 1 && e < b && !breaksBefore(d, e) && !isCapitalized(d, e) && !(d.flags[e] & (STOP | DET | COMP))) return { a: j, b: e };
    }
    // a topic, then who speaks, in a headline: "Pronto soccorso, il primario: «…»", "Ucraina, Lavrov: …"
    if (j > a && b - j <= 4) {
      const ph = phraseAt(d, j, b);
      if (ph && ph.a === j && ph.b === b && (isCapitalized(d, j) || isRole(d, j) || (d.flags[j] & DET && j + 1 < b && isRole(d, j + 1)))) return ph;
    }
  }
  // a name set off by a comma that ends the clause: "Même son de cloche chez le président de la chambre d'agriculture,
  // Denis Lagarde : « … »"
  for (let j = b - 2; j > a && j >= b - 3; j--) if (commaBefore(d, j) && nameRunEnd(d, j, b) === b) return { a: j, b };
  // a headline "Name o X:", "Name про X:": the speaker, then the topic ("Tusk o Nawrockim: „…”")
  for (let j = a + 1; j < Math.min(b - 1, a + 4); j++) {
    if (!HEADLINE_TOPIC.has(d.keys[j]) || breaksBefore(d, j) || !isCapitalized(d, a) || !isSlavic(d) || !headlineAt(d, a)) continue;
    const who = phraseAt(d, a, j);
    if (who && who.a === a && who.b === j) return who;
    break;
  }
  // an adverb opens the clause, then the name ends it: "Autre son de cloche chez Marie Dupont, 28 ans : …", "A lesson
  // from Loretta Lynch: …" (not whom the words are for: "Message to Vladimir Putin: …")
  for (let j = a + 1; j < b && j <= a + 5; j++) {
    if (ADDRESSED_TO.has(d.keys[j])) break;
    if (isCapitalized(d, j) || breaksBefore(d, j)) {
      if (j > a + 1 && d.names[j] & NAME_GIVEN && isCapitalized(d, j) && !breaksBefore(d, j)) {
        const e = nameRunEnd(d, j, b);
        if (e === b || (e > 0 && ((e + 1 === b && /^\d{1,3}$/.test(d.keys[e])) || agedName(d, j, b)))) return { a: j, b: e };
        // (a given name alone and its age, then what the vox pop says of them, with no verb of saying: "Même enthousiasme
        // chez Yann, 34 ans, père de deux enfants, croisé à la sortie de la séance : « … »")
        if (e < 0 && j + 1 < b && ageAfterGiven(d, j + 1) !== undefined && !verbIn(d, j + 1, b)) return { a: j, b: j + 1 };
      }
      break;
    }
  }
  const ph = phraseAt(d, a, b);
  if (ph && (isCapitalized(d, ph.a) || d.flags[ph.a] & PRON)) {
    // a sentence-initial word alone is not a name unless the colon follows it ("Lavrov: …")
    if (!(ph.b - ph.a === 1 && ph.b !== b && !(d.flags[ph.a] & PRON) && !commaBefore(d, ph.b))) return ph;
  }
  // the subject after the verb ("Dazu gab das russische Außenministerium bekannt:", "Hier sparte der Bundespräsident nicht mit Kritik:")
  for (let j = a + 1; j < b - 1; j++) {
    if (!(d.flags[j] & DET) || !NOMINATIVE.has(d.keys[j])) continue;
    const np = phraseAfter(d, j, b);
    if (np && np.b - np.a >= 2) {
      for (let t = np.a; t < np.b; t++) if (isRole(d, t) || (t > np.a && isCapitalized(d, t) && t + 1 < np.b && isCapitalized(d, t + 1))) return np;
    }
  }
  return null;
}

/** End of the cue clause after a quote: the end of the last token of the sentence holding the cue, before the next quote. */
function afterClauseEnd(d: Doc, cue: Cue): number {
  let k = cue.speaker && cue.speaker.b > cue.cb ? cue.speaker.b : cue.cb;
  const [, sEnd] = sentenceRange(d, k - 1);
  while (k < sEnd && !breaksBefore(d, k)) k++;
  return d.te[k - 1];
}

/** Whether the statements' starts never go down (Array.prototype.sort is stable: it would leave them as they are). */
function inOrder(out: Statement[]): boolean {
  for (let i = 1; i < out.length; i++) if (out[i].start < out[i - 1].start) return false;
  return true;
}

/** Index of the first of the ascending list's values that is at or after v (the list's length when none). */
function firstAtOrAfter(list: Int32Array, v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Prepositions of place and of origin before a town's name, folded or as written: "à Sarreguemines", "de Livry-Gargan", "in Bielefeld". */
const TOWN_PREPOSITION = /(?:^|[\s(])(?:à|au|aux|de|d['’]|du|en|dans|près de|in|im|aus|nach|bei|von|vom|zu|from|at|near|a|em|no|na|di|da|del)\s*$/i;

/**
 * Whether the headline word [s, e) of the text is a place: one word, hyphens and all ("Livry-Gargan"), that the body names
 * again, most times after a preposition of place or origin ("à son domicile de Livry-Gargan") and never after a
 * capitalised word, as a person's given name or title stands before their surname ("Emmanuel Macron").
 */
function placeInBody(text: string, s: number, e: number): boolean {
  const w = text.slice(s, e);
  if (!/^\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*$/u.test(w)) return false;
  const body = text.indexOf('\n', e);
  if (body < 0) return false;
  let seen = 0;
  let after = 0;
  for (let i = text.indexOf(w, body); i >= 0; i = text.indexOf(w, i + w.length)) {
    // (the word itself, not a longer one it opens: "Paris" in "Parisiens")
    if (/[\p{L}-]/u.test(text.charAt(i + w.length)) || /[\p{L}-]/u.test(text.charAt(i - 1))) continue;
    const before = text.slice(Math.max(0, i - 24), i);
    // (a given name or a title before it: a person's name, "Emmanuel Macron", "Mme Borne")
    if (/\p{Lu}[\p{L}.'’-]*\s$/u.test(before)) return false;
    if (TOWN_PREPOSITION.test(before)) after++;
    seen++;
  }
  // (most times after a preposition: a town is also the object of a verb, "Nous ne fermons pas Sarreguemines")
  return after > 0 && after * 2 > seen;
}

/** Whether a colon stands in the gaps before tokens a + 1 to a + 4 of [a, b) (reported's headline "Name: …"). */
function colonOpens(d: Doc, a: number, b: number): boolean {
  for (let k = a + 1; k <= a + 4 && k < b; k++) if (d.gap[k] & GAP_COLON) return true;
  return false;
}

function lineEnd(text: string, pos: number): number {
  const e = text.indexOf('\n', pos);
  return e < 0 ? text.length : e;
}

/** A headline: a short line with no final stop, or the text's first line (news sites add a stop to a headline). */
function headlineAt(d: Doc, k: number): boolean {
  return isHeadline(d, k) || (d.text.lastIndexOf('\n', d.ts[k]) < 0 && lineEnd(d.text, 0) < 160);
}

/** A short line with no final stop, at the top of the text or standing alone. */
function isHeadline(d: Doc, k: number): boolean {
  const s = d.text.lastIndexOf('\n', d.ts[k]) + 1;
  const e = lineEnd(d.text, d.ts[k]);
  return e - s < 160 && !/[.!?]\s*$/.test(d.text.slice(s, e));
}

