import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Reply } from '../command.js';

/** The custom id of the button showing page `n` (1-based); null when it does not fit one (then no buttons). */
export type PageId = (page: number) => string | null;

/**
 * The row under a paginated reply: previous, "page / pages" (disabled, it only says where you are), next.
 * None when there is one page, or when an id does not fit (the caller counts what is left out instead).
 */
export function pageButtons(page: number, pages: number, pageId: PageId): Reply['components'] {
  const ids = [pageId(page - 1), pageId(page), pageId(page + 1)];
  if (pages < 2 || ids.some((id) => id === null)) return undefined;
  const button = (customId: string | null, label: string, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId ?? '',
    label,
    disabled,
  });
  const row: APIActionRowComponent<APIButtonComponent> = {
    type: ComponentType.ActionRow,
    components: [
      button(ids[0], '◀ Previous', page <= 1),
      button(ids[1], `${page} / ${pages}`, true),
      button(ids[2], 'Next ▶', page >= pages),
    ],
  };
  return [row];
}

/** A page number from a button or an option, as a whole number within 1..pages. */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(1, Math.trunc(page) || 1), Math.max(1, pages));
}
