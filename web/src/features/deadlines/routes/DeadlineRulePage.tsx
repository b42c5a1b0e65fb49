import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Fields } from '../../../components/Fields';
import { EventList } from '../../../components/HistoryTables';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { TransitionActions } from '../../../components/TransitionActions';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useDeadlineRule, useDeadlineRuleHistory } from '../api/deadlineRules';
import { DeadlineRuleForm, ruleScope } from '../components/DeadlineRuleForm';

export default function DeadlineRulePage() {
  const { id = '' } = useParams();
  const i18n = useI18n();
  const { t, label, number, instant } = i18n;
  const can = useCan();
  const rule = useDeadlineRule(id);
  const history = useDeadlineRuleHistory(id, can('history.read'));
  const [editing, setEditing] = useState(false);
  const editable = can('registers.write');
  return (
    <QueryState isPending={rule.isPending} error={rule.error}>
      {() => {
        const r = rule.data!;
        return (
          <>
            <PageHeading
              actions={
                editable && (
                  <Button variant="default" onClick={() => setEditing(true)}>
                    {t('common.edit')}
                  </Button>
                )
              }
            >
              {r.title}
            </PageHeading>
            <Group mb="md" gap="md">
              <Text fw={600}>{t('common.status')}:</Text>
              <StatusBadge status={r.status} group="ruleStatus" />
              <TransitionActions
                collection="deadline-rules"
                labelGroup="ruleStatus"
                entity={r}
                reasonRequired={() => true}
                canTransition={editable}
              />
            </Group>
            <Stack gap="lg">
              <Fields
                label={t('rules.one')}
                rows={[
                  [t('rules.trigger'), label('trigger', r.trigger)],
                  [t('rules.offsetDays'), number(r.offsetDays)],
                  [t('rules.appliesTo'), ruleScope(r, i18n)],
                  [t('rules.source'), r.source],
                  [t('common.updatedAt'), instant(r.updatedAt)],
                  [t('common.version'), String(r.version)],
                ]}
              />
              <Text size="sm">{t('rules.laterOnly')}</Text>
              {can('history.read') && (
                <section aria-labelledby="rule-history">
                  <Title order={2} size="h3" id="rule-history" mb="sm">
                    {t('documents.tab.changes')}
                  </Title>
                  <QueryState isPending={history.isPending} error={history.error}>
                    {() => <EventList events={history.data!} />}
                  </QueryState>
                </section>
              )}
            </Stack>
            <Modal
              opened={editing}
              onClose={() => setEditing(false)}
              closeButtonProps={{ 'aria-label': t('common.close') }}
              title={t('rules.edit')}
              size="lg"
            >
              {editing && <DeadlineRuleForm rule={r} onDone={() => setEditing(false)} />}
            </Modal>
          </>
        );
      }}
    </QueryState>
  );
}
