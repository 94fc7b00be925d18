import { type ProposalCase, testProposals } from '../fixtures.js';
import { useFloodCorpus } from './reason-manner-fixture.js';

const propose = useFloodCorpus();

/** [rule id, question, a snippet of the sentence it reads, a phrase it must not propose] */
const CASES: ProposalCase[] = [
  // no opening points back to the sentence before
  ['why-sentence-before', 'why did the farmers wait', 'Farmers will', 'fill the sand bags'],
  // after the dash comes what happens otherwise, not the reason
  ['why-after-break', 'why must volunteers fill the sand bags tonight', 'Volunteers must', 'the water will reach'],
  // a gerund has no subject: the schedule causes nothing
  ['why-cause-subject', 'why are the crews at the dike', 'schedule for leaving', 'schedule'],
  // "large" before a noun describes the trucks: no size of anything
  ['number-of-unit', 'how large is the dike', 'Several large trucks', 'Several'],
  // the question's own number measures something else
  ['number-measure', 'how far does the 12 metres high dike run', '12 metres high', '12 metres'],
  // nothing is said to be anything here
  ['how-described', 'how did Brook describe the dike', 'Several large trucks', 'sand'],
  // the noun asked about, but nothing gives its name
  ['what-kind-called', 'what trucks carried sand', 'Several large trucks', 'sand'],
  // no announcement before it: the sentence is not what one announced
  ['what-announced', 'how did the mayor describe the flood', 'best defence', 'best defence'],
  // "two of the trucks" is a part of another whole
  ['number-part-of', 'how many of the pumps were working', 'Two of the trucks', 'Two'],
  // "in years" is no length of anything
  ['number-bare-duration', 'how long has the river been high', 'this high', 'years'],
  // a rest that only says when answers no "how"
  ['what-rest', 'how will the volunteers be working', 'Later today', 'Later today'],
];

testProposals('rules of reasons, manners and measures: phrases they must not propose', CASES, propose, false);
