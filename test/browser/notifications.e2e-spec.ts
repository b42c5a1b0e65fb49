import { NotificationWorker } from '../../src/notifications/delivery.worker';
import { checkScreen, signIn } from './support/browser-stack';
import { browserJourney } from './support/journey';

/**
 * Issue 14 point 7 in a real Chromium: a manager subscribes with "Notify me" on a milestone,
 * another user moves that milestone through the API, and the bell and the inbox show it.
 */
browserJourney('notifications in the web application', ({ journey, post }) => {
  journey(
    'subscribes on a milestone, sees another user’s transition arrive in the bell and the inbox',
    async ({ page, stack }) => {
      const admin = await stack.t.adminToken();
      const doc = await post('/api/v1/documents', admin, {
        title: 'Agreement on the Middle Corridor',
        type: 'agreement',
        countries: ['AZ', 'KZ'],
        classification: 'public',
      });
      const owner = await post('/api/v1/institutions', admin, {
        name: 'Ministry of Transport',
        country: 'AZ',
        kind: 'ministry',
      });
      const milestone = await post('/api/v1/milestones', admin, {
        title: 'Unified transit tariff',
        documentId: doc.id,
        sector: 'transport',
        ownerInstitutionIds: [owner.id],
        dueOn: '2027-06-30',
      });

      await signIn(stack, page, await stack.user('manager'), `/milestones/${milestone.id}`);
      await page.getByRole('heading', { name: 'Unified transit tariff', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Notifications: 0 unread' }).waitFor();
      await page.getByRole('button', { name: 'Notify me' }).click();
      await page.getByRole('menuitem', { name: 'In Pacta (inbox)' }).click();
      await page.getByRole('button', { name: 'Subscribed (inbox)' }).waitFor();
      // "Notify me" on a milestone is about that milestone, not every milestone of its document.
      const [subscription] = await stack.t.db.query(
        `SELECT filter FROM subscriptions WHERE channel = 'inbox' ORDER BY created_at DESC LIMIT 1`,
      );
      expect(subscription.filter).toEqual({ milestoneId: milestone.id });
      await checkScreen(page, 'notify-me-milestone');

      // User B (another manager) moves the milestone; the delivery worker puts it in A's inbox.
      const other = await stack.t.token(['manager'], 'restricted');
      await post(`/api/v1/milestones/${milestone.id}/transitions`, other, { to: 'in_progress' });
      // Run the delivery worker now rather than wait for its poll.
      const worker = stack.t.app.get(NotificationWorker);
      await worker.drain();
      await worker.drain();
      // The bell polls every 30 s and on focus: a focus event asks now, as a user coming back would.
      await page.evaluate(() => (globalThis as any).dispatchEvent(new Event('focus')));
      await page.getByRole('button', { name: 'Notifications: 1 unread' }).waitFor();
      await page.getByTestId('notification-bell').click();
      const item = page
        .getByTestId('notification-list')
        .getByRole('link', { name: 'Unified transit tariff' });
      await item.waitFor();
      await expect(page.getByTestId('notification-list').textContent()).resolves.toContain(
        'Milestone status changed',
      );
      await checkScreen(page, 'inbox');
      await page.getByRole('button', { name: 'Mark all read' }).click();
      await page.getByRole('button', { name: 'Notifications: 0 unread' }).waitFor();

      await page.goto(`${stack.baseUrl}/profile`);
      await page.getByRole('heading', { name: 'My subscriptions' }).waitFor();
      await page.getByTestId('subscriptions').getByText('Milestone status changed').waitFor();
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByText('Paused').waitFor();
      await checkScreen(page, 'profile-subscriptions');
    },
  );

  journey(
    'lets an admin create a webhook, see its secret once, rotate it and open the delivery log',
    async ({ page, stack }) => {
      await signIn(stack, page, 'admin@test.local', '/webhooks');
      await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
      await page.getByLabel('Target URL (https)').fill('https://erp.example.org/hooks/pacta');
      await page.getByRole('button', { name: 'Create' }).click();
      const secret = page.getByTestId('webhook-secret');
      await secret.waitFor();
      const first = await secret.textContent();
      expect(first).toMatch(/whsec_[A-Za-z0-9+/=]+/);
      await checkScreen(page, 'webhooks-secret');
      await page.getByRole('button', { name: 'Rotate secret' }).click();
      await page.waitForFunction(
        (before) =>
          (globalThis as any).document.querySelector('[data-testid="webhook-secret"]')?.textContent !==
          before,
        first,
      );
      await page.getByRole('button', { name: 'Delivery log' }).click();
      await page.getByText('Nothing delivered yet.').waitFor();
      await checkScreen(page, 'webhooks-log');
    },
  );
});
