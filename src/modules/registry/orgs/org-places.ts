import type { Ctx } from '../../../core/context.ts';
import { type CommuneHit, getCommunesByCodes } from '../../places/places.service.ts';

export type CommuneName = CommuneHit;

/** Commune and province names of the codes given, keyed by commune code (unknown codes absent). */
export async function communeNames(
  ctx: Ctx,
  codes: Iterable<string | null>,
): Promise<Map<string, CommuneName>> {
  const wanted = [...codes].filter((c): c is string => Boolean(c));
  const rows = await getCommunesByCodes(ctx, wanted);
  return new Map(rows.map((r) => [r.code, r]));
}
