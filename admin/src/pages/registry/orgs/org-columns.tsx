import { Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { Link } from 'react-router';
import type { OrgSort, OrgSummary } from '../../../api/registry-orgs-api';
import { formatDateTime } from '../../../lib/format';
import { formatDay } from './org-format';
import {
  MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  SECTOR_LABELS,
  STATUS_TAG_STYLES,
} from './org-vocabulary';

/** Every column the list can show; the name always shows, the others are the user's choice. */
export const ORG_COLUMN_LABELS = {
  kind: 'Loại hình',
  regCode: 'Mã số HTX/MST',
  commune: 'Địa bàn',
  sector: 'Lĩnh vực chính',
  representative: 'Người đại diện',
  status: 'Tình trạng',
  membership: 'Thành viên Liên minh',
  registeredOn: 'Ngày đăng ký',
  createdAt: 'Ngày nhập',
  updatedAt: 'Cập nhật lần cuối',
} as const;

export type OrgColumnKey = keyof typeof ORG_COLUMN_LABELS;
export const ORG_COLUMN_KEYS = Object.keys(ORG_COLUMN_LABELS) as OrgColumnKey[];
export const DEFAULT_ORG_COLUMNS: OrgColumnKey[] = [
  'kind',
  'regCode',
  'commune',
  'sector',
  'status',
  'membership',
];

type Column = ColumnType<OrgSummary>;

const COLUMNS: Record<OrgColumnKey, Column> = {
  kind: { dataIndex: 'kind', render: (kind: OrgSummary['kind']) => ORG_KIND_LABELS[kind] },
  regCode: { dataIndex: 'regCode', render: (code: string | null) => code ?? '—' },
  commune: {
    key: 'commune',
    render: (_, org) =>
      org.communeName ? (
        <>
          {org.communeName}
          {org.provinceName && <Typography.Text type="secondary">, {org.provinceName}</Typography.Text>}
        </>
      ) : (
        <Typography.Text type="secondary">Chưa xác định</Typography.Text>
      ),
  },
  sector: { dataIndex: 'sectorPrimary', render: (s: OrgSummary['sectorPrimary']) => SECTOR_LABELS[s] },
  representative: { dataIndex: 'representativeName', render: (name: string) => name || '—' },
  status: {
    dataIndex: 'status',
    render: (status: OrgSummary['status']) => (
      <Tag style={STATUS_TAG_STYLES[status]}>{ORG_STATUS_LABELS[status]}</Tag>
    ),
  },
  membership: {
    dataIndex: 'membership',
    render: (m: OrgSummary['membership']) => MEMBERSHIP_LABELS[m],
  },
  registeredOn: { dataIndex: 'registeredOn', render: (day: string | null) => formatDay(day) },
  createdAt: { dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
  updatedAt: { dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
};

/** Columns the server sorts by, keyed by the column that shows them. */
const SORTABLE: Partial<Record<OrgColumnKey | 'name', OrgSort>> = {
  name: 'name',
  kind: 'kind',
  status: 'status',
  registeredOn: 'registeredOn',
  createdAt: 'createdAt',
};

export function orgColumns(
  shown: OrgColumnKey[],
  sort: { by: OrgSort; direction: 'asc' | 'desc' },
): ColumnType<OrgSummary>[] {
  const order = (key: OrgColumnKey | 'name'): Partial<Column> => {
    const by = SORTABLE[key];
    if (!by) return {};
    return {
      sorter: true,
      sortDirections: ['ascend', 'descend'],
      sortOrder: sort.by === by ? (sort.direction === 'asc' ? 'ascend' : 'descend') : null,
    };
  };
  const name: Column = {
    key: 'name',
    title: 'Tên tổ chức',
    ...order('name'),
    render: (_, org) => (
      <>
        {/* A real link: keyboard users and "open in a new tab" reach the record too. */}
        <Link to={org.id} onClick={(event) => event.stopPropagation()}>
          {org.name}
        </Link>
        {org.shortName && (
          <div>
            <Typography.Text type="secondary">{org.shortName}</Typography.Text>
          </div>
        )}
      </>
    ),
  };
  return [
    name,
    ...ORG_COLUMN_KEYS.filter((key) => shown.includes(key)).map((key) => ({
      key,
      title: ORG_COLUMN_LABELS[key],
      ...COLUMNS[key],
      ...order(key),
    })),
  ];
}

/** The sort a column header asks for, or null for a column the server cannot sort by. */
export function sortOfColumn(key: unknown): OrgSort | null {
  return typeof key === 'string' ? (SORTABLE[key as OrgColumnKey | 'name'] ?? null) : null;
}
