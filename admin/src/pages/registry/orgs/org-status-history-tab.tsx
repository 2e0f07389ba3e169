import { useQuery } from '@tanstack/react-query';
import { Alert, Spin, Tag, Timeline, Typography } from 'antd';
import { getStatusHistory, type OrgDto, orgsKey } from '../../../api/registry-orgs-api';
import { formatDateTime } from '../../../lib/format';
import { formatDay } from './org-format';
import { ORG_STATUS_LABELS, STATUS_TAG_STYLES } from './org-vocabulary';

/** Every status the organisation has had, newest first, with the day it took effect. */
export function OrgStatusHistoryTab({ org }: { org: OrgDto }) {
  const history = useQuery({
    queryKey: orgsKey('status-history', org.id),
    queryFn: ({ signal }) => getStatusHistory(org.id, signal),
  });
  if (history.isError) return <Alert type="error" showIcon title={history.error.message} />;
  if (!history.data) return <Spin description="Đang tải…" style={{ display: 'block', padding: 32 }} />;
  const items = [...history.data.items].sort(
    (a, b) => b.since.localeCompare(a.since) || b.createdAt.localeCompare(a.createdAt),
  );
  if (items.length === 0)
    return <Typography.Text type="secondary">Chưa có lịch sử tình trạng.</Typography.Text>;

  return (
    <>
      <Typography.Paragraph type="secondary">
        Tình trạng đổi khi sửa hồ sơ; mỗi lần đổi được ghi lại cùng ngày bắt đầu.
      </Typography.Paragraph>
      <Timeline
        items={items.map((item, index) => ({
          key: item.id,
          color: index === 0 ? 'blue' : 'gray',
          content: (
            <>
              <Typography.Text strong>Từ {formatDay(item.since)}: </Typography.Text>
              <Tag style={STATUS_TAG_STYLES[item.status]}>{ORG_STATUS_LABELS[item.status]}</Tag>
              {index === 0 && <Typography.Text type="secondary">(hiện tại)</Typography.Text>}
              {item.note && <div>{item.note}</div>}
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  Ghi nhận lúc {formatDateTime(item.createdAt)}
                </Typography.Text>
              </div>
            </>
          ),
        }))}
      />
    </>
  );
}
