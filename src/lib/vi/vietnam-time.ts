/** Every date the platform shows is Viet Nam wall-clock time, whatever the server's TZ. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: VIETNAM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function wallTimeFromIntl(instant: number): WallTime {
  const fields: Record<string, number> = {};
  for (const { type, value } of partsFormatter.formatToParts(instant)) fields[type] = Number(value);
  return {
    year: fields.year ?? Number.NaN,
    month: fields.month ?? Number.NaN,
    day: fields.day ?? Number.NaN,
    hour: fields.hour ?? Number.NaN,
    minute: fields.minute ?? Number.NaN,
    second: fields.second ?? Number.NaN,
  };
}

function exactOffset(instant: number): number {
  return wallAsUtc(wallTimeFromIntl(instant)) - Math.floor(instant / 1000) * 1000;
}

const DAY_MS = 86_400_000;
const offsetByUtcDay = new Map<number, number>();

/**
 * Milliseconds to add to UTC to read Viet Nam clocks. formatToParts costs several microseconds,
 * so the offset is cached per UTC day, but only for days with no clock change in them.
 */
function offsetAt(instant: number): number {
  const day = Math.floor(instant / DAY_MS);
  const cached = offsetByUtcDay.get(day);
  if (cached !== undefined) return cached;
  const offset = exactOffset(day * DAY_MS);
  if (offset !== exactOffset(day * DAY_MS + DAY_MS - 1)) return exactOffset(instant);
  if (offsetByUtcDay.size >= 20_000) offsetByUtcDay.clear();
  offsetByUtcDay.set(day, offset);
  return offset;
}

/** The Viet Nam wall-clock fields of an instant. */
export function vietnamWallTime(date: Date): WallTime {
  const wall = new Date(date.getTime() + offsetAt(date.getTime()));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** The instant at which UTC clocks showed `t`, in ms; years below 100 stay literal. */
export function wallAsUtc(t: WallTime, ms = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1, t.hour, t.minute, t.second, ms));
  date.setUTCFullYear(t.year, t.month - 1, t.day);
  return date.getTime();
}

/**
 * The instant at which Viet Nam clocks showed `t`. Usually UTC+7, but the zone was +8 or +9 in
 * parts of 1942–1975, so the offset is looked up rather than assumed.
 */
export function fromVietnamWallTime(t: WallTime, ms = 0): Date {
  const wall = wallAsUtc(t, ms);
  let instant = wall - 7 * 3_600_000;
  for (let pass = 0; pass < 2; pass++) instant = wall - offsetAt(instant);
  return new Date(instant);
}
