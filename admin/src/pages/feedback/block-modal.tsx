import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { BLOCK_REASON_MAX, blockFeedbackSender, type FeedbackDto, feedbackKey } from '../../api/feedback-api';
import { ModalFormActions } from '../../components/modal-form-actions';
import { applyServerErrors } from '../../lib/form-errors';
import { useLastPresent } from '../../lib/use-last-present';

export function BlockModal({ feedback, onClose }: { feedback: FeedbackDto | null; onClose: () => void }) {
  const shown = useLastPresent(feedback);
  return (
    <Modal open={feedback !== null} title="Chặn người gửi" onCancel={onClose} footer={null} destroyOnHidden>
      {shown && <BlockForm feedback={shown} onClose={onClose} />}
    </Modal>
  );
}

function BlockForm({ feedback, onClose }: { feedback: FeedbackDto; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const block = useMutation({
    mutationFn: (reason: string) => blockFeedbackSender(feedback.id, reason),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: feedbackKey() });
      message.success(`Đã chặn ${feedback.email}; phản hồi chuyển vào spam.`);
      onClose();
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ reason: '' }}
      onFinish={({ reason }) => {
        setError(null);
        block.mutate(reason.trim());
      }}
    >
      <Typography.Paragraph>
        Chặn <strong>{feedback.name}</strong> ({feedback.email}) và địa chỉ mạng đã gửi (mã{' '}
        {feedback.senderKey}). Phản hồi sau này của người này sẽ tự vào mục Spam; phản hồi này cũng chuyển vào
        Spam.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="reason"
        label="Lý do (không bắt buộc)"
        rules={[{ max: BLOCK_REASON_MAX, message: `Tối đa ${BLOCK_REASON_MAX} ký tự.` }]}
      >
        <Input.TextArea rows={3} maxLength={BLOCK_REASON_MAX} showCount />
      </Form.Item>
      <ModalFormActions submitText="Chặn người gửi" loading={block.isPending} onCancel={onClose} />
    </Form>
  );
}
