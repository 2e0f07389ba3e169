import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Flex, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { type DeadlineDto, reportsKey, setDeadline } from '../../../api/registry-reports-api';
import { formatDay } from './report-format';

/** The day members must report year N by; writers may move it (15/12 by default). */
export function ReportDeadlineCard({ deadline, canWrite }: { deadline: DeadlineDto; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [day, setDay] = useState<Dayjs | null>(dayjs(deadline.deadline));
  const [shownFor, setShownFor] = useState(deadline.deadline);
  if (shownFor !== deadline.deadline) {
    setShownFor(deadline.deadline);
    setDay(dayjs(deadline.deadline));
  }
  const save = useMutation({
    mutationFn: (value: string) => setDeadline(deadline.year, value),
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: reportsKey() });
      message.success(`Đã đặt hạn nộp báo cáo năm ${saved.year}: ${formatDay(saved.deadline)}.`);
    },
  });
  const changed = day !== null && day.format('YYYY-MM-DD') !== deadline.deadline;

  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap="middle" align="center" wrap justify="space-between">
        <Flex gap="small" align="center" wrap>
          <Typography.Text>
            Hạn nộp báo cáo năm {deadline.year}: <strong>{formatDay(deadline.deadline)}</strong>
            {deadline.isDefault && ' (mặc định)'}
          </Typography.Text>
          {deadline.passed ? <Tag color="red">Đã quá hạn</Tag> : <Tag color="green">Còn hạn</Tag>}
        </Flex>
        {canWrite && (
          <Flex gap="small" align="center" wrap>
            <label htmlFor="report-deadline">Đổi hạn nộp</label>
            <DatePicker
              id="report-deadline"
              format="DD/MM/YYYY"
              value={day}
              onChange={setDay}
              allowClear={false}
              disabledDate={(d) => d.year() !== deadline.year && d.year() !== deadline.year + 1}
            />
            <Button
              onClick={() => day && save.mutate(day.format('YYYY-MM-DD'))}
              disabled={!changed}
              loading={save.isPending}
            >
              Lưu hạn nộp
            </Button>
          </Flex>
        )}
      </Flex>
      {save.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={firstMessage(save.error)}
          style={{ marginTop: 12 }}
        />
      )}
    </Card>
  );
}

/** The field's own message ("Hạn nộp … phải trong năm …") says more than the general one. */
function firstMessage(error: Error): string {
  return (error instanceof ApiError && Object.values(error.fieldErrors)[0]) || error.message;
}
