import { Card, Col, Row, Statistic } from 'antd';
import type { ImportCounts } from '../../../api/registry-import-api';

/** Rows of the sheet by what the commit does (or did) with them. */
export function ImportCountsRow({ counts }: { counts: ImportCounts }) {
  const items = [
    { title: 'Tổng số dòng', value: counts.total },
    { title: 'Mới', value: counts.new, color: '#389e0d' },
    { title: 'Cập nhật', value: counts.update, color: '#0958d9' },
    { title: 'Không đổi', value: counts.unchanged },
    { title: 'Bị loại', value: counts.rejected, color: counts.rejected > 0 ? '#cf1322' : undefined },
    { title: 'Có cảnh báo', value: counts.warnings, color: counts.warnings > 0 ? '#d46b08' : undefined },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} role="list" aria-label="Kết quả kiểm tra">
      {items.map((item) => (
        <Col xs={12} sm={8} lg={4} key={item.title} role="listitem">
          <Card size="small">
            <Statistic
              title={item.title}
              value={item.value}
              groupSeparator="."
              styles={{ content: item.color ? { color: item.color } : undefined }}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
