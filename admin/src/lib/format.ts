const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pick(value: string | Date) {
  const found: Record<string, string> = {};
  for (const part of parts.formatToParts(new Date(value))) found[part.type] = part.value;
  return found;
}

/** dd/mm/yyyy in Vietnam time, whatever the browser's time zone. */
export function formatDate(value: string | Date): string {
  const p = pick(value);
  return `${p.day}/${p.month}/${p.year}`;
}

/** HH:mm dd/mm/yyyy in Vietnam time. */
export function formatDateTime(value: string | Date): string {
  const p = pick(value);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}
