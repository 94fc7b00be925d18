/**
 * The word lists the quote attributor reads: speech verbs, pronouns, titles, role words and countries.
 * General English and newsroom vocabulary only; nothing here names a particular person or story.
 */

export interface SpeechVerb {
  lemma: string;
  /** Whether news copy puts it before its speaker (`"...," said Kerry`): the common reporting verbs only. */
  invertible: boolean;
  /** The -ing form: its subject is the clause's subject (`Kerry walked in, saying "..."`). */
  participle: boolean;
  /** Also a common noun ("a post", "the charge", "a smile"): a verb only right after its subject. */
  weak: boolean;
}

/** Irregular speech verbs, by lemma. */
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  read: ['read', 'reads', 'reading'],
  sing: ['sing', 'sings', 'sang', 'singing'],
  shoot: ['shoot', 'shoots', 'shot', 'shooting'],
  go: ['go', 'goes', 'went', 'going'],
  put: ['put', 'puts', 'putting'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  snap: ['snap', 'snaps', 'snapped', 'snapping'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  chat: ['chat', 'chats', 'chatted', 'chatting'],
};

/** Verbs that introduce the words someone said or wrote, as lemmas. */
const SPEECH_LEMMAS = `say tell add write tweet ask continue explain note reply respond declare shout yell chant state
conclude insist argue warn predict claim recall admit acknowledge announce observe remark comment joke quip muse
boast complain lament concede confirm deny counter retort scoff sneer snap urge plead suggest emphasize emphasise
stress report testify whisper cry scream exclaim proclaim promise vow pledge charge allege assure caution speculate
wonder recount reflect opine post text email message sing mouth interject interrupt demand mutter murmur groan
bark thunder fume crow rage answer read describe repeat counsel advise maintain contend assert affirm reiterate
underline reason posit propose forecast gush rave rant hint reveal disclose inform remind implore beg marvel exult
bellow roar shriek sigh laugh chuckle smile sob stammer drawl chime lecture preach tease taunt mock jeer ridicule
scold chide rebuke blast slam criticize criticise praise thank apologize apologise brag gloat concur object protest
question inquire enquire wail summarize summarise elaborate clarify shoot fire go put surmise confess point
venture volunteer recite scrawl type`
  .split(/\s+/)
  .filter(Boolean);

/** The reporting verbs that may come before their speaker in news copy. */
const INVERTIBLE = new Set(
  'say add write tweet ask continue explain note reply respond declare shout yell chant conclude insist argue warn recall admit acknowledge announce observe remark comment joke quip muse boast complain lament concede confirm counter retort scoff snap plead suggest emphasize emphasise stress whisper cry scream exclaim proclaim promise vow predict answer read recount opine interject mutter murmur groan bark thunder fume crow gush rave rant marvel exult bellow roar shriek sigh laugh chuckle sob drawl chime tease taunt mock concur object protest wail state claim post'.split(
    ' ',
  ),
);

/** Lemmas whose forms are also common nouns or adjectives. */
const WEAK = new Set(
  'post text email message report state charge question smile counter comment promise claim answer reply stress read object protest mock forecast tweet vow pledge sob sigh laugh roar cry fire shoot go put sing mouth reason question rage chant blast slam'.split(
    ' ',
  ),
);

/** Verbs that report speech only with their particle: "shot back", "went on", "put it", "pointed out". */
export const PARTICLES: Record<string, string> = { shoot: 'back', fire: 'back', go: 'on', put: 'it', point: 'out' };

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
  return [lemma, third, past, `${stem}ing`];
}

function buildSpeechVerbs(): Map<string, SpeechVerb> {
  const verbs = new Map<string, SpeechVerb>();
  for (const lemma of SPEECH_LEMMAS) {
    for (const form of IRREGULAR[lemma] ?? regularForms(lemma)) {
      if (verbs.has(form)) continue;
      const participle = form.endsWith('ing');
      verbs.set(form, { lemma, invertible: INVERTIBLE.has(lemma) && !participle, participle, weak: WEAK.has(lemma) });
    }
  }
  return verbs;
}

/** Every form of every speech verb, lowercased ("said" -> say). */
export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = buildSpeechVerbs();

/** Nouns naming something said, so that "Kerry's statement" or "the claim by Kerry" carries a speaker. */
export const SPEECH_NOUNS = new Set(
  'statement statements remark remarks comment comments words claim claims promise pledge vow warning tweet tweets message letter declaration post speech testimony response reply answer interview op-ed column essay memo email words quote quotes assertion argument insistence plea call appeal description'.split(
    ' ',
  ),
);

export type Gender = 'male' | 'female' | 'plural' | 'unknown';

/** Personal pronouns that can stand for a speaker ("he said"). */
export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);

/** Auxiliaries with "n't" ("he didn't say"), written with either apostrophe. */
const NEGATED =
  "didn't doesn't don't wasn't weren't hasn't haven't hadn't won't wouldn't couldn't can't isn't aren't cannot"
    .split(' ')
    .flatMap((w) => [w, w.replace("'", '’')]);

/** Words between a subject and its verb that leave the subject in place ("Kerry also said", "he has said"). */
export const VERB_MODIFIERS = new Set([
  ...'also later then once previously recently again had has have would will could might may can did does do was were is are been be reportedly simply just even often repeatedly frequently further flatly bluntly quickly quietly loudly angrily calmly finally initially first earlier still never always frequently curtly tersely openly publicly privately jokingly sarcastically not to on went go goes going as quoted apparently allegedly then- meanwhile however though too'.split(
    ' ',
  ),
  ...NEGATED,
]);

/** Words a subject phrase never crosses when read backwards from its verb. */
export const CLAUSE_BOUNDARIES = new Set(
  'that which who whom whose when where while if because although though but and or so as after before since until unless whether than like said says told'.split(
    ' ',
  ),
);

/** Prepositions that end a speaker phrase read forwards (`said Kerry in Moscow`). */
export const PREPOSITIONS = new Set(
  'in on at during to with from about after before by for of over under into onto upon via among amid against near across through per at'.split(
    ' ',
  ),
);

/** Determiners and possessives that may open a descriptive speaker phrase ("the official", "his spokesman"). */
export const DETERMINERS = new Set(
  'the a an his her their its our one another this that some two three several many'.split(' '),
);

/** Time words that end a speaker phrase (`said Kerry Monday`). */
export const TIME_WORDS = new Set(
  'today yesterday tonight tomorrow monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week month year earlier later recently now then ago last this next'.split(
    ' ',
  ),
);

/**
 * Titles and role words that come before a name and are not part of it ("President Barack Obama", "US Secretary of
 * State John Kerry"); stripped from a capitalised run to get the name.
 */
export const TITLE_WORDS = new Set(
  `mr mrs ms miss dr sir dame lord lady sen senator rep representative gov governor president vice prime minister
secretary state foreign defense defence interior finance justice treasury home chancellor premier king queen prince
princess sheikh emir general gen lt col colonel capt captain sgt sergeant maj major adm admiral cmdr commander
chief officer judge justice attorney mayor speaker leader house senate congressman congresswoman councilman
councilwoman councillor council spokesman spokeswoman spokesperson director chairman chairwoman chair ceo
ambassador envoy commissioner minority majority whip deputy assistant acting former ex the pope father rev
reverend bishop archbishop cardinal rabbi imam prof professor coach manager gop republican democrat democratic
independent us u.s. uk u.k. un u.n. eu russian american british french german chinese syrian iranian israeli
iraqi turkish saudi ukrainian department ministry office white hon st. st pres supt det insp mp candidate nominee
senior junior top first lady pm mp mep msp executive shadow tory labour conservative liberal lib dem detective
superintendent inspector constable head`
    .split(/\s+/)
    .filter(Boolean),
);

/** Role nouns grouped by what a description can call them ("the top US diplomat" fits a Secretary of State). */
export const ROLE_CLASSES: Record<string, string[]> = {
  diplomat: [
    'secretary of state',
    'foreign minister',
    'foreign secretary',
    'ambassador',
    'envoy',
    'diplomat',
    'foreign affairs',
  ],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'spokesmen'],
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'leader', 'head of state', 'emir'],
  lawmaker: [
    'senator',
    'sen.',
    'representative',
    'rep.',
    'congressman',
    'congresswoman',
    'lawmaker',
    'legislator',
    'mp',
    'member of parliament',
  ],
  candidate: ['candidate', 'nominee', 'contender', 'hopeful', 'challenger'],
  commander: ['general', 'gen.', 'commander', 'admiral', 'colonel', 'chief of staff'],
  executive: ['chief executive', 'ceo', 'chairman', 'chairwoman', 'president', 'director', 'boss', 'head', 'founder'],
  minister: ['minister', 'secretary'],
};

/** Country references: adjectives, names, capitals and seats of government, by country. */
export const COUNTRIES: Record<string, string[]> = {
  us: ['us', 'u.s.', 'u.s', 'usa', 'american', 'america', 'united states', 'washington', 'white house', 'pentagon'],
  russia: ['russia', 'russian', 'moscow', 'kremlin'],
  uk: ['uk', 'u.k.', 'britain', 'british', 'london', 'downing street', 'english', 'england'],
  france: ['france', 'french', 'paris', 'elysee'],
  germany: ['germany', 'german', 'berlin'],
  china: ['china', 'chinese', 'beijing'],
  syria: ['syria', 'syrian', 'damascus'],
  iran: ['iran', 'iranian', 'tehran'],
  iraq: ['iraq', 'iraqi', 'baghdad'],
  israel: ['israel', 'israeli', 'jerusalem'],
  turkey: ['turkey', 'turkish', 'ankara'],
  ukraine: ['ukraine', 'ukrainian', 'kiev', 'kyiv'],
  saudi: ['saudi', 'saudi arabia', 'riyadh'],
  japan: ['japan', 'japanese', 'tokyo'],
  india: ['india', 'indian', 'new delhi', 'delhi'],
  pakistan: ['pakistan', 'pakistani', 'islamabad'],
  egypt: ['egypt', 'egyptian', 'cairo'],
  mexico: ['mexico', 'mexican'],
  canada: ['canada', 'canadian', 'ottawa'],
  italy: ['italy', 'italian', 'rome'],
  spain: ['spain', 'spanish', 'madrid'],
  korea: ['korea', 'korean', 'seoul', 'pyongyang'],
  afghanistan: ['afghanistan', 'afghan', 'kabul'],
  australia: ['australia', 'australian', 'canberra'],
};

/** Nouns for works with titles: a quoted Title Case phrase after one of these is a title, not a quotation. */
export const WORK_NOUNS = new Set(
  'book books film films movie movies show shows series song songs album albums novel novels article articles column columns op-ed editorial headline headlined titled entitled called dubbed named program programme documentary play musical painting poem memoir essay report podcast episode magazine newspaper paper campaign slogan hashtag bill act initiative exhibit exhibition track single opera sitcom drama'.split(
    ' ',
  ),
);

/** Capitalised words that open sentences or clauses and are never names. */
export const NOT_NAMES = new Set(
  `the a an but and or so yet in on at for of to from by with as if when while after before since because although
though however meanwhile moreover still then there here this that these those it its he she they we i you his her
their our my your what who why how which where asked says said according also even just only now today yesterday
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december mr mrs ms dr not no yes one two three some many most all both each every
instead despite during under over about like unlike among other another such last next first new earlier later
well oh please thank thanks let sources officials`
    .split(/\s+/)
    .filter(Boolean),
);

/** Quotations shorter than this many words count only when a speech verb binds them to a speaker. */
export const SHORT_QUOTE_WORDS = 4;

/** Nouns for written or displayed words, which can "say" things themselves ("a sign saying", "a tweet reading"). */
export const TEXT_NOUNS = new Set(
  'sign signs banner banners placard placards poster posters shirt shirts headline caption message messages tweet tweets post letter note email statement release ad ads advertisement video spot website page flyer leaflet'.split(
    ' ',
  ),
);
