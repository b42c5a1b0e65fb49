import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { SqlParams } from '../common/paging';
import { documentVisibility } from '../auth/clearance';

/**
 * What attachments and search learn about clearance, in one place: the SQL predicate under which
 * a document row (alias `alias`, with a `classification` column) is visible to the actor. It
 * is the clearance module's document predicate, as the documents register's own is.
 */
@Injectable()
export class DocumentClearance {
  visible(actor: Actor, params: SqlParams, alias: string): string {
    return documentVisibility(actor, params, alias);
  }
}
