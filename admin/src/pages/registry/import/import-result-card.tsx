import { Card, Flex, Result, Tabs } from 'antd';
import type { ImportCounts, ImportDto } from '../../../api/registry-import-api';
import { LinkButton } from '../../../components/link-button';
import { formatDateTime } from '../../../lib/format';
import { ImportCountsRow } from './import-counts';
import { formatCount } from './import-format';
import { ImportIssuesTable } from './import-issues-table';
import { ImportRowsTable } from './import-rows-table';

/** The committed import: what was written, and where to look next. */
export function ImportResultCard({ item, counts }: { item: ImportDto; counts: ImportCounts }) {
  const written = counts.new + counts.update;
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Result
          status="success"
          title="Đã ghi vào sổ đăng ký"
          subTitle={[
            item.committedAt ? `Lúc ${formatDateTime(item.committedAt)}.` : '',
            written > 0
              ? `${formatCount(counts.new)} tổ chức mới, ${formatCount(counts.update)} tổ chức được cập nhật.`
              : 'Không có thay đổi nào: dữ liệu trong tệp đã có sẵn trong sổ.',
            counts.rejected > 0
              ? `${formatCount(counts.rejected)} dòng bị loại: xem báo cáo kiểm tra (.xlsx) để sửa và nhập lại.`
              : '',
          ]
            .filter(Boolean)
            .join(' ')}
          extra={
            <Flex gap="small" justify="center" wrap>
              <LinkButton type="primary" to="/to-chuc">
                Xem danh sách tổ chức
              </LinkButton>
              <LinkButton to="/nhap-excel">Nhập tệp khác</LinkButton>
            </Flex>
          }
        />
      </Card>
      <ImportCountsRow counts={counts} />
      <Card>
        <Tabs
          items={[
            { key: 'rows', label: 'Các dòng đã nhập', children: <ImportRowsTable importId={item.id} /> },
            { key: 'issues', label: 'Lỗi và cảnh báo', children: <ImportIssuesTable importId={item.id} /> },
          ]}
        />
      </Card>
    </>
  );
}
