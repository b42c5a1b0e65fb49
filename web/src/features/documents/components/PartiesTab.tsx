import { Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldError, ProblemAlert } from '../../../components/ProblemAlert';
import { StaleAlert, type StaleFields } from '../../../components/StaleAlert';
import { StatusBadge } from '../../../components/StatusBadge';
import { TransitionActions, type TransitionField } from '../../../components/TransitionActions';
import { api, ApiError, apiRequest, unwrap, type Schemas } from '../../../lib/api/client';
import { PARTY_PROCEDURES } from '../../../lib/enums';
import { useI18n, type Translate } from '../../../lib/i18n/i18n';
import type { DocumentDetail } from '../api/documents';

type Party = Schemas['PartyResponse'];

/** What each party move asks for (§11): the day it happened, and the instrument or the note. */
function partyFields(t: Translate): (to: string) => TransitionField[] {
  return (to) => {
    if (to === 'procedure_completed')
      return [
        { name: 'effectiveOn', label: t('parties.completedOn'), type: 'date', required: true },
        { name: 'instrument', label: t('parties.instrument') },
      ];
    if (to === 'notified')
      return [
        {
          name: 'effectiveOn',
          label: t('parties.receivedOn'),
          type: 'date',
          required: true,
          description: t('parties.receivedOnHint'),
        },
        { name: 'notifiedOn', label: t('parties.notifiedOn'), type: 'date' },
        { name: 'noteReference', label: t('parties.noteReference') },
      ];
    return [{ name: 'effectiveOn', label: t('history.effectiveOn'), type: 'date', required: true }];
  };
}

/**
 * Each party's consent to be bound, the way the UN Treaty Collection shows it: procedure, when it
 * was completed, when the note was sent and received, and the moves this user may make now.
 */
export function PartiesTab({ document: doc, editable }: { document: DocumentDetail; editable: boolean }) {
  const { t, label, country, date } = useI18n();
  const [editing, setEditing] = useState<Party | null>(null);
  const parties = doc.parties ?? [];
  if (!parties.length) return <Text>{t('parties.none')}</Text>;
  return (
    <Stack>
      <Table withTableBorder striped aria-label={t('documents.tab.parties')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('parties.party')}</Table.Th>
            <Table.Th>{t('parties.procedure')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('parties.completed')}</Table.Th>
            <Table.Th>{t('parties.notified')}</Table.Th>
            <Table.Th>{t('parties.received')}</Table.Th>
            <Table.Th>{t('parties.references')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parties.map((p) => (
            <Table.Tr key={p.country}>
              <Table.Th scope="row">{country(p.country)}</Table.Th>
              <Table.Td>{label('procedure', p.procedure)}</Table.Td>
              <Table.Td>
                <StatusBadge status={p.status} group="partyStatus" />
              </Table.Td>
              <Table.Td>{date(p.internalProcedureOn) || '—'}</Table.Td>
              <Table.Td>{date(p.notifiedOn) || '—'}</Table.Td>
              <Table.Td>{date(p.notificationReceivedOn) || '—'}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-word' }}>
                {[p.instrument, p.noteReference].filter(Boolean).join(' · ') || '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editable &&
        parties.map((p) => (
          <Group key={p.country} gap="sm" align="center" wrap="nowrap">
            <Text fw={600} w={140} style={{ flexShrink: 0 }}>
              {country(p.country)}
            </Text>
            <Button size="sm" variant="subtle" onClick={() => setEditing(p)}>
              {t('parties.edit', { country: country(p.country) })}
            </Button>
            {p.procedure === 'signature_only' && p.status === 'pending' ? (
              <Text size="sm">{t('parties.signatureOnly')}</Text>
            ) : (
              <TransitionActions
                collection="documents"
                path={`/api/v1/documents/${doc.id}/parties/${p.country}/transitions`}
                labelGroup="partyStatus"
                groupLabel={t('parties.actionsFor', { country: country(p.country) })}
                entity={{
                  id: p.id,
                  status: p.status,
                  version: p.version,
                  allowedTransitions: p.allowedTransitions,
                }}
                reasonRequired={(to, from) => to === 'withdrawn' || from === 'withdrawn'}
                canTransition
                fields={partyFields(t)}
              />
            )}
          </Group>
        ))}
      {editing && <PartyDialog documentId={doc.id} party={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface PartyForm {
  procedure: string;
  instrument: string;
  noteReference: string;
}

const partyForm = (party: Party): PartyForm => ({
  procedure: party.procedure,
  instrument: party.instrument ?? '',
  noteReference: party.noteReference ?? '',
});

async function loadParty(documentId: string, country: string): Promise<Party> {
  return (
    await unwrap(
      api.GET('/api/v1/documents/{id}/parties/{country}', { params: { path: { id: documentId, country } } }),
    )
  ).data;
}

/**
 * PATCH a party: its procedure, instrument and note reference (If-Match). On a stale version (412)
 * the party is read again and the user's edits are shown against it, to reload or re-apply them
 * (StaleAlert, as the entity forms do).
 */
function PartyDialog({
  documentId,
  party,
  onClose,
}: {
  documentId: string;
  party: Party;
  onClose: () => void;
}) {
  const { t, label, country } = useI18n();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(party);
  const [form, setForm] = useState(() => partyForm(party));
  const set = (key: keyof PartyForm, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: ({ values, from }: { values: PartyForm; from: Party }) =>
      apiRequest(
        'PATCH',
        `/api/v1/documents/${documentId}/parties/${party.country}`,
        {
          procedure: values.procedure,
          instrument: values.instrument || null,
          noteReference: values.noteReference || null,
        },
        { 'If-Match': `"${from.version}"` },
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
      onClose();
    },
  });
  const stale = save.error instanceof ApiError && save.error.status === 412;
  const fields: StaleFields<PartyForm> = {
    procedure: { label: t('parties.procedure'), show: (v) => label('procedure', v) },
    instrument: { label: t('parties.instrument') },
    noteReference: { label: t('parties.noteReference') },
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('parties.edit', { country: country(party.country) })}
      size={stale ? 'xl' : 'md'}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ values: form, from: base });
        }}
      >
        <Stack>
          {stale ? (
            <StaleAlert
              load={() => loadParty(documentId, party.country)}
              loadKey={['documents', 'party-current', documentId, party.country, base.version]}
              fromEntity={partyForm}
              base={base}
              mine={form}
              fields={fields}
              onReload={(current) => {
                setBase(current);
                setForm(partyForm(current));
                save.reset();
                void queryClient.invalidateQueries({ queryKey: ['documents'] });
              }}
              onReapply={(current, edited) => {
                const values = { ...partyForm(current), ...edited };
                setBase(current);
                setForm(values);
                save.mutate({ values, from: current });
              }}
              busy={save.isPending}
            />
          ) : (
            <ProblemAlert error={save.error} />
          )}
          <Select
            label={t('parties.procedure')}
            data={PARTY_PROCEDURES.map((v) => ({ value: v, label: label('procedure', v) }))}
            value={form.procedure}
            onChange={(v) => set('procedure', v ?? base.procedure)}
            allowDeselect={false}
            error={fieldError(save.error, 'procedure')}
          />
          <TextInput
            label={t('parties.instrument')}
            value={form.instrument}
            onChange={(e) => set('instrument', e.currentTarget.value)}
            error={fieldError(save.error, 'instrument')}
          />
          <TextInput
            label={t('parties.noteReference')}
            value={form.noteReference}
            onChange={(e) => set('noteReference', e.currentTarget.value)}
            error={fieldError(save.error, 'noteReference')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
