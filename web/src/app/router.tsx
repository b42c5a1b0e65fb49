import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { NotFound } from '../components/NotFound';
import { useSession } from '../lib/auth/session';
import { SignIn } from '../features/auth/routes/SignIn';
import { Shell } from './Shell';

/** Every screen but sign-in is its own chunk, loaded on first visit. */
function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense
      fallback={
        <Center p="xl">
          <Loader />
        </Center>
      }
    >
      <Page />
    </Suspense>
  );
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

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignIn /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: page(() => import('../features/home/routes/Home')) },
      { path: 'documents', element: page(() => import('../features/documents/routes/DocumentsPage')) },
      { path: 'documents/new', element: page(() => import('../features/documents/routes/DocumentFormPage')) },
      { path: 'documents/:id', element: page(() => import('../features/documents/routes/DocumentPage')) },
      {
        path: 'documents/:id/edit',
        element: page(() => import('../features/documents/routes/DocumentFormPage')),
      },
      { path: 'summits', element: page(() => import('../features/summits/routes/SummitsPage')) },
      { path: 'summits/new', element: page(() => import('../features/summits/routes/SummitFormPage')) },
      { path: 'summits/:id', element: page(() => import('../features/summits/routes/SummitPage')) },
      { path: 'summits/:id/edit', element: page(() => import('../features/summits/routes/SummitFormPage')) },
      {
        path: 'institutions/new',
        element: page(() => import('../features/institutions/routes/InstitutionFormPage')),
      },
      {
        path: 'institutions/:id/edit',
        element: page(() => import('../features/institutions/routes/InstitutionFormPage')),
      },
      {
        path: 'institutions',
        element: page(() => import('../features/institutions/routes/InstitutionsPage')),
      },
      {
        path: 'institutions/:id',
        element: page(() => import('../features/institutions/routes/InstitutionPage')),
      },
      { path: 'milestones', element: page(() => import('../features/dashboard/routes/DashboardPage')) },
      {
        path: 'milestones/new',
        element: page(() => import('../features/milestones/routes/MilestoneFormPage')),
      },
      {
        path: 'deadline-rules',
        element: page(() => import('../features/deadlines/routes/DeadlineRulesPage')),
      },
      {
        path: 'deadline-rules/:id',
        element: page(() => import('../features/deadlines/routes/DeadlineRulePage')),
      },
      { path: 'search', element: page(() => import('../features/search/routes/SearchPage')) },
      { path: 'milestones/:id', element: page(() => import('../features/milestones/routes/MilestonePage')) },
      { path: 'imports', element: page(() => import('../features/imports/routes/ImportPage')) },
      { path: 'audit', element: page(() => import('../features/audit/routes/AuditPage')) },
      { path: 'users', element: page(() => import('../features/users/routes/UsersPage')) },
      { path: 'profile', element: page(() => import('../features/notifications/routes/ProfilePage')) },
      { path: 'webhooks', element: page(() => import('../features/notifications/routes/WebhooksPage')) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
