import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { SESSION_KEY } from '../api/session-api';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Set on mutations whose 401 means "wrong password", not "session expired". */
      expectsUnauthorized?: boolean;
    };
  }
}

function isClientError(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => endExpiredSession(error),
  }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      if (!mutation.meta?.expectsUnauthorized) endExpiredSession(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failures, error) => !isClientError(error) && failures < 2,
    },
  },
});

/** A 401 anywhere means the session is gone: dropping it sends the guard to the login page. */
function endExpiredSession(error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    queryClient.setQueryData(SESSION_KEY, null);
  }
}
