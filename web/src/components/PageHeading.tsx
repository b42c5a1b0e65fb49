import { Group, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

let focusPending = false;
/** The shell calls this on every navigation: the next page heading to appear takes the focus. */
export function requestHeadingFocus(): void {
  // The new page's heading may be there already (effects run child first), or appear once loaded.
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) heading.focus();
  else focusPending = true;
}

/** The page's one h1; focused after navigation so a screen reader announces the new page. */
export function PageHeading({ children, actions }: { children: ReactNode; actions?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    if (focusPending && ref.current) {
      focusPending = false;
      ref.current.focus();
    }
  }, [pathname]);
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
      <Title order={1} ref={ref} tabIndex={-1} className="page-heading" size="h2">
        {children}
      </Title>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
