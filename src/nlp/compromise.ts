import type Compromise from 'compromise';
import { createRequire } from 'node:module';

/**
 * compromise, from its CommonJS build: one bundled file, which loads in about a third of the time its ES
 * modules take (most of a warm start's loading of code). The same code, lexicon and tags. Everything in
 * newsbot uses this one instance: one lexicon in memory, and its tagging patterns parsed once.
 */
export const nlp = createRequire(import.meta.url)('compromise') as typeof Compromise;
