import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import { MAIN_MENU, type MenuItem } from '../../site/layout/main-menu.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { MenuDto, MenuEntry, MenuInput } from './menu.dto.ts';
import * as repo from './menu.repo.ts';

/** A main-menu entry as the layout draws it, with an optional submenu. */
export interface MainMenuItem extends MenuItem {
  children?: MenuItem[];
}

function tree(rows: repo.MenuRow[]): MenuEntry[] {
  const top = rows.filter((r) => !r.parentId);
  return top.map((p) => ({
    label: p.label,
    url: p.url,
    children: rows.filter((c) => c.parentId === p.id).map((c) => ({ label: c.label, url: c.url })),
  }));
}

const defaultEntries = (): MenuEntry[] =>
  MAIN_MENU.map((m) => ({ label: m.label, url: m.href, children: [] }));

/** The menu the editor shows: the saved one, or the built-in default until one is saved. */
export async function getMenu(ctx: Ctx): Promise<MenuDto> {
  const saved = tree(await repo.listMenuRows(ctx.db, ctx.tenantId));
  return saved.length > 0 ? { items: saved, isDefault: false } : { items: defaultEntries(), isDefault: true };
}

/**
 * The public main menu: the alliance's saved menu, or the built-in MAIN_MENU (with its section
 * descriptions) when none is saved.
 */
export async function getMainMenu(ctx: Ctx): Promise<MainMenuItem[]> {
  const saved = tree(await repo.listMenuRows(ctx.db, ctx.tenantId));
  if (saved.length === 0) return MAIN_MENU.map((m) => ({ ...m }));
  return saved.map((e) => ({
    label: e.label,
    href: e.url,
    ...(e.children.length > 0 ? { children: e.children.map((c) => ({ label: c.label, href: c.url })) } : {}),
  }));
}

export async function saveMenu(ctx: Ctx, input: MenuInput): Promise<MenuDto> {
  return inTransaction(ctx, async (tx) => {
    const before = await getMenu(tx);
    await repo.replaceMenu(tx.db, tx.tenantId, input.items);
    const after = await getMenu(tx);
    await recordAudit(tx, {
      action: 'menu.update',
      entity: 'menu',
      before: before.isDefault ? null : before.items,
      after: after.isDefault ? null : after.items,
    });
    // The menu is in every page's header.
    contentChanged(tx, ['menu']);
    return after;
  });
}
