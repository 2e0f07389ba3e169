import { useQuery } from '@tanstack/react-query';
import { Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { listOrgs, type OrgSummary, orgsKey } from '../../../api/registry-orgs-api';
import { useDebounced } from '../../documents/use-debounced';
import { ORG_KIND_LABELS, type OrgKind } from './org-vocabulary';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (id: string | null, org: OrgSummary | null) => void;
  /** Records that cannot be chosen (the organisation itself, members already linked). */
  exclude?: string[];
  /** Only these kinds (e.g. HTX and QTDND as members of a union). */
  kinds?: OrgKind[];
  placeholder?: string;
  'aria-label'?: string;
}

function details(org: OrgSummary): string {
  return [
    ORG_KIND_LABELS[org.kind],
    org.regCode ? `Mã số ${org.regCode}` : null,
    [org.communeName, org.provinceName].filter(Boolean).join(', ') || null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Searches the register (name, short name, code, representative; diacritics optional) to pick one record. */
export function OrgSearchSelect({ id, value, onChange, exclude = [], kinds, placeholder, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const params = { q: q || undefined, kind: kinds?.join(','), page: 1, pageSize: 20 };
  const found = useQuery({
    queryKey: orgsKey('list', params),
    queryFn: ({ signal }) => listOrgs(params, signal),
  });
  const options = (found.data?.items ?? [])
    .filter((org) => !exclude.includes(org.id))
    .map((org) => ({ value: org.id, label: org.name, org }));

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(next, option) => {
        const org = (Array.isArray(option) ? option[0] : option)?.org ?? null;
        onChange?.(next ?? null, org);
      }}
      placeholder={placeholder ?? 'Tìm theo tên, mã số, người đại diện…'}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      options={options}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không tìm thấy tổ chức phù hợp.'}
      optionRender={(option) => (
        <Flex vertical>
          <span>{option.data.label}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {details(option.data.org)}
          </Typography.Text>
        </Flex>
      )}
      style={{ width: '100%' }}
    />
  );
}
