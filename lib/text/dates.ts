/**
 * Days of the month in written dates ("November 9, 2016", "9 November 2016").
 * As BM25 terms they are noise: "9" or "14" match every claim with a count,
 * an age or another date on that day, and a text dated "January 1, 2017" is
 * not about a claim that something happens "by 1 January 2017".
 */

const MONTHS = new Set(
  [
    // en, de, fr, es, pt (normalised: lower case, no diacritics)
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'januar februar marz mai juni juli oktober dezember',
    'janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre',
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro',
    // ru, uk: the genitive used in dates
    'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
  ]
    .join(' ')
    .split(' '),
);

/** A number that can be a day of the month: the claim matchers flag such words once per word. */
export function isDayNumber(key: string): boolean {
  if (key.length > 2) return false;
  const n = Number(key);
  return n >= 1 && n <= 31;
}

/** True when token p is a day number right before or after a month name ("9 November", "November 9"). */
export function isDayOfMonth(keys: string[], p: number): boolean {
  if (!isDayNumber(keys[p])) return false;
  return (p > 0 && MONTHS.has(keys[p - 1])) || (p + 1 < keys.length && MONTHS.has(keys[p + 1]));
}
