import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useDebounced } from '../../documents/use-debounced';

interface Props {
  /** The search in the URL. */
  value: string;
  onSearch: (q: string) => void;
}

/** Searches as the user types (after a pause), or at once on Enter; follows the URL on back/forward. */
export function OrgSearchBox({ value, onSearch }: Props) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text.trim(), 400);
  const sent = useRef(value);

  useEffect(() => {
    if (settled === sent.current) return;
    sent.current = settled;
    onSearch(settled);
  }, [settled, onSearch]);

  // The URL changed elsewhere (back button, "Xóa bộ lọc"): show what it says.
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value);
  }, [value]);

  return (
    <Input.Search
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(q) => {
        sent.current = q.trim();
        onSearch(q.trim());
      }}
      aria-label="Tìm theo tên, tên viết tắt, mã số hoặc người đại diện (gõ có dấu hoặc không dấu)"
      placeholder="Tìm tên, mã số, người đại diện…"
      allowClear
      style={{ width: 300 }}
    />
  );
}
