import { registerDecorator, ValidationOptions } from 'class-validator';
import { Transform } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';

/**
 * The one rule for email addresses, so that look-alikes cannot make a second account that reads
 * the same in the audit log: trimmed, Unicode-normalised (NFKC: `ａｄｍｉｎ` is `admin`) and
 * lower-cased; then it must be printable ASCII — an internationalised domain is written in its
 * `xn--` form. That refuses invisible characters (zero-width space, soft hyphen, bidi marks),
 * controls, and letters of other scripts or look-alike forms in an address (`admın` with a dotless
 * ı, a Cyrillic `а`), each with its own message.
 */
export function normalizeEmail(raw: string): { email: string } | { error: string } {
  const email = raw.trim().normalize('NFKC').toLowerCase().normalize('NFKC');
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u.test(email))
    return { error: 'must not contain invisible or control characters' };
  if (/\s/u.test(email)) return { error: 'must not contain spaces' };
  if (/[^\x21-\x7e]/.test(email)) {
    return {
      error:
        'must be written in ASCII after Unicode normalisation (letters such as ı or Cyrillic а look like ASCII ones; write an internationalised domain in its xn-- form)',
    };
  }
  return { email };
}

/** What login and look-ups compare: the normalised address, or failing that the address lower-cased as before. */
export function emailKey(raw: string): string {
  const normalized = normalizeEmail(raw);
  return 'email' in normalized ? normalized.email : raw.trim().toLowerCase();
}

/**
 * An email field of a request body: normalised by normalizeEmail before validation, and refused
 * (400 naming the field) when the rule refuses it.
 */
export function IsNormalizedEmail(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => {
      if (typeof value !== 'string') return value;
      const normalized = normalizeEmail(value);
      return 'email' in normalized ? normalized.email : value;
    }),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isNormalizedEmail',
        target: target.constructor,
        propertyName: propertyName as string,
        options: {
          message: ({ value }) => {
            const normalized = typeof value === 'string' ? normalizeEmail(value) : null;
            return normalized && 'error' in normalized ? normalized.error : 'must be an email address';
          },
          ...options,
        },
        validator: {
          validate: (value: unknown) => {
            if (typeof value !== 'string') return false;
            const normalized = normalizeEmail(value);
            return 'email' in normalized && normalized.email === value;
          },
        },
      }),
  ) as PropertyDecorator;
}
