import dayjs from 'dayjs';

const numbers = new Intl.NumberFormat('vi-VN');

/** 266141 → "266.141". */
export const formatCount = (n: number): string => numbers.format(n);

/** "2024-01-19" (a calendar day, no time zone) → "19/01/2024". */
export const formatDay = (day: string): string => dayjs(day).format('DD/MM/YYYY');

/** "2024-01-19" → "19/01", for a chart axis. */
export const formatShortDay = (day: string): string => dayjs(day).format('DD/MM');

export const API_DAY = 'YYYY-MM-DD';
/** The server's longest range (MAX_RANGE_DAYS). */
export const MAX_RANGE_DAYS = 366;
