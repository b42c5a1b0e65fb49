/** The collections whose items have a page of their own in the web application (spec §16). */
export type ItemPage = 'documents' | 'summits' | 'milestones' | 'institutions';

/**
 * The stable address of an item's page, on PACTA_PUBLIC_URL: what calendar events, emails and
 * webhooks link to. A reader who may not see the item gets the same answer as for a missing one.
 */
export function itemUrl(publicUrl: string, page: ItemPage, id: string): string {
  return `${publicUrl}/${page}/${encodeURIComponent(id)}`;
}
