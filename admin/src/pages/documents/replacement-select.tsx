import { useQuery } from '@tanstack/react-query';
import { Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { type DocumentDto, documentsKey, listDocuments } from '../../api/documents-api';
import { useDebounced } from './use-debounced';

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The document being edited: it cannot replace itself. */
  selfId: string | null;
  /** The current replacement, so its label shows before any search. */
  initial: DocumentDto['replacedBy'];
}

/** Searches documents by number or summary (diacritics optional) to name the replacing one. */
export function ReplacementSelect({ id, value, onChange, selfId, initial }: Props) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const params = { q, page: 1, pageSize: 20 };
  const found = useQuery({
    queryKey: documentsKey('list', params),
    queryFn: ({ signal }) => listDocuments(params, signal),
  });

  const options = (found.data?.items ?? [])
    .filter((doc) => doc.id !== selfId)
    .map((doc) => ({ value: doc.id, label: `${doc.number} — ${doc.docType}`, summary: doc.summary }));
  if (initial && !options.some((o) => o.value === initial.id)) {
    options.unshift({ value: initial.id, label: `${initial.number} — ${initial.docType}`, summary: '' });
  }

  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      placeholder="Tìm theo số ký hiệu hoặc trích yếu…"
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      options={options}
      notFoundContent={found.isFetching ? 'Đang tìm…' : 'Không tìm thấy văn bản phù hợp.'}
      optionRender={(option) => (
        <Flex vertical>
          <span>{option.data.label}</span>
          {option.data.summary && (
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
              {option.data.summary}
            </Typography.Text>
          )}
        </Flex>
      )}
    />
  );
}
