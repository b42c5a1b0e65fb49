import { Anchor, Button, Checkbox, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useDeadlineRuleList } from '../api/deadlineRules';
import { DeadlineRuleForm, ruleScope } from '../components/DeadlineRuleForm';

/** The register of statutory deadlines (§11): everyone reads it; admins and editors keep it. */
export default function DeadlineRulesPage() {
  const i18n = useI18n();
  const { t, label, number } = i18n;
  const can = useCan();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [showRetired, setShowRetired] = useState(false);
  const list = useDeadlineRuleList(showRetired ? [] : ['active']);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const editable = can('registers.write');
  return (
    <>
      <PageHeading actions={editable && <Button onClick={() => setCreating(true)}>{t('rules.new')}</Button>}>
        {t('rules.title')}
      </PageHeading>
      <Text mb="sm" maw={900}>
        {t('rules.intro')}
      </Text>
      <Checkbox
        mb="md"
        label={t('rules.showRetired')}
        checked={showRetired}
        onChange={(e) => setShowRetired(e.currentTarget.checked)}
      />
      <QueryState isPending={list.isPending} error={list.error}>
        {() =>
          rows.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table striped aria-label={t('rules.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('rules.titleField')}</Table.Th>
                    <Table.Th>{t('rules.trigger')}</Table.Th>
                    <Table.Th>{t('rules.offsetDays')}</Table.Th>
                    <Table.Th>{t('rules.appliesTo')}</Table.Th>
                    <Table.Th>{t('rules.source')}</Table.Th>
                    <Table.Th>{t('common.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/deadline-rules/${r.id}`}>
                          {r.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{label('trigger', r.trigger)}</Table.Td>
                      <Table.Td>{number(r.offsetDays)}</Table.Td>
                      <Table.Td>{ruleScope(r, i18n)}</Table.Td>
                      <Table.Td>{r.source}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={r.status} group="ruleStatus" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {list.hasNextPage && (
        <Button
          mt="md"
          variant="default"
          onClick={() => list.fetchNextPage()}
          loading={list.isFetchingNextPage}
        >
          {t('common.loadMore')}
        </Button>
      )}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('rules.new')}
        size="lg"
      >
        {creating && (
          <DeadlineRuleForm
            rule={null}
            onDone={(saved) => {
              setCreating(false);
              if (saved) navigate(`/deadline-rules/${saved.id}`);
            }}
          />
        )}
      </Modal>
    </>
  );
}
