/**
 * Time expressions: the tagger and normaliser behind `dates[]` of `newsbot extract` (TimeML values resolved
 * against the article's date), the inference of an undated article's date, and the rendering of a value
 * for replies.
 */
export { inferDatesAcrossArticles } from './corpus.js';
export { extractTimeExpressions } from './extract.js';
export { inferArticleDate } from './infer.js';
export { renderTimeValue } from './render.js';
