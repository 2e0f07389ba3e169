import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Table, Tag, Typography } from 'antd';
import {
  listRatingBandSets,
  listRatings,
  type OrgDto,
  orgsKey,
  type RatingBandSetDto,
  type RatingDto,
} from '../../../api/registry-orgs-api';
import { formatDateTime } from '../../../lib/format';
import type { OrgAccess } from './org-access';
import { formatNumber } from './org-format';
import { GRADE_TAG_STYLES, RATING_GRADE_LABELS } from './org-vocabulary';
import { RatingForm } from './rating-form';

/** Ratings year by year; staff enter a score and the server grades it by the bands in force. */
export function OrgRatingsTab({ org, access }: { org: OrgDto; access: OrgAccess }) {
  const ratings = useQuery({
    queryKey: orgsKey('ratings', org.id),
    queryFn: ({ signal }) => listRatings(org.id, signal),
  });
  const bandSets = useQuery({
    queryKey: orgsKey('band-sets'),
    queryFn: ({ signal }) => listRatingBandSets(signal),
    staleTime: 10 * 60_000,
  });
  const items = ratings.data?.items ?? [];
  const sets = bandSets.data?.items ?? [];

  return (
    <Flex vertical gap="middle">
      {access.canWrite && ratings.data && <RatingForm org={org} ratings={items} bandSets={sets} />}
      <Card title="Kết quả xếp loại các năm" size="small">
        {ratings.isError && (
          <Alert type="error" showIcon title={ratings.error.message} style={{ marginBottom: 16 }} />
        )}
        <Table<RatingDto>
          rowKey="year"
          size="small"
          loading={ratings.isFetching}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'Chưa có kết quả xếp loại.' }}
          columns={[
            { title: 'Năm', dataIndex: 'year' },
            {
              title: 'Điểm',
              dataIndex: 'score',
              align: 'right',
              render: (score: number | null) => (score === null ? '—' : formatNumber(score)),
            },
            {
              title: 'Xếp loại',
              dataIndex: 'grade',
              render: (grade: RatingDto['grade'], rating) => (
                <>
                  <Tag style={GRADE_TAG_STYLES[grade]}>{RATING_GRADE_LABELS[grade]}</Tag>
                  {rating.notRatedReason && (
                    <div>
                      <Typography.Text type="secondary">{rating.notRatedReason}</Typography.Text>
                    </div>
                  )}
                </>
              ),
            },
            {
              title: 'Ghi chú',
              dataIndex: 'note',
              render: (note: string) => note || '—',
            },
            { title: 'Cập nhật', dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
          ]}
        />
      </Card>
      {sets.length > 0 && <BandSets sets={sets} />}
    </Flex>
  );
}

function BandSets({ sets }: { sets: RatingBandSetDto[] }) {
  return (
    <Card title="Thang xếp loại" size="small">
      {[...sets]
        .sort((a, b) => b.fromYear - a.fromYear)
        .map((set) => (
          <Typography.Paragraph key={set.id} style={{ marginBottom: 8 }}>
            <strong>Áp dụng từ năm {set.fromYear}</strong> — {set.legalBasis}.{' '}
            {[...set.bands]
              .sort((a, b) => b.minScore - a.minScore)
              .map((band) => `${RATING_GRADE_LABELS[band.grade]}: từ ${formatNumber(band.minScore)} điểm`)
              .join('; ')}
            . Tổ chức hoạt động dưới {set.minMonthsOperating} tháng tính đến 31/12 không xếp loại.
          </Typography.Paragraph>
        ))}
    </Card>
  );
}
