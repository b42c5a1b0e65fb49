import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { FormProblem, useEntityForm, type EntityFormSpec } from '../../../components/EntityForm';
import { countryOptions } from '../../../lib/countries';
import { DEADLINE_TRIGGERS, DOCUMENT_TYPES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchDeadlineRule, type DeadlineRule } from '../api/deadlineRules';

const ANY = 'any';

function fromRule(rule: DeadlineRule | undefined) {
  return {
    title: rule?.title ?? '',
    trigger: (rule?.trigger ?? 'signed') as string,
    offsetDays: rule ? String(rule.offsetDays) : '30',
    country: (rule?.country ?? null) as string | null,
    documentTypes: (rule?.documentTypes ?? []) as string[],
    legallyBinding: rule?.legallyBinding === true ? 'true' : rule?.legallyBinding === false ? 'false' : ANY,
    source: rule?.source ?? '',
  };
}

/** Creating or editing a statutory deadline rule (§11); a change affects only later triggers. */
export function DeadlineRuleForm({
  rule,
  onDone,
}: {
  rule: DeadlineRule | null;
  onDone: (saved?: DeadlineRule) => void;
}) {
  const { t, label, country, language } = useI18n();
  const binding = (v: string) =>
    v === 'true' ? t('rules.bindingOnly') : v === 'false' ? t('rules.nonBindingOnly') : t('rules.bindingAny');
  const spec: EntityFormSpec<DeadlineRule, ReturnType<typeof fromRule>> = {
    collection: 'deadline-rules',
    fromEntity: fromRule,
    toBody: (form) => ({
      title: form.title,
      trigger: form.trigger,
      offsetDays: form.offsetDays === '' ? undefined : Number(form.offsetDays),
      country: form.country,
      documentTypes: form.documentTypes.length ? form.documentTypes : null,
      legallyBinding: form.legallyBinding === ANY ? null : form.legallyBinding === 'true',
      source: form.source,
    }),
    load: fetchDeadlineRule,
    onSaved: onDone,
    fields: {
      title: { label: t('rules.titleField') },
      trigger: { label: t('rules.trigger'), show: (v) => label('trigger', v) },
      offsetDays: { label: t('rules.offsetDays') },
      country: { label: t('rules.country'), show: (v) => (v ? country(v) : '') },
      documentTypes: {
        label: t('rules.documentTypes'),
        show: (v) => v.map((d) => label('type', d)).join(', '),
      },
      legallyBinding: { label: t('rules.legallyBinding'), show: binding },
      source: { label: t('rules.source') },
    },
  };
  const f = useEntityForm(spec, rule ?? undefined);
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
        <TextInput label={t('rules.titleField')} required {...f.text('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('rules.trigger')}
            required
            allowDeselect={false}
            data={DEADLINE_TRIGGERS.map((v) => ({ value: v, label: label('trigger', v) }))}
            {...f.value('trigger')}
            onChange={(v) => f.set('trigger', v ?? 'signed')}
          />
          <TextInput
            type="number"
            label={t('rules.offsetDays')}
            description={t('rules.offsetDaysHint')}
            required
            {...f.text('offsetDays')}
          />
          <Select
            label={t('rules.country')}
            description={t('rules.countryHint')}
            searchable
            clearable
            data={countryOptions(country, language)}
            {...f.value('country')}
          />
          <Select
            label={t('rules.legallyBinding')}
            allowDeselect={false}
            data={[ANY, 'true', 'false'].map((v) => ({ value: v, label: binding(v) }))}
            {...f.value('legallyBinding')}
            onChange={(v) => f.set('legallyBinding', v ?? ANY)}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('rules.documentTypes')}
          description={t('rules.documentTypesHint')}
          data={DOCUMENT_TYPES.map((v) => ({ value: v, label: label('type', v) }))}
          {...f.value('documentTypes')}
        />
        <TextInput
          label={t('rules.source')}
          description={t('rules.sourceHint')}
          required
          {...f.text('source')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
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
