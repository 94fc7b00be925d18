import fc from 'fast-check';

/**
 * Hostile input (issue 9): what users can type into a question, a speaker, a topic or an article id.
 * Hand-picked strings by id (the id names the test), and generators for property tests.
 */

/** At least this long: far over what Discord lets through (300 characters), as a script or a bug might send. */
export const LONG = 100_000;

function long(unit: string): string {
  return unit.repeat(Math.ceil(LONG / unit.length)).slice(0, LONG);
}

export const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['blank', ' \t \u00a0 \u3000 '],
  ['line breaks', '\n\r\n\u2028\u2029\n'],
  ['control characters', 'who\u0000met\u0001\u0007\u001b[31mPutin\u007f\u009b'],
  ['zero-width characters', 'who\u200b met\u200c Pu\u200dtin\ufeff\u2060 Kerry\u00ad'],
  ['right-to-left text', 'מי נפגש עם פוטין ומתי? من التقى بوتين'],
  ['right-to-left override', '\u202eniM tuP tem ohw\u202c \u2067Kerry\u2069'],
  ['emoji', 'who met 🇷🇺 Putin 👩‍👩‍👧‍👦 🤝🏽 in 🗽 New York?'],
  ['lone surrogates', '\ud800 who met \udfff Putin \udbff'],
  ['combining marks', 'Ke\u0301\u0301\u0301\u0301rry La\u0336vrov Z\u0337\u0334\u0335a\u0338l\u0360go'],
  ['markdown', '**who** _met_ ~~Putin~~ ||spoiler|| [link](https://x.example) `code`\n> quote\n# heading\n- list'],
  ['code fence', '```js\nwhile (true) {}\n```\n~~~\nend'],
  ['mentions', '@everyone @here <@123456789012345678> <@!1> <@&2> <#400000000000000001> <t:0:R> <a:x:3>'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: metacharacters, not a placeholder
  ['regex metacharacters', '.*+?^${}()|[]\\/'],
  ['regex groups', '(?<name>x)(?=y)(?!z)\\1 [^a-z]{2,} \\d+\\s*\\w? $& $1 $$'],
  ['catastrophic backtracking', `${'a'.repeat(40)}! (a+)+$ (x|x)*y`],
  ['object keys', '__proto__ constructor prototype toString hasOwnProperty valueOf'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['object key as the noun counted', 'how many constructor Moscow'],
  ['object key after do-support', 'why does the constructor toString fail'],
  ['file path', '../../etc/passwd'],
  ['windows path', '..\\..\\windows\\win.ini'],
  ['html', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
  ['json', '{"question": null, "article": ["x"]}'],
  ['numbers', '1e999 -0 NaN Infinity 0x1f 18446744073709551616'],
  ['quotation marks', '“„«»‘’‚‹›"\'` "unclosed'],
  ['long letters', long('a')],
  ['long words', long('who met Putin in New York on Friday ')],
  ['long single word', long('Lavrov')],
  ['long opening brackets', long('(')],
  ['long quotation marks', long('"')],
  ['long full stops', long('.')],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: metacharacters, not a placeholder
  ['long regex metacharacters', long('.*+?^${}()|[]\\')],
  ['long emoji', long('👩‍👩‍👧‍👦🇷🇺')],
  ['long right-to-left text', long('من التقى بوتين ')],
  ['long zero-width characters', long('\u200b\u200d')],
  ['long line breaks', long('Kerry said\n')],
  ['long names', long('Kerry Lavrov Putin ')],
  ['long mentions', long('@everyone <@1> ')],
];

/** Words that reach deep into the answerer, the quote book and the summarizer: names, places, dates of the seeds. */
const WORDS = [
  'who',
  'when',
  'where',
  'what',
  'why',
  'how',
  'many',
  'did',
  'say',
  'said',
  'is',
  'the',
  'meeting',
  'talks',
  'Kerry',
  'John',
  'Lavrov',
  'Sergei',
  'Putin',
  'Assad',
  'Moscow',
  'New',
  'York',
  'Syria',
  'Friday',
  'December',
  '18',
  '2015',
  'about',
  'of',
  '?',
  '"',
  '“',
  '”',
  "'s",
  'Mr',
  'the Russian foreign minister',
  'minister',
];

/** Pieces that have broken parsers before: markup, mentions, metacharacters, invisible and reversed text. */
const PIECES = [
  '**',
  '_',
  '`',
  '```',
  '||',
  '~~',
  '>',
  '#',
  '@everyone',
  '@here',
  '<@1>',
  '<#2>',
  '.*',
  '(',
  ')',
  '[',
  ']',
  '\\',
  '$',
  '^',
  '|',
  '+',
  '?',
  '{2,}',
  '\u200b',
  '\u202e',
  '\u0000',
  '\n',
  '\t',
  '👩‍👧',
  '🇷🇺',
  'مرحبا',
  'שלום',
  '__proto__',
  'constructor',
  '../',
  'é',
  'e\u0301',
];

/** Any UTF-16 code unit, lone surrogates and control characters included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Random text of every kind: printable, any code point, any code unit, and word salads of the seeds' words. */
export function hostileText(maxLength = 200): fc.Arbitrary<string> {
  const salad = fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), {
      maxLength: 25,
    })
    .chain((parts) => fc.constantFrom(' ', '', '\n', '  ').map((separator) => parts.join(separator)));
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
    fc.string({ unit: 'binary-ascii', maxLength }),
    salad,
  );
}

/** Question shapes the answerer has rules for, with `{}` slots for hostile text, names and numbers. */
const QUESTIONS = [
  'what did {} say about {}',
  'what did the {} say',
  'who is {}',
  'who met {} in {}',
  'when is the {} meeting',
  'when did {} {} {}',
  'where did {} meet {}',
  'where is {}',
  'how many {} {}',
  'how long did {} last',
  'why did {} {}',
  'what is {}',
  '{} said what about {}?',
  'did {} say "{}"',
];

/** What goes in a slot: words, names, numbers and dates of every shape, and random text. */
function slot(): fc.Arbitrary<string> {
  const numbers = fc.constantFrom('0', '-1', '99999', '1e999', '31 February 2015', 'December 32', '2015-13-45', '½');
  return fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PIECES), numbers, hostileText(30));
}

/** Questions of the shapes the answerer knows, filled with hostile text: they reach past its first checks. */
export function hostileQuestion(): fc.Arbitrary<string> {
  return fc.constantFrom(...QUESTIONS).chain((shape) => {
    const slots = shape.split('{}').length - 1;
    return fc.array(slot(), { minLength: slots, maxLength: slots }).map((fills) => {
      let i = 0;
      return shape.replace(/\{\}/g, () => fills[i++]);
    });
  });
}

/** An article id as users type or mangle it: random text, or a real id changed a little. */
export function articleId(ids: string[]): fc.Arbitrary<string> {
  const mangled = fc
    .tuple(fc.constantFrom(...ids), fc.constantFrom('', ' ', '/', '../', '*', '.txt', '\u200b', '%00', '\\'))
    .chain(([id, extra]) => fc.constantFrom(`${extra}${id}`, `${id}${extra}`, id.toUpperCase(), id.slice(0, -1)));
  return fc.oneof(
    hostileText(60),
    mangled,
    fc.constantFrom(...HOSTILE.filter(([, text]) => text.length < LONG).map(([, text]) => text)),
  );
}
