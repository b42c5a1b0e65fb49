import { Alert, Button, Group, Loader, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest, ApiError } from '../lib/api/client';
import { useI18n } from '../lib/i18n/i18n';
import { fieldError, ProblemAlert } from './ProblemAlert';

/** A further input a transition's dialog asks for (a party's `effectiveOn`, `noteReference`…). */
export interface TransitionField {
  name: string;
  label: string;
  type?: 'date' | 'text';
  required?: boolean;
  description?: string;
}

export interface TransitionTarget {
  id: string;
  status: string;
  version: number;
  allowedTransitions: readonly string[];
}

/**
 * The status actions this user may take now (the server's allowedTransitions), each through a
 * dialog that asks for a reason where the contract needs one and shows a 422 precondition in words.
 */
export function TransitionActions({
  collection,
  entity,
  reasonRequired,
  canTransition,
  path = `/api/v1/${collection}/${entity.id}/transitions`,
  labelGroup = 'status',
  groupLabel,
  fields,
}: {
  /** Whose cache to refresh afterwards (and, without `path`, whose transitions route). */
  collection: 'documents' | 'summits' | 'milestones' | 'institutions' | 'deadline-rules';
  entity: TransitionTarget;
  /** Targets that need a reason (to mark the field required; the server decides). */
  reasonRequired: (to: string, from: string) => boolean;
  canTransition: boolean;
  /** The transitions route, when it is not the collection's own (a document's party). */
  path?: string;
  /** The label group of the statuses (`status`, `partyStatus`…). */
  labelGroup?: string;
  /** The accessible name of the group of buttons (several groups on one page must differ). */
  groupLabel?: string;
  /** Further inputs for a target. */
  fields?: (to: string) => TransitionField[];
}) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [successor, setSuccessor] = useState('');
  const [extra, setExtra] = useState<Record<string, string>>({});
  const extraFields = to && fields ? fields(to) : [];
  const mutation = useMutation({
    mutationFn: (version: number) =>
      apiRequest(
        'POST',
        path,
        {
          to,
          ...(reason ? { reason } : {}),
          ...(to === 'superseded' && successor ? { supersededById: successor } : {}),
          ...Object.fromEntries(extraFields.filter((f) => extra[f.name]).map((f) => [f.name, extra[f.name]])),
        },
        { 'If-Match': `"${version}"` },
      ),
    onSuccess: async () => {
      setTo(null);
      await queryClient.invalidateQueries({ queryKey: [collection] });
    },
  });
  const stale = mutation.error instanceof ApiError && mutation.error.status === 412;
  const open = (target: string) => {
    mutation.reset();
    setReason('');
    setSuccessor('');
    setExtra({});
    setTo(target);
  };

  if (!canTransition) return <Text size="sm">{t('transition.notAllowed')}</Text>;
  if (!entity.allowedTransitions.length) return <Text size="sm">{t('transition.none')}</Text>;
  const needsReason = to ? reasonRequired(to, entity.status) : false;
  return (
    <>
      <Group gap="xs" role="group" aria-label={groupLabel ?? t('transition.actions')}>
        {entity.allowedTransitions.map((target) => (
          <Button key={target} variant="default" size="sm" onClick={() => open(target)}>
            {t('transition.to', { status: label(labelGroup, target) })}
          </Button>
        ))}
      </Group>
      <Modal
        opened={to !== null}
        onClose={() => setTo(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={to ? t('transition.dialogTitle', { status: label(labelGroup, to) }) : ''}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            mutation.mutate(entity.version);
          }}
        >
          <Stack>
            {stale && to ? (
              <StaleTransition
                resource={path.replace(/\/transitions$/, '')}
                to={to}
                labelGroup={labelGroup}
                busy={mutation.isPending}
                onRetry={(version) => mutation.mutate(version)}
                onReload={async () => {
                  setTo(null);
                  await queryClient.invalidateQueries({ queryKey: [collection] });
                }}
              />
            ) : (
              <ProblemAlert error={mutation.error} />
            )}
            <Textarea
              label={t('transition.reason')}
              required={needsReason}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(mutation.error, 'reason')}
              autosize
              minRows={2}
            />
            {extraFields.map((f) => (
              <TextInput
                key={f.name}
                type={f.type ?? 'text'}
                label={f.label}
                description={f.description}
                required={f.required}
                value={extra[f.name] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setExtra((x) => ({ ...x, [f.name]: value }));
                }}
                error={fieldError(mutation.error, f.name)}
              />
            ))}
            {to === 'superseded' && labelGroup === 'status' && (
              <TextInput
                label={t('transition.supersededBy')}
                required
                value={successor}
                onChange={(e) => setSuccessor(e.currentTarget.value)}
                error={fieldError(mutation.error, 'supersededById')}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTo(null)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={mutation.isPending}>
                {t('common.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/**
 * A transition refused for a stale If-Match (412): the entity is read again and the user sees
 * where it stands now, whether the move they chose is still possible from there, and can either
 * make it on the current version or reload.
 */
function StaleTransition({
  resource,
  to,
  labelGroup,
  busy,
  onRetry,
  onReload,
}: {
  /** The entity's own path (the transitions route without `/transitions`). */
  resource: string;
  to: string;
  labelGroup: string;
  busy: boolean;
  onRetry: (version: number) => void;
  onReload: () => void;
}) {
  const { t, label } = useI18n();
  const current = useQuery({
    queryKey: ['stale-transition', resource],
    queryFn: () => apiRequest<TransitionTarget>('GET', resource),
    staleTime: 0,
    gcTime: 0,
  });
  const now = current.data;
  const still = now ? now.allowedTransitions.includes(to) : false;
  const target = label(labelGroup, to);
  return (
    <Alert
      color="yellow"
      title={t('problem.stale')}
      role="alert"
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      {current.error ? (
        <ProblemAlert error={current.error} />
      ) : !now ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('stale.loading')}</Text>
        </Group>
      ) : (
        <>
          <Text size="sm">
            {t('stale.transitionNow', { status: label(labelGroup, now.status), version: now.version })}
          </Text>
          <Text size="sm" mb="xs">
            {t(still ? 'stale.transitionStill' : 'stale.transitionGone', { status: target })}
          </Text>
          <Group gap="xs">
            {still && (
              <Button size="xs" loading={busy} onClick={() => onRetry(now.version)}>
                {t('stale.retry', { status: target, version: now.version })}
              </Button>
            )}
            <Button size="xs" variant={still ? 'default' : 'filled'} onClick={onReload}>
              {t('common.reload')}
            </Button>
          </Group>
        </>
      )}
    </Alert>
  );
}
