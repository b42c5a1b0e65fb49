import { Group, Progress, Text } from '@mantine/core';
import { useI18n } from '../lib/i18n/i18n';

/** A progress bar whose numbers are also in words: "46 %, 529.4 of 1 000 M USD". */
export function ProgressText({
  percent,
  value,
  target,
  unit,
  label,
  empty,
}: {
  percent: number | null;
  value?: string | null;
  target?: string | null;
  unit?: string | null;
  label: string;
  /** What to say without a percentage (default: no indicator). */
  empty?: string;
}) {
  const { t, number } = useI18n();
  if (percent === null) return <Text size="sm">{empty ?? t('milestones.noIndicator')}</Text>;
  const words =
    value !== undefined && target
      ? t('milestones.progressOf', {
          percent: number(percent),
          value: value === null ? '—' : number(value, 2),
          target: number(target, 2),
          unit: unit ?? '',
        })
      : `${number(percent)} %`;
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={label}>
      {/* Decorative: the same figures follow in words. */}
      <Progress value={percent} w={120} aria-hidden />
      <Text size="sm">{words}</Text>
    </Group>
  );
}
