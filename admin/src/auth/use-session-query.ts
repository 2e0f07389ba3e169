import { useQuery } from '@tanstack/react-query';
import { fetchSession, SESSION_KEY } from '../api/session-api';

export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: ({ signal }) => fetchSession(signal) });
}
