import type { CueLexicon } from './types';

export const pl: CueLexicon = {
  lang: 'pl',
  verbs:
    'cytuje cytują zasugerował sugeruje sugerował zapowiadali mówią powiedział mówi mówił stwierdził stwierdza oświadczył oświadcza podkreślił podkreśla zaznaczył zaznacza ' +
    'dodał dodaje ostrzegł ostrzega zapewnił zapewnia wyjaśnił wyjaśnia przekazał przekazuje poinformował informuje ' +
    'ocenił ocenia uważa uważał przyznał przyznaje napisał pisze odpowiedział zapowiedział zapowiada przypomniał ' +
    'przekonywał przekonuje zauważył zauważa twierdzi twierdził podkreślał argumentował skomentował zadeklarował ' +
    'zdradził wskazał wskazuje relacjonował tłumaczył tłumaczy wyjaśniał zapewniał apelował ostrzegał oznajmił zaapelował podsumował komentował zaznaczał stwierdzał przypominał odparł przestrzegł mówił powiedzieli podkreślili zaznaczyli poinformowali przekazali zapewnili ocenili dodali oświadczyli poinformowano podkreślono zaznaczono przekazano zapewniono oceniono wezwał wzywa powtórzył powtarza określił potwierdził potwierdza wezwali potwierdzili uważają twierdzą podkreślają zaznaczają',
  verbsFeminine:
    'zasugerowała sugerowała powiedziała mówiła stwierdziła oświadczyła podkreśliła zaznaczyła dodała ostrzegła zapewniła wyjaśniła ' +
    'przekazała poinformowała oceniła uważała przyznała napisała odpowiedziała zapowiedziała przypomniała ' +
    'przekonywała zauważyła twierdziła podkreślała argumentowała skomentowała zadeklarowała wskazała tłumaczyła wyjaśniała zapewniała apelowała ostrzegała oznajmiła zaapelowała podsumowała komentowała zaznaczała stwierdzała przypominała odparła przestrzegła mówiła wezwała powtórzyła określiła potwierdziła',
  backFrames: 'o tym',
  sourceFrames: 'według|zdaniem|jak powiedział|jak powiedziała|jak podkreślił|jak zaznaczył|jak poinformował|jak twierdzi|jak mówi|w opinii|jak powiedziała|jak podkreśliła|jak zaznaczyła|jak poinformowała|jak dodał|jak dodała|jak przekazał|jak przekazała|jak zapewnił|jak zapewniła|jak ocenił|jak oceniła|jak przyznał|jak przyznała|jak wyjaśnił|jak wyjaśniła',
  sourceFramesAfter: 'zdaniem',
  complementizers: 'że iż',
  auxiliaries: 'ponownie znów znowu wielokrotnie też także również',
  pronounsM: 'on jego go',
  pronounsF: 'ona jej',
  pronounsOther: 'oni one ja my',
  titles:
    'kanclerz komendant minister ministra prezydent prezydenta rzecznik rzeczniczka szef szefowa ekspert ekspertka analityk analityczka ' +
    'politolog dyplomata poseł posłanka senator ambasador dyrektor dyrektorka profesor profesorka burmistrz sekretarz premier trener trenerka szkoleniowiec selekcjoner zawodnik zawodniczka piłkarz piłkarka skoczek kapitan przewodniczący przewodnicząca związkowiec związkowczyni prezes prezeska wiceprezes wiceminister wicepremier adwokat prokurator sędzia oskarżony oskarżona obrońca mecenas ekonomista ekonomistka szefowa wojewoda wojewody marszałek starosta wójt lekarz lekarka śledczy doradca doradczyni wysłannik pełnomocnik przywódca przywódczyni lider liderka',
  officeTitles:
    'głowa państwa>prezydent|głowy państwa>prezydent|szef państwa>prezydent|szefa państwa>prezydent|szef rządu>premier|szefa rządu>premier|szefowa rządu>premier|szefowej rządu>premier|szef MSZ>minister|szefa MSZ>minister|szef dyplomacji>minister|szefa dyplomacji>minister|szef resortu>minister|szefa resortu>minister|szef polskiej dyplomacji>minister|szefa polskiej dyplomacji>minister',
  stops: 'we w na podczas po przed z ze dla do od dziennikarzom wtorek poniedziałek środę czwartek piątek sobotę niedzielę wczoraj dziś i ale że który wtedy później następnie',
  determiners: '',
};
