/** Embed colours: one per kind of reply, so a glance tells an answer from a "don't know". */
export const COLORS = {
  answer: 0x2f80ed,
  none: 0x8a8f98,
  quotes: 0x9b51e0,
  summary: 0x27ae60,
  sources: 0x56ccf2,
  notice: 0xf2994a,
} as const;
