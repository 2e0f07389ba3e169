import type { RatingBandSetDto } from './ratings.dto.ts';

/** The band set used when no later version applies: Circular 01/2020/TT-BKHĐT (100-point scale). */
export const DEFAULT_BAND_SET_ID = 'tt01-2020';

/** Versioned rating bands; a new circular is a new set with a later fromYear, never an edit. */
export const RATING_BAND_SETS: readonly RatingBandSetDto[] = [
  {
    id: DEFAULT_BAND_SET_ID,
    fromYear: 2020,
    legalBasis:
      'Thông tư số 01/2020/TT-BKHĐT của Bộ Kế hoạch và Đầu tư hướng dẫn phân loại và đánh giá hợp tác xã',
    bands: [
      { grade: 'tot', minScore: 80 },
      { grade: 'kha', minScore: 65 },
      { grade: 'trung_binh', minScore: 50 },
      { grade: 'yeu', minScore: 0 },
    ],
    minMonthsOperating: 12,
  },
];
