import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldError, ProblemAlert } from '../../../components/ProblemAlert';
import { api, unwrap } from '../../../lib/api/client';
import { useI18n } from '../../../lib/i18n/i18n';
import type { DocumentDetail } from '../api/documents';

/** Signatories grouped by party, the way the UN Treaty Collection shows a status table. */
export function SignatoriesTab({ document: doc, editable }: { document: DocumentDetail; editable: boolean }) {
  const { t, country, date } = useI18n();
  const queryClient = useQueryClient();
  const afterSigning = doc.status !== 'draft' && doc.status !== 'negotiation';
  const [removeReason, setRemoveReason] = useState('');
  const remove = useMutation({
    mutationFn: (signatoryId: string) =>
      unwrap(
        api.DELETE('/api/v1/documents/{id}/signatories/{signatoryId}', {
          params: { path: { id: doc.id, signatoryId }, query: removeReason ? { reason: removeReason } : {} },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents'] }),
  });
  // Absent only in a past version (asOf), where the tab shows the parties without signatories.
  const signatories = doc.signatories ?? [];
  const parties = [...new Set([...doc.countries, ...signatories.map((s) => s.institutionCountry)])];

  return (
    <Stack>
      {parties.map((party) => {
        const rows = signatories.filter((s) => s.institutionCountry === party);
        return (
          <section key={party} aria-labelledby={`party-${party}`}>
            <Title order={3} size="h4" id={`party-${party}`} mb="xs">
              {country(party)}
            </Title>
            {rows.length === 0 ? (
              <Text size="sm" mb="sm">
                {t('signatories.none')}
              </Text>
            ) : (
              <Table withTableBorder mb="sm" aria-labelledby={`party-${party}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('signatories.institution')}</Table.Th>
                    <Table.Th>{t('signatories.signer')}</Table.Th>
                    <Table.Th>{t('signatories.signerTitle')}</Table.Th>
                    <Table.Th>{t('signatories.signedOn')}</Table.Th>
                    {editable && <Table.Th>{t('common.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td>{s.institutionName}</Table.Td>
                      <Table.Td>{s.signerName}</Table.Td>
                      <Table.Td>{s.signerTitle}</Table.Td>
                      <Table.Td>{date(s.signedOn)}</Table.Td>
                      {editable && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => remove.mutate(s.id)}
                            aria-label={t('signatories.removeNamed', { name: s.signerName })}
                          >
                            {t('common.remove')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </section>
        );
      })}
      {editable && afterSigning && (
        <TextInput
          label={t('signatories.removeReason')}
          description={t('signatories.reasonAfterSigning')}
          value={removeReason}
          onChange={(e) => setRemoveReason(e.currentTarget.value)}
          maw={480}
        />
      )}
      <ProblemAlert error={remove.error} />
      {editable && <AddSignatory document={doc} afterSigning={afterSigning} />}
    </Stack>
  );
}

function AddSignatory({ document: doc, afterSigning }: { document: DocumentDetail; afterSigning: boolean }) {
  const { t, country } = useI18n();
  const queryClient = useQueryClient();
  const empty = {
    institutionId: null as string | null,
    signerName: '',
    signerTitle: '',
    signedOn: '',
    reason: '',
  };
  const [form, setForm] = useState(empty);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 250);
  const institutions = useQuery({
    queryKey: ['institutions', 'picker', doc.countries, debounced],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/institutions', {
            params: {
              query: {
                country: doc.countries,
                status: ['active'],
                limit: 50,
                ...(debounced ? { q: debounced } : {}),
              },
            },
          }),
        )
      ).data.items,
  });
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/documents/{id}/signatories', {
          params: { path: { id: doc.id } },
          body: {
            institutionId: form.institutionId ?? '',
            signerName: form.signerName,
            signerTitle: form.signerTitle,
            ...(form.signedOn ? { signedOn: form.signedOn as never } : {}),
            ...(form.reason ? { reason: form.reason } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      setForm(empty);
      setQuery('');
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="add-signatory">
      <Title order={3} size="h4" id="add-signatory" mb="sm">
        {t('signatories.add')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <ProblemAlert error={add.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('signatories.institution')}
            required
            searchable
            searchValue={query}
            onSearchChange={setQuery}
            filter={({ options }) => options}
            data={(institutions.data ?? []).map((i) => ({
              value: i.id,
              label: `${i.name} (${country(i.country)})`,
            }))}
            value={form.institutionId}
            onChange={(institutionId) => setForm({ ...form, institutionId })}
            nothingFoundMessage={t('common.noResults')}
            error={fieldError(add.error, 'institutionId')}
          />
          <TextInput
            label={t('signatories.signer')}
            required
            value={form.signerName}
            onChange={(e) => setForm({ ...form, signerName: e.currentTarget.value })}
            error={fieldError(add.error, 'signerName')}
          />
          <TextInput
            label={t('signatories.signerTitle')}
            required
            value={form.signerTitle}
            onChange={(e) => setForm({ ...form, signerTitle: e.currentTarget.value })}
            error={fieldError(add.error, 'signerTitle')}
          />
          <TextInput
            type="date"
            label={t('signatories.signedOn')}
            value={form.signedOn}
            onChange={(e) => setForm({ ...form, signedOn: e.currentTarget.value })}
            error={fieldError(add.error, 'signedOn')}
          />
          {afterSigning && (
            <TextInput
              label={t('transition.reason')}
              required
              description={t('signatories.reasonAfterSigning')}
              value={form.reason}
              onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
              error={fieldError(add.error, 'reason')}
            />
          )}
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" loading={add.isPending}>
            {t('signatories.addButton')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
