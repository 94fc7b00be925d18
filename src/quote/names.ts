/** Courtesy titles that add nothing to a name ("Mr Lavrov" is Lavrov). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev']);
/** Words that open a description rather than a name ("the Russian foreign minister"). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words of a role that say nothing on their own ("Secretary of State", "founder of the Alliance"). */
const FUNCTION_WORDS = new Set([...ARTICLES, 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'with']);
/** Name endings that are not the family name ("Martin Luther King Jr"). */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * A name or description folded for comparison: accents and case dropped, curly apostrophes and possessives
 * gone, every other mark a space ("Sergei Lavrov's" -> "sergei lavrov", "al-Assad" -> "al assad").
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a normalized name without courtesy titles or a leading article. */
export function nameTokens(text: string): string[] {
  const tokens = normalizeName(text).split(' ').filter(Boolean);
  while (tokens.length > 0 && ARTICLES.has(tokens[0])) tokens.shift();
  return tokens.filter((t) => !HONORIFICS.has(t));
}

/** Whether a name is given with a courtesy title ("Mr Kerry"): then its last word is a family name. */
export function hasCourtesyTitle(text: string): boolean {
  return normalizeName(text)
    .split(' ')
    .some((t) => HONORIFICS.has(t));
}

/** Whether a word of a name or role carries meaning on its own (not "of", "the"). */
export function isContentToken(token: string): boolean {
  return !FUNCTION_WORDS.has(token);
}

/** Words after which a role's head is done ("secretary of state": the head is "secretary"). */
const ROLE_BREAKS = new Set(['of', 'for', 'at', 'in', 'on', 'to', 'with', 'under']);

/**
 * The head word of a role, what the role is: the last word before its first "of"-like word, else its last
 * word ("russian foreign minister" -> "minister", "daughter of the republican nominee" -> "daughter").
 */
export function roleHead(tokens: string[]): string | undefined {
  const stop = tokens.findIndex((t) => ROLE_BREAKS.has(t));
  return (stop > 0 ? tokens.slice(0, stop) : tokens).at(-1);
}

/**
 * How two spellings of one name compare equal: its words without middle initials ("John F. Kerry" and
 * "John Kerry" -> "john kerry").
 */
export function spellingKey(name: string): string {
  const tokens = nameTokens(name);
  return tokens.filter((t, i) => t.length > 1 || i === 0 || i === tokens.length - 1).join(' ');
}

/** The family name of a personal name of two words or more ("John F. Kerry" -> "kerry"), else null. */
export function surnameOf(name: string): string | null {
  const tokens = nameTokens(name);
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1])) tokens.pop();
  return tokens.length > 1 ? tokens[tokens.length - 1] : null;
}

/** Lowercase words that may sit inside a proper name ("Bank of England", "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(
  'of the and for de del della da di do dos van von der den al el bin ibn la le du y upon on in at'.split(' '),
);

/**
 * Whether a speaker string is a proper name ("John Kerry", "Bank of England", "Bashar al-Assad") rather than
 * a description ("a State Department spokesman", "Mr Kerry's spokesman", "officials"): it starts with a
 * capital, not with an article, and every other word is capitalised or a particle.
 */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0] ?? '') || ARTICLES.has(words[0].toLowerCase())) return false;
  return words.every((w) => /(?:^|[-'’])[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()));
}
