/** A `datetime-local` input's value (the browser's zone) as an ISO instant, or '' when empty or invalid. */
export function instantFromLocalInput(local: string): string {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : '';
}

/** An ISO instant as a `datetime-local` value to the second, in the browser's zone ('' when invalid). */
export function localInputFromInstant(iso: string | null | undefined): string {
  const d = new Date(iso ?? '');
  if (!iso || Number.isNaN(d.getTime())) return '';
  const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 19);
}
