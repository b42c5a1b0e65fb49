import { Center, Loader } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, useLocation, type RouteObject } from 'react-router';
import { NotFound } from '../components/NotFound';
import { dashboardDays, dashboardQuery } from '../lib/api/dashboard';
import { useCan, useSession, type Permission } from '../lib/auth/session';
import { NotAllowed } from '../components/NotAllowed';
import { SignIn } from '../features/auth/routes/SignIn';
import { documentListQuery } from '../features/documents/api/documents';
import { Shell } from './Shell';

/** What a screen can start before it mounts: its code, and (once signed in) its first query. */
interface Screen {
  preload(): Promise<unknown>;
  prefetch?(queryClient: QueryClient, search: URLSearchParams): Promise<unknown>;
}

/**
 * Every screen but sign-in is its own chunk, loaded on first visit, or earlier by `preload` (the
 * screen of the address the application opens on is preloaded while the session resumes). A
 * screen whose chunk is already there renders at once, without a Suspense boundary: React holds
 * a boundary's content back up to 300 ms after its fallback showed, which a loaded chunk need not pay.
 */
function page(
  load: () => Promise<{ default: ComponentType }>,
  prefetch?: Screen['prefetch'],
  /** Without it the screen says so once (NotAllowed) rather than fail in every panel. */
  requires?: Permission,
): Pick<RouteObject, 'element' | 'handle'> {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page() {
    // Decided once per mount: switching from the lazy tree to the direct one would remount the screen.
    const [Direct] = useState(() => loaded);
    const can = useCan();
    if (requires && !can(requires)) return <NotAllowed />;
    if (Direct) return <Direct />;
    return (
      <Suspense
        fallback={
          <Center p="xl">
            <Loader />
          </Center>
        }
      >
        <Lazy />
      </Suspense>
    );
  }
  const screen: Screen = { preload, prefetch };
  return { element: <Page />, handle: screen };
}

function RequireSession() {
  const { status } = useSession();
  const location = useLocation();
  if (status === 'loading')
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  if (status === 'anonymous') {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return <Shell />;
}

const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignIn /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, ...page(() => import('../features/home/routes/Home')) },
      {
        path: 'documents',
        ...page(
          () => import('../features/documents/routes/DocumentsPage'),
          (queryClient, search) => queryClient.prefetchInfiniteQuery(documentListQuery(search)),
        ),
      },
      { path: 'documents/new', ...page(() => import('../features/documents/routes/DocumentFormPage')) },
      { path: 'documents/:id', ...page(() => import('../features/documents/routes/DocumentPage')) },
      {
        path: 'documents/:id/edit',
        ...page(() => import('../features/documents/routes/DocumentFormPage')),
      },
      { path: 'summits', ...page(() => import('../features/summits/routes/SummitsPage')) },
      { path: 'summits/new', ...page(() => import('../features/summits/routes/SummitFormPage')) },
      { path: 'summits/:id', ...page(() => import('../features/summits/routes/SummitPage')) },
      { path: 'summits/:id/edit', ...page(() => import('../features/summits/routes/SummitFormPage')) },
      {
        path: 'institutions/new',
        ...page(() => import('../features/institutions/routes/InstitutionFormPage')),
      },
      {
        path: 'institutions/:id/edit',
        ...page(() => import('../features/institutions/routes/InstitutionFormPage')),
      },
      {
        path: 'institutions',
        ...page(() => import('../features/institutions/routes/InstitutionsPage')),
      },
      {
        path: 'institutions/:id',
        ...page(() => import('../features/institutions/routes/InstitutionPage')),
      },
      {
        path: 'milestones',
        ...page(
          () => import('../features/dashboard/routes/DashboardPage'),
          (queryClient, search) => queryClient.prefetchQuery(dashboardQuery(dashboardDays(search))),
        ),
      },
      {
        path: 'milestones/new',
        ...page(() => import('../features/milestones/routes/MilestoneFormPage')),
      },
      {
        path: 'deadline-rules',
        ...page(() => import('../features/deadlines/routes/DeadlineRulesPage')),
      },
      {
        path: 'deadline-rules/:id',
        ...page(() => import('../features/deadlines/routes/DeadlineRulePage')),
      },
      { path: 'search', ...page(() => import('../features/search/routes/SearchPage')) },
      { path: 'milestones/:id', ...page(() => import('../features/milestones/routes/MilestonePage')) },
      { path: 'imports', ...page(() => import('../features/imports/routes/ImportPage')) },
      { path: 'audit', ...page(() => import('../features/audit/routes/AuditPage'), undefined, 'audit.read') },
      {
        path: 'users',
        ...page(() => import('../features/users/routes/UsersPage'), undefined, 'users.manage'),
      },
      { path: 'profile', ...page(() => import('../features/notifications/routes/ProfilePage')) },
      {
        path: 'webhooks',
        ...page(() => import('../features/notifications/routes/WebhooksPage'), undefined, 'users.manage'),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

function screensAt(location: { pathname: string }): Screen[] {
  return (matchRoutes(routes, location) ?? [])
    .map((match) => match.route.handle as Screen | undefined)
    .filter((screen): screen is Screen => !!screen);
}

/** The code of the screen at this address, fetched now rather than after the session resumed. */
export function preloadScreen(location: { pathname: string }): void {
  for (const screen of screensAt(location)) void screen.preload().catch(() => undefined);
}

/** The first query of the screen at this address, started as soon as there is an access token. */
export function prefetchScreen(
  queryClient: QueryClient,
  location: { pathname: string; search: string },
): void {
  const search = new URLSearchParams(location.search);
  for (const screen of screensAt(location)) void screen.prefetch?.(queryClient, search);
}

export const router = createBrowserRouter(routes);
