import type { Ctx } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { representedOrgId } from '../org-access.ts';
import type { OrgKind } from '../registry-enums.dto.ts';
import { REGISTRY_READERS } from '../registry-roles.ts';
import {
  type FigureRuleRow,
  type IndicatorRow,
  selectActiveFigureRules,
  selectActiveIndicators,
  selectRatingBandSets,
} from './figure-dictionary.repo.ts';
import { indicatorsForKind } from './figure-rule-engine.ts';
import type {
  FigureDictionaryDto,
  FigureDictionaryQuery,
  FigureRuleDto,
  FigureRuleSeverity,
  IndicatorDto,
  IndicatorValueType,
} from './figures.dto.ts';
import type { RatingBand, RatingBandSetDto, RatingBandSetList } from './ratings.dto.ts';

export function presentIndicator(row: IndicatorRow): IndicatorDto {
  return {
    code: row.code,
    name: row.name,
    unit: row.unit,
    valueType: row.valueType as IndicatorValueType,
    help: row.help,
    position: row.position,
    required: row.required,
    appliesTo: row.appliesTo as OrgKind[],
  };
}

export function presentRule(row: FigureRuleRow): FigureRuleDto {
  return {
    code: row.code,
    severity: row.severity as FigureRuleSeverity,
    check: row.check as FigureRuleDto['check'],
    indicatorCode: row.indicatorCode,
    otherIndicatorCode: row.otherIndicatorCode,
    threshold: row.threshold,
    appliesTo: row.appliesTo as OrgKind[],
    message: row.message,
    legalBasis: row.legalBasis,
  };
}

/** The active dictionary and rules, read fresh (a few dozen rows) so every node sees the same. */
export async function loadDictionary(ctx: Ctx): Promise<FigureDictionaryDto> {
  // One after the other: this runs inside transactions too, where a connection takes one query at a time.
  const indicators = await selectActiveIndicators(ctx.db);
  const rules = await selectActiveFigureRules(ctx.db);
  return { indicators: indicators.map(presentIndicator), rules: rules.map(presentRule) };
}

/** Registry staff, and members (who fill the figures), may read the dictionary. */
async function assertDictionaryReader(ctx: Ctx): Promise<void> {
  const role = ctx.actor?.role;
  if (!role) throw new AppError('UNAUTHENTICATED');
  if ((REGISTRY_READERS as readonly string[]).includes(role)) return;
  if (role === 'thanh_vien' && (await representedOrgId(ctx))) return;
  throw new AppError('FORBIDDEN');
}

export async function getFigureDictionary(ctx: Ctx, q: FigureDictionaryQuery): Promise<FigureDictionaryDto> {
  await assertDictionaryReader(ctx);
  const all = await loadDictionary(ctx);
  if (!q.kind) return all;
  const kind = q.kind;
  return {
    indicators: indicatorsForKind(all.indicators, kind),
    rules: all.rules.filter((r) => r.appliesTo.length === 0 || r.appliesTo.includes(kind)),
  };
}

export async function loadBandSets(ctx: Ctx): Promise<RatingBandSetDto[]> {
  const rows = await selectRatingBandSets(ctx.db);
  return rows.map((r) => ({
    id: r.id,
    fromYear: r.fromYear,
    legalBasis: r.legalBasis,
    bands: r.bands as RatingBand[],
    minMonthsOperating: r.minMonthsOperating,
  }));
}

export async function listBandSets(ctx: Ctx): Promise<RatingBandSetList> {
  await assertDictionaryReader(ctx);
  return { items: await loadBandSets(ctx) };
}
