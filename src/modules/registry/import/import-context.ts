import type { Ctx } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { vietnamWallTime } from '../../../lib/vi/index.ts';
import { loadDictionary } from '../figures/figure-dictionary.service.ts';
import type { FigureDictionaryDto } from '../figures/figures.dto.ts';
import { cleanText } from './cell-values.ts';
import { HeaderDictionary, mapHeaderRow, yearInTitle } from './header-mapping.ts';
import { findImportHead, type ImportHead } from './import.repo.ts';
import type { StoredMapping } from './import-present.ts';
import type { ImportSheet } from './import-workbook.ts';

/** What every step of an import needs besides the import itself. */
export interface ImportEnv {
  ctx: Ctx;
  /** The request's clock (tests move it). */
  now: Date;
}

export async function loadImport(ctx: Ctx, id: string): Promise<ImportHead> {
  const head = await findImportHead(ctx.db, ctx.tenantId, id);
  if (!head) throw new AppError('NOT_FOUND', { message: 'Không tìm thấy lần nhập dữ liệu này.' });
  return head;
}

export interface Dictionaries {
  figures: FigureDictionaryDto;
  headers: HeaderDictionary;
}

export async function loadDictionaries(ctx: Ctx): Promise<Dictionaries> {
  const figures = await loadDictionary(ctx);
  return { figures, headers: new HeaderDictionary(figures.indicators) };
}

/** Today in Viet Nam, yyyy-mm-dd. */
export function todayOf(now: Date): string {
  const t = vietnamWallTime(now);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/** The figures collected early in a year describe the year before. */
export function defaultYear(now: Date): number {
  return vietnamWallTime(now).year - 1;
}

/** The automatic mapping of a sheet and the year its titles or headers name. */
export function autoMapping(
  sheet: ImportSheet,
  headers: HeaderDictionary,
  sheets: string[],
): { mapping: StoredMapping; year: number | null } {
  const mapped = mapHeaderRow(sheet.headers, headers);
  const titles = sheet.titleRows.flatMap((r) => r.cells.map(cleanText).filter((t) => t !== ''));
  return {
    mapping: { sheets, headerRow: sheet.headerRow, columns: mapped.columns },
    year: yearInTitle(titles) ?? mapped.years[0] ?? null,
  };
}
