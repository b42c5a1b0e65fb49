import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  Table,
  TextInput,
} from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { FormProblem, useEntityForm, type EntityFormSpec } from '../../../components/EntityForm';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import { CLASSIFICATIONS, ROLES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';

type User = Schemas['UserResponse'];

/** User administration (admins): create, roles, clearance, disable. */
export default function UsersPage() {
  const { t, label } = useI18n();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['users', 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (await unwrap(api.GET('/api/v1/users', { params: { query: { limit: 100, cursor: pageParam } } }))).data,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeading
        actions={
          <>
            <ExportButtons path="/api/v1/users" name="users" />
            <Button onClick={() => setEditing('new')}>{t('users.new')}</Button>
          </>
        }
      >
        {t('users.title')}
      </PageHeading>
      <QueryState isPending={list.isPending} error={list.error}>
        {() => (
          <Table.ScrollContainer minWidth={700}>
            <Table striped aria-label={t('users.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.displayName')}</Table.Th>
                  <Table.Th>{t('signIn.email')}</Table.Th>
                  <Table.Th>{t('users.roles')}</Table.Th>
                  <Table.Th>{t('users.clearance')}</Table.Th>
                  <Table.Th>{t('common.status')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>{u.displayName}</Table.Td>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>{u.roles.map((r) => label('role', r)).join(', ')}</Table.Td>
                    <Table.Td>{label('classification', u.clearance)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={u.disabled ? 'gray' : 'green'} radius="sm" c="dark.7">
                        {u.disabled ? t('users.disabled') : t('users.active')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing(u)}
                        aria-label={t('users.editNamed', { name: u.displayName })}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={editing === 'new' ? t('users.new') : t('users.edit')}
      >
        {editing !== null && (
          <UserForm user={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </>
  );
}

function fromUser(user: User | undefined) {
  return {
    email: user?.email ?? '',
    displayName: user?.displayName ?? '',
    password: '',
    roles: (user?.roles ?? ['viewer']) as string[],
    clearance: (user?.clearance ?? 'public') as string,
    disabled: user?.disabled ?? false,
  };
}

function UserForm({ user, onDone }: { user: User | null; onDone: () => void }) {
  const { t, label } = useI18n();
  const spec: EntityFormSpec<User, ReturnType<typeof fromUser>> = {
    collection: 'users',
    fromEntity: fromUser,
    toBody: (form, editing) =>
      editing
        ? {
            displayName: form.displayName,
            roles: form.roles,
            clearance: form.clearance,
            disabled: form.disabled,
            ...(form.password ? { password: form.password } : {}),
          }
        : form,
    load: async (id) => (await unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } } }))).data,
    onSaved: onDone,
    fields: {
      email: { label: t('signIn.email') },
      displayName: { label: t('users.displayName') },
      // Never shown back, not even to the one who typed it.
      password: { label: t('signIn.password'), show: (v) => (v ? '••••••••' : '') },
      roles: { label: t('users.roles'), show: (v) => v.map((r) => label('role', r)).join(', ') },
      clearance: { label: t('users.clearance'), show: (v) => label('classification', v) },
      disabled: { label: t('users.disable') },
    },
  };
  const f = useEntityForm(spec, user ?? undefined);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        f.submit();
      }}
    >
      <Stack>
        <FormProblem form={f} />
        <TextInput label={t('signIn.email')} type="email" required disabled={!!user} {...f.text('email')} />
        <TextInput label={t('users.displayName')} required {...f.text('displayName')} />
        <PasswordInput
          label={t('signIn.password')}
          required={!user}
          description={user ? t('users.passwordKeep') : undefined}
          {...f.text('password')}
        />
        <MultiSelect
          searchable
          label={t('users.roles')}
          required
          data={ROLES.map((r) => ({ value: r, label: label('role', r) }))}
          {...f.value('roles')}
        />
        <Select
          label={t('users.clearance')}
          required
          allowDeselect={false}
          data={CLASSIFICATIONS.map((c) => ({ value: c, label: label('classification', c) }))}
          {...f.value('clearance')}
          onChange={(v) => f.set('clearance', v ?? 'public')}
        />
        <Checkbox
          label={t('users.disable')}
          checked={f.form.disabled}
          onChange={(e) => f.set('disabled', e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={f.save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
