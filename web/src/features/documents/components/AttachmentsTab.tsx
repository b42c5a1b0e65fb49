import {
  Alert,
  Anchor,
  Button,
  Code,
  FileButton,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type DragEvent } from 'react';
import { shortHash } from '../../../components/HistoryTables';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import {
  api,
  ApiError,
  apiRequest,
  downloadFile,
  unwrap,
  uploadWithProgress,
  verifyFile,
  type Schemas,
} from '../../../lib/api/client';
import { ATTACHMENT_KINDS, CONTENT_LANGUAGES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import type { DocumentDetail } from '../api/documents';

type Attachment = Schemas['AttachmentResponse'];

function useAttachments(documentId: string) {
  return useQuery({
    queryKey: ['documents', 'attachments', documentId],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/documents/{id}/attachments', {
            params: { path: { id: documentId } },
          }),
        )
      ).data.items,
  });
}

/** A 413 or 415 in words: the limit, or the type the bytes turned out to be. */
function UploadProblem({ error }: { error: unknown }) {
  const { t, number } = useI18n();
  if (error instanceof ApiError && error.status === 413)
    return (
      <Alert color="red" role="alert" title={t('attachments.tooLarge')}>
        {error.problem.maxBytes
          ? t('attachments.tooLargeBody', { limit: number(error.problem.maxBytes / 1024 / 1024, 1) })
          : error.problem.detail}
      </Alert>
    );
  if (error instanceof ApiError && error.status === 415)
    return (
      <Alert color="red" role="alert" title={t('attachments.unsupported')}>
        {t('attachments.unsupportedBody')}
      </Alert>
    );
  return <ProblemAlert error={error} />;
}

/**
 * The signed texts, certified copies and notes of a document (§12): upload by drag and drop or a
 * button with a progress bar, versions, downloads, an integrity check, removal while a draft.
 */
export function AttachmentsTab({ document: doc, editable }: { document: DocumentDetail; editable: boolean }) {
  const { t, label, languageName, language } = useI18n();
  const queryClient = useQueryClient();
  const list = useAttachments(doc.id);
  const [kind, setKind] = useState<string | null>('signed_original');
  const [title, setTitle] = useState('');
  const [lang, setLang] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const base = `/api/v1/documents/${doc.id}/attachments`;
  const upload = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('kind', kind ?? 'other');
      if (title) form.append('title', title);
      if (lang) form.append('language', lang);
      form.append('file', file);
      setProgress(0);
      return uploadWithProgress<Attachment>(base, form, setProgress);
    },
    onSettled: () => setProgress(null),
    onSuccess: async () => {
      setTitle('');
      await queryClient.invalidateQueries({ queryKey: ['documents', 'attachments', doc.id] });
    },
  });
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) upload.mutate(file);
  };
  const languages = CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l) })).sort((a, b) =>
    a.label.localeCompare(b.label, language),
  );

  return (
    <Stack>
      {editable && (
        <Paper withBorder p="md" component="section" aria-labelledby="attachments-upload">
          <Title order={3} size="h4" id="attachments-upload" mb="sm">
            {t('attachments.upload')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
            <Select
              label={t('attachments.kind')}
              required
              data={ATTACHMENT_KINDS.map((v) => ({ value: v, label: label('attachmentKind', v) }))}
              value={kind}
              onChange={setKind}
              allowDeselect={false}
            />
            <TextInput
              label={t('attachments.titleField')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <Select
              label={t('attachments.language')}
              clearable
              searchable
              data={languages}
              value={lang}
              onChange={setLang}
            />
          </SimpleGrid>
          <div
            className={dragging ? 'dropzone dropzone-active' : 'dropzone'}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={drop}
            data-testid="dropzone"
          >
            <Text size="sm" mb="xs">
              {t('attachments.dropHint')}
            </Text>
            <FileButton onChange={(file) => file && upload.mutate(file)}>
              {(props) => (
                <Button {...props} variant="default" disabled={upload.isPending}>
                  {t('attachments.choose')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" mt="xs">
              {t('attachments.accepted')}
            </Text>
          </div>
          {progress !== null && (
            <Group mt="sm" gap="xs" role="status" aria-live="polite">
              <Progress value={progress * 100} w={200} aria-hidden />
              <Text size="sm">{t('attachments.uploading', { percent: Math.round(progress * 100) })}</Text>
            </Group>
          )}
          {upload.isSuccess && progress === null && (
            <Text size="sm" mt="sm" role="status">
              {t('attachments.uploaded')}
            </Text>
          )}
          {upload.error ? (
            <Stack mt="sm">
              <UploadProblem error={upload.error} />
            </Stack>
          ) : null}
        </Paper>
      )}
      <QueryState isPending={list.isPending} error={list.error}>
        {() =>
          list.data!.length === 0 ? (
            <Text>{t('attachments.none')}</Text>
          ) : (
            <Stack>
              {list.data!.map((a) => (
                <AttachmentCard
                  key={`${a.id}:${a.version}`}
                  attachment={a}
                  document={doc}
                  editable={editable}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function AttachmentCard({
  attachment: a,
  document: doc,
  editable,
}: {
  attachment: Attachment;
  document: DocumentDetail;
  editable: boolean;
}) {
  const { t, label, instant, number, languageName } = useI18n();
  const queryClient = useQueryClient();
  const path = `/api/v1/documents/${doc.id}/attachments/${a.id}`;
  const latest = a.versions[a.versions.length - 1];
  const name = a.title || latest?.fileName || a.id;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['documents', 'attachments', doc.id] });
  const newVersion = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return uploadWithProgress<Attachment>(`${path}/versions`, form, () => undefined);
    },
    onSuccess: refresh,
  });
  const verify = useMutation({ mutationFn: () => verifyFile(`${path}/content`) });
  const download = useMutation({
    mutationFn: (n: number) =>
      downloadFile(
        n === a.version ? `${path}/content` : `${path}/versions/${n}/content`,
        a.versions.find((v) => v.n === n)?.fileName ?? name,
      ),
  });
  const remove = useMutation({
    mutationFn: () => apiRequest('DELETE', path, undefined, { 'If-Match': `"${a.version}"` }),
    onSuccess: refresh,
  });
  const headingId = `attachment-${a.id}`;
  const mismatch =
    verify.error instanceof ApiError && verify.error.status === 409 ? verify.error.problem : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={3} size="h5" id={headingId}>
            {name}
          </Title>
          <Text size="sm">
            {label('attachmentKind', a.kind)}
            {a.language ? ` · ${languageName(a.language)}` : ''}
          </Text>
        </div>
        <Group gap="xs" role="group" aria-label={t('attachments.actionsFor', { name })}>
          <Button size="xs" onClick={() => download.mutate(a.version)} loading={download.isPending}>
            {t('attachments.download')}
          </Button>
          <Button size="xs" variant="default" onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('attachments.verify')}
          </Button>
          {editable && (
            <FileButton onChange={(file) => file && newVersion.mutate(file)}>
              {(props) => (
                <Button {...props} size="xs" variant="default" loading={newVersion.isPending}>
                  {t('attachments.newVersion')}
                </Button>
              )}
            </FileButton>
          )}
          {editable &&
            (doc.status === 'draft' ? (
              <Button size="xs" color="red" variant="light" c="red.9" onClick={() => remove.mutate()}>
                {t('common.remove')}
              </Button>
            ) : null)}
        </Group>
      </Group>
      {editable && doc.status !== 'draft' && (
        <Text size="xs" mb="xs">
          {t('attachments.removeOnlyDraft')}
        </Text>
      )}
      {verify.isSuccess && (
        <Text size="sm" fw={600} role="status" mb="xs">
          {t('attachments.verified', { hash: shortHash(verify.data) })}
        </Text>
      )}
      {mismatch && (
        <Alert color="red" role="alert" title={t('attachments.verifyFailed')} mb="xs">
          {t('attachments.verifyFailedBody', {
            expected: shortHash(String(mismatch.expected ?? '')),
            actual: shortHash(String(mismatch.actual ?? '')),
          })}
        </Alert>
      )}
      {verify.error && !mismatch ? <ProblemAlert error={verify.error} /> : null}
      {newVersion.error ? <UploadProblem error={newVersion.error} /> : null}
      {download.error ? <ProblemAlert error={download.error} /> : null}
      {remove.error ? <ProblemAlert error={remove.error} /> : null}
      <Table withTableBorder aria-label={t('attachments.versionsOf', { name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('attachments.version')}</Table.Th>
            <Table.Th>{t('attachments.fileName')}</Table.Th>
            <Table.Th>{t('attachments.size')}</Table.Th>
            <Table.Th>sha256</Table.Th>
            <Table.Th>{t('attachments.uploadedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...a.versions].reverse().map((v) => (
            <Table.Tr key={v.n}>
              <Table.Td>{v.n}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => download.mutate(v.n)}
                  aria-label={t('attachments.downloadVersion', { n: v.n, file: v.fileName })}
                >
                  {v.fileName}
                </Anchor>
              </Table.Td>
              <Table.Td>{t('attachments.kb', { size: number(v.size / 1024, 1) })}</Table.Td>
              <Table.Td>
                <Code title={v.sha256}>{shortHash(v.sha256)}</Code>
              </Table.Td>
              <Table.Td>{instant(v.uploadedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
