import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { type FeedbackDto, feedbackKey, REPLY_MAX, replyToFeedback } from '../../api/feedback-api';
import { ModalFormActions } from '../../components/modal-form-actions';
import { applyServerErrors } from '../../lib/form-errors';
import { useLastPresent } from '../../lib/use-last-present';

export function ReplyModal({ feedback, onClose }: { feedback: FeedbackDto | null; onClose: () => void }) {
  const shown = useLastPresent(feedback);
  return (
    <Modal
      open={feedback !== null}
      title={shown && `Trả lời ${shown.name}`}
      onCancel={onClose}
      footer={null}
      width={680}
      destroyOnHidden
    >
      {shown && <ReplyForm feedback={shown} onClose={onClose} />}
    </Modal>
  );
}

function ReplyForm({ feedback, onClose }: { feedback: FeedbackDto; onClose: () => void }) {
  const [form] = Form.useForm<{ reply: string }>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (reply: string) => replyToFeedback(feedback.id, reply),
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: feedbackKey() });
      message.success(saved.reply ? 'Đã lưu trả lời.' : 'Đã xóa trả lời.');
      onClose();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ reply: feedback.reply }}
      onFinish={({ reply }) => {
        setError(null);
        save.mutate(reply.trim());
      }}
    >
      <Typography.Text type="secondary">Phản hồi của bạn đọc:</Typography.Text>
      <blockquote
        style={{
          margin: '4px 0 16px',
          padding: '8px 12px',
          borderInlineStart: '3px solid #d9d9d9',
          background: '#fafafa',
          whiteSpace: 'pre-wrap',
          maxHeight: 200,
          overflow: 'auto',
        }}
      >
        {feedback.message}
      </blockquote>
      {feedback.status !== 'approved' && (
        <Alert
          type="info"
          showIcon
          title="Trả lời chỉ hiển thị trên cổng khi phản hồi được duyệt."
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="reply"
        label="Trả lời của đơn vị"
        extra="Văn bản thuần, hiển thị dưới phản hồi của bạn đọc. Để trống và lưu để xóa trả lời."
        rules={[{ max: REPLY_MAX, message: `Tối đa ${REPLY_MAX.toLocaleString('vi-VN')} ký tự.` }]}
      >
        <Input.TextArea rows={6} maxLength={REPLY_MAX} showCount autoFocus />
      </Form.Item>
      <ModalFormActions submitText="Lưu trả lời" loading={save.isPending} onCancel={onClose} />
    </Form>
  );
}
