import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { getArticleBrief } from '../../api/feedback-api';

/** The article a feedback item was sent from, linked to its public page. */
export function ArticleCell({ articleId }: { articleId: string | null }) {
  const article = useQuery({
    queryKey: ['article-brief', articleId],
    queryFn: ({ signal }) => getArticleBrief(articleId ?? '', signal),
    enabled: articleId !== null,
    staleTime: 5 * 60_000,
  });
  if (articleId === null)
    return <Typography.Text type="secondary">Góp ý chung (trang Phản hồi)</Typography.Text>;
  if (article.isPending) return <Typography.Text type="secondary">Đang tải…</Typography.Text>;
  if (article.isError) return <Typography.Text type="secondary">Không tìm thấy bài viết</Typography.Text>;
  const { title, url, status } = article.data;
  if (status !== 'published') {
    return (
      <Typography.Text>
        {title} <Typography.Text type="secondary">(chưa đăng)</Typography.Text>
      </Typography.Text>
    );
  }
  return (
    <Typography.Link href={url} target="_blank" rel="noopener">
      {title}
    </Typography.Link>
  );
}
