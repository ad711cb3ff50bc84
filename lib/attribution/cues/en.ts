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
    'acknowledges admits insisted insisting added adding continues continuing summarized summarised echoed echoes boomed thundered ' +
    // forms missing above, from the reporting verbs of wire and newspaper copy (past, third person, -ing)
    'disclosed discloses disclosing revealed reveals lamented laments lamenting bemoaned decried opined reasoned elaborated ' +
    'elaborating clarified clarifying assured assuring reassured advised mocked griped fumed marvelled marveled hinted hinting ' +
    'speculated speculates surmised reckoned reckons objected protested interjected intoned reminded reminding laughed groaned ' +
    'grumbled murmured sobbed gasped hissed growled implored emailed texted affirmed affirms reaffirmed underscored underscores ' +
    'underlined underlines specified summed rebutted retorting chided scolded admonished enthused gushed ranted vented railed ' +
    'stressing emphasising emphasises emphasizing acknowledging admitting conceding predicting promising vowing pledging suggesting ' +
    'observing remarking recounting complaining complains boasting boasts cautioning cautions countering reiterating confirming ' +
    'confirms denying denies alleging alleges asserting asserts contending maintains wondering wonders pleading pleads musing ' +
    'describes affirming disclosing lamenting assures warns', 
  sourceFrames: 'according to|in the words of|as quoted by|in the view of|in the opinion of',
  complementizers: 'that',
  auxiliaries: 'has have had was were is are be been will would can could should may might must also later then earlier further repeatedly previously publicly already often recently consistently privately',
  pronounsM: 'he',
  pronounsF: 'she',
  pronounsOther: 'they i we it another others',
  titles:
    'minister president spokesman spokeswoman spokesperson official officials analyst expert diplomat secretary senator ' +
    'governor lawmaker leader chancellor premier ambassador envoy chief director professor researcher source sources aide ' +
    'adviser advisor commander general prosecutor judge mayor candidate chairman chairwoman head representative congressman ' +
    'congresswoman campaign manager economist activist attorney lawyer ' +
    // a party's members, as copy names a politician again ("the Massachusetts Democrat"); the plural, whose stem is the
    // singular ("democrat" would make "democracy" a role)
    'democrats republicans laureate ' +
    // Role and occupation nouns of news copy. A title of seven letters or more is also read as a stem without its last
    // letter (cues/index.ts): where that stem would be a verb form or another noun ("founder" → "founded", "officer" →
    // "office", "referee" → "referendum"), the plural stands here, whose stem is the singular.
    // public office
    'councillor councilor councilman councilwoman alderman assemblyman assemblywoman legislator parliamentarian mp mps mep meps ' +
    'deputy speaker commissioners ombudsman sheriff undersecretary delegates emissary negotiator mediator strategist pollster ' +
    'consultants lobbyist bureaucrats auditor inspector observers nominee incumbent frontrunner challengers contenders ' +
    // police, courts, armed forces, emergency services
    'officers constables sergeant detective investigator policeman policewoman trooper soldier colonel captain lieutenant ' +
    'admiral brigadier commandant paratrooper sailor militant insurgent gunman veteran firefighter fireman paramedic rescuer ' +
    'lifeguard warden bodyguard surveyor barrister solicitor magistrate coroner juror defendant plaintiff claimant ' +
    // business and work
    'executive ceo cfo cto founders cofounder owner proprietor boss supervisor administrator coordinator treasurer trustees ' +
    'shareholder investor entrepreneur businessman businesswoman banker trader dealer accountant employees worker staffers ' +
    'unionist landlord homeowner shopkeeper vendor merchant farmer grower fisherman fishermen labourer laborer driver trucker ' +
    'courier pilot waiter carer caregiver mechanic electrician plumber technician programmer developers designers translator ' +
    'interpreters planners organisers organizers campaigner protesters demonstrator volunteer ' +
    // science, medicine, teaching
    'scientist physician surgeon doctor nurse midwife pharmacist dentist psychologist psychiatrist epidemiologist virologist ' +
    'immunologist biologist physicist climatologist meteorologist forecaster geologist seismologist volcanologist sociologist ' +
    'criminologist historians archaeologist anthropologist demographer statistician ecologist astronomer astronaut lecturers ' +
    'scholars rector teacher headteacher headmaster headmistress tutor student pupil ' +
    // media, arts, sport
    'correspondent columnist commentator presenters broadcaster blogger photographers producers filmmaker actor actress ' +
    'singer songwriter rapper musician composers artist painters novelist poet playwright comedians dancer coach player ' +
    'strikers midfielder defenders goalkeeper winger skippers referees umpire athlete sprinter runner swimmer cyclist boxer ' +
    'golfer jockey olympians medallist medalist fan fans supporters spectator teammate ' +
    // people in the news: residents, witnesses, families, faith
    'villager commuter passenger motorist pedestrian tourists visitor shopper customer voters victim survivor witness ' +
    'eyewitness bystander neighbour neighbor mother father daughter brother sister wife husband widow widower grandmother ' +
    'grandfather uncle aunt cousin colleague classmate girlfriend boyfriend refugee migrant immigrant detainee prisoner inmate ' +
    'hostage priest bishop archbishop cardinal pope pastor vicar rabbi imam cleric monk chaplain sheikh',
  stops:
    'on in at to after during before for with from about late early earlier later last this yesterday today tonight ' +
    'monday tuesday wednesday thursday friday saturday sunday reporters journalists told by while when as ' +
    'who which that because but and although though whereas unless if since once despite amid among alongside however meanwhile',
  determiners: 'the a an his her its their our my this that these those some many several both most all',
};
