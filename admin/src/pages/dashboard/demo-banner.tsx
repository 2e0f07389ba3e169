import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Typography } from 'antd';
import { api } from '../../api/client';
import type { Role } from '../../lib/roles';

// GET/DELETE /api/v1/demo (src/modules/demo/demo.api.ts).
interface DemoCounts {
  articles: number;
  documents: number;
  pages: number;
  links: number;
  images: number;
  organizations: number;
}

interface DemoStatus {
  present: boolean;
  counts: DemoCounts;
}

interface DemoRemovalResult {
  removed: DemoCounts & { categories: number };
  kept: { categories: number; documents: number; images: number; organizations: number };
  settingsRestored: boolean;
}

const DEMO_KEY = ['demo'] as const;

const fetchDemoStatus = (signal?: AbortSignal) => api<DemoStatus>('/demo', { signal });
const removeDemo = () => api<DemoRemovalResult>('/demo', { method: 'DELETE' });

/** "40 bài viết, 15 văn bản, 4 trang, 8 liên kết, 22 ảnh, 76 tổ chức" (only the non-zero ones). */
function describeCounts(c: DemoCounts): string {
  const parts: [number, string][] = [
    [c.articles, 'bài viết'],
    [c.documents, 'văn bản'],
    [c.pages, 'trang giới thiệu'],
    [c.links, 'liên kết website'],
    [c.images, 'ảnh'],
    [c.organizations, 'tổ chức trong sổ đăng ký'],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${n.toLocaleString('vi-VN')} ${label}`)
    .join(', ');
}

function keptNote(r: DemoRemovalResult): string {
  const kept = [
    [r.kept.categories, 'chuyên mục'],
    [r.kept.documents, 'văn bản'],
    [r.kept.images, 'ảnh'],
    [r.kept.organizations, 'tổ chức'],
  ] as const;
  const parts = kept.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`);
  return parts.length > 0 ? ` Giữ lại ${parts.join(', ')} đang được nội dung của đơn vị sử dụng.` : '';
}

/** Shown on the dashboard while the portal still carries the demo alliance's content. */
export function DemoBanner({ role }: { role: Role }) {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: DEMO_KEY, queryFn: ({ signal }) => fetchDemoStatus(signal) });
  const remove = useMutation({ mutationFn: removeDemo });

  if (!status.data?.present) return null;
  const counts = status.data.counts;
  const canRemove = role === 'quan_tri';

  function confirmRemoval() {
    modal.confirm({
      title: 'Xóa dữ liệu minh họa?',
      content: (
        <>
          <Typography.Paragraph>
            Sẽ xóa khỏi trang: {describeCounts(counts) || 'các mục minh họa còn lại'}, cùng các chuyên mục và
            thông tin liên hệ minh họa.
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            Bài viết, văn bản, ảnh và tổ chức do cán bộ của đơn vị tạo được giữ nguyên. Không thể hoàn tác
            thao tác này.
          </Typography.Paragraph>
        </>
      ),
      okText: 'Xóa dữ liệu minh họa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        try {
          const result = await remove.mutateAsync();
          message.success(`Đã xóa dữ liệu minh họa.${keptNote(result)}`);
          // Lists, counts, the tenant name and the activity card all changed.
          await queryClient.invalidateQueries();
        } catch (error) {
          message.error(error instanceof Error ? error.message : 'Không xóa được dữ liệu minh họa.');
        }
      },
    });
  }

  return (
    <Alert
      type="warning"
      showIcon
      // Above the dashboard's cards: a Space item would leave an empty gap when there is no demo.
      style={{ marginBottom: 24 }}
      title="Trang đang hiển thị dữ liệu minh họa"
      description={
        <>
          Trang thông tin điện tử đang có nội dung mẫu của một liên minh giả định ({describeCounts(counts)})
          để bạn xem thử giao diện và cách làm việc.{' '}
          {canRemove
            ? 'Khi sẵn sàng đăng nội dung thật, hãy xóa dữ liệu minh họa.'
            : 'Quản trị viên có thể xóa dữ liệu minh họa khi đơn vị sẵn sàng đăng nội dung thật.'}
        </>
      }
      action={
        canRemove ? (
          <Button danger loading={remove.isPending} onClick={confirmRemoval}>
            Xóa dữ liệu minh họa
          </Button>
        ) : undefined
      }
    />
  );
}
