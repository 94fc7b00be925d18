import { termsOf } from '../../index/terms.js';

/**
 * Words a question and its answer sentence often swap for each other. General English, not taken from any
 * corpus; each line is one group (inflections need no listing: the index terms join them, see lemmas.ts).
 */
const GROUPS = `begin start commence launch open erupt
end finish stop close conclude halt
buy purchase acquire
win beat defeat triumph
sell auction
kill murder slay shoot assassinate
die death dead perish
big large huge giant enormous size
small little tiny
build construct erect
create make produce form
help assist aid support
rich wealthy
poor poverty
choose select pick elect
leave depart quit exit flee
get receive obtain earn
give donate award grant
live reside inhabit dwell
want wish hope
meet talk discuss negotiate
say tell announce declare
show display exhibit
find discover uncover locate
cost price pay charge fee
child children kid youngster
job work career employment occupation
try attempt
fight battle war combat conflict fighting
sick ill illness disease
doctor physician
money funds cash dollars
car vehicle automobile
boss head chief leader lead
injure hurt wound
increase rise grow climb
decrease fall drop decline
allow permit let
ban prohibit forbid
arrive reach come
famous well-known renowned
old ancient elderly aged
study research examine investigate
protest demonstrate rally
reason cause because
place location site
home house residence
team club squad
marry married husband wife spouse wedding
birth born birthday
win winner victory victorious champion
run operate manage
earn salary wage income
live home resident inhabitant population
write writer author
journey trip trek voyage route expedition
kill dead death
star starring
sibling brother sister
parent mother father
care caretaker
origin native hometown`;

const GROUP_OF = new Map<string, Set<string>>();
for (const line of GROUPS.split('\n')) {
  const group = new Set(line.split(/\s+/).flatMap((w) => termsOf(w)));
  for (const term of group) {
    const merged = GROUP_OF.get(term);
    if (merged) for (const other of group) merged.add(other);
    else GROUP_OF.set(term, new Set(group));
  }
}

/** Each term's synonyms, itself excluded, listed once: ranking asks for them for every sentence it scores. */
const SYNONYMS = new Map([...GROUP_OF].map(([term, group]) => [term, [...group].filter((t) => t !== term)]));
const NONE: readonly string[] = [];

/** Terms that can stand for `term` in an answer sentence (itself excluded). */
export function synonymsOf(term: string): readonly string[] {
  return SYNONYMS.get(term) ?? NONE;
}
