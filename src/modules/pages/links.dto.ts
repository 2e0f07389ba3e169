import { z } from 'zod';
import { LinkHref } from './link-url.dto.ts';

export const LinkInput = z.object({
  title: z.string().trim().min(1, 'Vui lòng nhập tên website').max(200, 'Tên tối đa 200 ký tự'),
  url: LinkHref,
  position: z.number().int('Thứ tự phải là số nguyên').min(0, 'Thứ tự không được âm').max(10_000).default(0),
});
export type LinkInput = z.infer<typeof LinkInput>;

export const LinkDto = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string(),
  position: z.number().int(),
});
export type LinkDto = z.infer<typeof LinkDto>;

export const LinkList = z.object({ items: z.array(LinkDto) });
export type LinkList = z.infer<typeof LinkList>;
