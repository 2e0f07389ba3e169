import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { articlePublicUrl, getTopArticles, statsKey, type TopArticle } from '../../api/stats-api';
import { formatDateTime } from '../../lib/format';
import { formatCount } from './stats-format';

const LIMITS = [10, 20, 50].map((value) => ({ value, label: `${value} bài` }));

export function TopArticlesCard() {
  const [limit, setLimit] = useState(10);
  const top = useQuery({
    queryKey: statsKey('top-articles', limit),
    queryFn: ({ signal }) => getTopArticles(limit, signal),
  });

  return (
    <Card
      title="Tin bài được xem nhiều nhất (từ trước đến nay)"
      extra={<Select aria-label="Số bài hiển thị" options={LIMITS} value={limit} onChange={setLimit} />}
    >
      {top.isError && <Alert type="error" showIcon title={top.error.message} style={{ marginBottom: 16 }} />}
      <Table<TopArticle>
        rowKey="id"
        size="small"
        loading={top.isFetching}
        dataSource={top.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có lượt xem tin bài nào.' }}
        columns={[
          { title: 'Hạng', key: 'rank', width: 64, render: (_, __, index) => index + 1 },
          {
            title: 'Tiêu đề',
            dataIndex: 'title',
            render: (title: string, article) => (
              <Typography.Link href={articlePublicUrl(article.slug)} target="_blank" rel="noopener">
                {title}
              </Typography.Link>
            ),
          },
          {
            title: 'Đăng lúc',
            dataIndex: 'publishedAt',
            render: (at: string | null) => (at ? formatDateTime(at) : 'Chưa đăng'),
          },
          { title: 'Lượt xem', dataIndex: 'views', align: 'right', render: formatCount },
        ]}
      />
    </Card>
  );
}
