import { AppShell, Burger, Button, Group, NavLink, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSelect } from '../components/LanguageSelect';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { requestHeadingFocus } from '../components/PageHeading';
import { useCan, useSession, type Permission } from '../lib/auth/session';
import { useI18n } from '../lib/i18n/i18n';
import type { MessageKey } from '../lib/i18n/messages/en';

const NAV: { to: string; key: MessageKey; show?: Permission }[] = [
  { to: '/', key: 'nav.home' },
  { to: '/documents', key: 'nav.documents' },
  { to: '/summits', key: 'nav.summits' },
  { to: '/institutions', key: 'nav.institutions' },
  { to: '/milestones', key: 'nav.milestones' },
  { to: '/deadline-rules', key: 'nav.deadlineRules' },
  { to: '/imports', key: 'nav.imports', show: 'imports.use' },
  { to: '/audit', key: 'nav.audit', show: 'audit.read' },
  { to: '/users', key: 'nav.users', show: 'users.manage' },
  { to: '/webhooks', key: 'nav.webhooks', show: 'users.manage' },
  { to: '/profile', key: 'nav.profile' },
];

export function Shell() {
  const { t, label } = useI18n();
  const { user, signOut } = useSession();
  const can = useCan();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const first = useRef(true);
  const [query, setQuery] = useState('');
  useEffect(() => {
    close();
    if (first.current) first.current = false;
    else requestHeadingFocus();
  }, [location.pathname, close]);
  const current = (to: string) =>
    to === '/'
      ? location.pathname === '/'
      : location.pathname === to || location.pathname.startsWith(`${to}/`);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('shell.menu')} />
            <Text component={Link} to="/" fw={700} size="lg" c="blue.9" td="none">
              Pacta
            </Text>
          </Group>
          <form
            role="search"
            aria-label={t('search.title')}
            className="header-search"
            onSubmit={(e) => {
              e.preventDefault();
              if (query.trim()) navigate(`/search?q=${encodeURIComponent(query.trim())}`);
            }}
          >
            <TextInput
              size="xs"
              type="search"
              aria-label={t('search.box')}
              placeholder={t('search.placeholder')}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button size="xs" type="submit" variant="default">
              {t('search.submit')}
            </Button>
          </form>
          <Group gap="sm" wrap="nowrap">
            <LanguageSelect />
            {user && <NotificationBell />}
            {user && (
              <Text size="sm" visibleFrom="sm">
                {user.displayName} · {user.roles.map((r) => label('role', r)).join(', ')}
              </Text>
            )}
            <Button
              size="xs"
              variant="default"
              onClick={async () => {
                await signOut();
                navigate('/sign-in');
              }}
            >
              {t('shell.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')}>
        {NAV.filter((item) => !item.show || can(item.show)).map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.key)}
            active={current(item.to)}
            variant="filled"
            aria-current={current(item.to) ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
