import { useState } from 'react';

/** The last non-null value, so a closing modal keeps its content during the fade-out. */
export function useLastPresent<T>(value: T | null): T | null {
  const [last, setLast] = useState(value);
  if (value !== null && value !== last) setLast(value);
  return value ?? last;
}
