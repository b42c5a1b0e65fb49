import { type ArgumentMetadata, applyDecorators, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  isISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  registerDecorator,
  ValidationOptions,
} from 'class-validator';
import { FieldError, Problem } from './problem';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : prefix
        ? `${prefix}.${e.property}`
        : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: e.constraints?.whitelistValidation === message ? 'is not a known field' : message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const FILTER_ALIASES = 'pacta:filter-aliases';

/** After validation, each alias's values (AliasOf) join its field's filter: services see one name. */
function foldAliases<T>(dto: T): T {
  const aliases: Record<string, string> | undefined =
    dto && typeof dto === 'object' ? Reflect.getMetadata(FILTER_ALIASES, dto) : undefined;
  for (const [alias, canonical] of Object.entries(aliases ?? {})) {
    const query = dto as Record<string, unknown>;
    if (query[alias] === undefined) continue;
    query[canonical] = [query[canonical], query[alias]].flat().filter((v) => v !== undefined);
    query[alias] = undefined;
  }
  return dto;
}

class PactaValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    const dto: unknown = await super.transform(value, metadata);
    return metadata.type === 'query' ? foldAliases(dto) : dto;
  }
}

/** Validation everywhere: unknown fields refused, types converted, every failure a 400 problem. */
export function createValidationPipe(): ValidationPipe {
  return new PactaValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const list = flatten(errors);
      return Problem.badRequest(
        list.map((e) => `${e.field}: ${e.message}`).join('; ') || 'Invalid request.',
        list,
      );
    },
  });
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD: 2023-02-30 is refused. */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_ONLY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be a real date written YYYY-MM-DD', ...options },
      validator: { validate: (v: unknown) => isDateOnly(v) },
    });
}

export function isCountryCode(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Z]{2}$/.test(value) && isISO31661Alpha2(value);
}

/** ISO 3166-1 alpha-2 in upper case (`AZ`, `KZ`); unknown codes are refused. */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be an ISO 3166-1 alpha-2 country code in upper case', ...options },
      validator: { validate: (v: unknown) => isCountryCode(v) },
    });
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    INSTANT.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    isDateOnly(value.slice(0, 10))
  );
}

/** An ISO 8601 instant with a zone (`2023-04-20T10:00:00Z`). */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: 'must be an ISO 8601 instant with a time zone, e.g. 2023-04-20T10:00:00Z',
        ...options,
      },
      validator: { validate: (v: unknown) => isInstant(v) },
    });
}

/** `a,b,c` in a query string → ['a', 'b', 'c'] (repeated parameters are accepted too). */
export function CommaList(): PropertyDecorator {
  return Transform(({ value }) => {
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) =>
      typeof v === 'string' ? v.split(',') : [v],
    );
    return parts.map((p) => (typeof p === 'string' ? p.trim() : p)).filter((p) => p !== '');
  });
}

/** A query flag: `true`/`false` only. */
export function QueryBoolean(): PropertyDecorator {
  return Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));
}

/** A query integer: digits only, else left as a string for @IsInt to refuse. */
export function QueryInt(): PropertyDecorator {
  return Transform(({ value }) =>
    typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value,
  );
}

const SEVERAL = 'Several values: comma-separated or the parameter repeated; any of them matches.';

/** A list filter of enum values: `?status=a,b` (or repeated), each one of `values`, documented. */
export function EnumListFilter(values: readonly string[]): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: values, isArray: true, description: SEVERAL }),
    IsOptional(),
    CommaList(),
    IsIn(values, { each: true }),
  ) as PropertyDecorator;
}

/** A list filter of ids: `?summitId=a,b` (or repeated). */
export function UuidListFilter(description = ''): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      format: 'uuid',
      isArray: true,
      description: `${description} ${SEVERAL}`.trim(),
    }),
    IsOptional(),
    CommaList(),
    ArrayMaxSize(100),
    IsUUID('all', { each: true }),
  ) as PropertyDecorator;
}

/** A list filter of ISO country codes: `?countries=AZ,KZ` (or repeated). */
export function CountryListFilter(description = ''): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({
      type: String,
      isArray: true,
      example: ['AZ', 'KZ'],
      description: `ISO 3166-1 alpha-2 codes. ${description} ${SEVERAL}`.trim(),
    }),
    IsOptional(),
    CommaList(),
    ArrayMaxSize(250),
    IsCountryCode({ each: true }),
  ) as PropertyDecorator;
}

/** A list filter of free tags: `?sectors=energy,trade` (or repeated). */
export function TagListFilter(maxLength: number, description = ''): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, isArray: true, description: `${description} ${SEVERAL}`.trim() }),
    IsOptional(),
    CommaList(),
    ArrayMaxSize(100),
    IsString({ each: true }),
    Length(1, maxLength, { each: true }),
  ) as PropertyDecorator;
}

/**
 * Another name for the filter `canonical` (the contract's name for it, or an older one),
 * validated by the same `filter` decorator, so that a refusal names what the client sent. After
 * validation its values join the field's filter (`foldAliases`): services read one name.
 */
export function AliasOf(canonical: string, filter: PropertyDecorator): PropertyDecorator {
  return (target, property) => {
    const aliases = { ...Reflect.getMetadata(FILTER_ALIASES, target), [property]: canonical };
    Reflect.defineMetadata(FILTER_ALIASES, aliases, target);
    filter(target, property);
    ApiPropertyOptional({ description: `Another name for \`${canonical}\`: the same filter.` })(
      target,
      property,
    );
  };
}

/** `null` for a field that cannot be empty is a 400 naming it, not a database error. */
export function refuseNulls(dto: object, fields: readonly string[]): void {
  const bad = fields.filter((f) => (dto as Record<string, unknown>)[f] === null);
  if (bad.length) {
    throw Problem.badRequest(
      bad.map((f) => `${f}: must not be null`).join('; '),
      bad.map((field) => ({ field, message: 'must not be null' })),
    );
  }
}
