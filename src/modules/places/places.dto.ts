import { z } from 'zod';

const ProvinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số');

export const ProvinceDto = z.object({ code: z.string(), name: z.string() });
export type ProvinceDto = z.infer<typeof ProvinceDto>;

export const ProvinceList = z.object({ items: z.array(ProvinceDto) });
export type ProvinceList = z.infer<typeof ProvinceList>;

export const CommuneDto = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
});
export type CommuneDto = z.infer<typeof CommuneDto>;

export const CommuneList = z.object({ items: z.array(CommuneDto) });
export type CommuneList = z.infer<typeof CommuneList>;

export const CommuneQuery = z.object({
  q: z.string().trim().min(1, 'Vui lòng nhập tên xã, phường').max(100, 'Tối đa 100 ký tự'),
  province: ProvinceCode.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1, 'Số kết quả từ 1 đến 50')
    .max(50, 'Số kết quả từ 1 đến 50')
    .default(10),
});
export type CommuneQuery = z.infer<typeof CommuneQuery>;

export const ResolveInput = z.object({
  address: z.string().trim().min(1, 'Vui lòng nhập địa chỉ').max(500, 'Địa chỉ tối đa 500 ký tự'),
  /** The tenant's province: breaks ties, never makes a match alone. */
  provinceCode: ProvinceCode.optional(),
});
export type ResolveInput = z.infer<typeof ResolveInput>;

export const LegacyCommuneDto = z.object({ name: z.string(), district: z.string(), province: z.string() });
export type LegacyCommuneDto = z.infer<typeof LegacyCommuneDto>;

export const CommuneCandidate = CommuneDto.extend({
  /** The pre-2025 commune that went to this one, when the address named an old commune. */
  legacy: LegacyCommuneDto.nullable(),
  score: z.number().min(0).max(1),
});
export type CommuneCandidate = z.infer<typeof CommuneCandidate>;

export const ParsedAddressDto = z.object({
  commune: z.string().nullable(),
  district: z.string().nullable(),
  province: z.string().nullable(),
});
export type ParsedAddressDto = z.infer<typeof ParsedAddressDto>;

export const ResolveStatus = z.enum(['matched', 'ambiguous', 'not_found']);
export type ResolveStatus = z.infer<typeof ResolveStatus>;

export const ResolveResult = z.object({
  status: ResolveStatus,
  confidence: z.number().min(0).max(1),
  match: CommuneCandidate.nullable(),
  alternatives: z.array(CommuneCandidate),
  /** What was read from the text, as written. */
  parsed: ParsedAddressDto,
});
export type ResolveResult = z.infer<typeof ResolveResult>;
