import { Button, Flex, Select } from 'antd';
import { CommuneSelect } from './commune-select';
import { recentYears } from './org-format';
import { OrgSearchBox } from './org-search-box';
import {
  MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  optionsOf,
  RATING_GRADE_LABELS,
  REPORT_STATUS_LABELS,
  SECTOR_LABELS,
} from './org-vocabulary';

export const ORG_FILTER_KEYS = [
  'q',
  'kind',
  'sector',
  'communeCode',
  // Not sent to the server: the commune's name, so a reloaded link still reads well.
  'communeName',
  'status',
  'rating',
  'ratingYear',
  'membership',
  'reportedYear',
  'reportStatus',
] as const;
export type OrgFilterKey = (typeof ORG_FILTER_KEYS)[number];
export type OrgFilterValues = Record<OrgFilterKey, string>;

const KIND_OPTIONS = optionsOf(ORG_KIND_LABELS);
const SECTOR_OPTIONS = optionsOf(SECTOR_LABELS);
const STATUS_OPTIONS = optionsOf(ORG_STATUS_LABELS);
const RATING_OPTIONS = optionsOf(RATING_GRADE_LABELS);
const MEMBERSHIP_OPTIONS = optionsOf(MEMBERSHIP_LABELS);
const REPORT_OPTIONS = optionsOf(REPORT_STATUS_LABELS);
const YEAR_OPTIONS = recentYears().map((y) => ({ value: String(y), label: String(y) }));

/** Ratings and reports of last year are the ones people ask about most. */
const lastYear = () => String(new Date().getFullYear() - 1);

const list = (value: string) => (value ? value.split(',') : []);

interface Props {
  value: OrgFilterValues;
  onChange: (changes: Partial<OrgFilterValues>) => void;
}

export function OrgListFilters({ value, onChange }: Props) {
  const anyFilter = ORG_FILTER_KEYS.some((key) => value[key]);
  return (
    <Flex wrap gap="small" style={{ marginBottom: 16 }}>
      <OrgSearchBox value={value.q} onSearch={(q) => onChange({ q })} />
      <Select
        mode="multiple"
        aria-label="Lọc theo loại hình"
        placeholder="Mọi loại hình"
        allowClear
        maxTagCount="responsive"
        options={KIND_OPTIONS}
        value={list(value.kind)}
        onChange={(kinds: string[]) => onChange({ kind: kinds.join(',') })}
        style={{ minWidth: 200 }}
      />
      <Select
        aria-label="Lọc theo lĩnh vực"
        placeholder="Mọi lĩnh vực"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        options={SECTOR_OPTIONS}
        value={value.sector || undefined}
        onChange={(sector) => onChange({ sector })}
        style={{ width: 230 }}
      />
      <CommuneSelect
        aria-label="Lọc theo xã, phường"
        placeholder="Mọi xã, phường"
        value={value.communeCode || null}
        initial={
          value.communeCode
            ? { code: value.communeCode, name: value.communeName || value.communeCode, provinceName: null }
            : null
        }
        onChange={(code, commune) =>
          onChange({ communeCode: code ?? '', communeName: commune ? commune.name : '' })
        }
        style={{ width: 260 }}
      />
      <Select
        mode="multiple"
        aria-label="Lọc theo tình trạng hoạt động"
        placeholder="Mọi tình trạng"
        allowClear
        maxTagCount="responsive"
        options={STATUS_OPTIONS}
        value={list(value.status)}
        onChange={(statuses: string[]) => onChange({ status: statuses.join(',') })}
        style={{ minWidth: 200 }}
      />
      <Flex gap={4}>
        <Select
          aria-label="Lọc theo xếp loại"
          placeholder="Mọi xếp loại"
          allowClear
          options={RATING_OPTIONS}
          value={value.rating || undefined}
          onChange={(rating) =>
            onChange({ rating, ratingYear: rating ? value.ratingYear || lastYear() : undefined })
          }
          style={{ width: 160 }}
        />
        {value.rating && (
          <Select
            aria-label="Năm xếp loại"
            options={YEAR_OPTIONS}
            value={value.ratingYear || undefined}
            onChange={(ratingYear) => onChange({ ratingYear })}
            style={{ width: 100 }}
          />
        )}
      </Flex>
      <Select
        aria-label="Lọc theo thành viên Liên minh"
        placeholder="Thành viên và không"
        allowClear
        options={MEMBERSHIP_OPTIONS}
        value={value.membership || undefined}
        onChange={(membership) => onChange({ membership })}
        style={{ width: 210 }}
      />
      <Flex gap={4}>
        <Select
          aria-label="Năm báo cáo"
          placeholder="Năm báo cáo"
          allowClear
          options={YEAR_OPTIONS}
          value={value.reportedYear || undefined}
          onChange={(reportedYear) =>
            onChange({ reportedYear, reportStatus: reportedYear ? value.reportStatus : undefined })
          }
          style={{ width: 140 }}
        />
        {value.reportedYear && (
          <Select
            aria-label="Tình trạng báo cáo năm"
            placeholder="Đã nộp (chờ duyệt hoặc đã duyệt)"
            allowClear
            options={REPORT_OPTIONS}
            value={value.reportStatus || undefined}
            onChange={(reportStatus) => onChange({ reportStatus })}
            style={{ width: 250 }}
          />
        )}
      </Flex>
      {anyFilter && (
        <Button onClick={() => onChange(Object.fromEntries(ORG_FILTER_KEYS.map((key) => [key, undefined])))}>
          Xóa bộ lọc
        </Button>
      )}
    </Flex>
  );
}
