/**
 * Light stemmers for en, ru, uk, de, fr, es, pt: Snowball-like suffix
 * stripping over normalised (lower-case, diacritic-free) words.
 *
 * They are deliberately light: they only have to map the inflected forms of
 * one language onto one key, the same way on both sides (knowledge-base terms
 * and page text). Over-stemming costs precision, so each rule keeps a minimum
 * stem length.
 */

export type StemLang = 'en' | 'ru' | 'uk' | 'de' | 'fr' | 'es' | 'pt';
export const STEM_LANGS: StemLang[] = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'pt'];
export const LATIN_LANGS: StemLang[] = ['en', 'de', 'fr', 'es', 'pt'];
export const CYRILLIC_LANGS: StemLang[] = ['ru', 'uk'];

const VOWELS_LATIN = /[aeiouy]/;

/** Suffix lists grouped by last letter, in their order: most words end in a letter few suffixes share. */
const byLastLetter = new WeakMap<string[], Map<string, string[]>>();

function stripFirst(w: string, suffixes: string[], minStem: number): string {
  let groups = byLastLetter.get(suffixes);
  if (!groups) {
    groups = new Map();
    for (const s of suffixes) {
      const k = s[s.length - 1];
      const l = groups.get(k);
      if (l) l.push(s);
      else groups.set(k, [s]);
    }
    byLastLetter.set(suffixes, groups);
  }
  const list = groups.get(w[w.length - 1]);
  if (!list) return w;
  for (const s of list) {
    if (w.length - s.length >= minStem && w.endsWith(s)) return w.slice(0, w.length - s.length);
  }
  return w;
}

// Suffix lists, longest first where it matters (module constants: stripFirst caches by identity).
const EN_SUFFIXES = ['fulness', 'iveness', 'ousness', 'ational', 'ization', 'ations', 'ation', 'ments', 'ment', 'ness', 'ally', 'ly', 'ful'];
const DE_DERIVATIONAL = ['ungen', 'ung', 'heiten', 'heit', 'keiten', 'keit', 'lichen', 'licher', 'liches', 'lich', 'ischen', 'ischer', 'isches', 'isch'];
const DE_INFLECTIONAL = ['ern', 'em', 'en', 'er', 'es', 'et', 'st', 'e', 'n', 's', 't'];
const FR_DERIVATIONAL = ['issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'atrices', 'atrice', 'ateurs', 'ateur', 'euses', 'euse', 'ances', 'ance', 'ences', 'ence', 'ites', 'ite', 'ismes', 'isme', 'istes', 'iste', 'iques', 'ique', 'ables', 'able', 'ments', 'ment', 'ions', 'ion'];
const FR_INFLECTIONAL = ['eraient', 'erions', 'eriez', 'erait', 'erais', 'erons', 'eront', 'aient', 'erai', 'eras', 'era', 'ions', 'iez', 'ait', 'ais', 'ant', 'ent', 'ons', 'ez', 'ees', 'ee', 'es', 'er', 'ir', 'e', 's', 'x'];
const ES_DERIVATIONAL = ['amientos', 'imientos', 'amiento', 'imiento', 'aciones', 'uciones', 'acion', 'ucion', 'adoras', 'adores', 'adora', 'ador', 'ancias', 'ancia', 'encias', 'encia', 'idades', 'idad', 'mente', 'ismos', 'ismo', 'istas', 'ista', 'ables', 'able', 'ibles', 'ible'];
const ES_INFLECTIONAL = ['aramos', 'ieramos', 'aremos', 'eremos', 'iremos', 'abamos', 'ariamos', 'aron', 'ieron', 'ando', 'iendo', 'ados', 'adas', 'idos', 'idas', 'aban', 'aria', 'eria', 'iria', 'ado', 'ada', 'ido', 'ida', 'aba', 'ara', 'iera', 'amos', 'emos', 'imos', 'an', 'en', 'ar', 'er', 'ir', 'es', 'os', 'as', 'o', 'a', 'e', 's'];
const PT_DERIVATIONAL = ['amentos', 'imentos', 'amento', 'imento', 'acoes', 'ucoes', 'acao', 'ucao', 'adoras', 'adores', 'adora', 'ador', 'ancias', 'ancia', 'encias', 'encia', 'idades', 'idade', 'mente', 'ismos', 'ismo', 'istas', 'ista', 'aveis', 'avel', 'iveis', 'ivel', 'coes', 'cao'];
const PT_INFLECTIONAL = ['ariamos', 'aramos', 'eramos', 'iramos', 'avamos', 'aram', 'eram', 'iram', 'ando', 'endo', 'indo', 'ados', 'adas', 'idos', 'idas', 'avam', 'aria', 'eria', 'iria', 'ado', 'ada', 'ido', 'ida', 'ava', 'ara', 'amos', 'emos', 'imos', 'am', 'em', 'ar', 'er', 'ir', 'ou', 'es', 'os', 'as', 'ns', 'o', 'a', 'e', 's'];

function undouble(w: string): string {
  const n = w.length;
  if (n >= 4 && w[n - 1] === w[n - 2] && !'aeiouls'.includes(w[n - 1])) return w.slice(0, -1);
  return w;
}

/**
 * Irregular English forms that suffix stripping cannot reach ("bought",
 * "wore", "died"), mapped to their base word before stemming, and number
 * words mapped to digits ("ten" and "10" are one term). Forms that are also
 * common words of another meaning stay out ("left", "fed", "found", "saw",
 * "rose", "lay", "bit", "shot" (a flu shot), "one").
 */
const EN_IRREGULAR: Record<string, string> = {};
for (const group of (
  'begin began begun|break broke broken|bring brought|build built|buy bought|catch caught|choose chose chosen|' +
  'die died dies dying|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feel felt|' +
  'fight fought|fly flew flown|forget forgot forgotten|freeze froze frozen|get got gotten|give gave given|go went gone|' +
  'grow grew grown|hang hung|hear heard|hide hid hidden|hold held|keep kept|know knew known|lead led|lie lied lies lying|' +
  'lose lost|make made|mean meant|meet met|pay paid|ride rode ridden|rise risen|run ran|see seen|sell sold|send sent|' +
  'shake shook shaken|sing sang sung|sink sank sunk|sit sat|sleep slept|speak spoke spoken|spend spent|' +
  'stand stood|steal stole stolen|strike struck|swear swore sworn|swim swam swum|take took taken|teach taught|' +
  'tear tore torn|think thought|throw threw thrown|tie tied ties tying|wake woke woken|wear wore worn|win won|' +
  'write wrote written|bite bitten|blow blew blown|child children|man men|woman women|person people|mouse mice|' +
  'foot feet|tooth teeth|2 two|3 three|4 four|5 five|6 six|7 seven|8 eight|9 nine|10 ten|11 eleven|12 twelve|' +
  '13 thirteen|14 fourteen|15 fifteen|16 sixteen|17 seventeen|18 eighteen|19 nineteen|20 twenty|30 thirty|' +
  '40 forty|50 fifty|60 sixty|70 seventy|80 eighty|90 ninety|100 hundred'
).split('|')) {
  const [base, ...forms] = group.split(' ');
  for (const f of forms) EN_IRREGULAR[f] = base;
}

export function stemEn(w: string): string {
  w = EN_IRREGULAR[w] ?? w;
  if (w.length <= 3) return w;
  if (w.endsWith("n't")) return w;
  let s = w;
  if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('eed')) {
    if (s.length > 5) s = s.slice(0, -1);
  } else if (s.endsWith('ingly') && VOWELS_LATIN.test(s.slice(0, -5)) && s.length - 5 >= 3) s = undouble(s.slice(0, -5));
  else if (s.endsWith('ing') && VOWELS_LATIN.test(s.slice(0, -3)) && s.length - 3 >= 3) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && VOWELS_LATIN.test(s.slice(0, -2)) && s.length - 2 >= 3) s = undouble(s.slice(0, -2));
  s = stripFirst(s, EN_SUFFIXES, 4);
  if (s.endsWith('y') && s.length > 3) s = s.slice(0, -1) + 'i';
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

// Russian and Ukrainian share most endings; the lists are longest first.
const RU_REFLEXIVE = ['ся', 'сь'];
const RU_ENDINGS = [
  // participles and adjectives
  'ующими', 'ующего', 'ующему', 'ующими', 'ующий', 'ующая', 'ующее', 'ующие', 'ующих', 'ующим',
  'ившими', 'ывшими', 'ившего', 'ывшего', 'ивший', 'ывший', 'ившая', 'ившие', 'ивших',
  'ующ', 'ивш', 'ывш',
  'ейшими', 'ейшего', 'ейшая', 'ейший', 'ейшее',
  'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ей', 'ых', 'их', 'ым', 'им', 'ую', 'юю', 'ою', 'ею',
  // verbs
  'ировали', 'ировать', 'ируют', 'ировал', 'ировала', 'ирует',
  'ывали', 'ивали', 'ывает', 'ивает', 'ывают', 'ивают',
  'ались', 'ились', 'ается', 'ается', 'аются', 'ются', 'ется', 'ится', 'ятся', 'атся',
  'ешь', 'ишь', 'ете', 'ите', 'ует', 'уют', 'ают', 'яют', 'ает', 'яет', 'ят', 'ит', 'ут', 'ют', 'ат', 'ет',
  'ала', 'яла', 'ила', 'ыла', 'ела', 'али', 'яли', 'или', 'ыли', 'ели', 'ало', 'ило', 'ал', 'ял', 'ил', 'ыл', 'ел',
  'ать', 'ять', 'ить', 'ыть', 'еть', 'уть', 'ти',
  // nouns
  'иями', 'ями', 'ами', 'иях', 'ием', 'ией', 'иям', 'ах', 'ях', 'ам', 'ям', 'ом', 'ем', 'ев', 'ов', 'ей', 'ия', 'ие', 'ии', 'ию', 'ью',
  // Ukrainian
  'ськими', 'ського', 'ському', 'ська', 'ське', 'ські', 'ський', 'ських', 'ським', 'ською', 'ську',
  'ами', 'ові', 'еві', 'єві', 'ою', 'ею', 'ій', 'ів', 'ям', 'ях', 'ого', 'ому', 'ими', 'ій', 'ої', 'ує', 'ують', 'ють', 'ать',
  'іями', 'іях', 'іям', 'ією', 'ії', 'ія', 'ію', 'іє',
  'ати', 'яти', 'ити', 'іти', 'увати', 'ував', 'увала', 'ували', 'ала', 'али', 'ила', 'или',
  'а', 'я', 'о', 'е', 'є', 'у', 'ю', 'ы', 'и', 'і', 'ї', 'ь', 'й',
];
const RU_SORTED = Array.from(new Set(RU_ENDINGS)).sort((a, b) => b.length - a.length);

export function stemCyrillic(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  for (const r of RU_REFLEXIVE) if (s.length - 2 >= 4 && s.endsWith(r)) { s = s.slice(0, -2); break; }
  s = stripFirst(s, RU_SORTED, 3);
  if (s.endsWith('ь') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('нн') && s.length > 4) s = s.slice(0, -1);
  return s;
}

export function stemDe(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  s = stripFirst(s, DE_DERIVATIONAL, 4);
  s = stripFirst(s, DE_INFLECTIONAL, 3);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

export function stemFr(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  s = stripFirst(s, FR_DERIVATIONAL, 3);
  s = stripFirst(s, FR_INFLECTIONAL, 3);
  if (s.endsWith('i') && s.length > 4) s = s.slice(0, -1);
  return s;
}

export function stemEs(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  s = stripFirst(s, ES_DERIVATIONAL, 3);
  s = stripFirst(s, ES_INFLECTIONAL, 3);
  return s;
}

export function stemPt(w: string): string {
  if (w.length <= 3) return w;
  let s = w;
  s = stripFirst(s, PT_DERIVATIONAL, 3);
  s = stripFirst(s, PT_INFLECTIONAL, 3);
  return s;
}

export function stem(lang: string, w: string): string {
  switch (lang) {
    case 'en':
      return stemEn(w);
    case 'ru':
    case 'uk':
    case 'be':
    case 'bg':
      return stemCyrillic(w);
    case 'de':
      return stemDe(w);
    case 'fr':
      return stemFr(w);
    case 'es':
      return stemEs(w);
    case 'pt':
      return stemPt(w);
    default:
      return w;
  }
}

/** Script of a normalised word, by its first letter. */
export function scriptOf(w: string): 'latin' | 'cyrillic' | 'greek' | 'other' {
  const c = w.charCodeAt(0);
  if (c < 0x250) return 'latin';
  if (c >= 0x400 && c < 0x530) return 'cyrillic';
  if (c >= 0x370 && c < 0x400) return 'greek';
  return 'other';
}

/** The stemmer languages that apply to a word of this script. */
export function langsForScript(w: string): StemLang[] {
  switch (scriptOf(w)) {
    case 'latin':
      return LATIN_LANGS;
    case 'cyrillic':
      return CYRILLIC_LANGS;
    default:
      return [];
  }
}

/**
 * The language a term or claim is stemmed with: its declared language when
 * we have a stemmer for it and the script agrees, else no stemming.
 */
export function stemFor(lang: string, w: string): string {
  const sc = scriptOf(w);
  if (sc === 'cyrillic') return stemCyrillic(w);
  if (sc === 'latin' && (LATIN_LANGS as string[]).includes(lang)) return stem(lang, w);
  if (sc === 'latin') return stemEn(w);
  return w;
}
