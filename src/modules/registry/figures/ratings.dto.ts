import { z } from 'zod';
import { RatingGrade } from '../registry-enums.dto.ts';

/** A grade and the lowest score that earns it. */
export const RatingBand = z.object({
  grade: RatingGrade,
  minScore: z.number(),
});
export type RatingBand = z.infer<typeof RatingBand>;

/** A versioned set of bands: it applies from `fromYear` until a set with a later fromYear. */
export const RatingBandSetDto = z.object({
  id: z.string(),
  fromYear: z.number().int(),
  legalBasis: z.string(),
  /** Highest first. */
  bands: z.array(RatingBand),
  /** An organisation operating fewer months than this by 31/12 is not rated. */
  minMonthsOperating: z.number().int(),
});
export type RatingBandSetDto = z.infer<typeof RatingBandSetDto>;

export const RatingBandSetList = z.object({ items: z.array(RatingBandSetDto) });
export type RatingBandSetList = z.infer<typeof RatingBandSetList>;

/**
 * A rating: a score (the grade follows from the bands in force), or a grade alone, or
 * 'khong_xep_loai'. A grade sent with a score must agree with it.
 */
export const RatingInput = z.object({
  score: z
    .number({ error: 'Điểm phải là số' })
    .min(0, 'Điểm từ 0 đến 100')
    .max(100, 'Điểm từ 0 đến 100')
    .nullable()
    .optional(),
  grade: RatingGrade.optional(),
  note: z.string({ error: 'Ghi chú không hợp lệ' }).trim().max(2000, 'Ghi chú tối đa 2000 ký tự').default(''),
});
export type RatingInput = z.infer<typeof RatingInput>;

export const RatingDto = z.object({
  orgId: z.uuid(),
  year: z.number().int(),
  grade: RatingGrade,
  gradeLabel: z.string(),
  score: z.number().nullable(),
  /** The band set the grade was computed with (null: grade entered without a score, no set in force). */
  bandSetId: z.string().nullable(),
  note: z.string(),
  /** Why the organisation is not rated that year, when the rule decided it. */
  notRatedReason: z.string().nullable(),
  updatedBy: z.uuid().nullable(),
  updatedAt: z.string(),
});
export type RatingDto = z.infer<typeof RatingDto>;

/** Newest year first. */
export const RatingList = z.object({ items: z.array(RatingDto) });
export type RatingList = z.infer<typeof RatingList>;
