import { type ProposalCase, testProposals } from '../fixtures.js';
import { useFloodCorpus } from './reason-manner-fixture.js';

const propose = useFloodCorpus();

/** [rule id, question, a snippet of the sentence it reads, what it must propose] */
const CASES: ProposalCase[] = [
  // the result sentence points back: the reason is the sentence before it
  ['why-sentence-before', 'why must the council close the river road', 'It means', 'Heavy snow fell all winter'],
  ['why-after-break', 'why will farmers have to wait', 'Farmers will', 'the fields are still under water'],
  ['how-described', 'how did Ada Brook describe the flood', 'described the flood', 'worst in forty years'],
  // the thing described, then "is"
  ['how-described', 'how did Brook describe the dike', 'best defence', 'best defence'],
  ['number-measure', 'how high is the new dike', '12 metres high', '12 metres'],
  ['number-measure', 'how long is the new dike', '12 metres high', 'three kilometres'],
  // "are" after a plural subject
  ['what-is-copula', 'what are floodgates', 'steel doors', 'steel doors'],
  ['what-kind-called', 'what vessel do the crews use', 'Lake Lady', 'Lake Lady'],
  ['what-announced', 'how can the town stop the flood, according to engineers', 'raise the dike', 'raise the dike'],
  // the part, before "of" and the whole
  ['number-part-of', 'how many of the pumps were working', 'five pumps', 'Three'],
  ['number-bare-duration', 'how long did the water take to reach the market square', 'within hours', 'within hours'],
  // the rest beyond the time phrase
  ['what-rest', 'how will the volunteers be working', 'Later today', 'boats'],
];

testProposals('rules of reasons, manners and measures', CASES, propose, true);
