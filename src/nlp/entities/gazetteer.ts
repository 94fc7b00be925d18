import { nlp } from '../compromise.js';
import { ORG_ENDINGS, PLACE_ENDINGS } from './words.js';

/** What a word or phrase is known to name, before any context is looked at. */
export type NameClass =
  | 'country'
  | 'city'
  | 'region'
  | 'organization'
  | 'team'
  | 'person'
  | 'firstName'
  | 'lastName'
  | 'demonym'
  | 'event'
  | 'common';

/** The classes that name a place. */
export const PLACE_CLASSES: ReadonlySet<NameClass> = new Set(['country', 'city', 'region']);

/** compromise's lexicon tags (the first tag of an entry) and the class each gives. */
const CLASS_OF_TAG: Record<string, NameClass> = {
  Country: 'country',
  City: 'city',
  Region: 'region',
  Place: 'region',
  Organization: 'organization',
  SportsTeam: 'team',
  Person: 'person',
  MaleName: 'firstName',
  FemaleName: 'firstName',
  FirstName: 'firstName',
  LastName: 'lastName',
  Demonym: 'demonym',
};

/** Names compromise's lexicon lacks or files under another tag; later lines win over compromise. */
const EXTRAS: Partial<Record<NameClass, string>> = {
  country: `u.s. | us | usa | u.s.a. | united states | united states of america | america | britain | great britain
    | u.k. | uk | england | scotland | wales | northern ireland | holland | soviet union | ussr | russia
    | south korea | north korea | czech republic | bosnia | herzegovina | congo | taiwan | palestine | vatican
    | hong kong | macau | kosovo | serbia | montenegro | yugoslavia | zaire | burma | myanmar | chad | jordan
    | trinidad | tobago | surinam | suriname | philippines`,
  city: `buenos aires | manama | phnom penh | nicosia | addis ababa | tel aviv | astana | pristina | bishkek
    | kuala lumpur | chisinau | ulan bator | maputo | kathmandu | the hague | managua | abuja | kigali | ljubljana
    | cape town | dar es salaam | abu dhabi | harare | lusaka | ramallah | hebron | bethlehem | nablus | grozny
    | donetsk | luhansk | basra | fallujah | raqqa | idlib | homs | aleppo | mosul | kirkuk | benghazi | bombay
    | calcutta | madras | bonn | los angeles | san francisco | new york | new delhi | st louis | st. louis
    | rio de janeiro | sao paulo | mexico city | ho chi minh city | kuwait city | new orleans | las vegas | wall street
    | downing street | whitehall | westminster | fleet street | capitol hill | silicon valley | hollywood | sydney | houston
    | austin | orlando | charlotte | phoenix | jackson | florence`,
  region: `middle east | gulf | persian gulf | balkans | caucasus | sahara | latin america | scandinavia | midwest
    | ulster | kashmir | tibet | xinjiang | kurdistan | chechnya | crimea | gaza | gaza strip | west bank
    | golan heights | europe | asia | africa | north america | south america | central america | east asia
    | southeast asia | south asia | central asia | western europe | eastern europe | central europe | far east
    | north africa | west africa | east africa | southern africa | pacific | atlantic | mediterranean | arctic
    | antarctic | antarctica | baltic | baltics | caribbean | great lakes | siberia | punjab | bavaria | catalonia
    | basque country | alps | andes | pyrenees | rockies | himalayas | urals | dolomites | highlands | midlands
    | cotswolds | hebrides | falklands | everglades | corsica | sicily | sardinia | tasmania | queensland
    | new south wales | ontario | quebec | virginia | kent | alberta | british columbia | manitoba | saskatchewan
    | nova scotia | new brunswick | newfoundland`,
  organization: `un | u.n. | united nations | eu | e.u. | european union | nato | opec | imf | world bank | wto
    | unicef | unesco | unhcr | interpol | fifa | uefa | ioc | red cross | white house | kremlin | pentagon
    | congress | senate | parliament | state department | foreign office | home office | treasury | fed
    | federal reserve | bundesbank | bank of england | european commission | european parliament | security council
    | un security council | u.n. security council | supreme court | cia | fbi | kgb | mi5 | mi6 | nasa | reuters
    | afp | associated press | ap | upi | dpa | xinhua | tass | itar-tass | interfax | kyodo | bbc | cnn | cnbc
    | nbc | cbs | abc | itv | sky | al jazeera | hamas | hezbollah | hizbollah | taleban | taliban | al qaeda
    | al-qaeda | plo | ira | sinn fein | labour | labour party | conservative party | tories | lib dems
    | liberal democrats | ukip | snp | plaid cymru | democratic party
    | republican party | liberal democrats | sdp | cdu | spd | anc | asean | apec | oecd | g7 | g8 | g20 | nasdaq
    | dow jones | wall street journal | financial times | new york times | washington post
    | islamic state | isis | isil | al-nusra front | nusra front`,
  demonym: `american | americans | british | briton | britons | english | scottish | scots | welsh | irish | dutch
    | french | german | germans | swiss | european | europeans | asian | african | arab | arabs | arabic | latin
    | western | eastern | soviet | islamic | islamist | islamists | muslim | muslims | moslem | moslems | christian
    | christians | catholic | catholics | protestant | protestants | jewish | jew | jews | hindu | hindus | sikh
    | buddhist | shia | shiite | shi'ite | sunni | kurd | kurds | kurdish | palestinian | palestinians | israeli
    | israelis | iraqi | iraqis | iranian | iranians | syrian | syrians | saudi | saudis | afghan | afghans
    | pakistani | pakistanis | russian | russians | ukrainian | ukrainians | chinese | japanese | korean
    | koreans | indian | indians | turkish | turk | turks | greek | greeks | serb | serbs | serbian | croat
    | croats | croatian | bosnian | bosnians | albanian | albanians | czech | czechs | slovak | polish | pole
    | poles | hungarian | romanian | bulgarian | nordic | scandinavian | danish | dane | danes | swedish | swede
    | swedes | norwegian | finnish | spanish | spaniard | portuguese | italian | italians | brazilian
    | argentine | argentinian | mexican | mexicans | canadian | canadians | australian | australians
    | zealander | south african | nigerian | kenyan | egyptian | egyptians | libyan | lebanese | jordanian
    | yemeni | sudanese | somali | ethiopian | tutsi | tutsis | hutu | hutus | hispanic | latino | latinos
    | yankee | republican | republicans | democrat | democrats | communist | communists | socialist
    | socialists | conservative | conservatives | liberal | liberals | marxist | nazi | nazis | zionist | jihadist
    | jihadists | olympic | olympics | paralympics | olympiad | english-language | tory | lib dem | liberal democrat
    | blairite | blairites | brownite | brownites | thatcherite | eurosceptic | eurosceptics`,
  event: `christmas | easter | new year | ramadan | eid | diwali | hanukkah | passover | thanksgiving | halloween
    | lent | oscars | grammys | emmys | baftas | golden globes | brit awards | premiership | premier league
    | champions league | uefa cup | six nations | tri-nations | super bowl | grand slam | grand national`,
};

interface Lexicon {
  classes: Map<string, NameClass>;
  /** Last words of organisation names and of place names: ours and compromise's. */
  orgEndings: Set<string>;
  placeEndings: Set<string>;
  /** Words that name what a person is or does ("analyst", "actress"). */
  roleNouns: Set<string>;
  /** Common words that are nouns ("dean", "police"), unlike "neither" or "top". */
  nouns: Set<string>;
  /** Words that join or act rather than name ("at", "which", "said", "was"). */
  grammar: Set<string>;
  /** Words compromise knows as first names, whatever class our lists give them ("Austin", "Charlotte"). */
  firstNames: Set<string>;
}

const NOUN_TAGS = new Set(['Singular', 'Plural', 'Actor', 'Noun', 'Uncountable']);
const GRAMMAR_TAGS = new Set([
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Possessive',
  'Adverb',
  'Modal',
  'Copula',
  'PastTense',
  'PresentTense',
  'Gerund',
  'QuestionWord',
  'Negative',
  'Condition',
]);

let cached: Lexicon | null = null;

/** compromise's lexicon, read without running its tagger: a word or phrase -> its first tag. */
interface CompromiseModel {
  one?: { lexicon?: Record<string, string | string[]> };
  two?: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
}

function compromiseModel(): Required<CompromiseModel> {
  const model = nlp.model() as CompromiseModel;
  if (!model.one?.lexicon || !model.two?.orgWords || !model.two.placeWords) {
    throw new Error('newsbot: compromise no longer exposes its lexicon (model().one.lexicon, model().two.orgWords)');
  }
  return model as Required<CompromiseModel>;
}

function build(): Lexicon {
  const model = compromiseModel();
  const classes = new Map<string, NameClass>();
  const roleNouns = new Set<string>();
  const nouns = new Set<string>();
  const grammar = new Set<string>();
  const firstNames = new Set<string>();
  for (const [word, tags] of Object.entries(model.one.lexicon ?? {})) {
    const all = Array.isArray(tags) ? tags : [tags];
    const nameClass = CLASS_OF_TAG[all[0]] ?? 'common';
    classes.set(word, nameClass);
    if (nameClass === 'firstName') firstNames.add(word);
    if (all.includes('Actor')) roleNouns.add(word);
    if (all.some((t) => NOUN_TAGS.has(t))) nouns.add(word);
    else if (all.some((t) => GRAMMAR_TAGS.has(t))) grammar.add(word);
  }
  for (const [nameClass, list] of Object.entries(EXTRAS)) {
    for (const name of list.split('|')) classes.set(name.trim(), nameClass as NameClass);
  }
  const orgEndings = new Set([...ORG_ENDINGS, ...Object.keys(model.two.orgWords ?? {})]);
  const placeEndings = new Set([...PLACE_ENDINGS, ...Object.keys(model.two.placeWords ?? {})]);
  // a word in both lists ("museum", "centre") ends organisation names first: it is checked first everywhere
  for (const word of orgEndings) placeEndings.delete(word);
  return { classes, orgEndings, placeEndings, roleNouns, nouns, grammar, firstNames };
}

function gazetteer(): Map<string, NameClass> {
  cached ??= build();
  return cached.classes;
}

/** What a lowercase word or phrase (words separated by single spaces) is known as, if anything. */
export function classOf(phrase: string): NameClass | undefined {
  const map = gazetteer();
  return map.get(phrase) ?? (phrase.includes('.') ? map.get(phrase.replaceAll('.', '')) : undefined);
}

/** Whether a lowercase word is an ordinary English word in compromise's lexicon. */
export function isCommonWord(word: string): boolean {
  return gazetteer().get(word) === 'common';
}

/** Whether a lowercase word names what a person is or does ("analyst", "actress", "negotiator"). */
export function isRoleNoun(word: string): boolean {
  cached ??= build();
  return cached.roleNouns.has(word);
}

/** Whether a lowercase word ends names of organizations ("Bancorp", "Party", "Centre"). */
export function isOrgEnding(word: string): boolean {
  cached ??= build();
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
  return cached.orgEndings.has(word) || cached.orgEndings.has(singular);
}

/** Whether a lowercase word ends names of places ("River", "Province", "Stadium"). */
export function isPlaceEnding(word: string): boolean {
  cached ??= build();
  return cached.placeEndings.has(word);
}

/** Whether a lowercase common word is a noun ("dean", "police"), which may open a name. */
export function isNoun(word: string): boolean {
  cached ??= build();
  return cached.nouns.has(word);
}

/** Whether a lowercase word is a first name, even one our lists file as a place ("austin", "florence"). */
export function isFirstName(word: string): boolean {
  cached ??= build();
  return cached.firstNames.has(word);
}

/** Whether a lowercase word joins or acts rather than names: a preposition, pronoun, adverb or verb form. */
export function isGrammarWord(word: string): boolean {
  cached ??= build();
  return cached.grammar.has(word);
}
