/**
 * Words that name institutions, not people ("Kremlin", "Ministry"): folded keys, read once per token by makeDoc
 * (doc.ts, the ORG flag) and asked of a speaker phrase's words by speaker.ts.
 */
export const INSTITUTION_WORDS =
  'etat estado stato kremlin kreml cremlin white house ministry ministerium ministere ministerio ministero government regierung gouvernement gobierno governo police polizei policia polizia court gericht tribunal tribunale';
