import { Table, Typography } from 'antd';
import {
  type OrgDto,
  PROFILE_FIELD_LABELS,
  PROFILE_FIELDS,
  type ProfileChanges,
  type ProfileFields,
  SIZE_CLASS_LABELS,
  type SizeClass,
} from '../../../api/registry-reports-api';

interface DiffLine {
  field: keyof ProfileFields;
  before: string;
  after: string;
}

function show(field: keyof ProfileFields, value: unknown, org: OrgDto | null): string {
  if (value === null || value === undefined || value === '') return '';
  if (field === 'sizeClass') return SIZE_CLASS_LABELS[value as SizeClass] ?? String(value);
  if (field === 'communeCode') {
    // Only the current commune's name is known here; a proposed one shows its code.
    if (org && value === org.communeCode && org.communeName) {
      return [org.communeName, org.provinceName].filter(Boolean).join(', ');
    }
    return `Mã xã, phường ${value}`;
  }
  return String(value);
}

/** The profile fields a member proposes to change: current value → proposed value. */
export function ProfileDiffTable({
  current,
  changes,
  org,
  applied = false,
}: {
  current: ProfileFields;
  changes: ProfileChanges | null;
  org: OrgDto | null;
  /** Approved: the changes are in the profile now, so "current" already shows them. */
  applied?: boolean;
}) {
  const lines: DiffLine[] = PROFILE_FIELDS.filter((f) => changes?.[f] !== undefined)
    .map((field) => ({
      field,
      before: show(field, current[field], org),
      after: show(field, changes?.[field], org),
    }))
    .filter((line) => applied || line.before !== line.after);
  if (lines.length === 0) {
    return <Typography.Text type="secondary">Không đề nghị thay đổi thông tin hồ sơ.</Typography.Text>;
  }
  const empty = <Typography.Text type="secondary">(trống)</Typography.Text>;
  return (
    <Table<DiffLine>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={lines}
      aria-label="Thay đổi hồ sơ đề nghị"
      columns={[
        {
          title: 'Thông tin',
          dataIndex: 'field',
          render: (f: keyof ProfileFields) => PROFILE_FIELD_LABELS[f],
        },
        ...(applied
          ? []
          : [
              {
                title: 'Hiện tại',
                dataIndex: 'before',
                render: (v: string) => (v ? <del style={{ color: '#a8071a' }}>{v}</del> : empty),
              },
            ]),
        {
          title: applied ? 'Đã áp dụng khi duyệt' : 'Đề nghị',
          dataIndex: 'after',
          render: (v: string) =>
            v ? <ins style={{ color: '#237804', textDecoration: 'none' }}>{v}</ins> : empty,
        },
      ]}
    />
  );
}

/** The staff view of an organisation has every profile field a member may change. */
export function profileOf(org: OrgDto): ProfileFields {
  return {
    street: org.street,
    communeCode: org.communeCode,
    representativeName: org.representativeName,
    representativeTitle: org.representativeTitle,
    publicPhone: org.publicPhone,
    publicEmail: org.publicEmail,
    website: org.website,
    sizeClass: org.sizeClass,
    notes: org.notes,
  };
}
