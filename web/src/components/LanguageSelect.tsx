import { NativeSelect } from '@mantine/core';
import { LANGUAGES, useI18n, type Language } from '../lib/i18n/i18n';

/** Each language named in itself, so a reader finds theirs whatever is shown now. */
const NATIVE_NAMES: Record<Language, string> = {
  en: 'English',
  ru: 'Русский',
  az: 'Azərbaycanca',
  kk: 'Қазақша',
};

export function LanguageSelect() {
  const { language, setLanguage, t } = useI18n();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('shell.language')}
      value={language}
      onChange={(e) => setLanguage(e.currentTarget.value as Language)}
      data={LANGUAGES.map((l) => ({ value: l, label: NATIVE_NAMES[l] }))}
    />
  );
}
