import { readFileSync } from 'node:fs';
import { TextExtractionWorker } from '../../src/attachments/text-extraction.worker';
import { checkScreen, signIn, type BrowserStack } from './support/browser-stack';
import { browserJourney } from './support/journey';

/**
 * The screens of §11–§13 in a real Chromium against the real server: parties' consent and entry
 * into force, signed texts with their integrity, search across the registers, deadline rules and
 * translations. By role and label, as a screen reader would; axe-core on every screen.
 */

/** A one-page PDF whose text is "Memorandum on oil transit" (enough for type detection and extraction). */
function pdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 712 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

let admin: string;
const ids: Record<string, string> = {};

/** Two foreign ministries, through the API, for every journey of this file. */
async function setUp(stack: BrowserStack): Promise<void> {
  admin = await stack.t.adminToken();
  for (const [key, country, name] of [
    ['azMinistry', 'AZ', 'Ministry of Foreign Affairs of Azerbaijan'],
    ['kzMinistry', 'KZ', 'Ministry of Foreign Affairs of Kazakhstan'],
  ]) {
    const res = await stack.t
      .http()
      .post('/api/v1/institutions')
      .set('Authorization', `Bearer ${admin}`)
      .send({ name, country, kind: 'ministry' });
    ids[key] = res.body.id;
  }
}

browserJourney(
  'web application: consent, attachments, search, deadline rules',
  (j) => {
    const { journey, pick } = j;
    /** Set-up through the API, as the admin. */
    const post = (path: string, body: object, headers: Record<string, string> = {}) =>
      j.post(path, admin, body, headers);

    /** A colleague's edit of Kazakhstan's party record while the user has a dialog open (If-Match of the current version). */
    async function colleagueEditsKazakhstan(documentId: string, changes: object) {
      const party = await j.stack.t
        .http()
        .get(`/api/v1/documents/${documentId}/parties/KZ`)
        .set('Authorization', `Bearer ${admin}`);
      const patched = await j.stack.t
        .http()
        .patch(`/api/v1/documents/${documentId}/parties/KZ`)
        .set('Authorization', `Bearer ${admin}`)
        .set('If-Match', party.headers.etag)
        .send(changes);
      expect(patched.status).toBe(200);
      return patched.body as { version: number };
    }

    /** A signed bilateral agreement, through the API. */
    async function signedAgreement(title: string, extra: object = {}) {
      const doc = await post('/api/v1/documents', {
        title,
        type: 'agreement',
        countries: ['AZ', 'KZ'],
        signedOn: '2026-04-10',
        ...extra,
      });
      for (const institutionId of [ids.azMinistry, ids.kzMinistry])
        await post(`/api/v1/documents/${doc.id}/signatories`, {
          institutionId,
          signerName: institutionId === ids.azMinistry ? 'Jeyhun Bayramov' : 'Murat Nurtleu',
          signerTitle: 'Minister of Foreign Affairs',
        });
      const current = await j.stack.t
        .http()
        .get(`/api/v1/documents/${doc.id}`)
        .set('Authorization', `Bearer ${admin}`);
      return post(
        `/api/v1/documents/${doc.id}/transitions`,
        { to: 'signed' },
        { 'If-Match': current.headers.etag },
      );
    }

    /** A party's move through its dialog: the date fields by label, then Confirm. */
    async function partyMove(country: string, to: string, fields: Record<string, string>, screen?: string) {
      await j.page
        .getByRole('group', { name: `Actions for ${country}` })
        .getByRole('button', { name: `Move to “${to}”` })
        .click();
      const dialog = j.page.getByRole('dialog', { name: `Change the status to “${to}”` });
      await dialog.waitFor();
      for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label).fill(value);
      if (screen) {
        await j.page.waitForTimeout(400); // the dialog's fade-in
        await checkScreen(j.page, screen);
      }
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }

    journey(
      'an editor sets the entry-into-force rule, records both parties’ notifications and sees the date it enters into force',
      async ({ page, stack }) => {
        const doc = await signedAgreement('Agreement on international road transport');
        await signIn(stack, page, await stack.user('editor'), `/documents/${doc.id}/edit`);
        await page.getByRole('heading', { name: /^Edit/, level: 1 }).waitFor();
        await expect(page.getByRole('checkbox', { name: 'Legally binding' }).isChecked()).resolves.toBe(true);
        await pick('Authentic languages', 'Azerbaijani', 'Azer');
        await pick('Authentic languages', 'Kazakh', 'Kaz');
        await pick('Authentic languages', 'Russian', 'Rus');
        await pick('Entry-into-force rule', 'After the last notification');
        await page.getByLabel('Months after the last notification').fill('1');
        await page.getByLabel('Days after the last notification').fill('0');
        await checkScreen(page, 'document-form-consent');
        await page.getByRole('button', { name: 'Save' }).click();
        await page
          .getByRole('heading', { name: 'Agreement on international road transport', level: 1 })
          .waitFor();
        await page.getByText('Awaiting: Azerbaijan (ratification), Kazakhstan (ratification).').waitFor();

        await page.getByRole('tab', { name: 'Parties' }).click();
        const table = page.getByRole('table', { name: 'Parties' });
        await table.getByRole('rowheader', { name: 'Kazakhstan' }).waitFor();
        await checkScreen(page, 'document-parties');

        await partyMove('Azerbaijan', 'Notified', {
          'Note received on': '2026-05-04',
          'Note reference': 'No. 05-2/1234',
        });
        await page.getByText('Awaiting: Kazakhstan (ratification).').waitFor();
        await partyMove(
          'Kazakhstan',
          'Procedure completed',
          { 'Procedure completed on': '2026-06-01', 'Instrument (law, decree)': 'Law No. 123-VIII' },
          'party-transition-dialog',
        );
        await partyMove('Kazakhstan', 'Notified', {
          'Note received on': '2026-06-10',
          'Note sent on': '2026-06-08',
        });
        await page.getByText('Expected to enter into force on 10 Jul 2026.').waitFor();
        await expect(table.getByRole('row', { name: /Kazakhstan/ }).textContent()).resolves.toMatch(
          /Notified.*1 Jun 2026.*8 Jun 2026.*10 Jun 2026.*Law No\. 123-VIII/,
        );
        await checkScreen(page, 'document-parties-notified');

        await page.getByRole('button', { name: 'Move to “In force”' }).click();
        const dialog = page.getByRole('dialog', { name: 'Change the status to “In force”' });
        await dialog.getByRole('button', { name: 'Confirm' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.getByText('In force since 10 Jul 2026.').waitFor();
        await page.getByRole('tab', { name: 'Overview' }).click();
        await page.getByRole('cell', { name: '1 month after the last notification is received' }).waitFor();
        await checkScreen(page, 'document-in-force');
      },
    );

    journey(
      'an editor who saves a party someone changed meanwhile sees yours / theirs and reloads the current version',
      async ({ page, stack }) => {
        const doc = await signedAgreement('Agreement on the avoidance of double taxation');
        await signIn(stack, page, await stack.user('editor'), `/documents/${doc.id}`);
        await page.getByRole('tab', { name: 'Parties' }).click();
        await page.getByRole('button', { name: 'Edit Kazakhstan' }).click();
        const dialog = page.getByRole('dialog', { name: 'Edit Kazakhstan' });
        await dialog.getByRole('textbox', { name: 'Instrument (law, decree)' }).fill('Law No. 45-VIII');
        await dialog.getByRole('textbox', { name: 'Note reference' }).fill('No. 12/345');

        // Meanwhile a colleague records the procedure as approval, with another instrument.
        await colleagueEditsKazakhstan(doc.id, { procedure: 'approval', instrument: 'Decree No. 7' });

        await dialog.getByRole('button', { name: 'Save' }).click();
        const diff = dialog.getByRole('table', { name: 'Your edits against the current version' });
        await diff.waitFor();
        await expect(diff.getByRole('row', { name: /^Instrument/ }).textContent()).resolves.toBe(
          'Instrument (law, decree)Law No. 45-VIIIDecree No. 7Changed by both',
        );
        await expect(diff.getByRole('row', { name: /^Note reference/ }).textContent()).resolves.toBe(
          'Note referenceNo. 12/345—Only you changed it',
        );
        await dialog.getByText('Also changed meanwhile (their values are kept): Procedure.').waitFor();
        await page.waitForTimeout(400); // the dialog's fade-in
        await checkScreen(page, 'party-form-stale');

        await dialog.getByRole('button', { name: 'Reload (drop my edits)' }).click();
        await diff.waitFor({ state: 'detached' });
        await expect(
          dialog.getByRole('textbox', { name: 'Instrument (law, decree)' }).inputValue(),
        ).resolves.toBe('Decree No. 7');
        // Mantine's Select writes a new value's label into its input one effect after the form's
        // render (the text inputs change in the render itself): wait for it, at most 5 s.
        const procedure = dialog.getByRole('combobox', { name: 'Procedure' });
        await page
          .waitForFunction(
            (el) => (el as unknown as { value: string }).value === 'approval',
            await procedure.elementHandle(),
            {
              timeout: 5_000,
            },
          )
          .catch(() => undefined);
        await expect(procedure.inputValue()).resolves.toBe('approval');
        await expect(dialog.getByRole('textbox', { name: 'Note reference' }).inputValue()).resolves.toBe('');
        await dialog.getByRole('textbox', { name: 'Note reference' }).fill('No. 12/346');
        await dialog.getByRole('button', { name: 'Save' }).click();
        await dialog.waitFor({ state: 'hidden' });
        await expect(
          page
            .getByRole('table', { name: 'Parties' })
            .getByRole('row', { name: /Kazakhstan/ })
            .textContent(),
        ).resolves.toMatch(/approval.*Decree No\. 7 · No\. 12\/346/);
        const saved = await stack.t
          .http()
          .get(`/api/v1/documents/${doc.id}/parties/KZ`)
          .set('Authorization', `Bearer ${admin}`);
        expect([saved.body.version, saved.body.instrument, saved.body.noteReference]).toEqual([
          3,
          'Decree No. 7',
          'No. 12/346',
        ]);
      },
    );

    journey(
      'an editor whose party move meets a change made meanwhile sees where the party stands now and makes the move on the current version',
      async ({ page, stack }) => {
        const doc = await signedAgreement('Agreement on cultural cooperation');
        await signIn(stack, page, await stack.user('editor'), `/documents/${doc.id}`);
        await page.getByRole('tab', { name: 'Parties' }).click();
        await page
          .getByRole('group', { name: 'Actions for Kazakhstan' })
          .getByRole('button', { name: 'Move to “Procedure completed”' })
          .click();
        const dialog = page.getByRole('dialog', { name: 'Change the status to “Procedure completed”' });
        await dialog.getByLabel('Procedure completed on').fill('2026-06-01');

        // Meanwhile a colleague records the instrument: the party's version moves on, its status does not.
        const patched = await colleagueEditsKazakhstan(doc.id, { instrument: 'Law No. 9-VIII' });

        await dialog.getByRole('button', { name: 'Confirm' }).click();
        const alert = dialog.getByRole('alert');
        await alert.getByText(`It is now “Pending” (version ${patched.version}).`).waitFor();
        await alert.getByText('Moving it to “Procedure completed” is still possible.').waitFor();
        await page.waitForTimeout(400); // the dialog's fade-in
        await checkScreen(page, 'party-transition-stale');

        await alert
          .getByRole('button', {
            name: `Move it to “Procedure completed” on version ${patched.version}`,
          })
          .click();
        await dialog.waitFor({ state: 'hidden' });
        // the table shows the party once the document is read again after the move
        await page
          .getByRole('table', { name: 'Parties' })
          .getByRole('row', { name: /Kazakhstan.*Procedure completed.*1 Jun 2026.*Law No\. 9-VIII/ })
          .waitFor();
      },
    );

    journey(
      'an editor uploads a signed text by button and by drag and drop, downloads and verifies it, and finds it by a word of its text',
      async ({ page, stack }) => {
        const doc = await post('/api/v1/documents', {
          title: 'Memorandum on oil transit through the Caspian',
          type: 'memorandum_of_understanding',
          countries: ['AZ', 'KZ'],
        });
        await signIn(stack, page, await stack.user('editor'), `/documents/${doc.id}`);
        await page.getByRole('tab', { name: 'Files' }).click();
        await page.getByText('No files yet.').waitFor();
        await page.getByRole('textbox', { name: 'File title' }).fill('Signed original');
        const bytes = pdf('Memorandum on oil transit Kashagan');
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Choose a file' }).click();
        await (
          await chooser
        ).setFiles({ name: 'memorandum-signed.pdf', mimeType: 'application/pdf', buffer: bytes });
        await page.getByRole('heading', { name: 'Signed original', level: 3 }).waitFor();
        await page.getByText('File uploaded.').waitFor();

        // Drag and drop: a file the bytes say is not accepted, then a plain-text note.
        const drop = async (name: string, content: string) => {
          const transfer = await page.evaluateHandle(
            ({ name, content }) => {
              const scope = globalThis as any;
              const dt = new scope.DataTransfer();
              dt.items.add(new scope.File([content], name));
              return dt;
            },
            { name, content },
          );
          await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer: transfer });
        };
        await drop(
          'program.exe',
          'MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff',
        );
        await page.getByRole('alert').filter({ hasText: 'This kind of file is not accepted' }).waitFor();
        await pick('Kind', 'Note verbale');
        await page.getByRole('textbox', { name: 'File title' }).fill('Note on the exchange of instruments');
        await drop('note.txt', 'Note verbale No. 05-2/1234 on the exchange of instruments');
        await page.getByRole('heading', { name: 'Note on the exchange of instruments', level: 3 }).waitFor();

        const actions = page.getByRole('group', { name: 'Actions for Signed original' });
        const download = page.waitForEvent('download');
        await actions.getByRole('button', { name: 'Download' }).click();
        const file = await download;
        expect(file.suggestedFilename()).toBe('memorandum-signed.pdf');
        expect(readFileSync(await file.path())).toEqual(bytes);

        await actions.getByRole('button', { name: 'Verify integrity' }).click();
        await page.getByText(/Verified ✓ sha256 [0-9a-f]{10}… matches the bytes stored\./).waitFor();

        const chooser2 = page.waitForEvent('filechooser');
        await actions.getByRole('button', { name: 'Upload a new version' }).click();
        await (
          await chooser2
        ).setFiles({
          name: 'memorandum-signed-v2.pdf',
          mimeType: 'application/pdf',
          buffer: pdf('Corrected Kashagan schedule'),
        });
        await page
          .getByRole('table', { name: 'Versions of Signed original' })
          .getByRole('cell', { name: '2', exact: true })
          .waitFor();
        await checkScreen(page, 'document-attachments');

        // Found by a word of the PDF's text once the worker has extracted it (off the request's path).
        await stack.t.app.get(TextExtractionWorker).drain();
        const link = page.getByRole('link', { name: 'Memorandum on oil transit through the Caspian' });
        await page.getByRole('searchbox', { name: 'Search everything' }).fill('Kashagan');
        await page.getByRole('searchbox', { name: 'Search everything' }).press('Enter');
        await page.getByRole('heading', { name: 'Search: Kashagan', level: 1 }).waitFor();
        await link.click();
        await page
          .getByRole('heading', { name: 'Memorandum on oil transit through the Caspian', level: 1 })
          .waitFor();
      },
    );

    journey(
      'a user searches with a typo, sees the matches marked and opens the result; a low clearance finds nothing hidden',
      async ({ page, stack }) => {
        const summit = await post('/api/v1/summits', {
          title: 'State visit of President Tokayev to Azerbaijan',
          kind: 'state_visit',
          hostCountry: 'AZ',
          location: 'Baku',
          countries: ['AZ', 'KZ'],
          startsOn: '2026-08-22',
          endsOn: '2026-08-23',
          participants: [{ country: 'KZ', name: 'Kassym-Jomart Tokayev', title: 'President of Kazakhstan' }],
        });
        await post('/api/v1/documents', {
          title: 'Annex on Tengiz oil volumes',
          type: 'protocol',
          countries: ['AZ', 'KZ'],
          classification: 'confidential',
        });
        await signIn(stack, page, await stack.user('viewer', 'confidential'));
        const box = page.getByRole('searchbox', { name: 'Search everything' });
        // fill waits until the box can take input (sign-in may still be moving to the first page).
        await box.fill('Tokaev');
        await box.press('Enter');
        await page.getByRole('heading', { name: 'Search: Tokaev', level: 1 }).waitFor();
        const summits = page.getByRole('region', { name: /Summits \(\d+\)/ });
        await summits.getByRole('link', { name: 'State visit of President Tokayev to Azerbaijan' }).waitFor();
        await expect(page.locator('mark').count()).resolves.toBeGreaterThan(0);
        await checkScreen(page, 'search');
        await summits.getByRole('link', { name: 'State visit of President Tokayev to Azerbaijan' }).focus();
        await page.keyboard.press('Enter');
        await page
          .getByRole('heading', { name: 'State visit of President Tokayev to Azerbaijan', level: 1 })
          .waitFor();
        expect(page.url()).toBe(`${stack.baseUrl}/summits/${summit.id}`);

        await box.fill('Tengiz');
        await box.press('Enter');
        await page
          .getByRole('region', { name: /Documents \(1\)/ })
          .getByRole('link', { name: 'Annex on Tengiz oil volumes' })
          .waitFor();
        const low = await stack.newPage();
        try {
          await signIn(stack, low.page, await stack.user('viewer', 'public'), '/search?q=Tengiz');
          await low.page.getByText('Nothing found for “Tengiz”.').waitFor();
          await checkScreen(low.page, 'search-none');
        } finally {
          await low.context.close();
        }
      },
    );

    journey(
      'an editor creates a deadline rule; the milestone it makes links back to it',
      async ({ page, stack }) => {
        await signIn(stack, page, await stack.user('editor'));
        await page.getByRole('navigation').getByRole('link', { name: 'Deadline rules' }).click();
        await page.getByRole('heading', { name: 'Statutory deadline rules', level: 1 }).waitFor();
        await page.getByRole('button', { name: 'New rule' }).click();
        const dialog = page.getByRole('dialog', { name: 'New rule' });
        await dialog
          .getByRole('textbox', { name: 'Obligation' })
          .fill('Submit the agreement to the Milli Majlis for ratification');
        await dialog.getByLabel('Days after the trigger').fill('30');
        await pick('Party country', 'Azerbaijan', 'Azerb', true);
        await pick('Binding force', 'binding only', undefined, true);
        await dialog
          .getByRole('textbox', { name: 'Legal source' })
          .fill('Law on International Treaties, Article 12');
        await checkScreen(page, 'deadline-rule-form');
        await dialog.getByRole('button', { name: 'Save' }).click();
        await page
          .getByRole('heading', {
            name: 'Submit the agreement to the Milli Majlis for ratification',
            level: 1,
          })
          .waitFor();
        await page.getByRole('cell', { name: 'Azerbaijan · binding only' }).waitFor();
        await checkScreen(page, 'deadline-rule');
        await page.getByRole('navigation').getByRole('link', { name: 'Deadline rules' }).click();
        await page
          .getByRole('link', { name: 'Submit the agreement to the Milli Majlis for ratification' })
          .waitFor();
        await checkScreen(page, 'deadline-rules');

        const doc = await signedAgreement('Agreement on cooperation in customs matters');
        await page.goto(`${stack.baseUrl}/documents/${doc.id}`);
        await page.getByRole('tab', { name: 'Milestones' }).click();
        await page
          .getByRole('link', { name: 'Submit the agreement to the Milli Majlis for ratification' })
          .click();
        await page.getByRole('link', { name: 'Set by a statutory deadline rule' }).click();
        await page
          .getByRole('heading', {
            name: 'Submit the agreement to the Milli Majlis for ratification',
            level: 1,
          })
          .waitFor();
      },
    );

    journey(
      'titles in other languages: an editor translates a summit and an institution; Russian shows them',
      async ({ page, stack }) => {
        const summit = await post('/api/v1/summits', {
          title: 'Intergovernmental commission, 21st session',
          kind: 'intergovernmental_commission',
          hostCountry: 'KZ',
          location: 'Astana',
          countries: ['AZ', 'KZ'],
          startsOn: '2026-03-05',
          endsOn: '2026-03-05',
        });
        await signIn(stack, page, await stack.user('editor'), `/summits/${summit.id}`);
        await page.getByRole('link', { name: 'Edit' }).click();
        await page.getByRole('heading', { name: /^Edit: Intergovernmental commission/, level: 1 }).waitFor();
        await page.getByRole('button', { name: 'Add a translation' }).click();
        await pick('Language of the translation', 'Russian', 'Rus');
        await page
          .getByRole('textbox', { name: 'Title (Russian)' })
          .fill('Межправительственная комиссия, 21-е заседание');
        await checkScreen(page, 'summit-form-translations');
        await page.getByRole('button', { name: 'Save' }).click();
        await page
          .getByRole('heading', { name: 'Intergovernmental commission, 21st session', level: 1 })
          .waitFor();

        await page.getByRole('navigation').getByRole('link', { name: 'Institutions' }).click();
        await page.getByRole('link', { name: 'New institution' }).click();
        await page
          .getByRole('textbox', { name: 'Name', exact: true })
          .fill('Ministry of Transport of Kazakhstan');
        await pick('Country', 'Kazakhstan', 'Kazakh');
        await pick('Kind', 'Ministry');
        await page.getByRole('button', { name: 'Add a translation' }).click();
        await pick('Language of the translation', 'Kazakh', 'Kaz');
        await page
          .getByRole('textbox', { name: 'Name (Kazakh)', exact: true })
          .fill('Қазақстан Республикасы Көлік министрлігі');
        await checkScreen(page, 'institution-form');
        await page.getByRole('button', { name: 'Save' }).click();
        await page.getByRole('heading', { name: 'Ministry of Transport of Kazakhstan', level: 1 }).waitFor();
        await checkScreen(page, 'institution-edited');

        await page.getByRole('combobox', { name: 'Language' }).first().selectOption('kk');
        await page
          .getByRole('heading', { name: 'Қазақстан Республикасы Көлік министрлігі', level: 1 })
          .waitFor();
        await page.getByRole('combobox', { name: 'Тіл' }).first().selectOption('ru');
        await page.goto(`${stack.baseUrl}/summits/${summit.id}`);
        await page
          .getByRole('heading', { name: 'Межправительственная комиссия, 21-е заседание', level: 1 })
          .waitFor();
        await checkScreen(page, 'summit-ru');
      },
    );

    journey('a manager adds a milestone to a document', async ({ page, stack }) => {
      const doc = await post('/api/v1/documents', {
        title: 'Roadmap on the Middle Corridor',
        type: 'roadmap',
        countries: ['AZ', 'KZ'],
      });
      await signIn(stack, page, await stack.user('manager'), `/documents/${doc.id}`);
      await page.getByRole('tab', { name: 'Milestones' }).click();
      await page.getByRole('link', { name: 'New milestone' }).click();
      await page.getByRole('heading', { name: 'New milestone', level: 1 }).waitFor();
      await page.getByRole('textbox', { name: 'Milestone' }).fill('Container traffic of 100 000 TEU');
      await page.getByLabel('Due on').fill('2027-12-31');
      await pick(
        'Responsible institutions',
        'Ministry of Foreign Affairs of Kazakhstan (Kazakhstan)',
        'Kazakh',
      );
      await checkScreen(page, 'milestone-form');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('heading', { name: 'Container traffic of 100 000 TEU', level: 1 }).waitFor();
      await page.getByRole('link', { name: 'The document it implements' }).click();
      await page.getByRole('heading', { name: 'Roadmap on the Middle Corridor', level: 1 }).waitFor();
    });
  },
  { setUp },
);
