/** The columns of a signatory as responses show it (alias g, its institution i). */
export const SIGNATORY_COLUMNS = `g.id, g.document_id AS "documentId", g.institution_id AS "institutionId",
  i.name AS "institutionName", i.country AS "institutionCountry", g.signer_name AS "signerName",
  g.signer_title AS "signerTitle", g.signed_on AS "signedOn", g.version, g.created_at AS "createdAt",
  g.updated_at AS "updatedAt", g.created_by AS "createdBy", g.updated_by AS "updatedBy"`;

export const SIGNATORY_FROM = 'signatories g JOIN institutions i ON i.id = g.institution_id';
