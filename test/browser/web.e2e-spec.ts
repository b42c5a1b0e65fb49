import { checkScreen, signIn } from './support/browser-stack';
import { browserJourney } from './support/journey';

/**
 * The web application in a real Chromium against the real server and database: each role does
 * its main job end to end, by role and label as a screen reader would; axe-core on every screen.
 */
browserJourney('web application', ({ journey, post, pick }) => {
  journey('signs in, lists the documents and opens one', async ({ page, stack }) => {
    const editor = await stack.t.token('editor');
    const doc = await post('/api/v1/documents', editor, {
      title: 'Memorandum on oil transit',
      type: 'memorandum_of_understanding',
      countries: ['AZ', 'KZ'],
      classification: 'public',
    });
    await page.goto(`${stack.baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Pacta' }).waitFor();
    await checkScreen(page, 'sign-in');
    await page.getByLabel('Email').fill(await stack.user('viewer', 'public'));
    await page.getByRole('textbox', { name: 'Password' }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'The email or password is not right.',
    );

    await signIn(stack, page, await stack.user('viewer', 'public'));
    await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.tagName)).resolves.toBe(
      'H1',
    );
    await page.getByRole('link', { name: 'Memorandum on oil transit' }).waitFor();
    await checkScreen(page, 'documents');

    await page.getByRole('link', { name: 'Memorandum on oil transit' }).click();
    await page.getByRole('heading', { name: 'Memorandum on oil transit', level: 1 }).waitFor();
    expect(page.url()).toBe(`${stack.baseUrl}/documents/${doc.id}`);
    await expect(page.getByText('Your role cannot change the status.').isVisible()).resolves.toBe(true);
    await checkScreen(page, 'document');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Pacta' }).waitFor();
  });

  journey(
    'an editor logs a summit, drafts a memorandum, adds signatories of both countries and signs it',
    async ({ page, stack }) => {
      const admin = await stack.t.adminToken();
      await post('/api/v1/institutions', admin, {
        name: 'Ministry of Energy of Azerbaijan',
        country: 'AZ',
        kind: 'ministry',
      });
      await post('/api/v1/institutions', admin, {
        name: 'Ministry of Energy of Kazakhstan',
        country: 'KZ',
        kind: 'ministry',
      });
      await signIn(stack, page, await stack.user('editor'));
      await checkScreen(page, 'home-editor');

      await page.getByRole('navigation').getByRole('link', { name: 'Summits' }).click();
      await page.getByRole('link', { name: 'Log a summit' }).click();
      await page.getByRole('heading', { name: 'Log a summit', level: 1 }).waitFor();
      await page.getByRole('textbox', { name: 'Title' }).fill('Official visit to Astana');
      await pick('Kind', 'Official visit');
      await pick('Host country', 'Kazakhstan', 'Kazakh');
      await page.getByRole('textbox', { name: 'Location' }).fill('Astana');
      await pick('Participating countries', 'Azerbaijan', 'Azerb');
      await pick('Participating countries', 'Kazakhstan', 'Kazakh');
      await page.getByLabel('Starts on').fill('2026-04-10');
      await checkScreen(page, 'summit-form');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Official visit to Astana', level: 1 }).waitFor();
      await checkScreen(page, 'summit');

      await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
      await page.getByRole('link', { name: 'New document' }).click();
      await page.getByRole('textbox', { name: 'Title' }).fill('Memorandum on the Middle Corridor');
      await pick('Type', 'Memorandum of understanding');
      await pick('Parties', 'Azerbaijan', 'Azerb');
      await pick('Parties', 'Kazakhstan', 'Kazakh');
      await pick('Summit', 'Official visit to Astana (10 Apr 2026)', 'Astana');
      await page.getByLabel('Signed on').fill('2026-04-10');
      await page.getByRole('textbox', { name: 'Place of signing' }).fill('Astana');
      await checkScreen(page, 'document-form');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Memorandum on the Middle Corridor', level: 1 }).waitFor();

      await page.getByRole('tab', { name: /Signatories/ }).click();
      for (const [institution, signer] of [
        ['Ministry of Energy of Azerbaijan (Azerbaijan)', 'Parviz Shahbazov'],
        ['Ministry of Energy of Kazakhstan (Kazakhstan)', 'Almasadam Satkaliyev'],
      ]) {
        await pick('Institution', institution, institution.slice(0, 12));
        await page.getByRole('textbox', { name: 'Signed by' }).fill(signer);
        await page.getByRole('textbox', { name: 'Title of the signer' }).fill('Minister of Energy');
        await page.getByRole('button', { name: 'Add signatory' }).click();
        await page.getByRole('cell', { name: signer, exact: true }).waitFor();
      }
      await expect(page.getByRole('table', { name: 'Azerbaijan' }).textContent()).resolves.toContain(
        'Parviz Shahbazov',
      );
      await expect(page.getByRole('table', { name: 'Kazakhstan' }).textContent()).resolves.toContain(
        'Almasadam Satkaliyev',
      );
      await checkScreen(page, 'document-signatories');

      await page.getByRole('button', { name: 'Move to “Signed”' }).click();
      const dialog = page.getByRole('dialog', { name: 'Change the status to “Signed”' });
      await dialog.waitFor();
      await checkScreen(page, 'transition-dialog');
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Move to “In force”' }).waitFor();
      await expect(page.getByText('Signed', { exact: true }).first().isVisible()).resolves.toBe(true);
      await page.getByRole('tab', { name: 'Status history' }).click();
      await page.getByRole('cell', { name: 'Signed', exact: true }).waitFor();
      await page.getByRole('tab', { name: 'Changes' }).click();
      await page.getByText('Signatory added').first().waitFor();
      await checkScreen(page, 'document-changes');
    },
  );

  journey('a manager reports progress and sees the dashboard change', async ({ page, stack }) => {
    const admin = await stack.t.adminToken();
    const doc = await post('/api/v1/documents', admin, {
      title: 'Agreement on oil transit',
      type: 'agreement',
      countries: ['AZ', 'KZ'],
      classification: 'public',
    });
    const owner = await post('/api/v1/institutions', admin, {
      name: 'KazMunayGas',
      country: 'KZ',
      kind: 'state_company',
    });
    const milestone = await post('/api/v1/milestones', admin, {
      title: 'Trade turnover of 1 billion USD',
      documentId: doc.id,
      sector: 'trade',
      ownerInstitutionIds: [owner.id],
      dueOn: '2026-01-31',
      indicator: {
        name: 'Bilateral trade turnover',
        unit: 'M USD',
        baseline: '0',
        baselineOn: '2025-01-01',
        target: '1000',
      },
    });
    await signIn(stack, page, await stack.user('manager'));
    await page.getByRole('heading', { name: 'Overdue milestones' }).waitFor();
    await checkScreen(page, 'home-manager');

    await page.getByRole('navigation').getByRole('link', { name: 'Milestones' }).click();
    await page.getByRole('heading', { name: 'Overdue (1)' }).waitFor();
    await expect(page.getByRole('table', { name: 'Overdue (1)' }).textContent()).resolves.toMatch(
      /\d+ days late/,
    );
    await checkScreen(page, 'dashboard-before');

    await page.getByRole('link', { name: 'Trade turnover of 1 billion USD' }).first().click();
    await page.getByRole('heading', { name: 'Trade turnover of 1 billion USD', level: 1 }).waitFor();
    expect(page.url()).toBe(`${stack.baseUrl}/milestones/${milestone.id}`);
    await page.getByRole('textbox', { name: 'As of' }).fill('2026-06-30');
    await page.getByRole('textbox', { name: 'Value (M USD)' }).fill('529.4');
    await page
      .getByRole('textbox', { name: 'Note (with the source)' })
      .fill('State statistics, first half of 2026');
    await page.getByRole('button', { name: 'Report progress' }).click();
    await page.getByText('Progress reported.').waitFor();
    await page.getByText('52.9 %, 529.4 of 1,000 M USD').waitFor();
    await expect(page.getByRole('table', { name: 'Reported progress' }).textContent()).resolves.toContain(
      'State statistics, first half of 2026',
    );
    await checkScreen(page, 'milestone');

    for (const status of ['In progress', 'Completed']) {
      await page.getByRole('button', { name: `Move to “${status}”` }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.getByRole('button', { name: 'Move to “In progress”' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Milestones' }).click();
    await page.getByRole('heading', { name: 'Overdue (0)' }).waitFor();
    await checkScreen(page, 'dashboard-after');
  });

  journey(
    'an auditor finds the change in the audit log and sees the chain verified',
    async ({ page, stack }) => {
      await signIn(stack, page, await stack.user('auditor'));
      await page
        .getByText(/Chain verified: \d+ events/)
        .first()
        .waitFor();
      await checkScreen(page, 'home-auditor');
      await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
      await page.getByText(/Chain verified: \d+ events/).waitFor();
      await pick('Entity', 'Milestone');
      await pick('Action', 'Progress reported');
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await page.waitForURL(/entityType=milestone/);
      const events = page.getByRole('table', { name: 'Audit events' });
      // The URL changes before the filtered page replaces the unfiltered one.
      await page.waitForFunction(
        () =>
          (globalThis as any).document.querySelectorAll('table[aria-label="Audit events"] tbody tr')
            .length === 1,
      );
      await events.getByRole('cell', { name: 'manager.confidential@test.local' }).waitFor();
      await expect(events.getByRole('row').count()).resolves.toBe(2);
      await events.getByRole('button', { name: /fields/ }).click();
      await events.getByRole('cell', { name: '529.4', exact: true }).waitFor();
      await checkScreen(page, 'audit');
    },
  );

  journey(
    "a viewer below a document's classification gets the not-found page by its link",
    async ({ page, stack }) => {
      const admin = await stack.t.adminToken();
      const secret = await post('/api/v1/documents', admin, {
        title: 'Confidential protocol',
        type: 'protocol',
        countries: ['AZ', 'KZ'],
        classification: 'confidential',
      });
      await signIn(stack, page, await stack.user('viewer', 'public'), `/documents/${secret.id}`);
      await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
      expect(page.url()).toBe(`${stack.baseUrl}/documents/${secret.id}`);
      await expect(page.getByText('Confidential protocol').count()).resolves.toBe(0);
      await checkScreen(page, 'not-found');
      await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
      await page.getByRole('link', { name: 'Memorandum on oil transit' }).waitFor();
      await expect(page.getByRole('link', { name: 'Confidential protocol' }).count()).resolves.toBe(0);
    },
  );

  journey(
    'an admin creates a user, browses summits and institutions, and switches the language',
    async ({ page, stack }) => {
      await signIn(stack, page, 'admin@test.local');
      await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
      await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
      await page.getByRole('button', { name: 'New user' }).click();
      const dialog = page.getByRole('dialog', { name: 'New user' });
      await dialog.getByRole('textbox', { name: 'Email' }).fill('treaty.officer@test.local');
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Treaty Officer');
      await dialog.getByRole('textbox', { name: 'Password' }).fill('a-long-enough-password-123');
      await pick('Roles', 'Editor', 'Edit');
      await checkScreen(page, 'user-form');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('cell', { name: 'treaty.officer@test.local' }).waitFor();
      await checkScreen(page, 'users');

      await page.getByRole('navigation').getByRole('link', { name: 'Summits' }).click();
      await page.getByRole('link', { name: 'Official visit to Astana' }).waitFor();
      await checkScreen(page, 'summits');
      await page.getByRole('navigation').getByRole('link', { name: 'Institutions' }).click();
      await page.getByRole('heading', { name: 'Kazakhstan', level: 2 }).waitFor();
      await checkScreen(page, 'institutions');
      await page.getByRole('link', { name: 'KazMunayGas' }).click();
      await page.getByRole('heading', { name: 'KazMunayGas', level: 1 }).waitFor();
      await checkScreen(page, 'institution');

      await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
      await page.getByRole('heading', { name: 'KazMunayGas', level: 1 }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Документы' }).click();
      await page.getByRole('heading', { name: 'Документы', level: 1 }).waitFor();
      await expect(page.evaluate(() => (globalThis as any).document.documentElement.lang)).resolves.toBe(
        'ru',
      );
      await expect(
        page.evaluate(() => (globalThis as any).localStorage.getItem('pacta.language')),
      ).resolves.toBe('ru');
      await page.getByRole('cell', { name: 'Азербайджан, Казахстан' }).first().waitFor();
      await checkScreen(page, 'documents-ru');
    },
  );
});
