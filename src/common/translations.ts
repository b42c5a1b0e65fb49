import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf, registerDecorator } from 'class-validator';

/** `{ "<lang>": { field: text } }`: an entity's names in other languages (§11). */
export type Translations = Record<string, Record<string, string>>;

const LANG = /^[a-z]{2}$/;

/**
 * A translations map: keys ISO 639-1 in lower case (at most 30), each value an object with
 * only `fields` (the first required), each a string of the given length range.
 */
export function TranslationsField(fields: Record<string, [number, number]>, example: Translations) {
  const names = Object.keys(fields);
  const [required] = names;
  const problem = (value: unknown): string | null => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 30) return 'must have at most 30 languages';
    for (const [lang, text] of entries) {
      if (!LANG.test(lang)) return `key ${JSON.stringify(lang)} must be an ISO 639-1 code in lower case`;
      if (typeof text !== 'object' || text === null || Array.isArray(text))
        return `${lang} must be an object`;
      for (const [key, v] of Object.entries(text as Record<string, unknown>)) {
        const range = fields[key];
        if (!range) return `${lang}.${key} is not a known field (${names.join(', ')})`;
        if (typeof v !== 'string' || v.length < range[0] || v.length > range[1])
          return `${lang}.${key} must be a string of ${range[0]}–${range[1]} characters`;
      }
      if ((text as Record<string, unknown>)[required] === undefined) return `${lang}.${required} is required`;
    }
    return null;
  };
  const schema = {
    type: 'object',
    additionalProperties: {
      type: 'object',
      required: [required],
      properties: Object.fromEntries(
        names.map((n) => [n, { type: 'string', minLength: fields[n][0], maxLength: fields[n][1] }]),
      ),
    },
  };
  return applyDecorators(
    ApiPropertyOptional({
      ...(schema as object),
      example,
      description: `By ISO 639-1 language: ${names.join(', ')} in that language. Lists and search match every language; Accept-Language picks the display one.`,
    }),
    // Absent is fine; null is not (it would be stored as a JSON null where an object belongs).
    ValidateIf((_, value) => value !== undefined),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isTranslations',
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message: (args) => problem(args.value) ?? 'is invalid' },
        validator: { validate: (v: unknown) => problem(v) === null },
      }),
  );
}

/**
 * The languages a request prefers, best first, from `Accept-Language` (primary subtags,
 * q-ordered; `*` and q=0 dropped). Small and total, so no negotiation library is needed.
 */
export function preferredLanguages(header: string | string[] | undefined): string[] {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (!text || text.length > 500) return [];
  return text
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((x) => LANG.test(x.lang) && x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((x) => x.lang)
    .filter((lang, i, all) => all.indexOf(lang) === i);
}

/** The text of `field` in the first preferred language that has it, else the original. */
export function displayText(
  translations: Translations | null | undefined,
  languages: readonly string[],
  field: string,
  original: string,
): string {
  if (translations) {
    for (const lang of languages) {
      const text = translations[lang]?.[field];
      if (text) return text;
    }
  }
  return original;
}

/** SQL: does any language's `field` of `column` match the ILIKE pattern `param`? */
export function translationsMatch(column: string, field: string, param: string): string {
  return `EXISTS (SELECT 1 FROM jsonb_each(${column}) tr WHERE tr.value->>'${field}' ILIKE ${param})`;
}
