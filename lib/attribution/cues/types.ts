/**
 * A language's reporting vocabulary, as written (diacritics and case are
 * folded when the lexicons are compiled, the same folding as the matcher's).
 */
export interface CueLexicon {
  lang: string;
  /** reporting verbs and their forms used in news copy: said, says, told, warned… */
  verbs: string;
  /** feminine verb forms (Russian/Ukrainian/Polish past tense): they make the speaker a woman */
  verbsFeminine?: string;
  /** frames followed by their source: "according to X", "по словам X", "laut X"; phrases separated by "|" */
  sourceFrames: string;
  /** words that point back to the previous sentence as what was said: "об этом" (сообщил X), "про це", "o tym"; phrases separated by "|" */
  backFrames?: string;
  /** frames preceded by their source: "X zufolge"; phrases separated by "|" */
  sourceFramesAfter?: string;
  /** a frame that takes its source only at the end of a sentence, after a comma: German ", so der Sprecher." */
  tailFrames?: string;
  /** verb forms that mark reported speech by their mood (German Konjunktiv I: "sei", "habe", "könne") */
  reportedMood?: string;
  /** words that open reported content after a verb: that, dass, что */
  complementizers: string;
  /** auxiliaries of compound tenses before a participle: has, a, ha, hat */
  auxiliaries: string;
  /** subject pronouns: masculine, feminine, other */
  pronounsM: string;
  pronounsF: string;
  pronounsOther: string;
  /**
   * role nouns (stems): a speaker named by one resolves to the last person named with it; "главы*": an inflected form
   * only; "Niederländer!": that word only, no stem nor compound head (its stem would be a country's name, "Niederlande")
   */
  titles: string;
  /**
   * offices named by a periphrasis, with the role noun their holder is named with: "глава государства>президент",
   * "szef rządu>premier" (a stem); phrases separated by "|"
   */
  officeTitles?: string;
  /**
   * phrases that name again the last person of their gender the text named, whoever spoke last: "ce dernier>m",
   * "quest'ultima>f", "l'intéressé>m" (the person an affair concerns); phrases separated by "|"
   */
  anaphors?: string;
  /** words that end a speaker phrase after its cue: prepositions, time words, objects */
  stops: string;
  /** determiners and possessives that can open a speaker phrase */
  determiners: string;
}
