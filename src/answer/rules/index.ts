import type { Expectation } from '../question/types.js';
import { HOW_MANY_RULES } from './howmany.js';
import { QUOTE_RULES } from './quote.js';
import { RESTATED_RULE } from './rest.js';
import { ROLE_RULES } from './role.js';
import type { AnswerRule } from './types.js';
import { WHAT_RULES } from './what.js';
import { WHEN_RULES } from './when.js';
import { WHERE_RULES } from './where.js';
import { WHO_RULES } from './who.js';
import { WHY_RULES } from './why.js';

/**
 * The answer rules for each expected answer. Every rule of the list runs on every evidence sentence; the
 * order inside a list is from the most specific pattern to the most general, and where two rules propose
 * the same phrase the earlier one's strength stands (see `collectCandidates`). The rest of a sentence that
 * restates the question closes the lists of typed answers, as the weakest guess.
 */
export const RULES: Record<Expectation, AnswerRule[]> = {
  person: [...WHO_RULES, RESTATED_RULE],
  role: ROLE_RULES,
  date: [...WHEN_RULES, RESTATED_RULE],
  place: [...WHERE_RULES, RESTATED_RULE],
  quotation: QUOTE_RULES,
  number: [...HOW_MANY_RULES, RESTATED_RULE],
  reason: WHY_RULES,
  thing: WHAT_RULES,
};
