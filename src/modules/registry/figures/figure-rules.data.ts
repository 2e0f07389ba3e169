import type { OrgKind } from '../registry-enums.dto.ts';
import type { FigureRuleCheck, FigureRuleSeverity } from './figures.dto.ts';
import { INDICATORS } from './indicators.data.ts';

export interface FigureRuleSeed {
  code: string;
  severity: FigureRuleSeverity;
  check: FigureRuleCheck;
  indicatorCode: string;
  otherIndicatorCode: string | null;
  threshold: number | null;
  appliesTo: OrgKind[];
  /**
   * Vietnamese, with placeholders filled by the rule engine: {Indicator} {indicator} (the name,
   * as written or with a lower-case first letter), {value} {Other} {other} {otherValue}
   * {threshold} {previous} {change}.
   */
  message: string;
  legalBasis: string;
  active: boolean;
}

const LAW_2023 = 'Luật Hợp tác xã số 17/2023/QH15';
// A profit may be a loss: the only indicator allowed below zero.
const MAY_BE_NEGATIVE = new Set(['loi_nhuan_truoc_thue']);
/** Above this change from the previous year (in percent) the person entering is asked to check. */
export const YOY_CHANGE_LIMIT_PERCENT = 300;

const rule = (
  r: Omit<FigureRuleSeed, 'otherIndicatorCode' | 'threshold' | 'appliesTo' | 'legalBasis' | 'active'> &
    Partial<FigureRuleSeed>,
): FigureRuleSeed => ({
  otherIndicatorCode: null,
  threshold: null,
  appliesTo: [],
  legalBasis: '',
  active: true,
  ...r,
});

const notNegative = INDICATORS.filter((i) => !MAY_BE_NEGATIVE.has(i.code)).map((i) =>
  rule({
    code: `khong_am_${i.code}`,
    severity: 'hard',
    check: 'min',
    indicatorCode: i.code,
    threshold: 0,
    message: '{Indicator} không được là số âm',
  }),
);

const required = INDICATORS.filter((i) => i.required).map((i) =>
  rule({
    code: `bat_buoc_${i.code}`,
    severity: 'hard',
    check: 'required',
    indicatorCode: i.code,
    message: 'Vui lòng nhập {indicator}',
  }),
);

const yearOverYear = INDICATORS.map((i) =>
  rule({
    code: `bien_dong_${i.code}`,
    severity: 'soft',
    check: 'yoy_change',
    indicatorCode: i.code,
    threshold: YOY_CHANGE_LIMIT_PERCENT,
    message:
      '{Indicator} thay đổi {change} so với năm trước ({previous} → {value}), vượt quá {threshold}%: vui lòng kiểm tra lại',
  }),
);

/** Validation rules over the yearly figures; hard ones block a save, soft ones warn. */
export const FIGURE_RULES: readonly FigureRuleSeed[] = [
  ...notNegative,
  ...required,
  rule({
    code: 'loi_nhuan_khong_vuot_doanh_thu',
    severity: 'hard',
    check: 'not_greater_than',
    indicatorCode: 'loi_nhuan_truoc_thue',
    otherIndicatorCode: 'doanh_thu',
    message: '{Indicator} ({value} đồng) không được lớn hơn {other} ({otherValue} đồng)',
  }),
  rule({
    code: 'lao_dong_thanh_vien_khong_vuot_lao_dong',
    severity: 'hard',
    check: 'not_greater_than',
    indicatorCode: 'lao_dong_thanh_vien',
    otherIndicatorCode: 'lao_dong',
    message: 'Số lao động là thành viên ({value}) không được lớn hơn tổng số lao động ({otherValue})',
  }),
  rule({
    code: 'htx_toi_thieu_5_thanh_vien',
    severity: 'soft',
    check: 'min',
    indicatorCode: 'tv_chinh_thuc',
    threshold: 5,
    appliesTo: ['HTX'],
    message: 'Hợp tác xã cần có ít nhất {threshold} thành viên chính thức (đang khai {value})',
    legalBasis: `Khoản 7 Điều 4 ${LAW_2023}: hợp tác xã do ít nhất 05 thành viên chính thức tự nguyện thành lập`,
  }),
  rule({
    code: 'tht_toi_thieu_2_thanh_vien',
    severity: 'soft',
    check: 'min',
    indicatorCode: 'tv_chinh_thuc',
    threshold: 2,
    appliesTo: ['THT'],
    message: 'Tổ hợp tác cần có ít nhất {threshold} thành viên (đang khai {value})',
    legalBasis: `${LAW_2023}: tổ hợp tác được hình thành trên cơ sở hợp đồng hợp tác của ít nhất 02 thành viên`,
  }),
  rule({
    code: 'lhhtx_toi_thieu_3_htx',
    severity: 'soft',
    check: 'min',
    indicatorCode: 'tv_chinh_thuc',
    threshold: 3,
    appliesTo: ['LHHTX'],
    message:
      'Liên hiệp hợp tác xã cần có ít nhất {threshold} hợp tác xã thành viên chính thức (đang khai {value})',
    legalBasis: `${LAW_2023}: liên hiệp hợp tác xã do ít nhất 03 hợp tác xã thành viên chính thức tự nguyện thành lập`,
  }),
  ...yearOverYear,
];
