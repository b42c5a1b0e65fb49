import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldError, ProblemAlert } from '../../../components/ProblemAlert';
import { StaleAlert } from '../../../components/StaleAlert';
import { apiRequest } from '../../../lib/api/client';
import { countryOptions } from '../../../lib/countries';
import { DEADLINE_TRIGGERS, DOCUMENT_TYPES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import type { DeadlineRule } from '../api/deadlineRules';

const ANY = 'any';

/** Creating or editing a statutory deadline rule (§11); a change affects only later triggers. */
export function DeadlineRuleForm({
  rule,
  onDone,
}: {
  rule: DeadlineRule | null;
  onDone: (saved?: DeadlineRule) => void;
}) {
  const { t, label, country, language } = useI18n();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    title: rule?.title ?? '',
    trigger: (rule?.trigger ?? 'signed') as string,
    offsetDays: rule ? String(rule.offsetDays) : '30',
    country: (rule?.country ?? null) as string | null,
    documentTypes: (rule?.documentTypes ?? []) as string[],
    legallyBinding: rule?.legallyBinding === true ? 'true' : rule?.legallyBinding === false ? 'false' : ANY,
    source: rule?.source ?? '',
  });
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        title: form.title,
        trigger: form.trigger,
        offsetDays: form.offsetDays === '' ? undefined : Number(form.offsetDays),
        country: form.country,
        documentTypes: form.documentTypes.length ? form.documentTypes : null,
        legallyBinding: form.legallyBinding === ANY ? null : form.legallyBinding === 'true',
        source: form.source,
      };
      return rule
        ? apiRequest<DeadlineRule>('PATCH', `/api/v1/deadline-rules/${rule.id}`, body, {
            'If-Match': `"${rule.version}"`,
          })
        : apiRequest<DeadlineRule>('POST', '/api/v1/deadline-rules', body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['deadline-rules'] });
      onDone(saved);
    },
  });
  const err = (field: string) => fieldError(save.error, field);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack>
        <StaleAlert error={save.error} queryKey={['deadline-rules']} onReload={() => save.reset()}>
          <ProblemAlert error={save.error} />
        </StaleAlert>
        <TextInput
          label={t('rules.titleField')}
          required
          value={form.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={err('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('rules.trigger')}
            required
            allowDeselect={false}
            data={DEADLINE_TRIGGERS.map((v) => ({ value: v, label: label('trigger', v) }))}
            value={form.trigger}
            onChange={(v) => set('trigger', v ?? 'signed')}
            error={err('trigger')}
          />
          <TextInput
            type="number"
            label={t('rules.offsetDays')}
            description={t('rules.offsetDaysHint')}
            required
            value={form.offsetDays}
            onChange={(e) => set('offsetDays', e.currentTarget.value)}
            error={err('offsetDays')}
          />
          <Select
            label={t('rules.country')}
            description={t('rules.countryHint')}
            searchable
            clearable
            data={countryOptions(country, language)}
            value={form.country}
            onChange={(v) => set('country', v)}
            error={err('country')}
          />
          <Select
            label={t('rules.legallyBinding')}
            allowDeselect={false}
            data={[
              { value: ANY, label: t('rules.bindingAny') },
              { value: 'true', label: t('rules.bindingOnly') },
              { value: 'false', label: t('rules.nonBindingOnly') },
            ]}
            value={form.legallyBinding}
            onChange={(v) => set('legallyBinding', v ?? ANY)}
            error={err('legallyBinding')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('rules.documentTypes')}
          description={t('rules.documentTypesHint')}
          data={DOCUMENT_TYPES.map((v) => ({ value: v, label: label('type', v) }))}
          value={form.documentTypes}
          onChange={(v) => set('documentTypes', v)}
          error={err('documentTypes')}
        />
        <TextInput
          label={t('rules.source')}
          description={t('rules.sourceHint')}
          required
          value={form.source}
          onChange={(e) => set('source', e.currentTarget.value)}
          error={err('source')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who the rule applies to, in words: "Azerbaijan · agreements, treaties · binding only". */
export function ruleScope(
  rule: DeadlineRule,
  i18n: {
    t: (k: 'rules.everyDocument' | 'rules.bindingOnly' | 'rules.nonBindingOnly') => string;
    label: (g: string, v: string) => string;
    country: (c: string) => string;
  },
): string {
  const parts = [
    rule.country ? i18n.country(rule.country) : null,
    rule.documentTypes?.length ? rule.documentTypes.map((d) => i18n.label('type', d)).join(', ') : null,
    rule.legallyBinding === true
      ? i18n.t('rules.bindingOnly')
      : rule.legallyBinding === false
        ? i18n.t('rules.nonBindingOnly')
        : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : i18n.t('rules.everyDocument');
}
