import { foldString } from '../text/normalize';

/**
 * Given names whose gender their ending does not tell (speaker.ts guesses a name in -a a woman's, any other a man's):
 * women's names in other letters ("Karen", "Hillary", "Anne", "Katrin") and men's names in -a ("Luca", "Nikita"). A
 * pronoun resolves to the last person of its gender, so "she said" after "Karen Holt" must not skip her for a woman
 * named earlier.
 */
/** English women's names not in -a (these also open a name: GIVEN). */
const ENGLISH_WOMEN_NOT_A = new Set(
  (
    'abigail agnes alexis alice alison allison amber amy ann anne annie april audrey avery becky bernadette beth bethany betsy betty ' +
    'beverley beverly bonnie bridget brigid brittany brooke caitlin candace candice carly carol carole caroline carolyn carrie catherine ' +
    'cathy cerys charlene charlotte cheryl chloe christine cindy claire clare colleen courtney crystal cynthia danielle dawn debbie ' +
    'deborah denise diane dianne dolores doreen doris dorothy eileen elaine eleanor elisabeth elise elizabeth ellen emily erin esther ' +
    'ethel evelyn faith frances geraldine gillian gladys grace gretchen gwen gwendolyn gwyneth hannah harriet hayley hazel heather ' +
    'heidi helen hilary hillary holly hope imogen ingrid irene iris isabel isabelle ivy jackie jacqueline jane janet janice janine ' +
    'jeanette jeanine jeanne jennifer jenny jill joan joanne jocelyn jodie jody josephine joy joyce judith judy julie juliet karen ' +
    'kate katherine kathleen kathryn kathy katie kayleigh kellyanne kimberley kimberly kirsten kirstjen kirsty kristen lauren ' +
    'laurie lesley lillian lindsay liz lois lorraine louise lucy lynn lynne madeleine madison maggie mairead mandy margaret ' +
    'margot marian marianne marilyn marion marjorie mary maureen maxine mazie megan meghan megyn melanie meredith michele michelle ' +
    'mildred miriam molly nadine nancy natalie nichole nicole niamh nikki olive paige pam pamela patty pauline peggy penny ' +
    'phyllis rachel rhian rose rosemary ruth sadie sally sarah shannon sharon shelley shirley sian sinead siobhan stacey stacy ' +
    'stephanie sue susan suzanne sybil tammy tiffany tracey tracy valerie vivian wendy whitney yvonne zoe ' +
    'abby addison annabel annabelle bernice camille colette connie constance deirdre desiree edith ellie eloise elsie ' +
    'estelle francine gail gayle genevieve gertrude ilhan inez isobel janelle jess jessie jolene josie joni kemi kristi ' +
    'kristin kristine kylie kyrsten lily lindsey lucille madeline mae maeve maisie millie muriel naomi nell noreen ' +
    'penelope priti rebekah renee rosalind rosie roxanne scarlett susie suzy tamsin tess therese trudy tulsi yasmin yvette'
  ).split(' '),
);

/** Women's names not in -a of French, German, Spanish and Polish copy. */
const OTHER_WOMEN_NOT_A =
  // (Tatar and Bashkir women's names in -ь of Russian copy)
  'айгуль гульшат ' +
  'katrin ingrid sarah claire beatrice miriam ines carmen lucia elisabeth karin helen helene ellen kim ' +
  'gwenaelle servane annick maelys evelyne germaine jeannine marcelle marielle pascaline sylvette helga gisela ilse inge ute ' +
  // names ending in -e are mostly women's in French and German copy (Anne, Marie, Sophie), not all (Pierre, Uwe)
  'anne marie sophie julie nicole christine caroline catherine charlotte louise alice elise celine aurelie nathalie ' +
  'valerie isabelle emilie stephanie melanie virginie delphine sandrine laurence florence agnes chloe zoe irene ' +
  'pauline justine margaux amelie juliette josephine annette brigitte heike silke anke elke ute renate gabriele ' +
  'corinne karine severine ghislaine joelle noelle aude blandine chantal christelle elsa laurene lise lydie murielle myriam ' +
  'perrine raphaelle salome solange valentine apolline eugenie heloise lucile marguerite nelly rosalie sidonie ' +
  'micheline ginette paulette lucienne georgette raymonde henriette odette yvette huguette bernadette ' +
  'ulrike susanne sabine simone stefanie nicole denise jacqueline michelle danielle rachel ruth esther judith ' +
  'ingrid astrid sigrid gudrun doris iris agnieszka beatrix beatriz isabel raquel mercedes dolores pilar rocio consuelo soledad luz nieves ' +
  // German women's names not in -a (keys are folded: "Bärbel" is "barbel")
  'birgit kerstin kathrin katrin catrin cathrin carolin kristin christin gertrud hildegard irmgard waltraud waltraut ' +
  'edeltraud irmtraud ingeborg hedwig marlies margit annegret gesine dagmar marion edith evelyn jasmin heidrun almut ' +
  'mechthild adelheid liesel malu barbel steffi heidi gabi conny romy britt brit merle christiane sibylle sybille marianne beate birte antje frauke maike meike mareike wiebke imke silvie gerlinde ' +
  'hannelore rosemarie annemarie anneliese lieselotte luise marlene leonie henriette dorothee friederike elfriede ' +
  'sieglinde nadine janine yvonne nele hanne hilde ' +
  // French, Portuguese, Spanish and Italian women's names not in -a
  'helene segolene marine martine monique sylvie francoise mathilde clemence solene anais manon marion maud gaelle elodie laure lucie ' +
  'aurore oceane noemie ophelie estelle muriel nadege berenice edith yvette ginette christiane genevieve odile cecile veronique fabienne ' +
  'adrienne lucienne yasmine amandine capucine pascale agathe axelle clotilde berangere emmanuelle gabrielle coralie leonie melodie ' +
  'romane clarisse maryse josiane liliane eliane viviane ariane mireille arlette colette claudine micheline huguette josette sylviane ' +
  'roselyne frederique morgane maelle najat ' +
  // (and those of the longer list of given names below, OTHER_GIVEN)
  'adelaide adele albane aline antoinette arielle armelle arlette audrey augustine benedicte cyrielle charlene charline clementine coline ' +
  'daniele eleonore eliane eloise emeline flavie hortense jocelyne josee laurie lorraine marceline marjorie marthe mylene nadege ' +
  'paule philippine regine renee rosine suzanne therese yolande joanie johanne chantale annie guylaine lyne sandrine adelheid ' +
  'annette elfriede hannelore isabell juliane margarete nadine rosemarie aylin ayten ebru emine gul gulsen hatice melek ' +
  'merve ozlem sibel songul tulay yasemin ' +
  // West African and Maghreb women's names of French-language copy, not in -a
  'aissatou fatou ndeye oumou kadiatou ramatoulaye nafissatou mariame mame adji khady dieynaba astou nour meriem mariem imane sihem ilham ikram hind asmae hajar siham ' +
  'astou khadidiatou mame mariam ndeye oumou safiatou seynabou yaye zeinab hanane hayat ikram imane meriem myriam nawal sarah souad zineb ines yasmine ' +
  // Turkish women's names of German copy
  'sevgi elif zeynep selin ayse ' +
  // (and German women's names not in -a the lists lacked)
  'maren dorte telse isolde liane swantje jule lene lotte henrike josefine babette ' +
  'margrit margrith kathi vreni rosli elsbeth lotti trudi ' +
  'leonor ester rute lurdes lourdes gisele gislaine cristiane luciane rosane jaqueline thais lais suely neide cleide marlene gleisi ' +
  'aline tatiane daiane ivone edite judite socorro conceicao assuncao ' +
  'belen maribel marisol montserrat montse amparo guadalupe maite itziar miren edurne leire anabel asuncion concepcion encarnacion ' +
  'adele noemi matilde agnese rachele nives elly desiree ' +
  // Russian, Ukrainian and Polish women's names not in -a/-я ("Любовь" ends like "Игорь")
  'любовь любов нинель нінель адель эсфирь рахиль руфь юдифь ассоль жизель николь кармен beatrycze noemi nel rut karmen inez lubow ljubow';

export const WOMEN_NOT_A = new Set([...ENGLISH_WOMEN_NOT_A, ...OTHER_WOMEN_NOT_A.split(' ')]);

export const MEN_A = new Set(
  (
    'joshua ezra elia luka misha pasha dima kolya petya yura grisha vanya hamza musa yahya osama issa akira ' +
    'luca andrea nikita ilya kuba sasha mustafa jona jonah никита илья кузьма фома лука микола ілля микита ' +
    // men's names in -a of German and English copy
    'sascha mischa joscha joschka kolja ilja aljoscha ira juma mika ' +
    // Italian, Spanish and French men's names in -a
    'mattia enea battista gianluca tobia geremia isaia zaccaria borja bautista mustapha ' +
    // West African and Maghreb men's names of French-language copy in -a
    'moussa moustapha moustafa mostafa demba samba alpha idrissa ibrahima reda rida taha oussama zakaria zakariya ' +
    'adama bamba yaya daouda lassana karamba massamba bouba ' +
    'савва данила гаврила фока иона муса иса хамза мустафа абдулла сава хома іона іса mykoła mykyta ilja illia barnaba jarema kosma'
  ).split(' '),
);

/**
 * Common men's given names of English copy (and a few of the world news it reports). A capitalised run that opens with
 * one ("Glenn Beck", "Jared Sexton") is a person even with no role or apposition beside it. Names that are as often
 * places or words ("Austin", "Jordan", "Lincoln") are left out.
 */
const MEN =
  'aaron adam alan albert alex alexander alfred allen andrew andy anthony antonio arthur barack barry ben benjamin bernard ' +
  'bernie bill billy bob bobby brad brendan brett brian bruce bryan carl carlos chad charles charlie chris christopher chuck ' +
  'clarence colin connor corey craig curtis dale dan daniel danny darren dave david dennis derek dick don donald doug douglas ' +
  'duncan dwight ed eddie edward elijah eric ernest eugene evan frank fred frederick gary gavin geoff geoffrey george gerald ' +
  'glenn gordon graham greg gregory harold harry henry herbert howard hugh ian isaac jack jacob jake james jamie jared jason ' +
  'jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph juan julian justin ' +
  'keith ken kenneth kevin kyle larry lawrence leon leonard lewis louis luis luke marco marcus mario mark martin matt matthew ' +
  'michael mike mitch mitt nathan neil newt nicholas nick noah norman oliver omar oscar patrick paul pete peter phil philip ' +
  'ralph randy ray raymond reince richard rick rob robert rod rodney roger ron ronald ross roy rudy russell ryan sam samuel ' +
  'scott sean seth shawn sherrod simon stanley stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony ' +
  'travis trey troy tyler victor vincent walter warren wayne william willie zach zachary ' +
  'boris dmitry emmanuel francois jacques olaf pierre recep sergei vladimir volodymyr ' +
  // British and Irish names of current copy
  'adrian alistair angus archie callum clive conor declan dermot dominic eamon ewan fergus gareth gerry hamish iain keir ' +
  'kieran kwasi liam mick nigel niall ollie owen piers rhys rishi robbie rory rupert sadiq seamus toby trevor tristan ' +
  // German names of current copy (folded: "Jürgen" is "jurgen"); not those that are also words ("Ernst", "Mark", "Jan")
  'markus friedrich lars jens matthias christian karl hans heinrich wolfgang jurgen horst gunter gunther uwe dieter klaus ' +
  'stefan andreas alexander sebastian florian tobias jonas lukas felix hendrik carsten joachim rolf hubertus cem winfried ' +
  'armin norbert volker sigmar gerhard helmut johann johannes philipp dirk jorg ralf kai heiko dietmar bernd detlef achim ' +
  'torsten thorsten hubert bodo reiner rainer ulrich gregor dietrich konstantin moritz maximilian niklas till';

/** Women's names that are as often places ("Charlotte", "Madison") do not open a person's name on their own. */
const NOT_OPENING = new Set('charlotte madison hope faith joy ivy iris olive rose amber'.split(' '));

/** Common women's names in -a (their gender the ending tells), here only to say that a name opens. */
const WOMEN_A =
  'angela anna barbara brenda cynthia debra diana donna elena emma erica eva gloria huma ivanka jessica julia kamala laura ' +
  'linda lisa loretta maria marsha martha melania melissa monica nora olivia patricia paula rebecca rita samantha sandra ' +
  'sara sonia stella tanya teresa theresa tina vanessa wanda';

/**
 * Common given names of the other languages we read, men's and women's in -a, as written there (folded below): copy
 * names many people with no role beside them ("Mariusz K. nie przyznał się do winy", "Agata Brzezińska, od 15 lat
 * związana ze sceną", "Jolanta W., skarbnik gminy"), who "she" or "– mówiła." is next. Names that are as often words,
 * places or brands are left out ("Roman" is a German noun, "Marina", "Alla", "Sofia", "Lech", "Santiago", "Mercedes").
 */
const OTHER_GIVEN =
  // (French and German names the lists lacked, found missing by a check of common names: "Le député Mathias Rey")
  'mathias matthieu maxence bastien ludovic matheo mickael renaud yann nolan timothee aurelien leo laetitia claude dominique ' +
  'udo finn ida frieda jana christina carina franziska sabrina jochen britta erwan ronan gwenael ugo cyril ' +
  'alexandre axel evelyne florent gaston germaine jeannine lucien mael marcelle marielle marius martial maurice pascaline roland sacha sylvette ' +
  'alois angelika arne benedikt bettina bianca björn burkhard cornelia dorothea erich erika fritz georg gerd gisela hannes harald hartmut ' +
  'helga hermann ilse inge ingo jörn josef jutta karsten knut konrad kurt leonhard lothar ludwig lutz magnus maja michaela ole otto pia ' +
  'regina reinhold rüdiger siegfried stephan ulf valentin wilhelm willi ' +
  // German
  'hans peter klaus jürgen wolfgang thomas andreas stefan uwe dieter günter horst helmut heinz werner manfred rolf gerhard karl ' +
  'friedrich markus matthias christian sebastian tobias florian lukas jonas felix maximilian philipp jens torsten thorsten sven ' +
  'dirk holger bernd ralf rainer volker norbert reinhard ulrich joachim jan kai lars nils timo armin cem hubertus christoph ' +
  'dominik fabian moritz niklas hendrik henning detlef gunnar anja katja petra claudia tanja sonja monika martina ' +
  // (given names of current German, Austrian and Swiss copy the lists lacked: a name they open registers with no role)
  'lena nina lea lina mia greta clara luisa johanna katharina vera erik nico remo reto urs ueli jürg marco mario leon noah elias ' +
  'emil anton jakob luka marko dragan goran zoran dejan mehmet ahmet murat hakan emre sevgi elif zeynep selin ayşe fatma ' +
  // (and more of German copy: the most common given names of recent decades the lists lacked; not "Roman", "Rosa",
  // "Marina", "Sofia", "Malte", words or places)
  'clemens franz frederik fynn jannes justus kilian laurenz levi maik max mika milan robin noel silas mats mattis jonte lasse ' +
  'alexandra andrea anita carla daniela kristina lara mara maya sophia mila lotta frida ' +
  // (and of French copy)
  'mathis lucas théo louis gabriel arthur jules nathan enzo romain thibault baptiste kévin alexis benjamin samuel dylan killian léa ' +
  // French
  'jean michel philippe alain françois nicolas christophe laurent olivier thierry sébastien stéphane frédéric gérald didier gilles ' +
  'hervé yves marc luc benoît arnaud julien mathieu guillaume antoine xavier fabien cédric damien jérôme rémi raphaël maxime ' +
  'édouard gaël yannick loïc bertrand jean-luc jean-marc jean-pierre jean-claude jean-yves jean-michel marine ségolène ' +
  'étienne bruno franck gérard pascal henri hugo clément sylvain grégoire quentin adrien denis lionel fabrice régis serge ' +
  'gilbert marcel rené georges yvan ' +
  // Belgian and Swiss copy: Flemish names
  'koen bart wouter pieter joris geert ' +
  // (West African and Maghreb given names of French-language copy the lists lacked; not "Pape", "Said", "Anis", words, nor
  // "Yacine", a man's name in the Maghreb and a woman's in Senegal)
  'abdel abdelkader abdellah abdou abdoul aboubacar adama ahmadou alassane aliou amadou ansoumane arouna assane aziz bakary ' +
  'bamba birame boubou bouba cheick daouda djamel djibril elhadji fodé hamidou habib hamed ibou idriss issa ' +
  'issiaka kader kalidou karamba lassana mahamadou mahmoud malick mamadou mamoudou massamba modibo mody mohamadou moktar mouhamed ' +
  'moussa nouhou ousseynou salif sambou seydina sidy souleymane tidiane yaya youssouf ahmed brahim driss hicham hamza ' +
  'jamal kamel khalid larbi lahcen mourad mounir mustapha nordine omar rachid redouane samir slimane tarek walid ' +
  'yassine younes zakaria abdelaziz abderrahmane bachir faouzi lotfi nabil nassim noureddine reda riad sofiane toufik yazid ' +
  'adil ilyes ismaël mehdi nassim rayan wassim yanis amir ' +
  'adja aïda aminata assa astou awa binta coumba dieynaba fanta fatoumata fatima hawa kadidia khadidiatou mame ' +
  'mariam mariama maimouna ndeye oumou penda rokhaya safiatou salimata seynabou sokhna yaye zeinab aïcha amina asma ' +
  'dalila djamila farida fatiha hafsa hanane hayat houda ikram imane jamila kenza khadija latifa leila lina ' +
  'loubna malika meriem myriam nadia naïma nawal nora rachida rania saïda salima samia samira sanaa sarah ' +
  'souad wafa yasmina zahra zineb zohra inès yasmine ' +
  // (more given names of French, Belgian, Swiss and Québec copy, of German, Austrian and Swiss copy, and Turkish names of
  // German copy: a list checked against the lists above, not against any article; names that are also words, places or
  // participles left out, "Guy", "Réal", "Honoré", "Arno", "Malte")
  'alban albéric amaury anatole anselme aristide armand aubin augustin barthélemy basile blaise brice calixte clovis côme ' +
  'corentin cyprien cyrille donatien dorian edgar edmond éloi élie émile émilien enguerrand eudes évariste félicien ferdinand ' +
  'firmin gabin gaëtan gaspard gautier gauthier geoffroy germain ghislain gildas gonzague grégory guénolé gustave hector hippolyte ' +
  'hugues ignace isidore jacky jérémie jérémy josselin justin lambert léandre léon léonard léopold lilian lothaire marceau ' +
  'médéric odilon patrice quentin raoul rodolphe rodrigue roger romuald rudy séverin stanislas tanguy théophile thibaud timothée ' +
  'ulysse valère valéry virgile yvon zacharie réjean gaétan dany yanick albrecht alfons arnold bastian benno bernhard ' +
  'berthold claus conrad cornelius eberhard eckhard egon ekkehard elmar enrico erhard erwin eugen ewald friedhelm gerold ' +
  'gottfried gustav hajo hanno heiner helge henrik hinrich jannik jonathan julian klemens leopold lorenz ludger marvin ' +
  'mirko nikolai oskar otmar ottmar reinhard rudolf steffen thilo tilman torben wendelin wilfried wolfram hansjörg hanspeter ' +
  'fredi gian linus andri ahmet burak erkan hasan hüseyin ismail kemal ömer orhan osman serkan tarik ' +
  'yusuf ' +
  'adélaïde adèle albane alexia aline antoinette arielle armelle arlette audrey augustine bénédicte cyrielle charlène charline clémentine ' +
  'coline danièle éléonore éliane éloïse émeline flavie hortense jocelyne josée laurie léna lorraine maëva marceline marjorie ' +
  'marthe mylène nadège paule philippine régine renée rosine suzanne thérèse yolande joanie johanne chantale annie guylaine ' +
  'lyne sandrine adelheid alina angelika anja annette bettina carola christa elfriede ella gerda hannelore ina isabell ' +
  'juliane karla klara magdalena manuela margarete nadine natascha paula ronja rosemarie tamara theresa verena viktoria aylin ' +
  'ayten derya ebru emine esra gül gülşen hatice leyla melek merve özlem seda sibel songül tülay ' +
  'yasemin zehra ' +
  // Ukrainian and Russian names as French copy spells them
  'andriï andrii oleksandr dmytro mykhaïlo mykola petro iouri sergueï dmitri viktor olena oksana ioulia ' +
  // Italian
  'giuseppe giovanni luigi francesco roberto paolo stefano alessandro massimo fabio davide matteo lorenzo riccardo federico claudio ' +
  'enrico sergio vincenzo salvatore carlo piero gianni giorgio maurizio luciano alberto guido silvio ignazio giancarlo pierluigi ' +
  'dario emanuele daniele filippo tommaso edoardo giulia francesca chiara federica valentina silvia elisa roberta paola ' +
  'giovanna alessandra giorgia elly ' +
  'luca mattia giacomo gianluca umberto ettore fabrizio sandro raffaella rossella antonella adriana ' +
  // (the common Italian given names the list lacked; not those that are also words or places, "Rosa", "Serena", "Grazia",
  // "Marina", "Franco", "Romano", "Stella", "Bianca", "Asia")
  'antonio pietro renato leonardo cristian emilio aldo angelo cesare corrado fausto gino giulio ivano mirko ottavio renzo rocco ' +
  'tullio valerio vittorio arturo alfredo gaetano domenico rosario pasquale gennaro ciro carmine jacopo niccolò nicolò alessio ' +
  'gianmarco gianpaolo pierpaolo giampiero marcello massimiliano mauro saverio vito silvano loris ' +
  'anna lucia teresa angela patrizia simona barbara manuela monica stefania sara laura elena michela gabriella donatella ' +
  'ornella mirella tiziana cinzia emanuela sabrina veronica ilaria alessia beatrice caterina camilla noemi ginevra giada ' +
  'arianna benedetta eleonora luana marisa nicoletta lorena rosaria carmela concetta assunta annamaria loredana franca ' +
  // Spanish and Portuguese
  'josé manuel francisco jesús javier miguel ángel pedro pablo alejandro fernando raúl enrique ramón alfonso gonzalo ignacio ' +
  'íñigo jordi oriol josep joão paulo rui nuno tiago ricardo andré marcelo eduardo rodrigo gustavo diogo vítor flávio marcos ' +
  'jair luiz geraldo lucía marta cristina ana beatriz raquel isabel inês rosângela fernanda juliana camila ' +
  // (the common ones the lists lacked, found by a check of common names; not "Julio", "Franco", "Vasco", "Santiago",
  // "Alba", "Rosa", "Carolina", "Duarte", also words, places or surnames)
  'andrés diego álvaro rubén iván jaime joaquín emilio agustín mateo tomás felipe esteban nuria noelia lorena verónica yolanda ' +
  'inmaculada gonçalo afonso rafael henrique leandro thiago vinícius caio matheus renato otávio joana catarina mariana filipa ' +
  'larissa luciana ' +
  // (and of German copy: North German and regional names, "Malte", "Hauke", "Maren", "Swantje")
  'malte jannis hauke ronny mirco sascha janosch fiete piet jasper hinnerk tjark enno ansgar jost sönke tino veit ' +
  'insa gesa fenja annika corinna roswitha ramona karola lydia ' +
  // (and Swiss German ones: "Margrit Emmenegger", "Beat Zürcher", "Ruedi Bühler")
  'beat ruedi hansruedi köbi sepp toni niklaus flurin curdin regula priska ' +
  // names of Arabic and West African origin common in French, Spanish and Portuguese copy
  'karim mohamed mohammed ahmed ahmad mustapha moustapha youssef rachid samir sofiane mehdi amine yacine bilal hakim nabil farid ' +
  'moussa mamadou ibrahim ousmane abdoulaye amadou seydou fatima fatou aminata aïcha nadia leïla yasmina malika samira ' +
  'karima naïma djamila khadija mariam mariama salimata oumar djibril ' +
  'cheikh babacar modou souleymane lamine malick serigne alioune boubacar aliou ibrahima idrissa demba samba ' +
  'aïssatou ndèye oumou kadiatou awa astou khady coumba ramatoulaye ' +
  // Russian and Ukrainian
  'сергей александр андрей алексей дмитрий владимир михаил николай иван евгений игорь олег юрий виктор павел петр пётр максим ' +
  'константин анатолий борис григорий геннадий вячеслав валерий василий леонид станислав денис артем артём антон кирилл федор ' +
  'фёдор степан рамзан анна мария елена ольга наталья татьяна ирина светлана екатерина юлия галина людмила валентина надежда ' +
  'оксана дарья ксения елизавета анастасия полина ' +
  // (more of the commonest, not those that are also common nouns: Роман, Лев, Вера, Любовь, Марк)
  'вадим глеб тимур ринат ильдар марат эдуард аркадий семен семён яков илья никита егор георгий виталий ярослав владислав ' +
  'даниил данила матвей тимофей арсений всеволод филипп захар эльдар рустам айдар ренат артур альберт савелий святослав ' +
  'валентин вениамин герман ростислав ' +
  'варвара нина зоя лариса лидия маргарита марина алла алина алёна алена альбина вероника виктория диана евгения жанна ' +
  'зинаида инна кристина лилия милана раиса регина софия софья тамара ульяна эльвира яна василиса ангелина арина карина ' +
  'снежана таисия эвелина антонина клавдия валерия александра олеся гульнара айгуль ' +
  'володимир олександр андрій олексій дмитро сергій михайло микола євген ігор юрій віктор павло петро костянтин анатолій ' +
  'богдан тарас василь ярослав віталій руслан валерій кирило арсеній олена ольга наталія тетяна ірина світлана катерина ' +
  'юлія ганна дарина вікторія людмила';

/** Women's names not in -a that are as often words or places, which do not open a name on their own. */
const NOT_OPENING_OTHER = new Set('florence lourdes luz soledad socorro conceicao assuncao asuncion concepcion encarnacion guadalupe montserrat mercedes nel rut'.split(' '));

/** German women's names not in -a of current copy that open a name (their gender: OTHER_WOMEN_NOT_A). */
const GERMAN_WOMEN_OPENING = 'annalena ursula ricarda saskia barbel katrin ines heike ulrike christiane svenja steffi anke silke birgit karin sabine susanne ulla malu dorothee';

/**
 * Common Polish given names (folded, "ł" kept): a run they open is a person with no role beside it, as local and
 * tabloid copy introduces people ("Krystyna Lis z Bytomia straciła oszczędności").
 */
const POLISH =
  'jan andrzej piotr krzysztof stanisław tomasz paweł jozef marcin marek michał grzegorz jerzy tadeusz łukasz zbigniew ' +
  'ryszard dariusz henryk mariusz kazimierz wojciech mateusz maciej jacek janusz kamil zdzisław mieczysław jakub rafał ' +
  'sławomir przemysław damian radosław waldemar leszek czesław wiesław jarosław szymon władysław karol bartosz dawid ' +
  'norbert zenon antoni witold bogusław ' +
  'krystyna elzbieta zofia małgorzata joanna danuta halina irena janina jadwiga katarzyna agnieszka marianna beata ' +
  'dorota grazyna magdalena renata marta iwona jolanta aleksandra urszula alicja karolina justyna bozena hanna ' +
  'stanisława helena weronika paulina sylwia edyta izabela genowefa wiesława emilia agata artur bogdan ewa ewelina kinga marzena';

/** Folded given names that open a person's name. */
export const GIVEN = new Set([
  ...MEN.split(' '),
  ...WOMEN_A.split(' '),
  ...[...ENGLISH_WOMEN_NOT_A].filter((w) => !NOT_OPENING.has(w)),
  ...OTHER_WOMEN_NOT_A.split(' ').filter((w) => !NOT_OPENING_OTHER.has(w)),
  ...GERMAN_WOMEN_OPENING.split(' '),
  ...OTHER_GIVEN.split(' ').map(foldString),
  ...POLISH.split(' '),
]);
