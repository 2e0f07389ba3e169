import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SlugField = z
  .string()
  .trim()
  .toLowerCase()
  .max(100, 'Đường dẫn tối đa 100 ký tự')
  .refine((s) => s === '' || SLUG.test(s), 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang');

export const CategoryDto = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  slug: z.string(),
  url: z.string(),
  description: z.string(),
  position: z.number().int(),
  showOnHome: z.boolean(),
  articleCount: z.number().int(),
});
export type CategoryDto = z.infer<typeof CategoryDto>;

export const CategoryList = z.object({ items: z.array(CategoryDto) });
export type CategoryList = z.infer<typeof CategoryList>;

const Name = z
  .string()
  .trim()
  .min(2, 'Tên chuyên mục cần ít nhất 2 ký tự')
  .max(120, 'Tên chuyên mục tối đa 120 ký tự');
const Description = z.string().trim().max(1000, 'Mô tả tối đa 1000 ký tự');
const ParentId = z.uuid({ error: 'Chuyên mục cha không hợp lệ' }).nullable();

export const CategoryCreate = z.object({
  name: Name,
  /** Derived from the name when empty. */
  slug: SlugField.optional(),
  parentId: ParentId.default(null),
  description: Description.default(''),
  showOnHome: z.boolean().default(true),
});
export type CategoryCreate = z.infer<typeof CategoryCreate>;

export const CategoryUpdate = z
  .object({
    name: Name.optional(),
    slug: SlugField.optional(),
    parentId: ParentId.optional(),
    description: Description.optional(),
    showOnHome: z.boolean().optional(),
  })
  .strict();
export type CategoryUpdate = z.infer<typeof CategoryUpdate>;

/** The new order of the children of one parent (null: the top level). */
export const CategoryReorder = z.object({
  parentId: ParentId.default(null),
  ids: z.array(z.uuid()).max(500),
});
export type CategoryReorder = z.infer<typeof CategoryReorder>;
