import { Anchor, Button, Group, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { Fields } from '../../../components/Fields';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { TransitionActions } from '../../../components/TransitionActions';
import { text } from '../../../lib/api/client';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useInstitution, useInstitutionList } from '../api/institutions';

export default function InstitutionPage() {
  const { id = '' } = useParams();
  const { t, label, country } = useI18n();
  const can = useCan();
  const institution = useInstitution(id);
  const parent = useInstitution(institution.data?.parentId ?? null);
  const successor = useInstitution(institution.data?.successorId ?? null);
  const children = useInstitutionList({ parentId: [id] });
  return (
    <QueryState isPending={institution.isPending} error={institution.error}>
      {() => {
        const i = institution.data!;
        const kids = children.data?.pages.flatMap((p) => p.items) ?? [];
        return (
          <>
            <PageHeading
              actions={
                can('registers.write') && (
                  <Button component={Link} to={`/institutions/${i.id}/edit`} variant="default">
                    {t('common.edit')}
                  </Button>
                )
              }
            >
              {i.displayName}
            </PageHeading>
            <Group mb="md" gap="md">
              <Text fw={600}>{t('common.status')}:</Text>
              <StatusBadge status={i.status} />
              <TransitionActions
                collection="institutions"
                entity={i}
                reasonRequired={() => true}
                canTransition={can('registers.write')}
              />
            </Group>
            <Fields
              label={t('institutions.title')}
              rows={[
                [t('institutions.name'), i.name],
                [t('institutions.shortName'), text(i.shortName)],
                [t('institutions.country'), country(i.country)],
                [t('institutions.kind'), label('kind', i.kind)],
                [
                  t('institutions.parent'),
                  parent.data ? (
                    <Anchor component={Link} to={`/institutions/${parent.data.id}`}>
                      {parent.data.displayName}
                    </Anchor>
                  ) : (
                    ''
                  ),
                ],
                [
                  t('institutions.children'),
                  kids.length ? (
                    <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
                      {kids.map((k) => (
                        <li key={k.id}>
                          <Anchor component={Link} to={`/institutions/${k.id}`}>
                            {k.displayName}
                          </Anchor>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    ''
                  ),
                ],
                [
                  t('institutions.successor'),
                  successor.data ? (
                    <Anchor component={Link} to={`/institutions/${successor.data.id}`}>
                      {successor.data.displayName}
                    </Anchor>
                  ) : (
                    ''
                  ),
                ],
                [t('institutions.website'), text(i.website)],
              ]}
            />
          </>
        );
      }}
    </QueryState>
  );
}
