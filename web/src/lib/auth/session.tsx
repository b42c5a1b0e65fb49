import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  api,
  CSRF_HEADER,
  onSessionChange,
  refreshAccessToken,
  setAccessToken,
  unwrap,
  type Schemas,
} from '../api/client';

export type User = Schemas['MeResponse'];
export type Role = User['roles'][number];

interface Session {
  status: 'loading' | 'anonymous' | 'signedIn';
  user: User | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const Context = createContext<Session | null>(null);

async function loadMe(): Promise<User> {
  return (await unwrap(api.GET('/api/v1/auth/me'))).data;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Session['status']>('loading');
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const resumed = await refreshAccessToken();
      const me = resumed ? await loadMe().catch(() => null) : null;
      if (!live) return;
      setUser(me);
      setStatus(me ? 'signedIn' : 'anonymous');
    })();
    const off = onSessionChange((signedIn) => {
      if (!signedIn) {
        setUser(null);
        setStatus('anonymous');
      }
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const { data: token } = await unwrap(
      api.POST('/api/v1/auth/login', {
        params: { header: CSRF_HEADER },
        body: { email, password, session: true },
      }),
    );
    setAccessToken(token.accessToken, token.expiresIn, true);
    const me = await loadMe();
    setUser(me);
    setStatus('signedIn');
  }, []);

  const signOut = useCallback(async () => {
    await fetch('/api/v1/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: CSRF_HEADER,
    }).catch(() => undefined);
    setAccessToken(null);
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo(() => ({ status, user, signIn, signOut }), [status, user, signIn, signOut]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): Session {
  const value = useContext(Context);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** What a role may do (the contract's §3 table); transitions come from the server's allowedTransitions. */
export const CAPABILITIES = {
  editRegisters: ['admin', 'editor'],
  editMilestones: ['admin', 'manager'],
  readHistory: ['admin', 'editor', 'manager', 'auditor'],
  readAudit: ['admin', 'auditor'],
  manageUsers: ['admin'],
  /** Imports (§15): of registers for editors, of milestones and progress for managers. */
  importRecords: ['admin', 'editor', 'manager'],
} as const satisfies Record<string, readonly Role[]>;

export function can(user: User | null, capability: keyof typeof CAPABILITIES): boolean {
  return !!user && user.roles.some((r) => (CAPABILITIES[capability] as readonly Role[]).includes(r));
}
