import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { type CommuneOption, reportsKey, searchCommunes } from '../../../api/registry-reports-api';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (code: string | null) => void;
  /** Communes whose names are already known (the organisation's current one). */
  known: CommuneOption[];
  disabled?: boolean;
}

const label = (c: CommuneOption) => `${c.name}, ${c.provinceName}`;

/** Autocomplete over the new (post-2025) communes: type a name with or without diacritics. */
export function CommunePicker({ id, value, onChange, known, disabled }: Props) {
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<CommuneOption[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);
  const found = useQuery({
    queryKey: reportsKey('communes', q),
    queryFn: ({ signal }) => searchCommunes(q, signal),
    enabled: q.length > 0,
    staleTime: 5 * 60_000,
  });
  const all = [...(found.data?.items ?? []), ...picked, ...known];
  const options = all
    .filter((c, k) => all.findIndex((o) => o.code === c.code) === k)
    .map((c) => ({ value: c.code, label: label(c) }));
  // A proposed commune from an earlier visit: only its code is stored with the report.
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: `Mã xã, phường ${value}` });
  }

  return (
    <Select
      id={id}
      value={value ?? undefined}
      disabled={disabled}
      onChange={(code) => {
        const chosen = found.data?.items.find((c) => c.code === code);
        if (chosen) setPicked((current) => [chosen, ...current]);
        onChange?.(code ?? null);
      }}
      placeholder="Gõ tên xã, phường (có dấu hoặc không dấu)…"
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      options={options}
      notFoundContent={q.length === 0 ? 'Gõ tên xã, phường để tìm.' : 'Không tìm thấy xã, phường phù hợp.'}
    />
  );
}
