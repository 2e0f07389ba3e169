import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Result, Skeleton } from 'antd';
import { useRef } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type ArticleDto, articleKey, categoriesKey, getArticle, listCategories } from '../../api/news-api';
import { LinkButton } from '../../components/link-button';
import { ArticleEditor } from './editor/article-editor';

const NEW = 'moi';

/**
 * /tin-bai/moi (a new article) and /tin-bai/:id. After its first save a new article's address
 * becomes /tin-bai/moi?id=… rather than /tin-bai/:id: the layout keys its error boundary by
 * pathname, so a new pathname would remount the editor and lose what was typed while the save was
 * on its way. A reload or a shared link of that address opens the article like /tin-bai/:id.
 */
export function ArticleEditorPage() {
  const { id = NEW } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  // The article this editing session created: reaching its address is not opening another article.
  const createdHere = useRef<string | null>(null);
  const requested = id === NEW ? (search.get('id') ?? NEW) : id;
  const sessionNew = requested === NEW || (id === NEW && requested === createdHere.current);
  const articleId = sessionNew ? NEW : requested;
  const isNew = articleId === NEW;

  const categories = useQuery({ queryKey: categoriesKey, queryFn: ({ signal }) => listCategories(signal) });
  const article = useQuery({
    queryKey: articleKey(articleId),
    queryFn: ({ signal }) => getArticle(articleId, signal),
    enabled: !isNew,
    // The editor owns the article once open: no refetch behind the user's back.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

  if (article.isError) {
    const notFound = article.error instanceof ApiError && article.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? 'Không tìm thấy bài viết' : 'Không tải được bài viết'}
        subTitle={article.error.message}
        extra={
          notFound ? (
            <LinkButton type="primary" to="/tin-bai">
              Về danh sách tin bài
            </LinkButton>
          ) : (
            <Button onClick={() => article.refetch()}>Thử lại</Button>
          )
        }
      />
    );
  }
  if (categories.isError) return <Alert type="error" showIcon title={categories.error.message} />;
  if (!categories.data || (!isNew && !article.data)) return <Skeleton active paragraph={{ rows: 12 }} />;

  return (
    <ArticleEditor
      key={articleId}
      initial={isNew ? null : (article.data ?? null)}
      categories={categories.data}
      onCreated={(saved: ArticleDto) => {
        createdHere.current = saved.id;
        navigate(`/tin-bai/${NEW}?id=${saved.id}`, { replace: true });
      }}
    />
  );
}
