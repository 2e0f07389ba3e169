import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Radio, Typography } from 'antd';
import { useState } from 'react';
import { chooseSheet, type ImportDto, importsKey } from '../../../api/registry-import-api';

/** The file has several sheets with data: which one holds the organisations? */
export function ImportSheetCard({ item }: { item: ImportDto }) {
  const queryClient = useQueryClient();
  const [sheet, setSheet] = useState<string | undefined>(item.sheetName ?? undefined);
  const choose = useMutation({
    mutationFn: (name: string) => chooseSheet(item.id, name),
    onSuccess: (saved) => {
      queryClient.setQueryData(importsKey('one', item.id), saved);
      queryClient.invalidateQueries({ queryKey: importsKey('list') });
    },
  });

  return (
    <Card title="Chọn trang tính chứa danh sách" style={{ marginBottom: 16 }}>
      <Typography.Paragraph>
        Tệp có {item.sheets.length} trang tính có dữ liệu. Vui lòng chọn trang chứa danh sách tổ chức.
      </Typography.Paragraph>
      {choose.isError && (
        <Alert type="error" showIcon role="alert" title={choose.error.message} style={{ marginBottom: 16 }} />
      )}
      <Form layout="vertical" onFinish={() => sheet && choose.mutate(sheet)}>
        <Form.Item label="Trang tính" required>
          <Radio.Group
            aria-label="Trang tính"
            value={sheet}
            onChange={(e) => setSheet(e.target.value)}
            options={item.sheets.map((name) => ({ value: name, label: name }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!sheet} loading={choose.isPending}>
          Dùng trang tính này
        </Button>
      </Form>
    </Card>
  );
}
