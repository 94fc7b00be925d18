import { createRequire } from 'node:module';

type HtmlParser2 = typeof import('htmlparser2');

const require = createRequire(import.meta.url);
let loaded: HtmlParser2 | undefined;

/** htmlparser2, loaded with the first web page or feed read: a start over other files does not pay for it. */
export function htmlparser2(): HtmlParser2 {
  loaded ??= require('htmlparser2') as HtmlParser2;
  return loaded;
}
