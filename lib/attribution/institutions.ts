/**
 * Words that name institutions, not people ("Kremlin", "Ministry"): folded keys, read once per token by makeDoc
 * (doc.ts, the ORG flag) and asked of a speaker phrase's words by speaker.ts.
 */
export const INSTITUTION_WORDS =
  'etat estado stato kremlin kreml cremlin white house ministry ministerium ministere ministerio ministero government regierung gouvernement gobierno governo police polizei policia polizia court gericht tribunal tribunale' +
  // the nouns of offices, councils, courts and agencies, in the cases a role's complement puts them ("dyrektorka
  // Powiatowego Urzędu Pracy Małgorzata Rydz", "начальник управления МВД"): a person's name holds none of them
  ' urząd urzędu urzędzie ministerstwo ministerstwa sąd sądu prokuratura prokuratury policji komenda komendy agencja agencji' +
  ' instytut instytutu ośrodek ośrodka kancelaria kancelarii izba izby fundacja fundacji uniwersytet uniwersytetu szpital szpitala' +
  ' министерство министерства суд суда администрация администрации правительство правительства управление управления' +
  ' агентство агентства служба службы комитет комитета институт института университет университета' +
  ' міністерство міністерства суду адміністрація адміністрації уряд уряду управління агентства служби комітет комітету' +
  ' університет університету інститут інституту' +
  ' behörde amt amtes institut instituts verband verbandes' +
  // (German places: "der Bürgermeister der Kleinstadt Gundelbach" names a town, not a person "Kleinstadt Gundelbach")
  ' stadt kleinstadt großstadt hauptstadt landeshauptstadt kreisstadt gemeinde marktgemeinde dorf landkreis bezirk kanton bundesland' +
  // (German papers by the noun of their title, in the genitive too: "nach Informationen des Coburger Tageblatts")
  ' tageblatt tageblatts tagblatt tagblatts abendblatt abendblatts volksblatt volksblatts anzeiger anzeigers kurier kuriers' +
  ' boten' +
  ' conseil agence mairie préfecture parquet université hôpital gendarmerie rectorat' +
  ' consiglio comune procura questura agenzia istituto università ospedale regione' +
  ' ayuntamiento consejo agencia instituto universidad fiscalía juzgado audiencia prefeitura conselho agência universidade procuradoria';
