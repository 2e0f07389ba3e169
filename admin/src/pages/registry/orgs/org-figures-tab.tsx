import { Flex, Select, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import type { OrgDto } from '../../../api/registry-orgs-api';
import { FigureYearsTable } from './figure-years-table';
import { FiguresForm } from './figures-form';
import type { OrgAccess } from './org-access';
import { recentYears } from './org-format';

const YEAR_OPTIONS = recentYears().map((y) => ({ value: y, label: `Năm ${y}` }));

/** One year's indicators (the year is in the URL: ?nam=) and every year side by side. */
export function OrgFiguresTab({ org, access }: { org: OrgDto; access: OrgAccess }) {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const requested = Number.parseInt(params.get('nam') ?? '', 10);
  const year = requested >= 2000 && requested <= thisYear ? requested : thisYear;

  return (
    <Flex vertical gap="large">
      <Flex align="center" gap="small" wrap>
        <label htmlFor="figures-year">
          <Typography.Text strong>Năm số liệu</Typography.Text>
        </label>
        <Select
          id="figures-year"
          options={YEAR_OPTIONS}
          value={year}
          onChange={(next: number) =>
            setParams(
              (current) => {
                const updated = new URLSearchParams(current);
                if (next === thisYear) updated.delete('nam');
                else updated.set('nam', String(next));
                return updated;
              },
              { replace: true },
            )
          }
          style={{ width: 140 }}
        />
      </Flex>
      <FiguresForm orgId={org.id} year={year} readOnly={!access.canWrite} />
      <FigureYearsTable orgId={org.id} />
    </Flex>
  );
}
