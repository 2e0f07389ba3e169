import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { OrgDto } from '../../../api/registry-orgs-api';
import { normalizeRegCode } from './org-form-values';

// The same rules as OrgInput in orgs.dto.ts, so most mistakes show before the round trip; the
// server checks again and its messages land on the same fields.

export const maxLength = (n: number, label: string): FormRule => ({
  max: n,
  message: `${label} tối đa ${n} ký tự.`,
});

const REG_CODE_PATTERN = /^[0-9A-Z][0-9A-Z./-]{4,28}[0-9A-Z]$/;

export const regCodeRule: FormRule = ({ getFieldValue }) => ({
  validator(_, value: string | undefined) {
    const code = normalizeRegCode(value);
    if (!code) {
      return getFieldValue('kind') === 'THT'
        ? Promise.resolve()
        : Promise.reject(new Error('Vui lòng nhập mã số HTX/mã số thuế (chỉ tổ hợp tác được để trống).'));
    }
    if (!REG_CODE_PATTERN.test(code)) {
      return Promise.reject(
        new Error(
          'Mã số HTX/mã số thuế gồm 6–30 chữ số hoặc chữ cái in hoa (có thể có dấu chấm, gạch ngang, gạch chéo).',
        ),
      );
    }
    if ((code.match(/\d/g) ?? []).length < 6) {
      return Promise.reject(new Error('Mã số HTX/mã số thuế cần ít nhất 6 chữ số.'));
    }
    return Promise.resolve();
  },
});

export const phoneRule: FormRule = {
  pattern: /^\s*$|^\s*[0-9+(). -]{8,20}\s*$/,
  message: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu +, (, ), -, . (8–20 ký tự).',
};

export const emailRules = (label: string): FormRule[] => [
  { type: 'email', message: `${label} không hợp lệ.` },
  maxLength(200, label),
];

export const websiteRules: FormRule[] = [
  {
    pattern: /^\s*$|^\s*https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+\s*$/i,
    message: 'Website cần bắt đầu bằng http:// hoặc https://',
  },
  maxLength(300, 'Website'),
];

export const slugRules: FormRule[] = [
  { required: true, message: 'Vui lòng nhập đường dẫn.' },
  {
    pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
    message: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.',
  },
  maxLength(100, 'Đường dẫn'),
];

/** A day not earlier than another field's day. */
export const notBefore =
  (other: string, message: string): FormRule =>
  ({ getFieldValue }) => ({
    validator(_, value: Dayjs | null) {
      const start: Dayjs | null = getFieldValue(other);
      return value && start && value.isBefore(start, 'day')
        ? Promise.reject(new Error(message))
        : Promise.resolve();
    },
  });

export const sectorsOtherRule: FormRule = ({ getFieldValue }) => ({
  validator(_, value: string[] | undefined) {
    const others = value ?? [];
    if (others.length > 10) return Promise.reject(new Error('Chọn tối đa 10 lĩnh vực khác.'));
    if (others.includes(getFieldValue('sectorPrimary'))) {
      return Promise.reject(new Error('Lĩnh vực khác không được trùng lĩnh vực chính.'));
    }
    return Promise.resolve();
  },
});

/** Latitude and longitude go together. */
export const coordinateRule =
  (other: 'latitude' | 'longitude'): FormRule =>
  ({ getFieldValue }) => ({
    validator(_, value: number | null | undefined) {
      const mine = value ?? null;
      const theirs = getFieldValue(other) ?? null;
      return (mine === null) !== (theirs === null) && mine === null
        ? Promise.reject(new Error('Nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.'))
        : Promise.resolve();
    },
  });

export const memberSinceRule: FormRule = ({ getFieldValue }) => ({
  validator(_, value: Dayjs | null) {
    return !value && getFieldValue('allianceMemberUntil')
      ? Promise.reject(new Error('Vui lòng nhập ngày kết nạp trước khi nhập ngày rút.'))
      : Promise.resolve();
  },
});

/** A new status needs the day it took effect (a later day than the current status's). */
export const statusSinceRule =
  (org: OrgDto | null): FormRule =>
  ({ getFieldValue }) => ({
    validator(_, value: Dayjs | null) {
      if (!org || getFieldValue('status') === org.status) return Promise.resolve();
      if (!value || value.format('YYYY-MM-DD') === org.statusSince) {
        return Promise.reject(new Error('Vui lòng nhập ngày bắt đầu của tình trạng hoạt động mới.'));
      }
      return Promise.resolve();
    },
  });
