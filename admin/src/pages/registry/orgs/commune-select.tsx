import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { type CommuneDto, orgsKey, searchCommunes } from '../../../api/registry-orgs-api';
import { useDebounced } from '../../documents/use-debounced';

/** The commune shown before any search (the record's current one). */
export interface CommuneChoice {
  code: string;
  name: string;
  provinceName: string | null;
}

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (code: string | null, commune: CommuneChoice | null) => void;
  initial?: CommuneChoice | null;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

const label = (c: CommuneChoice) => (c.provinceName ? `${c.name}, ${c.provinceName}` : c.name);

/** Autocomplete over the new (post-2025) communes: type a name with or without diacritics. */
export function CommuneSelect({ id, value, onChange, initial, placeholder, style, ...rest }: Props) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<CommuneChoice | null>(initial ?? null);
  const q = useDebounced(search.trim(), 250);
  const found = useQuery({
    queryKey: orgsKey('communes', q),
    queryFn: ({ signal }) => searchCommunes(q, signal),
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
  });

  const items: CommuneChoice[] = (found.data?.items ?? []).map((c: CommuneDto) => ({
    code: c.code,
    name: c.name,
    provinceName: c.provinceName,
  }));
  const current = [picked, initial].find((c) => c && c.code === value);
  if (current && !items.some((c) => c.code === current.code)) items.unshift(current);
  const options = items.map((c) => ({ value: c.code, label: label(c), commune: c }));

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      value={value ?? undefined}
      onChange={(code, option) => {
        const choice = (Array.isArray(option) ? option[0] : option)?.commune ?? null;
        setPicked(choice);
        onChange?.(code ?? null, choice);
      }}
      placeholder={placeholder ?? 'Gõ tên xã, phường (có dấu hoặc không dấu)…'}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      options={options}
      notFoundContent={
        q.length === 0
          ? 'Gõ tên xã, phường để tìm.'
          : found.isFetching
            ? 'Đang tìm…'
            : 'Không tìm thấy xã, phường phù hợp.'
      }
      style={style}
    />
  );
}
