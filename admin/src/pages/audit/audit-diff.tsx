import { Col, Flex, Row, Tag, Typography, theme } from 'antd';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Top-level keys whose values differ, so the reader knows where to look in long JSON. */
function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const { token } = theme.useToken();
  return (
    <>
      <Typography.Text strong>{label}</Typography.Text>
      <pre
        style={{
          margin: '4px 0 0',
          padding: 12,
          maxHeight: 400,
          overflow: 'auto',
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
          background: token.colorFillQuaternary,
          borderRadius: token.borderRadius,
        }}
      >
        {value === null || value === undefined ? '(không có)' : JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const changed = changedKeys(before, after);
  return (
    <>
      {changed.length > 0 && (
        <Flex wrap gap={4} align="center" style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">Trường thay đổi:</Typography.Text>
          {changed.map((key) => (
            <Tag key={key} color="blue">
              {key}
            </Tag>
          ))}
        </Flex>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <JsonBlock label="Trước" value={before} />
        </Col>
        <Col xs={24} lg={12}>
          <JsonBlock label="Sau" value={after} />
        </Col>
      </Row>
    </>
  );
}
