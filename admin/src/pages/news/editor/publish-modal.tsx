import { Alert, Button, Flex, List, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ImageProblem } from '../../../components/rich-text-editor/image-audit';
import { dateTime } from '../news-format';

export interface PublishCheck {
  /** Null: now, or the article's own time. */
  at: Dayjs | null;
  images: ImageProblem[];
  coverMissingAlt: boolean;
}

interface Props {
  check: PublishCheck | null;
  loading: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  onFixImage: (index: number) => void;
}

/** Confirms publishing (or scheduling) and lists the images that are not ready. */
export function PublishModal({ check, loading, onCancel, onConfirm, onFixImage }: Props) {
  const scheduled = Boolean(check?.at?.isAfter(Date.now()));
  const hasImageProblems = (check?.images.length ?? 0) > 0;
  return (
    <Modal
      open={check !== null}
      title={scheduled ? 'Hẹn giờ đăng bài' : 'Đăng bài'}
      onCancel={onCancel}
      footer={null}
      destroyOnHidden
    >
      {check && (
        <Flex vertical gap="middle">
          <Typography.Paragraph style={{ margin: 0 }}>
            {scheduled && check.at
              ? `Bài sẽ tự động hiển thị trên trang lúc ${dateTime(check.at.toDate())}.`
              : check.at
                ? `Bài sẽ hiển thị ngay, với thời điểm đăng ${dateTime(check.at.toDate())}.`
                : 'Bài sẽ hiển thị ngay trên trang tin tức.'}
          </Typography.Paragraph>
          {check.coverMissingAlt && (
            <Alert
              type="error"
              showIcon
              title="Ảnh đại diện chưa có mô tả (alt)."
              description="Hãy nhập mô tả cho ảnh đại diện ở khung “Ảnh đại diện” rồi bấm “Lưu mô tả ảnh”."
            />
          )}
          {hasImageProblems && (
            <Alert
              type="warning"
              showIcon
              title={`${check.images.length} ảnh trong bài chưa sẵn sàng`}
              description={
                <List
                  size="small"
                  dataSource={check.images}
                  renderItem={(problem) => (
                    <List.Item
                      actions={[
                        <Button key="fix" size="small" onClick={() => onFixImage(problem.index)}>
                          Sửa ảnh
                        </Button>,
                      ]}
                    >
                      <span>
                        <strong>{problem.label}</strong>:{' '}
                        {[
                          problem.missingAlt ? 'thiếu mô tả (alt)' : null,
                          problem.notInLibrary ? 'chưa có trong thư viện, sẽ bị bỏ khi lưu' : null,
                        ]
                          .filter(Boolean)
                          .join('; ')}
                      </span>
                    </List.Item>
                  )}
                />
              }
            />
          )}
          <Flex justify="end" gap="small">
            <Button onClick={onCancel}>Hủy</Button>
            <Button
              type="primary"
              danger={hasImageProblems}
              loading={loading}
              disabled={check.coverMissingAlt}
              onClick={onConfirm}
            >
              {hasImageProblems ? 'Vẫn đăng' : scheduled ? 'Hẹn giờ đăng' : 'Đăng bài'}
            </Button>
          </Flex>
        </Flex>
      )}
    </Modal>
  );
}
