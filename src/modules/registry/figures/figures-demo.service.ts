// Yearly figures, ratings and reports of the demo register, in bulk (see org-demo.service.ts for
// why). The values pass the same rules saveFigures applies (hard errors refuse the seed), and
// grades come from the score under the band set in force, as saveRating computes them.
import type { Ctx } from '../../../core/context.ts';
import type { OrgKind, ReportStatus } from '../registry-enums.dto.ts';
import { loadBandSets, loadDictionary } from './figure-dictionary.service.ts';
import type { FigureValueMap } from './figures.dto.ts';
import { checkFigures } from './figures.service.ts';
import * as repo from './figures-demo.repo.ts';
import { bandSetForYear, gradeForScore, tooYoungToRate } from './rating-bands.ts';

export interface DemoFiguresSeed {
  orgId: string;
  kind: OrgKind;
  /** Founding (else registration) day: an organisation too young for a year is not rated. */
  since: string | null;
  /** Values per year. */
  years: { year: number; values: FigureValueMap }[];
  rating?: { year: number; score: number; note?: string };
  report?: { year: number; status: ReportStatus; submittedAt?: Date; reviewedAt?: Date; comment?: string };
}

/** Inserts figures, ratings and reports of the demo organisations, in the caller's transaction. */
export async function seedDemoFigures(ctx: Ctx, seeds: readonly DemoFiguresSeed[]): Promise<void> {
  const dictionary = await loadDictionary(ctx);
  const sets = await loadBandSets(ctx);
  const figures: Parameters<typeof repo.insertFigureRows>[2][number][] = [];
  const ratings: Parameters<typeof repo.insertRatingRows>[1][number][] = [];
  const reports: Parameters<typeof repo.insertReportRows>[1][number][] = [];
  for (const s of seeds) {
    const byYear = new Map(s.years.map((y) => [y.year, y.values]));
    for (const { year, values } of s.years) {
      const { errors } = checkFigures({ kind: s.kind }, dictionary, values, byYear.get(year - 1) ?? null);
      if (errors.length > 0) {
        throw new Error(`demo figures ${s.orgId} ${year}: ${errors.map((e) => e.message).join('; ')}`);
      }
      for (const [indicatorCode, value] of Object.entries(values)) {
        figures.push({ orgId: s.orgId, year, indicatorCode, value });
      }
    }
    if (s.rating) {
      const set = bandSetForYear(sets, s.rating.year);
      const young = set && tooYoungToRate(s.since, s.rating.year, set.minMonthsOperating);
      const grade = young ? 'khong_xep_loai' : set ? gradeForScore(set, s.rating.score) : null;
      if (!grade) throw new Error(`demo rating ${s.orgId}: no band for ${s.rating.score}`);
      ratings.push({
        tenantId: ctx.tenantId,
        orgId: s.orgId,
        year: s.rating.year,
        grade,
        score: s.rating.score,
        bandSetId: set?.id ?? null,
        note: s.rating.note ?? '',
        updatedBy: null,
      });
    }
    if (s.report) {
      reports.push({
        tenantId: ctx.tenantId,
        orgId: s.orgId,
        year: s.report.year,
        status: s.report.status,
        comment: s.report.comment ?? '',
        submittedAt: s.report.submittedAt ?? null,
        reviewedAt: s.report.reviewedAt ?? null,
      });
    }
  }
  await repo.insertFigureRows(ctx.db, ctx.tenantId, figures);
  await repo.insertRatingRows(ctx.db, ratings);
  await repo.insertReportRows(ctx.db, reports);
}
