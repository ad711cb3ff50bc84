/**
 * The words of figures and dates in our nine languages: what survives
 * translation of a statement best are its numbers, months and orders of
 * magnitude, and they are written as words as often as digits ("four
 * stations", "vier Stationen", "четыре станции"). Written by us; no
 * dictionary. Forms are normalised (lower case, no diacritics); a trailing
 * "*" is a prefix that covers the inflections of Slavic and German forms.
 */

/** Order: en de fr es pt it pl ru uk. */
const NUMBER_WORDS: Record<string, string> = {
  '2': "two zwei deux dos dois due dwa dwie dwoch два двух двум две дві двох",
  '3': "three drei trois tres tre trzy trzech три трех трьох",
  '4': "four vier quatre cuatro quatro quattro cztery czterech четыре четырех чотири чотирьох",
  '5': "five funf cinq cinco cinque piec pieciu пять пяти п'ять п'яти",
  '6': "six sechs seis sei szesc szesciu шесть шести шість",
  '7': "seven sieben sept siete sete sette siedem siedmiu семь семи сім",
  '8': "eight acht huit ocho oito otto osiem osmiu восемь восьми вісім",
  '9': "nine neun neuf nueve nove dziewiec девять девяти дев'ять",
  '10': "ten zehn dix diez dez dieci dziesiec dziesieciu десять десяти",
  '11': "eleven elf onze once undici jedenascie одиннадцать* одинадцят*",
  '12': "twelve zwolf douze doce doze dodici dwanascie двенадцат* дванадцят*",
  '20': "twenty zwanzig vingt veinte vinte venti dwadziescia двадцат* двадцят*",
  '30': "thirty dreissig trente treinta trinta trenta trzydziesci тридцат* тридцят*",
  '40': "forty vierzig quarante cuarenta quarenta quaranta czterdziesci сорок сорока",
  '50': "fifty funfzig cinquante cincuenta cinquenta cinquanta piecdziesiat пятьдесят* п'ятдесят*",
  '100': "hundred hundert cent cien cem cento sto сто ста",
};

const MONTHS: string[] = [
  'january januar janvier enero janeiro gennaio styczen stycznia январ* січня січень',
  'february februar fevrier febrero fevereiro febbraio luty lutego феврал* лютого лютий',
  'march marz mars marzo marco marzec marca март* березня березень',
  'april avril abril aprile kwiecien kwietnia апрел* квітня квітень',
  'may mai mayo maio maggio maj maja мая май травня травень',
  'june juni juin junio junho giugno czerwiec czerwca июн* червня червень',
  'july juli juillet julio julho luglio lipiec lipca июл* липня липень',
  'august aout agosto sierpien sierpnia август* серпня серпень',
  'september septembre septiembre setembro settembre wrzesien wrzesnia сентябр* вересня вересень',
  'october oktober octobre octubre outubro ottobre pazdziernik pazdziernika октябр* жовтня жовтень',
  'november novembre noviembre novembro listopad listopada ноябр* листопада листопад',
  'december dezember decembre diciembre dezembro dicembre grudzien grudnia декабр* грудня грудень',
];

const SCALES: string[] = [
  'million* millionen millon* milh* milion* mln млн миллион* мільйон*',
  'billion* milliard* miliard* bilh* bln bn млрд мільярд*',
];

function forms(list: string): string[] {
  return [...new Set(list.split(/\s+/).filter((w) => w.length > 0 && w.replace('*', '').length >= 2))];
}

/** Whether a word is one of the forms (a "*" form: the word starts with it). */
const isForm = (key: string, f: string) => (f.endsWith('*') ? key.startsWith(f.slice(0, -1)) : key === f);

const numberForms = Object.entries(NUMBER_WORDS).map(([n, line]) => [n, forms(line)] as const);
const monthForms12 = MONTHS.map(forms);
const scaleLists = SCALES.map(forms);

/** Number words for a figure written in digits ("4" → four, vier, quatre…), or none. */
export function numberWords(digits: string): string[] {
  return numberForms.find(([n]) => n === digits)?.[1] ?? [];
}

/** The figure a number word stands for ("vier" → "4"), for words of the selection itself. */
export function numberOfWord(key: string): string | null {
  for (const [n, fs] of numberForms) for (const f of fs) if (isForm(key, f)) return n;
  return null;
}

/** The month a word names (0–11) and every language's word for it, or null. */
export function monthForms(key: string): { month: number; forms: string[] } | null {
  const m = monthForms12.findIndex((fs) => fs.some((f) => isForm(key, f)));
  return m < 0 ? null : { month: m, forms: monthForms12[m] };
}

/** The orders of magnitude ("billion", "Milliarden", "млрд"): every language's forms, or null. */
export function scaleForms(key: string): string[] | null {
  return scaleLists.find((fs) => fs.some((f) => isForm(key, f))) ?? null;
}
