import { z } from 'zod';
import { MenuHref } from './link-url.dto.ts';

const Label = z.string().trim().min(1, 'Vui lòng nhập tên mục').max(60, 'Tên mục tối đa 60 ký tự');

export const MenuLink = z.object({ label: Label, url: MenuHref });
export type MenuLink = z.infer<typeof MenuLink>;

/** A top-level entry with at most one level of children. */
export const MenuEntry = MenuLink.extend({
  children: z.array(MenuLink).max(15, 'Tối đa 15 mục con').default([]),
});
export type MenuEntry = z.infer<typeof MenuEntry>;

/** The whole menu, replaced at once; an empty list restores the default menu. */
export const MenuInput = z.object({ items: z.array(MenuEntry).max(12, 'Menu chính tối đa 12 mục') });
export type MenuInput = z.infer<typeof MenuInput>;

export const MenuDto = z.object({
  items: z.array(MenuEntry),
  /** True while the alliance has not saved its own menu: items are the built-in default. */
  isDefault: z.boolean(),
});
export type MenuDto = z.infer<typeof MenuDto>;
