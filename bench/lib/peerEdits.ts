/**
 * The edits the peer benchmarks write into one page and look for in another: open a
 * card's editor, write texts through the doc commands (as a remote edit), and find
 * when the peer first painted each text.
 */
import type { Page } from 'playwright-core';
import { sleep } from './stats';

/** Opens the editor of card `id` in `page`. */
export async function openEditor(page: Page, id: string): Promise<void> {
  await page.dblclick(`[data-card-id="${id}"] .jb-card__text`);
  await page.waitForSelector('textarea.jb-card__editor', { timeout: 10_000 });
}

/** Writes `texts` into card `id` in `page`, one setCardText each, 80 ms apart; returns when each was sent (wall clock). */
export async function writeEdits(
  page: Page,
  id: string,
  texts: readonly string[],
): Promise<number[]> {
  const sent: number[] = [];
  for (const text of texts) {
    sent.push(
      await page.evaluate(
        ([cardId, t]) => {
          const hook = window.__journeyboard!;
          const at = performance.timeOrigin + performance.now();
          hook.commands.setCardText(hook.session!.doc, cardId, t);
          return at;
        },
        [id, text] as const,
      ),
    );
    await sleep(80);
  }
  return sent;
}

/** When the peer painted each expected text first (texts only grow, so a later text includes an earlier one). */
export function paintedAt(
  seen: readonly { text: string; at: number }[],
  expected: readonly string[],
) {
  return expected.map((e) => seen.find((p) => p.text.startsWith(e))?.at ?? null);
}
