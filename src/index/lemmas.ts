/**
 * Irregular English verb forms and their base form, so "met" finds "meet" and "won" finds "win": the
 * stemmer only strips regular endings. Applied before stemming, in the index and in queries alike.
 */
const IRREGULAR_VERBS = `arise arose arisen|awake awoke awoken|bear bore born borne|beat beaten|become became|begin began begun|
bend bent|bet|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought|
build built|burn burnt|burst|buy bought|catch caught|choose chose chosen|come came|cost|creep crept|cut|deal dealt|
dig dug|do did done|draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|
feed fed|feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|forget forgot forgotten|
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|
hang hung|have had has|hear heard|hide hid hidden|hit|hold held|hurt|keep kept|kneel knelt|know knew known|lay laid|
lead led|lean leant|leap leapt|learn learnt|leave left|lend lent|let|lie lain|light lit|lose lost|make made|
mean meant|meet met|pay paid|prove proven|put|quit|read|ride rode ridden|ring rang rung|rise rose risen|run ran|
say said|see saw seen|seek sought|sell sold|send sent|set|shake shook shaken|shed|shine shone|shoot shot|show shown|
shrink shrank shrunk|shut|sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|
spend spent|spin spun|spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting stung|
strike struck stricken|strive strove striven|swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|
teach taught|tear tore torn|tell told|think thought|throw threw thrown|understand understood|undertake undertook undertaken|
upset|wake woke woken|wear wore worn|weave wove woven|weep wept|win won|withdraw withdrew withdrawn|
write wrote written|overcome overcame|overtake overtook overtaken|mislead misled|oversee oversaw overseen|
rebuild rebuilt|withhold withheld|uphold upheld|foresee foresaw foreseen`;

/**
 * Short verbs in -y and -ie whose forms the stemmer takes apart ("try" -> try but "tried" -> tri, "die" -> die
 * but "died" -> di and "dying" -> dy): listed like the irregular ones, so every form finds the others.
 */
const SHORT_VERBS = `cry cried cries|dry dried dries|fly flies|fry fried fries|pry pried pries|spy spied spies|
try tried tries|die died dies dying|lie lied lies lying|tie tied ties tying|vie vied vies vying`;

const BASE_FORM: ReadonlyMap<string, string> = new Map(
  `${IRREGULAR_VERBS}|${SHORT_VERBS}`.split('|').flatMap((group) => {
    const [base, ...forms] = group.trim().split(/\s+/);
    return forms.map((form) => [form, base] as const);
  }),
);

/** The base form of an irregular verb form ("bought" -> "buy"), else the word itself. */
export function baseForm(word: string): string {
  return BASE_FORM.get(word) ?? word;
}
