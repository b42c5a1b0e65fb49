import type { Page } from 'playwright-core';
import { checkScreen, signIn } from './support/browser-stack';
import { browserJourney } from './support/journey';

/**
 * What the web application decides from the server and from versions: the actions a user sees
 * come from `me.permissions`; a stale save (412) shows the user's edits against the current
 * version and re-applies them; the document page compares two instants side by side; list
 * filters live in the URL.
 */

/** Waits for the next whole second and answers it as a datetime-local value (the browser runs in UTC). */
async function nextSecond(): Promise<string> {
  const now = Date.now();
  const next = Math.floor(now / 1000) * 1000 + 1000;
  await new Promise((ok) => setTimeout(ok, next - now + 50));
  return new Date(next).toISOString().slice(0, 19);
}

/** Rewrites `GET /auth/me` in this page: the server's answer with its permissions changed. */
async function withPermissions(page: Page, change: (permissions: string[]) => string[]): Promise<void> {
  await page.route('**/api/v1/auth/me', async (route) => {
    const response = await route.fetch();
    const me = await response.json();
    await route.fulfill({ response, json: { ...me, permissions: change(me.permissions) } });
  });
}

browserJourney(
  'web application: permissions, stale versions, comparisons, filters',
  ({ journey, post, pick }) => {
    journey('shows the actions me.permissions allows, whatever the roles would', async ({ page, stack }) => {
      const editor = await stack.t.token('editor');
      const doc = await post('/api/v1/documents', editor, {
        title: 'Memorandum on digital connectivity',
        type: 'memorandum_of_understanding',
        countries: ['AZ', 'KZ'],
      });
      // A viewer whom the server grants the audit log sees it; nothing else changes.
      await withPermissions(page, (p) => [...p, 'audit.read']);
      await signIn(stack, page, await stack.user('viewer', 'public'));
      const nav = page.getByRole('navigation');
      await nav.getByRole('link', { name: 'Audit log' }).waitFor();
      await expect(nav.getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
      await expect(nav.getByRole('link', { name: 'Import' }).count()).resolves.toBe(0);
      // The link is shown; the server, which decides, still refuses the viewer the log itself.
      await nav.getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
      await page.getByText('Your role does not allow this.').first().waitFor();

      // An editor whose answer lacks registers.write is offered no writing action.
      const other = await stack.newPage();
      try {
        await withPermissions(other.page, (p) => p.filter((x) => x !== 'registers.write'));
        await signIn(stack, other.page, await stack.user('editor'), `/documents/${doc.id}`);
        await other.page
          .getByRole('heading', { name: 'Memorandum on digital connectivity', level: 1 })
          .waitFor();
        await other.page.getByText('Your role cannot change the status.').waitFor();
        await expect(other.page.getByRole('link', { name: 'Edit' }).count()).resolves.toBe(0);
        await other.page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
        await other.page.getByRole('link', { name: 'Memorandum on digital connectivity' }).waitFor();
        await expect(other.page.getByRole('link', { name: 'New document' }).count()).resolves.toBe(0);
        await other.page.getByRole('navigation').getByRole('link', { name: 'Import' }).click();
        await other.page.getByText('Your role cannot import records.').waitFor();
      } finally {
        await other.context.close();
      }
    });

    journey(
      'an editor who follows a link to the audit log or the users is told once that the role cannot open it',
      async ({ page, stack }) => {
        const requests: string[] = [];
        page.on('request', (r) => {
          if (/\/api\/v1\/(audit-events|users)/.test(r.url())) requests.push(r.url());
        });
        await signIn(stack, page, await stack.user('editor'), '/audit');
        await page.getByRole('heading', { name: 'Not available to your role', level: 1 }).waitFor();
        await page.getByText('Your role (Editor) cannot open this screen.', { exact: false }).waitFor();
        await expect(page.getByRole('button', { name: 'Export CSV' }).count()).resolves.toBe(0);
        await checkScreen(page, 'not-allowed');
        await page.goto(`${stack.baseUrl}/users`);
        await page.getByRole('heading', { name: 'Not available to your role', level: 1 }).waitFor();
        expect(requests).toEqual([]);
      },
    );

    journey(
      'two editors save the same document: the second sees yours / theirs and re-applies on the new version',
      async ({ page, stack }) => {
        const editor = await stack.t.token('editor');
        const doc = await post('/api/v1/documents', editor, {
          title: 'Memorandum on green energy',
          type: 'memorandum_of_understanding',
          countries: ['AZ', 'KZ'],
          placeOfSigning: 'Baku',
        });
        const first = await stack.newPage();
        try {
          await signIn(stack, first.page, await stack.user('editor'), `/documents/${doc.id}/edit`);
          await signIn(stack, page, await stack.user('editor', 'restricted'), `/documents/${doc.id}/edit`);
          for (const p of [first.page, page])
            await p.getByRole('heading', { name: /^Edit/, level: 1 }).waitFor();

          await first.page.getByRole('textbox', { name: 'Title' }).fill('Memorandum on renewable energy');
          await first.page.getByRole('textbox', { name: 'Place of signing' }).fill('Astana');
          await first.page.getByRole('button', { name: 'Save' }).click();
          await first.page
            .getByRole('heading', { name: 'Memorandum on renewable energy', level: 1 })
            .waitFor();
        } finally {
          await first.context.close();
        }

        await page.getByRole('textbox', { name: 'Title' }).fill('Memorandum on green hydrogen');
        await page.getByRole('textbox', { name: 'Reference number' }).fill('MoU-2026-7');
        await page.getByRole('button', { name: 'Save' }).click();
        const diff = page.getByRole('table', { name: 'Your edits against the current version' });
        await diff.waitFor();
        await expect(diff.getByRole('row', { name: /^Title/ }).textContent()).resolves.toBe(
          'TitleMemorandum on green hydrogenMemorandum on renewable energyChanged by both',
        );
        await expect(diff.getByRole('row', { name: /^Reference number/ }).textContent()).resolves.toBe(
          'Reference numberMoU-2026-7—Only you changed it',
        );
        await expect(diff.getByRole('row').count()).resolves.toBe(3);
        await page.getByText('Also changed meanwhile (their values are kept): Place of signing.').waitFor();
        await checkScreen(page, 'document-form-stale');

        await page.getByRole('button', { name: 'Keep my edits and save them on version 2' }).click();
        await page.getByRole('heading', { name: 'Memorandum on green hydrogen', level: 1 }).waitFor();
        const saved = await stack.t
          .http()
          .get(`/api/v1/documents/${doc.id}`)
          .set('Authorization', `Bearer ${editor}`);
        expect({
          version: saved.body.version,
          title: saved.body.title,
          referenceNumber: saved.body.referenceNumber,
          placeOfSigning: saved.body.placeOfSigning,
        }).toEqual({
          version: 3,
          title: 'Memorandum on green hydrogen',
          referenceNumber: 'MoU-2026-7',
          placeOfSigning: 'Astana',
        });
      },
    );

    journey(
      'a summit saved meanwhile: Reload drops the edits and shows the current version',
      async ({ page, stack }) => {
        const editor = await stack.t.token('editor');
        const summit = await post('/api/v1/summits', editor, {
          title: 'Intergovernmental commission in Aktau',
          kind: 'intergovernmental_commission',
          hostCountry: 'KZ',
          location: 'Aktau',
          countries: ['AZ', 'KZ'],
          startsOn: '2026-05-20',
          endsOn: '2026-05-20',
        });
        await signIn(stack, page, await stack.user('editor'), `/summits/${summit.id}/edit`);
        await page.getByRole('heading', { name: /^Edit/, level: 1 }).waitFor();
        const res = await stack.t
          .http()
          .patch(`/api/v1/summits/${summit.id}`)
          .set('Authorization', `Bearer ${editor}`)
          .set('If-Match', '"1"')
          .send({ location: 'Aktau, Caspian Hall' });
        expect(res.status).toBe(200);

        await page.getByRole('textbox', { name: 'Location' }).fill('Aktau port');
        await page.getByRole('button', { name: 'Save' }).click();
        const diff = page.getByRole('table', { name: 'Your edits against the current version' });
        await expect(diff.getByRole('row', { name: /^Location/ }).textContent()).resolves.toBe(
          'LocationAktau portAktau, Caspian HallChanged by both',
        );
        await page.getByRole('button', { name: 'Reload (drop my edits)' }).click();
        await diff.waitFor({ state: 'detached' });
        await expect(page.getByRole('textbox', { name: 'Location' }).inputValue()).resolves.toBe(
          'Aktau, Caspian Hall',
        );
        await page.getByRole('textbox', { name: 'Title' }).fill('Intergovernmental commission, 21st session');
        await page.getByRole('button', { name: 'Save' }).click();
        await page
          .getByRole('heading', { name: 'Intergovernmental commission, 21st session', level: 1 })
          .waitFor();
      },
    );

    journey(
      'an admin edits a user someone changed meanwhile: the diff hides the password, re-applying keeps both changes',
      async ({ page, stack }) => {
        const admin = await stack.t.adminToken();
        const user = await post('/api/v1/users', admin, {
          email: 'protocol.officer@test.local',
          displayName: 'Aigerim Sadykova',
          password: 'a-long-enough-password-123',
          roles: ['viewer'],
          clearance: 'public',
        });
        await signIn(stack, page, 'admin@test.local', '/users');
        await page.getByRole('cell', { name: 'protocol.officer@test.local' }).waitFor();
        const res = await stack.t
          .http()
          .patch(`/api/v1/users/${user.id}`)
          .set('Authorization', `Bearer ${admin}`)
          .set('If-Match', '"1"')
          .send({ displayName: 'Aigerim Sadykova (Protocol)' });
        expect(res.status).toBe(200);

        await page.getByRole('button', { name: 'Edit Aigerim Sadykova' }).click();
        const dialog = page.getByRole('dialog', { name: 'Edit user' });
        await dialog.getByRole('textbox', { name: 'Password' }).fill('another-long-password-456');
        await pick('Roles', 'Editor', 'Edit');
        await dialog.getByRole('button', { name: 'Save' }).click();
        const diff = dialog.getByRole('table', { name: 'Your edits against the current version' });
        await expect(diff.getByRole('row', { name: /^Password/ }).textContent()).resolves.toBe(
          'Password••••••••—Only you changed it',
        );
        await expect(diff.getByRole('row', { name: /^Roles/ }).textContent()).resolves.toBe(
          'RolesViewer, EditorViewerOnly you changed it',
        );
        await expect(diff.textContent()).resolves.not.toContain('another-long-password-456');
        await dialog.getByText('Also changed meanwhile (their values are kept): Name.').waitFor();
        await checkScreen(page, 'user-form-stale');
        await dialog.getByRole('button', { name: 'Keep my edits and save them on version 2' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByRole('cell', { name: 'Aigerim Sadykova (Protocol)', exact: true }).waitFor();
        const login = await stack.t
          .http()
          .post('/api/v1/auth/login')
          .send({ email: 'protocol.officer@test.local', password: 'another-long-password-456' });
        expect(login.status).toBe(200);
      },
    );

    journey(
      'compares the document at two instants side by side, the differences marked in words',
      async ({ page, stack }) => {
        const editor = await stack.t.token('editor');
        const doc = await post('/api/v1/documents', editor, {
          title: 'Roadmap on trade',
          type: 'roadmap',
          countries: ['AZ', 'KZ'],
          sectors: ['trade'],
        });
        const before = await nextSecond();
        const res = await stack.t
          .http()
          .patch(`/api/v1/documents/${doc.id}`)
          .set('Authorization', `Bearer ${editor}`)
          .set('If-Match', '"1"')
          .send({ title: 'Roadmap on trade and transit', sectors: ['trade', 'transport'] });
        expect(res.status).toBe(200);
        const after = await nextSecond();

        await signIn(stack, page, await stack.user('auditor'), `/documents/${doc.id}`);
        await page.getByRole('heading', { name: 'Roadmap on trade and transit', level: 1 }).waitFor();
        await page.getByLabel('Show as it stood at').fill(before);
        await page.getByLabel('Compare with').fill(after);
        await page.getByRole('button', { name: 'Show', exact: true }).click();
        await page.waitForURL(/compareWith=/);
        const comparison = page.getByRole('region', { name: /^As it stood at .* and at / });
        await comparison.getByText(/^Fields that differ: \d+$/).waitFor();
        await expect(comparison.getByRole('row', { name: /^Title/ }).textContent()).resolves.toBe(
          'TitleRoadmap on tradeRoadmap on trade and transit≠ Changed',
        );
        await expect(comparison.getByRole('row', { name: /^Sectors/ }).textContent()).resolves.toBe(
          'Sectorstradetrade, transport≠ Changed',
        );
        await expect(comparison.getByRole('row', { name: /^Type/ }).textContent()).resolves.toBe(
          'TypeRoadmapRoadmapSame',
        );
        await checkScreen(page, 'document-compare');

        // The address is the view: opened again, it shows the same comparison.
        await page.reload();
        await page
          .getByRole('region', { name: /^As it stood at .* and at / })
          .getByRole('row', { name: /^Title/ })
          .waitFor();
        await page.getByRole('button', { name: 'Close the comparison' }).click();
        await page.getByRole('region', { name: /^As it stood at .* and at / }).waitFor({ state: 'detached' });
        expect(page.url()).not.toContain('compareWith=');
      },
    );

    journey(
      'keeps the institutions filter in the URL, and shows an instant filter back in the form',
      async ({ page, stack }) => {
        const admin = await stack.t.adminToken();
        await post('/api/v1/institutions', admin, {
          name: 'Caspian Shipping Company',
          country: 'AZ',
          kind: 'state_company',
        });
        await post('/api/v1/institutions', admin, {
          name: 'Ministry of Digital Development',
          country: 'KZ',
          kind: 'ministry',
        });
        await signIn(stack, page, 'admin@test.local', '/institutions');
        await page.getByRole('link', { name: 'Ministry of Digital Development' }).waitFor();
        await pick('Kind', 'State company');
        await page.getByRole('button', { name: 'Apply filters' }).click();
        await page.waitForURL(/kind=state_company/);
        // The URL changes before the filtered page replaces the unfiltered one.
        await page
          .getByRole('link', { name: 'Ministry of Digital Development' })
          .waitFor({ state: 'detached' });
        await page.reload();
        await page.getByRole('link', { name: 'Caspian Shipping Company' }).waitFor();
        await expect(
          page.getByRole('link', { name: 'Ministry of Digital Development' }).count(),
        ).resolves.toBe(0);

        await page.goto(`${stack.baseUrl}/audit?from=2026-01-01T08:30:15.000Z`);
        await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
        await expect(page.getByLabel('From', { exact: true }).inputValue()).resolves.toBe(
          '2026-01-01T08:30:15',
        );
      },
    );
  },
);
