// The demo register as the loader stores it (pure): each organisation of DEMO_ORGS placed in a
// commune, with dates, codes, contacts, status history, alliance membership, three years of
// figures, a rating for last year and, for some, a report for the current year. Everything is
// derived from the organisation's key and `now`, so the same day gives the same register.
import type { DemoOrgSeed, DemoUnionLink } from '../registry/orgs/org-demo.service.ts';
import type { OrgKind, ReportStatus, SizeClass } from '../registry/registry-enums.dto.ts';
import { DEMO_ORGS, type DemoOrgData } from './demo-registry.data.ts';

export { DEMO_ORGS };

export interface DemoCommune {
  code: string;
  name: string;
  provinceName: string;
}

export interface DemoOrgFigures {
  key: string;
  kind: OrgKind;
  since: string | null;
  years: { year: number; values: Record<string, number> }[];
  rating?: { year: number; score: number; note?: string };
  report?: { year: number; status: ReportStatus; submittedAt?: Date; reviewedAt?: Date };
}

export interface DemoRegisterPlan {
  orgs: DemoOrgSeed[];
  unions: DemoUnionLink[];
  figures: DemoOrgFigures[];
}

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3600_000;

/** A number in [0, 1) from a text: the same key always draws the same values. */
function draw(key: string, salt: string): number {
  let h = 2166136261;
  for (const ch of `${key}:${salt}`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) / 4294967296;
}

const between = (key: string, salt: string, lo: number, hi: number) => lo + draw(key, salt) * (hi - lo);
const intBetween = (key: string, salt: string, lo: number, hi: number) =>
  Math.floor(between(key, salt, lo, hi + 1));
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

/** Years the first founding may fall in, by kind. */
const FOUNDED: Record<OrgKind, [number, number]> = {
  QTDND: [1994, 2001],
  LHHTX: [2010, 2019],
  DN: [2004, 2017],
  HTX: [1997, -2],
  THT: [-9, -2],
};

/** Typical magnitudes (đồng, people) of a small organisation of each kind, the year before last. */
const BASE: Record<OrgKind, { tv: number; ld: number; von: number; ts: number; dt: number; tn: number }> = {
  THT: { tv: 9, ld: 11, von: 0, ts: 650e6, dt: 950e6, tn: 46e6 },
  HTX: { tv: 38, ld: 17, von: 2.4e9, ts: 5.2e9, dt: 6.5e9, tn: 76e6 },
  LHHTX: { tv: 4, ld: 26, von: 9.5e9, ts: 21e9, dt: 46e9, tn: 96e6 },
  QTDND: { tv: 1600, ld: 11, von: 3.6e9, ts: 230e9, dt: 25e9, tn: 132e6 },
  DN: { tv: 0, ld: 72, von: 18e9, ts: 42e9, dt: 85e9, tn: 108e6 },
};
const SIZE_FACTOR: Record<SizeClass, number> = { sieu_nho: 0.4, nho: 1, vua: 2.3, lon: 4.5 };

const million = (v: number) => Math.round(v / 1e6) * 1e6;
const hundredThousand = (v: number) => Math.round(v / 1e5) * 1e5;

function registrationAuthority(org: DemoOrgData, registeredOn: string): string {
  if (org.kind === 'THT') return 'Ủy ban nhân dân xã (chứng thực hợp đồng hợp tác)';
  if (org.kind === 'HTX' && registeredOn < '2025-07-01') return 'Phòng Tài chính – Kế hoạch cấp huyện';
  return 'Sở Kế hoạch và Đầu tư';
}

/** Values of one year: `k` years after the base year, growing (or shrinking) by `growth` a year. */
function valuesFor(org: DemoOrgData, k: number, growth: number): Record<string, number> {
  const b = BASE[org.kind];
  const scale = org.kind === 'HTX' || org.kind === 'THT' ? SIZE_FACTOR[org.size] : 1;
  const j = between(org.key, 'scale', 0.75, 1.3) * scale;
  const g = growth ** k;
  // Members grow more slowly than money.
  const gm = (1 + (growth - 1) / 3) ** k;
  const values: Record<string, number> = {};
  const ld = Math.max(2, Math.round(b.ld * j * gm));
  values.lao_dong = ld;
  if (org.kind !== 'DN') {
    const tv =
      org.kind === 'LHHTX'
        ? (org.members?.length ?? 4)
        : Math.max(org.kind === 'THT' ? 3 : 7, Math.round(b.tv * j * gm));
    values.tv_chinh_thuc = tv;
    values.lao_dong_thanh_vien = Math.min(ld, Math.round(ld * between(org.key, 'ldtv', 0.45, 0.85)));
  }
  if (org.kind === 'HTX') {
    values.tv_lk_gop_von = Math.round((values.tv_chinh_thuc ?? 0) * between(org.key, 'lk1', 0, 0.15));
    values.tv_lk_khong_gop_von = Math.round((values.tv_chinh_thuc ?? 0) * between(org.key, 'lk2', 0.05, 0.4));
  }
  if (org.kind !== 'THT') values.von_dieu_le = million(b.von * j * (1 + (growth - 1) / 2) ** k);
  const dt = million(b.dt * j * g);
  values.tong_tai_san = million(b.ts * j * g);
  values.doanh_thu = dt;
  const weak = org.status === 'yeu_kem' || org.status === 'hinh_thuc';
  values.loi_nhuan_truoc_thue = million(dt * (weak ? 0.004 : between(org.key, 'margin', 0.025, 0.085)));
  values.thu_nhap_binh_quan = hundredThousand(b.tn * between(org.key, 'income', 0.85, 1.15) * gm);
  return values;
}

/** Vietnam calendar day of an instant. */
function vnDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The register at `now`, its organisations spread over `communes` (real communes of the
 * tenant's province, in a stable order).
 */
export function planDemoRegister(communes: readonly DemoCommune[], now: Date): DemoRegisterPlan {
  if (communes.length === 0) throw new Error('demo register: no commune to place organisations in');
  const today = vnDay(now);
  const year = Number(today.slice(0, 4));
  const unionOf = new Map<string, DemoOrgData>();
  for (const u of DEMO_ORGS) for (const m of u.members ?? []) unionOf.set(m, u);

  const orgs: DemoOrgSeed[] = [];
  const figures: DemoOrgFigures[] = [];
  const registered = new Map<string, string>();
  DEMO_ORGS.forEach((org, i) => {
    const commune = communes[(i * 7) % communes.length] as DemoCommune;
    const [lo, hi] = FOUNDED[org.kind];
    const foundedYear = intBetween(org.key, 'founded', lo < 0 ? year + lo : lo, hi < 0 ? year + hi : hi);
    const foundedOn = minDay(
      iso(foundedYear, intBetween(org.key, 'm', 1, 12), intBetween(org.key, 'd', 1, 28)),
      today,
    );
    const registeredOn = minDay(addDays(foundedOn, intBetween(org.key, 'reg', 7, 45)), today);
    registered.set(org.key, registeredOn);
    const status = org.status ?? 'dang_hoat_dong';
    const statusSince =
      status === 'dang_hoat_dong'
        ? registeredOn
        : maxDay(
            registeredOn,
            iso(year - 1, intBetween(org.key, 'sm', 2, 11), intBetween(org.key, 'sd', 1, 28)),
          );
    // Most are members of the alliance, admitted a while after registering; a dissolved one left.
    const member = org.kind === 'DN' || draw(org.key, 'member') < 0.85;
    const admitted = member
      ? minDay(addDays(registeredOn, intBetween(org.key, 'admit', 60, 900)), addDays(today, -30))
      : null;
    const allianceMemberSince = admitted && admitted >= registeredOn ? admitted : null;
    const allianceMemberUntil =
      status === 'giai_the' && allianceMemberSince ? maxDay(allianceMemberSince, statusSince) : null;
    const cooperative = org.kind === 'HTX' || org.kind === 'LHHTX' || org.kind === 'QTDND';
    const converted =
      cooperative && registeredOn < '2024-07-01' && status !== 'giai_the' && draw(org.key, 'law') < 0.6;
    const convertedOn = converted
      ? minDay(addDays('2024-07-01', intBetween(org.key, 'conv', 20, 500)), today)
      : null;
    const phoneTail = String(intBetween(org.key, 'phone', 1_000_000, 9_999_999));
    const codeNeeded = org.kind !== 'THT' || draw(org.key, 'thtcode') < 0.25;
    const regCode = codeNeeded
      ? String(3_600_000_000 + i * 104_729 + intBetween(org.key, 'code', 0, 99))
      : null;
    // A third of the records keep the address as first written, before the 2025 reorganisation.
    const addressOriginal =
      i % 3 === 0
        ? `${org.street}, ${commune.name.replace(/^(Xã|Phường|Đặc khu)/u, (w) => w.toLowerCase())}, ${commune.provinceName}`
        : '';
    orgs.push({
      key: org.key,
      input: {
        kind: org.kind,
        name: org.name,
        shortName: org.shortName ?? '',
        regCode,
        registeredOn,
        registrationAuthority: registrationAuthority(org, registeredOn),
        foundedOn,
        communeCode: commune.code,
        street: org.street,
        addressOriginal,
        sectorPrimary: org.sector,
        sectorsOther: org.others ?? [],
        representativeName: org.rep,
        representativeTitle: org.title,
        publicPhone: `0${intBetween(org.key, 'area', 203, 299)} ${phoneTail.slice(0, 3)} ${phoneTail.slice(3)}`,
        publicEmail: org.kind === 'THT' ? '' : `lienhe.${org.key}@example.vn`,
        privateContactName: org.rep,
        privatePhone: `09${intBetween(org.key, 'mobile', 10_000_000, 99_999_999)}`,
        status,
        statusSince,
        convertedToLaw2023: converted,
        convertedOn,
        sizeClass: org.size,
        allianceMemberSince,
        allianceMemberUntil,
        notes:
          status === 'yeu_kem' ? 'Cần hỗ trợ củng cố tổ chức, xây dựng phương án sản xuất kinh doanh.' : '',
      },
      ...(status === 'dang_hoat_dong'
        ? {}
        : { earlierStatuses: [{ status: 'dang_hoat_dong' as const, since: registeredOn }] }),
    });

    // Figures of the three years before this one; dissolved organisations stop the year they closed.
    const shrinking = status !== 'dang_hoat_dong';
    const growth = shrinking ? between(org.key, 'g', 0.86, 0.96) : between(org.key, 'g', 1.03, 1.13);
    const lastYear = status === 'giai_the' ? Number(statusSince.slice(0, 4)) - 1 : year - 1;
    const years: DemoOrgFigures['years'] = [];
    for (let y = year - 3; y <= lastYear; y++) {
      if (y >= foundedYear) years.push({ year: y, values: valuesFor(org, y - (year - 3), growth) });
    }
    const plan: DemoOrgFigures = { key: org.key, kind: org.kind, since: foundedOn, years };
    if (cooperative && status !== 'giai_the') {
      const score =
        status === 'yeu_kem' || status === 'hinh_thuc'
          ? intBetween(org.key, 'score', 32, 48)
          : status === 'tam_ngung'
            ? intBetween(org.key, 'score', 45, 58)
            : intBetween(org.key, 'score', 55, 94);
      plan.rating = { year: year - 1, score };
    }
    // Reports of the current year: a few approved, a few waiting for review, a few not sent yet.
    if (status === 'dang_hoat_dong' && org.kind !== 'DN') {
      const slot = i % 6;
      const reportStatus: ReportStatus | null =
        slot === 0 ? 'da_duyet' : slot === 1 ? 'da_nop' : slot === 2 && i % 12 === 2 ? 'chua_nop' : null;
      if (reportStatus) {
        const submittedAt = new Date(now.getTime() - intBetween(org.key, 'sub', 6, 40) * DAY_MS);
        if (reportStatus !== 'chua_nop') years.push({ year, values: valuesFor(org, 3, growth) });
        plan.report = {
          year,
          status: reportStatus,
          ...(reportStatus === 'chua_nop' ? {} : { submittedAt }),
          ...(reportStatus === 'da_duyet'
            ? { reviewedAt: new Date(submittedAt.getTime() + intBetween(org.key, 'rev', 1, 5) * DAY_MS) }
            : {}),
        };
      }
    }
    figures.push(plan);
  });

  const unions: DemoUnionLink[] = [];
  for (const u of DEMO_ORGS) {
    for (const m of u.members ?? []) {
      const joined = maxDay(registered.get(u.key) ?? today, registered.get(m) ?? today);
      unions.push({ unionKey: u.key, memberKey: m, joinedOn: minDay(addDays(joined, 30), today) });
    }
  }
  return { orgs, unions, figures };
}
