/**
 * General word lists the entity rules consult: titles and roles, the head words of organisation and place
 * names, and capitalised words that are not names of people, places or organizations. Lowercase throughout.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Titles that stand directly before a person's name ("President Putin", "Gen. Smith", "coach Berti Vogts"). */
export const PERSON_TITLES = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady baroness baron viscount madam mme mlle herr professor
  prof prof.
  president premier chancellor minister secretary senator sen sen. governor gov gov. mayor
  king queen prince princess pope emperor empress sheikh sheik emir sultan ayatollah imam rabbi
  archbishop bishop cardinal reverend rev rev. father pastor
  chairman chairwoman chairperson spokesman spokeswoman spokesperson ambassador envoy
  judge justice prosecutor attorney commissioner congressman congresswoman representative rep rep.
  general gen gen. colonel col col. lieutenant lt lt. captain capt capt. sergeant sgt sgt. maj maj.
  admiral adm adm. marshal commander cmdr corporal private brigadier
  coach manager striker midfielder defender goalkeeper keeper forward winger captain skipper batsman
  bowler pitcher quarterback jockey trainer champion fly-half scrum-half full-back flanker outside-half
  stand-off number-eight physio
  mp mep msp pm
  leader chief director officer executive deputy official negotiator mediator counsel
  nominee candidate hopeful contender challenger incumbent frontrunner front-runner
  detective inspector superintendent constable
`);

/** Forms of address, which say nothing about what a person does ("Mr.", "Mrs"). */
export const HONORIFICS = words('mr mr. mrs mrs. ms ms. miss messrs mme mlle madam herr');

/** Titles of peers, which go with a family name alone and stay with it ("Lord Browne", "Baroness Kennedy"). */
export const PEER_TITLES = words('lord lady baroness baron viscount');

/** Titles that come with a given name alone ("Prince Charles", "Queen Rania"): that name is the whole name. */
export const ROYAL_TITLES = words(
  'prince princess king queen emperor empress pope sheikh sheikha emir duke duchess sultan tsar',
);

/** Letters written after a person's name that are not part of it ("Frank Field MP", "Guy Mansfield QC"). */
export const POST_NOMINALS = words('mp mep msp qc kc obe mbe cbe kbe frs');

/** Words that build a title around a head title ("Foreign Minister", "Vice President", "Secretary of State"). */
export const TITLE_MODIFIERS = words(`
  prime foreign defence defense interior finance economy economic trade justice health education energy
  agriculture labour labor transport environment culture home industry treasury information
  vice deputy acting former late first chief senior junior executive general state assistant associate
  managing supreme high grand crown lord national regional federal
  of the
`);

/** Organisation name endings that decide the type ("Boatmen's Bancshares Inc.", "Labour Party"). */
export const ORG_ENDINGS = words(`
  inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv gmbh bhd spa
  company corporation group holdings holding bancorp bancshares bank banks trust fund funds capital
  partners associates securities industries enterprises motors airlines airways systems technologies
  communications telecom petroleum oil energy resources mining chemicals pharmaceuticals foods
  party ministry department office council committee commission parliament assembly senate congress
  court tribunal authority agency bureau administration service services board institute institution
  foundation university college school academy association federation union league confederation
  organisation organization society club fc rovers wanderers athletic albion hotspur
  army navy forces police brigade brigades front movement alliance coalition
  church mission network broadcasting radio television tv times post journal herald tribune gazette
  daily news press telegraph chronicle review magazine exchange market markets
  records pictures studios productions publishing publishers software electronics solutions ventures
  conservatory conservatoire registry laboratory lab labs
`);

/** Place name endings ("Red Sea", "Hubei Province", "Brown Deer Park", "Wembley Stadium"). */
export const PLACE_ENDINGS = words(`
  river rivers lake lakes sea ocean gulf bay strait straits channel canal coast island islands isle
  peninsula mountain mountains mount hills hill valley desert plain plains plateau forest falls
  province county state territory region district prefecture oblast city town village
  street road avenue square boulevard bridge airport stadium arena park heights
`);

/** Words that join the parts of one name when the part before ends a name of this kind ("Bank of England"). */
export const OF_HEADS = words(`
  bank university college school institute academy ministry department office council committee
  commission federation association union organisation organization society league board church
  court chamber house museum republic kingdom state states emirates gulf bay isle cape city province
  sea strait duke prince princess king queen earl lord secretary minister people's army party
  government bureau agency authority corporation company fund order friends sons
`);

/** Words that open place and team names ("East Fife", "Northern Ireland", "Greater Manchester"). */
export const NAME_OPENERS = words(
  'north south east west northern southern eastern western central upper lower greater new great royal',
);

/** Lowercase words that may sit inside a person's name ("Ludwig van Beethoven", "Bashar al-Assad"). */
export const NAME_PARTICLES = words('van von der den de del della di da dos das du la le al el bin ibn ben bint abu');

/** Capitalised words that never name a person, place or organization on their own. */
export const NOT_NAMES = words(`
  i a an the this that these those there here it its he she we they you his her their our my your
  and or but nor so yet if then than as at by for from in into of off on onto out over to up upon with
  without within about above after against along among around before behind below beneath beside
  between beyond despite during except inside like near since through throughout toward towards
  under until via while when where whether which who whom whose why what how all any both each
  every few many more most much no none not only other some such one two three four five six seven
  eight nine ten second third last next mr mrs ms dr sir
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
  photo photos picture pictures image images file video
  today tonight yesterday tomorrow
  god internet web tv
  says said say asked told added also just even still however meanwhile although though because
  later earlier now then soon already again instead perhaps maybe indeed thus hence therefore otherwise
  besides moreover furthermore nevertheless nonetheless unlike
  yes oh ok okay please thanks
`);

/** Capitalised words that end MISC names (events, awards, products), which CoNLL-style output leaves out. */
export const MISC_ENDINGS = words(`
  cup open championship championships games olympics olympiad prix tour trophy award awards prize
  festival war wars index agreement accord accords treaty act bill doctrine plan
  series shield classic marathon grand slam derby
`);

/**
 * Nouns for a business or a side, written just before its name ("electronics firm Hitachi", "Premiership side
 * Bolton", "rock band Keane"): the name is an organization, as a role noun before a name makes it a person.
 */
export const COMPANY_NOUNS = words(`
  firm firms company companies group conglomerate giant subsidiary unit carmaker automaker chipmaker retailer
  supermarket chain bank lender insurer reinsurer airline carrier operator brewer distiller manufacturer maker
  monopoly consortium regulator watchdog agency charity union broadcaster network telecoms telco provider
  newspaper tabloid magazine label studio club side outfit band
`);

/** Words that follow the name of a business, with or without a possessive ("Yukos shares", "BP's chairman"). */
export const COMPANY_AFTER = words(`
  shares share stock profits profit revenues revenue turnover earnings sales shareholders investors
  subscribers customers stake board chairman chairwoman chief boss bosses executives directors subsidiary
  unit division
`);

/**
 * Words that follow the name of a business or a side only without a possessive ("Chelsea striker Adrian Mutu",
 * "Ford workers"); after one they may follow a person's name too ("Blair's manager").
 */
export const COMPANY_AFTER_BARE = words(`
  employees workers striker midfielder defender goalkeeper keeper winger forward manager coach captain skipper
  players squad prop hooker lock flanker fly-half scrum-half full-back centre wing batsman bowler wicketkeeper
  all-rounder
`);

/** Nouns before "in", "of", "for" or "with" and a business's name ("shares in Aston Martin", "boss of BP"). */
export const COMPANY_OF = words(`
  shares stake stakes takeover acquisition merger bid offer shareholders subsidiary unit division executive
  chairman chairwoman boss founder owner owners
`);

/** Nouns before "of" and a place's name ("the town of Wiarton", "south of Wiarton"). */
export const PLACE_OF = words(`
  town city village hamlet suburb county state province region district island port capital
  republic kingdom emirate principality outskirts suburbs north south east west north-east north-west
  south-east south-west northeast northwest southeast southwest
`);

/**
 * Words that open the names of Arabic-speaking movements and armed groups: front, party, movement, supporters,
 * army, soldiers, battalions, brigade, companies, organisation, society, council ("Jabhat Al-Nusra", "Hizb
 * ut-Tahrir", "Jaish al-Islam").
 */
export const ARABIC_ORG_HEADS = words(`
  jabhat jabha hizb harakat haraka ansar jaish jund kataib katibat liwa saraya tanzim jamaat jamaa jamaah
  jemaah majlis
`);

/**
 * Arabic words that open the names of places: valley, mountain, well, spring, monastery, village, house ("Wadi
 * Rum", "Jebel al-Akhdar", "Beit Lahiya").
 */
export const ARABIC_PLACE_HEADS = words('wadi jebel jabal bir ain deir kafr beit');

/** Nouns for an organisation that close a description of one ("Unosat, the UN satellite mapping organisation"). */
export const ORGANIZATION_NOUNS = words('organisation organization body charity institution authority');

/** Modifiers that say when someone held a post, capitalised only by opening a sentence ("Former Chelsea striker"). */
export const TIME_MODIFIERS = words('former late acting outgoing incoming ex');

/**
 * Nouns for a work written just before its title ("the film Sideways", "her album Confessions"), which
 * CoNLL-style output leaves out. The second list are verbs too ("play Arsenal"), so they count only after a
 * determiner ("his latest play Blackbird").
 */
export const WORK_NOUNS = words(`
  film films movie album single song track novel book musical series sitcom drama documentary programme soap
  comedy thriller opera ballet
`);
export const WORK_VERBS = words('play show hit game');

/** Speech and cognition verbs that follow or precede a speaker ("Kerry said", "said Lavrov"). */
export const SPEECH_VERBS = words(`
  said says say told tells added adds stated states noted notes argued argues insisted insists
  explained explains warned warns claimed claims announced announces declared declares replied
  replies asked asks wrote writes believes believed thinks thought predicted predicts urged urges
  confirmed confirms denied denies admitted admits acknowledged acknowledges recalled recalls
  estimated estimates suggested suggests stressed stresses
`);

/** Prepositions after which a name is usually a place ("in Moscow", "near Aleppo"). */
export const PLACE_PREPOSITIONS = words('in near outside across throughout inside via into');

/** Words that also mean a place after them, though less surely ("at Headingley", "from Belgrade"). */
export const WEAK_PLACE_PREPOSITIONS = words('at from');

/** Names written several ways for the same country or body (as keys: lowercase, no full stops). */
const SAME_NAME_LIST: [string, string[]][] = [
  ['United States', ['us', 'usa', 'america', 'united states of america']],
  ['United Kingdom', ['uk', 'britain', 'great britain']],
  ['United Nations', ['un']],
  ['European Union', ['eu']],
  ['Soviet Union', ['ussr']],
  ['United Arab Emirates', ['uae']],
];

/** The name newsbot gives each of those keys ("us" -> "United States"). */
export const SAME_NAMES: ReadonlyMap<string, string> = new Map(
  SAME_NAME_LIST.flatMap(([name, keys]) => [name.toLowerCase(), ...keys].map((key) => [key, name] as const)),
);
