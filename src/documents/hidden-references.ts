import { mayRead, type Reader } from '../auth/clearance';
import type { Row } from '../registers/register';

/**
 * The classifications of a document's parent and successor, read with the row so that
 * concealHiddenReferences needs no query (the subselects run only where the reference is set).
 */
export const REFERENCE_CLASSIFICATIONS_SQL = `CASE WHEN d.parent_id IS NOT NULL THEN (SELECT dp.classification FROM documents dp WHERE dp.id = d.parent_id) END AS "parentClassification",
          CASE WHEN d.superseded_by_id IS NOT NULL THEN (SELECT ds.classification FROM documents ds WHERE ds.id = d.superseded_by_id) END AS "supersededByClassification"`;

/**
 * A document the reader may see can name one they may not (an amendment of a confidential
 * treaty, a public text superseded by a restricted one): such a reference reads as absent —
 * `parentId` and `relation` null, `supersededById` null — so that its id cannot be learnt and
 * tried elsewhere. A reference whose classification is unknown (not read) is hidden too.
 */
export function concealHiddenReferences(row: Row, reader: Reader): void {
  if (
    row.parentId != null &&
    !(row.parentClassification != null && mayRead(reader, row.parentClassification))
  ) {
    row.parentId = null;
    row.relation = null;
  }
  if (
    row.supersededById != null &&
    !(row.supersededByClassification != null && mayRead(reader, row.supersededByClassification))
  ) {
    row.supersededById = null;
  }
  // set to undefined, not deleted: JSON leaves them out, and the row keeps its shape
  row.parentClassification = undefined;
  row.supersededByClassification = undefined;
}
