// Loads the demo register (demo-registry.ts) into the tenant, in the demo seeding's transaction:
// organisations through the orgs folder's bulk path, figures, ratings and reports through the
// figures folder's, all flagged as demo through their organisation.
import type { Ctx } from '../../core/context.ts';
import { listProvinces, searchCommunes } from '../places/places.service.ts';
import { seedDemoFigures } from '../registry/figures/figures-demo.service.ts';
import { createDemoOrganizations } from '../registry/orgs/org-demo.service.ts';
import { type DemoCommune, planDemoRegister } from './demo-registry.ts';

/** The national alliance (province "00") shows organisations of a few provinces. */
const NATIONAL = '00';
const PROVINCES_FOR_NATIONAL = 3;
const COMMUNES_PER_PROVINCE = 24;

// The places service answers searches only; these fragments appear in almost every commune
// name, so together they list a province's communes (the service ranks, the code orders).
const NAME_FRAGMENTS = ['a', 'o', 'i', 'u'];

async function communesOf(ctx: Ctx, provinceCode: string, max: number): Promise<DemoCommune[]> {
  const found = new Map<string, DemoCommune>();
  for (const q of NAME_FRAGMENTS) {
    const { items } = await searchCommunes(ctx, { q, province: provinceCode, limit: 50 });
    for (const c of items) {
      if (c.provinceCode === provinceCode)
        found.set(c.code, { code: c.code, name: c.name, provinceName: c.provinceName });
    }
  }
  const sorted = [...found.values()].sort((a, b) => a.code.localeCompare(b.code));
  // Spread over the province rather than the first codes only.
  const step = Math.max(1, Math.floor(sorted.length / max));
  return sorted.filter((_, i) => i % step === 0).slice(0, max);
}

/** Communes of the tenant's province; for the national alliance, of a few provinces. */
export async function demoCommunes(ctx: Ctx, provinceCode: string): Promise<DemoCommune[]> {
  if (provinceCode !== NATIONAL) {
    const own = await communesOf(ctx, provinceCode, COMMUNES_PER_PROVINCE);
    if (own.length > 0) return own;
  }
  const { items } = await listProvinces(ctx);
  const provinces = items.filter((p) => p.code !== NATIONAL);
  const picked = Array.from(
    { length: Math.min(PROVINCES_FOR_NATIONAL, provinces.length) },
    (_, i) => provinces[Math.floor(((i + 0.5) * provinces.length) / PROVINCES_FOR_NATIONAL)],
  ).filter((p) => p !== undefined);
  const out: DemoCommune[] = [];
  for (const p of picked) out.push(...(await communesOf(ctx, p.code, COMMUNES_PER_PROVINCE / 2)));
  return out;
}

export interface DemoRegisterCounts {
  organizations: number;
  figures: number;
  ratings: number;
  reports: number;
}

/** Loads the demo register into ctx's tenant, in the caller's transaction. */
export async function loadDemoRegister(
  ctx: Ctx,
  provinceCode: string,
  now: Date,
): Promise<DemoRegisterCounts> {
  const plan = planDemoRegister(await demoCommunes(ctx, provinceCode), now);
  const ids = await createDemoOrganizations(ctx, plan.orgs, plan.unions);
  await seedDemoFigures(
    ctx,
    plan.figures.map(({ key, ...f }) => {
      const orgId = ids.get(key);
      if (!orgId) throw new Error(`demo figures: organisation ${key} not created`);
      return { orgId, ...f };
    }),
  );
  return {
    organizations: ids.size,
    figures: plan.figures.reduce(
      (n, f) => n + f.years.reduce((m, y) => m + Object.keys(y.values).length, 0),
      0,
    ),
    ratings: plan.figures.filter((f) => f.rating).length,
    reports: plan.figures.filter((f) => f.report).length,
  };
}
