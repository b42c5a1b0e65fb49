import { Badge } from '@mantine/core';
import { useI18n } from '../lib/i18n/i18n';

const COLOURS: Record<string, string> = {
  draft: 'gray',
  planned: 'gray',
  negotiation: 'blue',
  confirmed: 'blue',
  in_progress: 'blue',
  signed: 'teal',
  held: 'teal',
  pending_ratification: 'yellow',
  in_force: 'green',
  completed: 'green',
  active: 'green',
  at_risk: 'orange',
  postponed: 'orange',
  suspended: 'orange',
  blocked: 'red',
  terminated: 'red',
  cancelled: 'red',
  abandoned: 'red',
  expired: 'gray',
  superseded: 'gray',
  defunct: 'gray',
  pending: 'gray',
  procedure_completed: 'blue',
  notified: 'green',
  withdrawn: 'red',
  retired: 'gray',
};

/** Status in words (never by colour alone); the colour only repeats it. */
export function StatusBadge({ status, group = 'status' }: { status: string; group?: string }) {
  const { label } = useI18n();
  return (
    <Badge
      color={COLOURS[status] ?? 'gray'}
      variant="light"
      radius="sm"
      c="dark.7"
      tt="none"
      size="md"
      styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {label(group, status)}
    </Badge>
  );
}
