import type { CueLexicon } from './types';

export const en: CueLexicon = {
  lang: 'en',
  verbs:
    'say says said saying tell tells told telling warn warns warned warning insist insists insisted add adds added ' +
    'state states stated note notes noted explain explains explained explaining claim claims claimed argue argues argued ' +
    'write writes wrote written tweet tweets tweeted post posted announce announces announced declare declares declared ' +
    'reply replied respond responded responds continue continued conclude concluded acknowledge acknowledged admit admits admitted ' +
    'suggest suggests suggested stress stresses stressed emphasise emphasised emphasize emphasized recall recalled remark remarked ' +
    'observe observed testify testified charge charged counter countered concede conceded predict predicted promise promised ' +
    'vow vowed pledge pledged urge urged ask asked report reports reported believe believes believed think thinks thought ' +
    'contend contended maintain maintained assert asserted allege alleged confirm confirmed deny denied reiterate reiterated ' +
    'complain complained boast boasted joke joked quip quipped caution cautioned signal signalled signaled indicate indicated ' +
    'estimate estimated mention mentioned point pointed acknowledges adding noting asking arguing calling called writing ' +
    'reads read chanted chanting quoted quoting answered answering insisting warning claiming stating declaring tweeting ' +
    'telling explaining recalling describing described labeling labelling labeled labelled dubbed branded ' +
    'barked yelled shouted screamed jeered cried exclaimed blared mused scoffed snapped retorted sighed interrupted ' +
    'chimed quipping joking shouting yelling chant chants declared proclaimed proclaiming whispered muttered wondered ' +
    'demanded demanding begged pleaded replies responding replying cautioned tweets posts titled headlined captioned ' +
    // present and past forms news copy also uses ("he points out", "Viguerie concludes", "he asks rhetorically")
    'concludes concluding asks answers answer confess confesses confessed jokes quips muses recalls recounts recounted ' +
    'agreed agrees offered offers points declares declaring proclaims shouts shouts yells exclaims explains observes remarks ' +
    'writes wrote predicts promises vows pledges urges urging warns stresses emphasizes reiterates counters concedes contends ' +
    'acknowledges admits insisted insisting added adding continues continuing summarized summarised echoed echoes boomed thundered', 
  sourceFrames: 'according to|in the words of|as quoted by',
  complementizers: 'that',
  auxiliaries: 'has have had was were is are be been will would can could should may might must also later then earlier further',
  pronounsM: 'he',
  pronounsF: 'she',
  pronounsOther: 'they i we it another others',
  titles:
    'minister president spokesman spokeswoman spokesperson official officials analyst expert diplomat secretary senator ' +
    'governor lawmaker leader chancellor premier ambassador envoy chief director professor researcher source sources aide ' +
    'adviser advisor commander general prosecutor judge mayor candidate chairman chairwoman head representative congressman ' +
    'congresswoman campaign manager economist activist attorney lawyer',
  stops:
    'on in at to after during before for with from about late early earlier later last this yesterday today tonight ' +
    'monday tuesday wednesday thursday friday saturday sunday reporters journalists told by while when as ' +
    'who which that because but and although though whereas unless if since once despite amid among alongside however meanwhile',
  determiners: 'the a an his her its their our my this that these those some many several both most all',
};
