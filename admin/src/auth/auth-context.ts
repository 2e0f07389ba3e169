import { createContext, useContext } from 'react';
import type { Session } from '../api/types';

export const AuthContext = createContext<Session | null>(null);

/** The signed-in session; only usable below <RequireAuth>. */
export function useAuth(): Session {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuth() must be used below <RequireAuth>');
  return session;
}
