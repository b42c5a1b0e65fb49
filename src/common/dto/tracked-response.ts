import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ApiNullable } from '../openapi';

// A mixin's base must have a constructor taking `...args: any[]` (TypeScript's rule for mixins).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Constructor<T = object> = new (...args: any[]) => T;

class Empty {}

/** The fields the register keeps on every versioned row (`version` is the ETag). */
export function VersionedResponse<TBase extends Constructor = typeof Empty>(Base: TBase = Empty as TBase) {
  class Versioned extends Base {
    @ApiProperty({ format: 'uuid' }) id: string;
    @ApiProperty({ type: 'integer' }) version: number;
    @ApiProperty({ format: 'date-time' }) createdAt: string;
    @ApiProperty({ format: 'date-time' }) updatedAt: string;
    @ApiProperty({ format: 'uuid' }) createdBy: string;
    @ApiProperty({ format: 'uuid' }) updatedBy: string;
  }
  return Versioned;
}

/**
 * A register entity as every read answers it: `Base`'s fields, the versioned ones, and its
 * status with the moves open to the caller, both enumerating that entity's own statuses.
 */
export function TrackedResponse<TBase extends Constructor = typeof Empty>(
  statuses: readonly string[],
  Base: TBase = Empty as TBase,
) {
  class Tracked extends VersionedResponse(Base) {
    @ApiProperty({ enum: statuses }) status: string;
    @ApiProperty({ enum: statuses, isArray: true }) allowedTransitions: string[];
  }
  return Tracked;
}

/** A keyset page: `class XPage extends PageOf(X) {}` keeps the schema named XPage. */
export function PageOf<T>(item: Type<T>) {
  class Page {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiNullable(String) nextCursor: string | null;
  }
  return Page;
}
