import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import {
  chooseSheet,
  FIGURE_FIELD_PREFIX,
  getFigureDictionary,
  IMPORT_FIELD_LABELS,
  type ImportDto,
  type IndicatorDto,
  importsKey,
  type MappingColumn,
  MONEY_UNIT_LABELS,
  MONEY_UNITS,
  type MoneyUnit,
  ORG_IMPORT_FIELDS,
  startPreview,
  updateMapping,
} from '../../../api/registry-import-api';

interface Draft {
  field: string | null;
  unit: MoneyUnit | null;
}

// A Select cannot hold null: this value stands for "not imported".
const IGNORE = '__ignore__';
const UNIT_OPTIONS = MONEY_UNITS.map((value) => ({ value, label: MONEY_UNIT_LABELS[value] }));

function fieldOptions(indicators: IndicatorDto[]) {
  return [
    { value: IGNORE, label: '— Bỏ qua cột này —' },
    {
      label: 'Thông tin tổ chức',
      options: ORG_IMPORT_FIELDS.map((field) => ({ value: field, label: IMPORT_FIELD_LABELS[field] })),
    },
    {
      label: 'Số liệu năm',
      options: indicators.map((i) => ({
        value: `${FIGURE_FIELD_PREFIX}${i.code}`,
        label: i.unit ? `${i.name} (${i.unit})` : i.name,
      })),
    },
  ];
}

const isMoney = (field: string | null, indicators: IndicatorDto[]) =>
  field?.startsWith(FIGURE_FIELD_PREFIX) === true &&
  indicators.find((i) => `${FIGURE_FIELD_PREFIX}${i.code}` === field)?.valueType === 'money';

/** Server errors of the mapping ("columns.3.field" → message) as readable lines. */
function errorLines(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : 'Đã có lỗi.'];
  return [error.message, ...Object.values(error.fieldErrors)];
}

/**
 * The automatic mapping of the sheet's headers to register fields, to check and adjust, with the
 * year of the figures; "Kiểm tra thử" saves the changes and starts the dry run.
 */
export function ImportMappingCard({ item }: { item: ImportDto }) {
  const queryClient = useQueryClient();
  const dictionary = useQuery({
    queryKey: importsKey('dictionary'),
    queryFn: ({ signal }) => getFigureDictionary(signal),
    staleTime: 10 * 60_000,
  });
  const indicators = dictionary.data?.indicators ?? [];
  const stored = item.mapping?.columns ?? [];
  const initial = () => Object.fromEntries(stored.map((c) => [c.column, { field: c.field, unit: c.unit }]));
  const [draft, setDraft] = useState<Record<string, Draft>>(initial);
  const [year, setYear] = useState<number | null>(item.year);
  const [shownFor, setShownFor] = useState(item.mapping);
  // The server answered with a new mapping (saved, sheet changed): start again from it.
  if (shownFor !== item.mapping) {
    setShownFor(item.mapping);
    setDraft(initial());
    setYear(item.year);
  }

  const changed = stored.filter((c) => {
    const d = draft[c.column];
    return d && (d.field !== c.field || (d.field !== null && d.unit !== c.unit));
  });
  const dirty = changed.length > 0 || year !== item.year;
  const onSaved = (saved: ImportDto) => {
    queryClient.setQueryData(importsKey('one', item.id), saved);
    queryClient.invalidateQueries({ queryKey: importsKey('list') });
    queryClient.removeQueries({ queryKey: importsKey('rows', item.id) });
  };

  const run = useMutation({
    mutationFn: async () => {
      if (dirty) {
        await updateMapping(item.id, {
          year: year ?? undefined,
          columns: changed.map((c) => ({
            column: c.column,
            field: draft[c.column]?.field ?? null,
            unit: draft[c.column]?.unit ?? null,
          })),
        });
      }
      return startPreview(item.id);
    },
    onSuccess: onSaved,
    // A refused mapping leaves the import as it was; show the current one again.
    onError: () => queryClient.invalidateQueries({ queryKey: importsKey('one', item.id) }),
  });
  const changeSheet = useMutation({
    mutationFn: (sheet: string) => chooseSheet(item.id, sheet),
    onSuccess: onSaved,
  });

  function pick(column: string, value: string) {
    const field = value === IGNORE ? null : value;
    setDraft((current) => {
      const next = { ...current };
      // One column per field: the column that had it loses it, as the server would do.
      for (const [other, d] of Object.entries(next)) {
        if (field !== null && other !== column && d.field === field)
          next[other] = { field: null, unit: null };
      }
      const unit = isMoney(field, indicators) ? (current[column]?.unit ?? 'dong') : null;
      next[column] = { field, unit };
      return next;
    });
  }

  const ignored = stored.filter((c) => (draft[c.column]?.field ?? null) === null);
  const hasName = stored.some((c) => draft[c.column]?.field === 'name');
  const options = fieldOptions(indicators);

  return (
    <Card
      title="Ghép cột của tệp với sổ đăng ký"
      style={{ marginBottom: 16 }}
      extra={
        item.sheets.length > 1 && (
          <Flex gap="small" align="center">
            <Typography.Text type="secondary">Trang tính:</Typography.Text>
            <Select
              aria-label="Đổi trang tính"
              value={item.sheetName ?? undefined}
              options={item.sheets.map((s) => ({ value: s, label: s }))}
              onChange={(sheet) => changeSheet.mutate(sheet)}
              loading={changeSheet.isPending}
              style={{ minWidth: 180 }}
            />
          </Flex>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        Hệ thống đã tự ghép theo tiêu đề cột (dòng tiêu đề số {item.mapping?.headerRow}). Kiểm tra từng cột,
        đổi trường nếu cần; cột “Bỏ qua” không được nhập. Với cột tiền, chọn đơn vị số liệu trong tệp được
        ghi.
      </Typography.Paragraph>
      {(run.isError || changeSheet.isError) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="Chưa kiểm tra được"
          description={errorLines(run.error ?? changeSheet.error).map((line) => <div key={line}>{line}</div>)}
          style={{ marginBottom: 16 }}
        />
      )}
      {dictionary.isError && (
        <Alert type="warning" showIcon title={dictionary.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<MappingColumn>
        rowKey="column"
        size="small"
        pagination={false}
        dataSource={stored}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'Cột', dataIndex: 'column', width: 60 },
          {
            title: 'Tiêu đề trong tệp',
            dataIndex: 'header',
            render: (header: string) => header || <Typography.Text type="secondary">(trống)</Typography.Text>,
          },
          {
            title: 'Trường trong sổ đăng ký',
            key: 'field',
            width: 340,
            render: (_, c) => {
              const field = draft[c.column]?.field ?? null;
              return (
                <Select
                  aria-label={`Trường cho cột ${c.column} (${c.header || 'không tiêu đề'})`}
                  value={field ?? IGNORE}
                  options={options}
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(value) => pick(c.column, value)}
                  style={{ width: '100%' }}
                  status={field === null ? 'warning' : undefined}
                />
              );
            },
          },
          {
            title: 'Đơn vị tiền',
            key: 'unit',
            width: 160,
            render: (_, c) => {
              const d = draft[c.column];
              if (!d || !isMoney(d.field, indicators)) return null;
              return (
                <Select
                  aria-label={`Đơn vị tiền của cột ${c.column}`}
                  value={d.unit ?? 'dong'}
                  options={UNIT_OPTIONS}
                  onChange={(unit) => setDraft((current) => ({ ...current, [c.column]: { ...d, unit } }))}
                  style={{ width: '100%' }}
                />
              );
            },
          },
        ]}
      />
      {ignored.length > 0 && (
        <Flex wrap gap={4} align="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">Cột bỏ qua (không nhập):</Typography.Text>
          {ignored.map((c) => (
            <Tag key={c.column}>
              {c.column}: {c.header || '(trống)'}
            </Tag>
          ))}
        </Flex>
      )}
      {!hasName && (
        <Alert type="warning" showIcon title="Cần gán một cột cho “Tên tổ chức”." style={{ marginTop: 12 }} />
      )}
      <Flex gap="middle" align="end" wrap justify="space-between" style={{ marginTop: 16 }}>
        <Flex vertical gap={4}>
          <label htmlFor="import-year">Năm số liệu</label>
          <InputNumber
            id="import-year"
            min={1990}
            max={2100}
            precision={0}
            value={year}
            onChange={(value) => setYear(value === null ? null : Number(value))}
            style={{ width: 140 }}
          />
          <Typography.Text type="secondary">
            Các cột số liệu (thành viên, vốn, doanh thu…) ghi vào năm này.
          </Typography.Text>
        </Flex>
        <Button
          type="primary"
          size="large"
          onClick={() => run.mutate()}
          loading={run.isPending}
          disabled={!hasName || year === null || dictionary.isLoading}
        >
          {item.status === 'previewed' ? 'Kiểm tra thử lại' : 'Kiểm tra thử'}
        </Button>
      </Flex>
    </Card>
  );
}
