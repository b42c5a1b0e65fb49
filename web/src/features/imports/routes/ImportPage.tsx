import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { ExportFormat } from '../../../lib/api/client';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import {
  appliedCounts,
  downloadTemplate,
  IMPORT_PERMISSION,
  IMPORT_KINDS,
  IMPORT_LIST,
  type ImportCounts,
  type ImportKind,
  useApplyImport,
  useValidateImport,
} from '../api/imports';

const COUNTS: { key: keyof ImportCounts; label: MessageKey }[] = [
  { key: 'create', label: 'imports.count.create' },
  { key: 'update', label: 'imports.count.update' },
  { key: 'unchanged', label: 'imports.count.unchanged' },
];

function Counts({ rows, counts }: { rows?: number; counts: ImportCounts }) {
  const { t, number } = useI18n();
  return (
    <SimpleGrid cols={{ base: 2, sm: rows === undefined ? 3 : 4 }} mb="md">
      {rows !== undefined && (
        <Paper withBorder p="sm">
          <Text size="sm">{t('imports.count.rows')}</Text>
          <Text size="xl" fw={700} data-count="rows">
            {number(rows)}
          </Text>
        </Paper>
      )}
      {COUNTS.map(({ key, label }) => (
        <Paper withBorder p="sm" key={key}>
          <Text size="sm">{t(label)}</Text>
          <Text size="xl" fw={700} data-count={key}>
            {number(counts[key])}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/**
 * The import wizard (spec §15): choose a kind, download its template, upload a CSV or XLSX file,
 * see what would be created, updated or left unchanged and every error by row and column, apply.
 * Nothing is written before "Apply".
 */
export default function ImportPage() {
  const { t, number } = useI18n();
  const can = useCan();
  const kinds = IMPORT_KINDS.filter((k) => can('imports.use') && can(IMPORT_PERMISSION[k]));
  const [step, setStep] = useState(0);
  const [kind, setKind] = useState<ImportKind | null>(kinds[0] ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const validate = useValidateImport();
  const apply = useApplyImport();
  const preview = validate.data;
  const ready = preview?.status === 'validated' && preview.errors.length === 0;

  const template = (format: ExportFormat) =>
    kind && downloadTemplate(kind, format).then(() => setTemplateError(null), setTemplateError);
  const restart = () => {
    validate.reset();
    apply.reset();
    setFile(null);
    setStep(0);
  };

  if (!kind) {
    return (
      <>
        <PageHeading>{t('imports.title')}</PageHeading>
        <Text>{t('imports.noKinds')}</Text>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('imports.title')}</PageHeading>
      <Text mb="md">{t('imports.intro')}</Text>
      <Stepper active={step} onStepClick={(n) => n < step && step < 3 && setStep(n)} mb="lg">
        <Stepper.Step label={t('imports.step.kind')}>
          <Paper withBorder p="md">
            <Radio.Group
              label={t('imports.kind')}
              value={kind}
              onChange={(v) => setKind(v as ImportKind)}
              mb="md"
            >
              <Group mt="xs">
                {kinds.map((k) => (
                  <Radio key={k} value={k} label={t(`imports.kind.${k}`)} />
                ))}
              </Group>
            </Radio.Group>
            <Text size="sm" mb="xs">
              {t('imports.template')}
            </Text>
            <Group mb="md">
              <Button variant="default" onClick={() => template('xlsx')}>
                {t('imports.templateXlsx')}
              </Button>
              <Button variant="default" onClick={() => template('csv')}>
                {t('imports.templateCsv')}
              </Button>
            </Group>
            <ProblemAlert error={templateError} />
            <Button onClick={() => setStep(1)}>{t('imports.next')}</Button>
          </Paper>
        </Stepper.Step>

        <Stepper.Step label={t('imports.step.upload')}>
          <Paper
            withBorder
            p="md"
            component="form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!file) return;
              validate.mutate({ kind, file }, { onSuccess: () => setStep(2) });
            }}
          >
            <FileInput
              label={t('imports.file')}
              description={t(`imports.kind.${kind}`)}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={setFile}
              clearable
              clearButtonProps={{ 'aria-label': t('imports.clearFile') }}
              mb="md"
            />
            <ProblemAlert error={validate.error} />
            <Group>
              <Button variant="default" onClick={() => setStep(0)}>
                {t('imports.back')}
              </Button>
              <Button type="submit" disabled={!file} loading={validate.isPending}>
                {t('imports.validate')}
              </Button>
            </Group>
          </Paper>
        </Stepper.Step>

        <Stepper.Step label={t('imports.step.preview')}>
          {preview && (
            <Stack gap={0}>
              <Counts rows={preview.rows} counts={preview.preview} />
              {ready ? (
                <Alert color="green" mb="md" role="status" c="#1b5e20">
                  {t('imports.valid')}
                </Alert>
              ) : (
                <Alert color="red" mb="md" role="alert" title={t('imports.invalidTitle')}>
                  {t('imports.invalid', { count: number(preview.errors.length) })}
                </Alert>
              )}
              {preview.errors.length > 0 && (
                <Table.ScrollContainer minWidth={500} mb="md">
                  <Table striped aria-label={t('imports.errors')}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('imports.errorRow')}</Table.Th>
                        <Table.Th>{t('imports.errorField')}</Table.Th>
                        <Table.Th>{t('imports.errorMessage')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {preview.errors.map((e, i) => (
                        <Table.Tr key={`${e.row}:${e.field}:${i}`}>
                          <Table.Td>{number(e.row)}</Table.Td>
                          <Table.Td>
                            <code>{e.field}</code>
                          </Table.Td>
                          <Table.Td>{e.message}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <ProblemAlert error={apply.error} />
              <Group>
                <Button
                  variant="default"
                  onClick={() => {
                    validate.reset();
                    setFile(null);
                    setStep(1);
                  }}
                >
                  {t('imports.otherFile')}
                </Button>
                <Button
                  disabled={!ready}
                  loading={apply.isPending}
                  onClick={() => apply.mutate(preview.id, { onSuccess: () => setStep(3) })}
                >
                  {t('imports.apply')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>

        <Stepper.Step label={t('imports.step.done')}>
          {apply.data && (
            <Stack gap={0}>
              <Alert color="green" mb="md" role="status" c="#1b5e20" title={t('imports.applied')}>
                {t('imports.appliedDetail')}
              </Alert>
              <Counts counts={appliedCounts(apply.data)} />
              <Group>
                <Anchor component={Link} to={IMPORT_LIST[kind]}>
                  {t('imports.open')}
                </Anchor>
                <Button variant="default" onClick={restart}>
                  {t('imports.another')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
      </Stepper>
    </>
  );
}
