import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A canonical decimal as stored and returned: no exponent, no leading or trailing zeros. */
const CANONICAL = /^-?(0|[1-9]\d{0,29})(\.\d{0,19}[1-9])?$/;
const LOOSE = /^([+-]?)(\d{1,30})(?:\.(\d{1,20}))?$/;

/**
 * `1.50`, `+001.5` or the JSON number 1.5 → `'1.5'`: values are exact decimals kept as strings,
 * so money in the billions never passes through a binary float. Anything else is left as it
 * came for the validator to refuse.
 */
export function toDecimalString(value: unknown): unknown {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return value;
    text = String(value);
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return value;
  }
  const m = LOOSE.exec(text);
  if (!m) return value;
  const int = m[2].replace(/^0+(?=\d)/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const abs = frac ? `${int}.${frac}` : int;
  return m[1] === '-' && abs !== '0' ? `-${abs}` : abs;
}

export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && CANONICAL.test(value);
}

/**
 * An exact decimal given as a JSON number or a string (up to 30 digits before the point and 20
 * after, no exponent), normalised to its canonical string.
 */
export function IsDecimal(options?: ValidationOptions): PropertyDecorator {
  const transform = Transform(({ value }) => toDecimalString(value));
  return (target, propertyName) => {
    transform(target, propertyName);
    registerDecorator({
      name: 'isDecimal',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: 'must be a decimal number (a JSON number or a string such as "1000000000.50"; no exponent)',
        ...options,
      },
      validator: { validate: (v: unknown) => isDecimalString(v) },
    });
  };
}
