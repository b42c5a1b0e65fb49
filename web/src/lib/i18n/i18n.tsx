import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setContentLanguage } from '../api/client';
import { az } from './messages/az';
import { en, type MessageKey } from './messages/en';
import { kk } from './messages/kk';
import { ru } from './messages/ru';

export const LANGUAGES = ['en', 'ru', 'az', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];
export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, ru, az, kk };
/** Locale tags for Intl: Azerbaijani in the Latin script. */
const INTL_TAGS: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', az: 'az-Latn-AZ', kk: 'kk-KZ' };
const STORAGE_KEY = 'pacta.language';

/** The remembered choice, else the browser's first preferred language among the four, else English. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** A `YYYY-MM-DD` date, four-digit year. */
  date(value: string | null | undefined): string;
  /** An ISO instant with its time zone (to the second where two instants may share a minute). */
  instant(value: string | null | undefined, seconds?: boolean): string;
  number(value: number | string | null | undefined, maxFractionDigits?: number): string;
  country(code: string): string;
  /** An ISO 639-1 language by name in the interface language. */
  languageName(code: string): string;
  /** A label for an enum value (`status.draft`, `type.treaty`…), the raw value if none. */
  label(group: string, value: string): string;
}

const Context = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [language, setLanguageState] = useState<Language>(() => {
    const first = initialLanguage();
    setContentLanguage(first);
    return first;
  });
  const setLanguage = useCallback(
    (next: Language) => {
      localStorage.setItem(STORAGE_KEY, next);
      document.documentElement.lang = next;
      setContentLanguage(next);
      setLanguageState(next);
      // Display titles and names come in the interface language (Accept-Language): ask again.
      void queryClient.invalidateQueries();
    },
    [queryClient],
  );
  const value = useMemo<I18n>(() => {
    document.documentElement.lang = language;
    const catalogue = CATALOGUES[language];
    const tag = INTL_TAGS[language];
    const dateFormat = new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const instantFormat = new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    const secondsFormat = new Intl.DateTimeFormat(tag, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'short',
    });
    // Constructing a NumberFormat costs far more than formatting with one (a dashboard formats hundreds).
    const numberFormats = new Map<number, Intl.NumberFormat>();
    const numberFormat = (max: number) => {
      let format = numberFormats.get(max);
      if (!format)
        numberFormats.set(max, (format = new Intl.NumberFormat(tag, { maximumFractionDigits: max })));
      return format;
    };
    const regions = new Intl.DisplayNames([tag], { type: 'region' });
    const languages = new Intl.DisplayNames([tag], { type: 'language' });
    const t: Translate = (key, vars) => {
      let text: string = catalogue[key] ?? en[key] ?? key;
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    };
    return {
      language,
      setLanguage,
      t,
      date: (v) => (v ? dateFormat.format(new Date(`${v.slice(0, 10)}T00:00:00Z`)) : ''),
      instant: (v, seconds) => (v ? (seconds ? secondsFormat : instantFormat).format(new Date(v)) : ''),
      number: (v, max = 1) =>
        v === null || v === undefined || v === '' ? '' : numberFormat(max).format(Number(v)),
      country: (code) => {
        try {
          return regions.of(code) ?? code;
        } catch {
          return code;
        }
      },
      languageName: (code) => {
        try {
          return languages.of(code) ?? code;
        } catch {
          return code;
        }
      },
      label: (group, v) => {
        const key = `${group}.${v}` as MessageKey;
        return key in catalogue ? t(key) : v;
      },
    };
  }, [language, setLanguage]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
