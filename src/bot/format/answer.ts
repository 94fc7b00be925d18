import type { APIEmbed } from 'discord.js';
import { answerReading } from '../../answer/reading.js';
import type { Answer, Evidence } from '../../answer/types.js';
import type { Reply } from '../command.js';
import { COLORS } from './colors.js';
import { excerpt } from './excerpt.js';
import { clip, joinWithin, LIMITS } from './limits.js';
import { escapeText, escapeWithin, oneLine, sourceLabel } from './markdown.js';

/** Evidence sentences longer than this are cut around the answer: a phone screen shows about this much. */
const SENTENCE_MAX = 600;
/** How many evidence sentences an answer shows at most; the rest are counted. */
const EVIDENCE_SHOWN = 3;
/** A remark under the answer is one or two lines, not an essay. */
const NOTE_MAX = 300;

export const NO_ANSWER = "The articles don't say.";

/** Where the answer phrase sits inside the evidence sentence: from its offsets, else by finding its words. */
function answerSpan(evidence: Evidence, answer: string): [number, number] | null {
  const { sentence, start, answerStart, answerEnd } = evidence;
  if (answerStart !== undefined && answerEnd !== undefined) {
    const from = answerStart - start;
    const to = answerEnd - start;
    if (from >= 0 && from < to && to <= sentence.length) return [from, to];
  }
  const at = sentence.toLowerCase().indexOf(answer.toLowerCase());
  return at >= 0 ? [at, at + answer.length] : null;
}

/**
 * The sentence as one escaped line with the answer in bold (spaces kept outside the markers, or they show).
 * `answer` null or empty: there is no answer, nothing is bold.
 */
export function boldSentence(evidence: Evidence, answer: string | null): string {
  const span = answer === null || answer.trim() === '' ? null : answerSpan(evidence, answer);
  const { before, focus, after } = excerpt(evidence.sentence, span, SENTENCE_MAX);
  const text = (part: string) => escapeText(part.replace(/\s+/g, ' '));
  const bold = focus.trim() === '' ? '' : `**${text(focus.trim())}**`;
  const gapBefore = /\s$/.test(before) || /^\s/.test(focus) ? ' ' : '';
  const gapAfter = /\s$/.test(focus) || /^\s/.test(after) ? ' ' : '';
  return `${text(before).trim()}${gapBefore}${bold}${gapAfter}${text(after).trim()}`.trim();
}

function evidenceBlock(evidence: Evidence, answer: string | null): string {
  return `> ${boldSentence(evidence, answer)}\n${sourceLabel(evidence)}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The reply to `/ask`: the short answer as the title, the evidence sentences with the answer in bold, the sources. */
export function answerReply(answer: Answer): Reply {
  const answered = answer.answer !== null && answer.answer.trim() !== '';
  const intro = !answered && answer.evidence.length > 0 ? 'The closest sentences:' : '';
  // A note that only says what the title says ("The articles don't say.") is left out.
  const same = (a: string, b: string) => a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');
  const noteText = oneLine(answer.note ?? '');
  const note = noteText && !same(noteText, NO_ANSWER) ? `*${escapeWithin(noteText, NOTE_MAX)}*` : '';
  const room = LIMITS.description - intro.length - note.length - 4;
  const evidence = joinWithin(
    answer.evidence.map((e) => evidenceBlock(e, answered ? answer.answer : null)),
    room,
    (left) => `…and ${plural(left, 'more source')}`,
    { limit: EVIDENCE_SHOWN },
  );
  const description = [intro, evidence, note].filter((part) => part !== '').join('\n\n');
  const embed: APIEmbed = {
    author: { name: clip(oneLine(answer.question), LIMITS.author) },
    title: answered ? escapeWithin(oneLine(answerReading(answer) ?? ''), LIMITS.title) : NO_ANSWER,
    color: answered ? COLORS.answer : COLORS.none,
    ...(description === '' ? {} : { description }),
  };
  return { embeds: [embed] };
}
