import type { Ctx } from '../../../core/context.ts';
import type { FigureDictionaryDto } from '../figures/figures.dto.ts';
import { checkFigures } from '../figures/figures.service.ts';
import type { OrgKind } from '../registry-enums.dto.ts';
import type { ChoicesInput, ImportField, ImportMapping } from './import.dto.ts';
import { selectFigures, selectRegister } from './import-register.repo.ts';
import type { FigureValues, PreparedRow } from './import-types.ts';
import { type Decision, decideRows, type ExistingOrg } from './row-decision.ts';
import { matchRows } from './row-matching.ts';

export interface Evaluation extends Decision {
  /** The register's organisations the rows matched, by id. */
  orgs: Map<string, ExistingOrg>;
}

const hasErrors = (row: PreparedRow) => !row.values.name || row.issues.some((i) => i.severity === 'error');

/**
 * Decides every prepared row against the register as it is now (inside the commit's
 * transaction, against what the commit will change): matches by code or name + commune, loads
 * the matched organisations' figures of the year and the year before, applies the figure rules.
 */
export async function evaluateRows(
  ctx: Ctx,
  input: {
    rows: readonly PreparedRow[];
    choices: ChoicesInput;
    mapping: ImportMapping;
    year: number;
    dictionary: FigureDictionaryDto;
  },
): Promise<Evaluation> {
  const register = (await selectRegister(ctx.db, ctx.tenantId)) as ExistingOrg[];
  const matches = matchRows(input.rows, input.choices, register, hasErrors);
  const matchedIds = new Set(matches.flatMap((m) => (m.kind === 'existing' ? [m.orgId] : [])));
  const orgs = new Map(register.filter((o) => matchedIds.has(o.id)).map((o) => [o.id, o]));
  const figures = new Map<string, FigureValues>();
  const previous = new Map<string, FigureValues>();
  for (const f of await selectFigures(ctx.db, ctx.tenantId, [...matchedIds], [input.year, input.year - 1])) {
    const into = f.year === input.year ? figures : previous;
    const values = into.get(f.orgId) ?? {};
    values[f.indicatorCode] = Number(f.value);
    into.set(f.orgId, values);
  }
  const requiredRules = new Set(
    input.dictionary.rules.filter((r) => r.check === 'required').map((r) => r.code),
  );
  const columns = new Map<ImportField, string>();
  for (const c of input.mapping.columns) if (c.field) columns.set(c.field, c.column);
  const decision = decideRows({
    rows: input.rows,
    matches,
    choices: input.choices,
    orgs,
    figures,
    previous,
    indicators: input.dictionary.indicators,
    columns,
    checkFigures: (kind: OrgKind, values, prev) => {
      const result = checkFigures({ kind }, input.dictionary, values, prev);
      // A missing required figure does not block an import row: legacy sheets are partial.
      const required = (ruleCode: string) => requiredRules.has(ruleCode);
      return {
        errors: result.errors.filter((e) => !required(e.ruleCode)),
        warnings: [...result.warnings, ...result.errors.filter((e) => required(e.ruleCode))],
      };
    },
  });
  return { ...decision, orgs };
}
