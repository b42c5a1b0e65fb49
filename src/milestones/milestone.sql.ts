/**
 * progressPercent computed exactly in numeric: (latest − baseline) / (target − baseline) × 100,
 * clamped to 0–100 (so a falling target works the same way), rounded to 2 decimals; null
 * without an indicator or without a reported value.
 */
export function progressSql(a: string): string {
  return `CASE WHEN ${a}.indicator_target IS NULL OR ${a}.latest_value IS NULL THEN NULL
    ELSE round(greatest(0::numeric, least(100::numeric,
      (${a}.latest_value - ${a}.indicator_baseline) * 100 / (${a}.indicator_target - ${a}.indicator_baseline))), 2) END`;
}

/** Past due (today is not past) and still open. */
export function overdueSql(a: string): string {
  return `(${a}.due_on < current_date AND ${a}.status NOT IN ('completed', 'cancelled'))`;
}

/** The linked document or summit has one of these countries. */
export function countrySql(a: string, placeholder: string): string {
  return `(EXISTS (SELECT 1 FROM documents cd WHERE cd.id = ${a}.document_id AND cd.countries && ${placeholder}::text[])
    OR EXISTS (SELECT 1 FROM summits cs WHERE cs.id = ${a}.summit_id AND cs.countries && ${placeholder}::text[]))`;
}
