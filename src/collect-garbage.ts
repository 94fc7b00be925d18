/**
 * Collects garbage now, when the process runs with `--expose-gc` (as `npm start` does); otherwise does
 * nothing. For an idle moment: a start leaves the snapshots' text and what was built from it behind, and
 * collecting it then spares the first questions the pause.
 */
export function collectGarbage(): boolean {
  const { gc } = globalThis as { gc?: () => void };
  if (typeof gc !== 'function') return false;
  gc();
  return true;
}
