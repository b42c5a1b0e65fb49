import { Injectable } from '@nestjs/common';
import { Actor } from '../auth/actor';
import { SqlParams } from '../common/paging';
import { DocumentsService } from '../documents/documents.service';

/**
 * What attachments and search learn about clearance, in one place: the SQL predicate under which
 * a document row (alias `alias`, with a `classification` column) is visible to the actor. It
 * delegates to the documents register's own predicate, so both always agree.
 */
@Injectable()
export class DocumentClearance {
  constructor(private readonly documents: DocumentsService) {}

  visible(actor: Actor, params: SqlParams, alias: string): string {
    return this.documents.register.config.visibility?.(actor, params, alias) ?? 'TRUE';
  }
}
