import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Result, Skeleton } from 'antd';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type ArticleDto, articleKey, categoriesKey, getArticle, listCategories } from '../../api/news-api';
import { LinkButton } from '../../components/link-button';
import { ArticleEditor } from './editor/article-editor';

const NEW = 'moi';

/**
 * The address bar follows a new article to /tin-bai/:id once its first save gave it an id, without a
 * router navigation: the layout keys its error boundary by pathname, so a navigation would remount
 * the editor and lose what was typed while the save was on its way. The history entry keeps
 * react-router's state; a reload or a shared link opens the article normally.
 */
function showArticleAddress(article: ArticleDto) {
  const url = new URL(window.location.href);
  url.pathname = url.pathname.replace(/\/tin-bai\/moi\/?$/, `/tin-bai/${article.id}`);
  window.history.replaceState(window.history.state, '', url);
}

/** /tin-bai/moi (a new article) and /tin-bai/:id. */
export function ArticleEditorPage() {
  const { id = NEW } = useParams();
  const isNew = id === NEW;

  const categories = useQuery({ queryKey: categoriesKey, queryFn: ({ signal }) => listCategories(signal) });
  const article = useQuery({
    queryKey: articleKey(id),
    queryFn: ({ signal }) => getArticle(id, signal),
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
      key={id}
      initial={isNew ? null : (article.data ?? null)}
      categories={categories.data}
      onCreated={showArticleAddress}
    />
  );
}
