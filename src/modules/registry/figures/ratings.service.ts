import { type Ctx, inTransaction } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { formatDate, formatNumber } from '../../../lib/vi/index.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { assertOrgAccess, assertRegistryWriter } from '../org-access.ts';
import { RATING_GRADE_LABELS, type RatingGrade } from '../registry-enums.dto.ts';
import { loadBandSets } from './figure-dictionary.service.ts';
import { loadOrgFacts, type OrgFacts, yearAt } from './figures-context.ts';
import { type RatingRow, selectRating, selectRatings, upsertRating } from './org-ratings.repo.ts';
import { bandSetForYear, gradeForScore, tooYoungToRate } from './rating-bands.ts';
import type { RatingBandSetDto, RatingDto, RatingInput, RatingList } from './ratings.dto.ts';

/** Why the organisation cannot be rated for the year (too young under the set in force), or null. */
function notRatedReason(org: OrgFacts, year: number, set: RatingBandSetDto | null): string | null {
  const since = org.foundedOn ?? org.registeredOn;
  if (!set || !since || !tooYoungToRate(since, year, set.minMonthsOperating)) return null;
  return `Hoạt động chưa đủ ${set.minMonthsOperating} tháng tính đến 31/12/${year} (thành lập ngày ${formatDate(since)}): không xếp loại`;
}

function presentRating(row: RatingRow, reason: string | null): RatingDto {
  const grade = row.grade as RatingGrade;
  return {
    orgId: row.orgId,
    year: row.year,
    grade,
    gradeLabel: RATING_GRADE_LABELS[grade],
    score: row.score,
    bandSetId: row.bandSetId,
    note: row.note,
    notRatedReason: grade === 'khong_xep_loai' ? reason : null,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const invalid = (field: string, message: string) =>
  new AppError('VALIDATION', { fieldErrors: { [field]: message } });

/** The grade to store: forced, chosen, or computed from the score by the set in force. */
function decideGrade(
  input: RatingInput,
  year: number,
  set: RatingBandSetDto | null,
  reason: string | null,
): { grade: RatingGrade; bandSetId: string | null } {
  const score = input.score ?? null;
  if (reason || input.grade === 'khong_xep_loai')
    return { grade: 'khong_xep_loai', bandSetId: set?.id ?? null };
  if (score === null) {
    if (!input.grade) throw invalid('score', 'Vui lòng nhập điểm hoặc chọn xếp loại');
    return { grade: input.grade, bandSetId: null };
  }
  if (!set) throw invalid('score', `Chưa có thang xếp loại áp dụng cho năm ${year}; vui lòng chọn xếp loại`);
  const computed = gradeForScore(set, score);
  if (!computed) throw invalid('score', `Điểm ${formatNumber(score)} thấp hơn mọi mức của thang xếp loại`);
  if (input.grade && input.grade !== computed) {
    throw invalid(
      'grade',
      `Điểm ${formatNumber(score)} tương ứng xếp loại “${RATING_GRADE_LABELS[computed]}”, không phải “${RATING_GRADE_LABELS[input.grade]}”`,
    );
  }
  return { grade: computed, bandSetId: set.id };
}

export async function listRatings(ctx: Ctx, orgId: string): Promise<RatingList> {
  await assertOrgAccess(ctx, orgId, 'read');
  const org = await loadOrgFacts(ctx, orgId);
  const [rows, sets] = await Promise.all([selectRatings(ctx.db, ctx.tenantId, orgId), loadBandSets(ctx)]);
  return {
    items: rows.map((r) => presentRating(r, notRatedReason(org, r.year, bandSetForYear(sets, r.year)))),
  };
}

export async function getRating(ctx: Ctx, orgId: string, year: number): Promise<RatingDto> {
  await assertOrgAccess(ctx, orgId, 'read');
  const org = await loadOrgFacts(ctx, orgId);
  const row = await selectRating(ctx.db, ctx.tenantId, orgId, year);
  if (!row) throw new AppError('NOT_FOUND', { message: `Tổ chức chưa có xếp loại năm ${year}.` });
  return presentRating(row, notRatedReason(org, year, bandSetForYear(await loadBandSets(ctx), year)));
}

/** Rates an organisation for a year (staff only), with the bands in force that year. Audited. */
export async function saveRating(
  ctx: Ctx,
  orgId: string,
  year: number,
  input: RatingInput,
  now: Date,
): Promise<RatingDto> {
  assertRegistryWriter(ctx);
  await assertOrgAccess(ctx, orgId, 'write');
  if (year > yearAt(now)) throw invalid('year', `Chưa thể xếp loại cho năm ${year}`);
  const org = await loadOrgFacts(ctx, orgId);
  const set = bandSetForYear(await loadBandSets(ctx), year);
  const reason = notRatedReason(org, year, set);
  const { grade, bandSetId } = decideGrade(input, year, set, reason);
  return inTransaction(ctx, async (tx) => {
    const before = await selectRating(tx.db, tx.tenantId, orgId, year);
    const row = await upsertRating(tx.db, {
      tenantId: tx.tenantId,
      orgId,
      year,
      grade,
      score: input.score ?? null,
      bandSetId,
      note: input.note,
      updatedBy: tx.actor?.id ?? null,
    });
    const dto = presentRating(row, reason);
    const brief = (r: RatingRow | RatingDto) => ({ year, grade: r.grade, score: r.score, note: r.note });
    await recordAudit(tx, {
      action: 'org.rating.update',
      entity: 'org',
      entityId: orgId,
      before: before ? brief(before) : null,
      after: { ...brief(dto), bandSetId },
    });
    return dto;
  });
}
