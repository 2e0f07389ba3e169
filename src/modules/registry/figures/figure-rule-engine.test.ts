import { describe, expect, it } from 'vitest';
import type { OrgKind } from '../registry-enums.dto.ts';
import {
  errorsAsFields,
  evaluate,
  type FigureInputValues,
  indicatorsForKind,
  percentChange,
} from './figure-rule-engine.ts';
import { FIGURE_RULES } from './figure-rules.data.ts';
import { INDICATORS } from './indicators.data.ts';

/** A healthy cooperative: breaks no rule. */
const HEALTHY = {
  tv_chinh_thuc: 12,
  tv_lk_gop_von: 3,
  tv_lk_khong_gop_von: 1,
  lao_dong: 20,
  lao_dong_thanh_vien: 9,
  von_dieu_le: 2_400_000_000,
  tong_tai_san: 5_000_000_000,
  doanh_thu: 3_000_000_000,
  loi_nhuan_truoc_thue: 150_000_000,
  thu_nhap_binh_quan: 72_000_000,
};

const run = (values: FigureInputValues, opts: { kind?: OrgKind; previous?: FigureInputValues | null } = {}) =>
  evaluate({
    values,
    previous: opts.previous ?? null,
    kind: opts.kind ?? 'HTX',
    rules: FIGURE_RULES,
    indicators: INDICATORS,
  });
const codes = (issues: { ruleCode: string }[]) => issues.map((i) => i.ruleCode);

describe('figure rule engine', () => {
  it('accepts a healthy cooperative without errors or warnings (first year, no previous)', () => {
    expect(run(HEALTHY)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses negative values, but a loss is a negative profit', () => {
    const r = run({ ...HEALTHY, tong_tai_san: -1, von_dieu_le: -5, loi_nhuan_truoc_thue: -200_000_000 });
    expect(codes(r.errors).sort()).toEqual(['khong_am_tong_tai_san', 'khong_am_von_dieu_le']);
    expect(r.errors.find((e) => e.indicatorCode === 'tong_tai_san')?.message).toBe(
      'Tổng tài sản không được là số âm',
    );
  });

  it('refuses a profit above revenue, with both amounts in Vietnamese format', () => {
    const r = run({ ...HEALTHY, doanh_thu: 1_000_000, loi_nhuan_truoc_thue: 1_342_500 });
    expect(r.errors).toEqual([
      {
        indicatorCode: 'loi_nhuan_truoc_thue',
        ruleCode: 'loi_nhuan_khong_vuot_doanh_thu',
        message: 'Lợi nhuận trước thuế (1.342.500 đồng) không được lớn hơn doanh thu (1.000.000 đồng)',
        legalBasis: '',
      },
    ]);
  });

  it('refuses more member workers than workers', () => {
    const r = run({ ...HEALTHY, lao_dong: 5, lao_dong_thanh_vien: 6 });
    expect(codes(r.errors)).toEqual(['lao_dong_thanh_vien_khong_vuot_lao_dong']);
    expect(errorsAsFields(r.errors)).toEqual({
      'values.lao_dong_thanh_vien': 'Số lao động là thành viên (6) không được lớn hơn tổng số lao động (5)',
    });
  });

  it('requires the required indicators of the kind only', () => {
    const htx = run({});
    expect(codes(htx.errors).sort()).toEqual([
      'bat_buoc_doanh_thu',
      'bat_buoc_lao_dong',
      'bat_buoc_tv_chinh_thuc',
      'bat_buoc_von_dieu_le',
    ]);
    expect(htx.errors.find((e) => e.indicatorCode === 'doanh_thu')?.message).toBe('Vui lòng nhập doanh thu');
    // A cooperative group has no charter capital; a member enterprise no members.
    expect(codes(run({}, { kind: 'THT' }).errors)).not.toContain('bat_buoc_von_dieu_le');
    expect(codes(run({}, { kind: 'DN' }).errors)).not.toContain('bat_buoc_tv_chinh_thuc');
    // null is "not entered".
    expect(codes(run({ ...HEALTHY, doanh_thu: null }).errors)).toEqual(['bat_buoc_doanh_thu']);
  });

  it('refuses indicators the kind does not report, unknown codes and fractions of people or đồng', () => {
    const r = run(
      { tv_chinh_thuc: 3, lao_dong: 2.5, doanh_thu: 10.5, tv_lk_gop_von: 1, khong_co: 1 },
      { kind: 'THT' },
    );
    const fields = errorsAsFields(r.errors);
    expect(fields['values.tv_lk_gop_von']).toBe('Chỉ tiêu này không áp dụng cho loại hình tổ chức này');
    expect(fields['values.khong_co']).toBe('Không có chỉ tiêu mã “khong_co”');
    expect(fields['values.lao_dong']).toBe('Tổng số lao động phải là số nguyên');
    expect(fields['values.doanh_thu']).toBe('Doanh thu tính bằng đồng, không có phần lẻ');
  });

  it('warns about a cooperative with fewer than 5 official members, citing the 2023 law', () => {
    const r = run({ ...HEALTHY, tv_chinh_thuc: 4 });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      {
        indicatorCode: 'tv_chinh_thuc',
        ruleCode: 'htx_toi_thieu_5_thanh_vien',
        message: 'Hợp tác xã cần có ít nhất 5 thành viên chính thức (đang khai 4)',
        legalBasis: expect.stringContaining('Khoản 7 Điều 4 Luật Hợp tác xã số 17/2023/QH15'),
      },
    ]);
    expect(codes(run({ ...HEALTHY, tv_chinh_thuc: 5 }).warnings)).toEqual([]);
  });

  it('warns per kind: a group under 2 members, a union under 3 cooperatives, each with its legal basis', () => {
    const tht = run({ tv_chinh_thuc: 1, lao_dong: 1, doanh_thu: 0 }, { kind: 'THT' });
    expect(codes(tht.warnings)).toEqual(['tht_toi_thieu_2_thanh_vien']);
    expect(tht.warnings[0]?.legalBasis).toContain('17/2023/QH15');
    const union = run({ ...HEALTHY, tv_chinh_thuc: 2 }, { kind: 'LHHTX' });
    expect(codes(union.warnings)).toEqual(['lhhtx_toi_thieu_3_htx']);
    expect(union.warnings[0]?.legalBasis).toContain('17/2023/QH15');
    // The cooperative threshold does not apply to a group of 3.
    expect(run({ tv_chinh_thuc: 3, lao_dong: 1, doanh_thu: 0 }, { kind: 'THT' }).warnings).toEqual([]);
  });

  it('warns about a change over 300 % from last year, up or down across a sign', () => {
    const previous = { ...HEALTHY, doanh_thu: 1_000_000_000 };
    const at300 = run({ ...HEALTHY, doanh_thu: 4_000_000_000 }, { previous });
    expect(at300.warnings).toEqual([]);
    const over = run({ ...HEALTHY, doanh_thu: 4_100_000_000 }, { previous });
    expect(over.warnings).toEqual([
      {
        indicatorCode: 'doanh_thu',
        ruleCode: 'bien_dong_doanh_thu',
        message:
          'Doanh thu thay đổi +310% so với năm trước (1.000.000.000 → 4.100.000.000), vượt quá 300%: vui lòng kiểm tra lại',
        legalBasis: '',
      },
    ]);
    const loss = run(
      { ...HEALTHY, loi_nhuan_truoc_thue: -400_000_000 },
      { previous: { ...HEALTHY, loi_nhuan_truoc_thue: 90_000_000 } },
    );
    expect(loss.warnings[0]?.message).toContain('thay đổi -544,4% so với năm trước');
  });

  it('has no base for a change: first year, an indicator missing last year, or zero last year', () => {
    expect(run({ ...HEALTHY, doanh_thu: 9e12 }, { previous: null }).warnings).toEqual([]);
    expect(run({ ...HEALTHY, doanh_thu: 9e12 }, { previous: { lao_dong: 20 } }).warnings).toEqual([]);
    expect(run({ ...HEALTHY, doanh_thu: 9e12 }, { previous: { doanh_thu: 0 } }).warnings).toEqual([]);
  });

  it('gives every rule with a member minimum a legal basis, and every rule a Vietnamese message', () => {
    for (const rule of FIGURE_RULES) {
      expect(rule.message.length).toBeGreaterThan(10);
      if (rule.code.includes('toi_thieu'))
        expect(rule.legalBasis).toMatch(/Luật Hợp tác xã số 17\/2023\/QH15/);
    }
  });

  it('orders the dictionary for a kind and computes percentage changes', () => {
    expect(indicatorsForKind(INDICATORS, 'DN').map((i) => i.code)).toEqual([
      'lao_dong',
      'von_dieu_le',
      'tong_tai_san',
      'doanh_thu',
      'loi_nhuan_truoc_thue',
      'thu_nhap_binh_quan',
    ]);
    expect(percentChange(150, 100)).toBe(50);
    expect(percentChange(-50, 100)).toBe(-150);
    expect(percentChange(1, 3)).toBe(-66.7);
    expect(percentChange(5, 0)).toBeNull();
    expect(percentChange(null, 3)).toBeNull();
  });
});
