import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap, type Schemas } from '../../lib/api/client';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '../../lib/enums';

export type Notification = Schemas['NotificationResponse'];
export type Subscription = Schemas['SubscriptionResponse'];
export type CreateSubscription = Schemas['CreateSubscriptionDto'];
export type EventType = NotificationEvent;
export type Delivery = Schemas['DeliveryResponse'];

export const EVENT_TYPES = NOTIFICATION_EVENTS;
export const MILESTONE_EVENTS: EventType[] = [
  'milestone.due_soon',
  'milestone.overdue',
  'milestone.transitioned',
  'progress.reported',
];

const POLL_MS = 30_000;

/** The bell's count: every 30 s and whenever the window gets focus back. */
export function useUnreadCount() {
  const query = useQuery({
    queryKey: ['notifications', 'unread-count'],
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
    queryFn: async () => (await unwrap(api.GET('/api/v1/notifications/unread-count'))).data.count,
  });
  const { refetch } = query;
  useEffect(() => {
    const onFocus = () => void refetch();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetch]);
  return query;
}

export function useInbox(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'inbox'],
    enabled,
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 20 } } }))).data,
  });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string | 'all') =>
      id === 'all'
        ? unwrap(api.POST('/api/v1/notifications/read-all'))
        : unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useSubscriptions(channel?: Subscription['channel']) {
  return useQuery({
    queryKey: ['subscriptions', channel ?? 'all'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/subscriptions', {
            params: { query: { limit: 200, ...(channel ? { channel: [channel] } : {}) } },
          }),
        )
      ).data.items,
  });
}

export function useCreateSubscription() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateSubscription) =>
      (await unwrap(api.POST('/api/v1/subscriptions', { body }))).data,
    onSuccess: () => client.invalidateQueries({ queryKey: ['subscriptions'] }),
  });
}

export function useUpdateSubscription() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      sub,
      changes,
    }: {
      sub: Subscription;
      changes: Partial<Schemas['UpdateSubscriptionDto']>;
    }) =>
      unwrap(
        api.PATCH('/api/v1/subscriptions/{id}', {
          params: { path: { id: sub.id }, header: { 'If-Match': `"${sub.version}"` } },
          body: { active: sub.active, digest: sub.digest, ...changes },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['subscriptions'] }),
  });
}

export function useDeleteSubscription() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(api.DELETE('/api/v1/subscriptions/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['subscriptions'] }),
  });
}

export function useRotateSecret() {
  return useMutation({
    mutationFn: async (id: string) =>
      (await unwrap(api.POST('/api/v1/subscriptions/{id}/rotate-secret', { params: { path: { id } } }))).data
        .secret,
  });
}

export function useDeliveries(id: string | null) {
  return useQuery({
    queryKey: ['subscriptions', 'deliveries', id],
    enabled: id !== null,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/subscriptions/{id}/deliveries', {
            params: { path: { id: id! }, query: { limit: 50 } },
          }),
        )
      ).data.items,
  });
}

export function useDelivery(id: string, deliveryId: string | null) {
  return useQuery({
    queryKey: ['subscriptions', 'delivery', id, deliveryId],
    enabled: deliveryId !== null,
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/subscriptions/{id}/deliveries/{deliveryId}', {
            params: { path: { id, deliveryId: deliveryId! } },
          }),
        )
      ).data,
  });
}

/** A notification's link is absolute; inside the app it is followed as a route. */
export function appPath(link: string): string {
  try {
    const url = new URL(link);
    return url.origin === window.location.origin ? `${url.pathname}${url.search}` : link;
  } catch {
    return '/';
  }
}
