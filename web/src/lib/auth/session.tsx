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

let resuming: { token: Promise<boolean>; user: Promise<User | null> } | null = null;

/**
 * The session a page load resumes through its refresh cookie, asked for once: main.tsx starts it
 * before React first renders, and the screen being opened starts its own query as soon as `token`
 * says there is an access token, in parallel with the profile (`user`).
 */
export function resumeSession(): { token: Promise<boolean>; user: Promise<User | null> } {
  if (!resuming) {
    const token = refreshAccessToken();
    resuming = { token, user: token.then((ok) => (ok ? loadMe().catch(() => null) : null)) };
  }
  return resuming;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Session['status']>('loading');
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => {
    let live = true;
    void resumeSession().user.then((me) => {
      if (!live) return;
      setUser(me);
      setStatus(me ? 'signedIn' : 'anonymous');
    });
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

/** What the signed-in user may do: the server's answer in `me.permissions` (§3), never a copy of the role table. */
export type Permission = Schemas['Permission'];

/**
 * The one question every screen asks before it shows an action: `const can = useCan();
 * can('registers.write')`. Transitions come from each entity's `allowedTransitions` instead.
 */
export function useCan(): (permission: Permission) => boolean {
  const { user } = useSession();
  return useCallback((permission: Permission) => !!user?.permissions.includes(permission), [user]);
}
