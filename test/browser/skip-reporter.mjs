// When the browser specs were part of the run but no Chromium was found, say so in one line at the end.
import { existsSync } from 'node:fs';

export default class BrowserSkipReporter {
  onRunComplete(_contexts, results) {
    const chromium = process.env.PACTA_CHROMIUM || '/usr/bin/chromium';
    const ran = results.testResults.some((r) => r.testFilePath.includes('/test/browser/'));
    if (ran && !existsSync(chromium)) {
      console.log(
        `Browser tests skipped: no Chromium at ${chromium}. Install it with \`apt-get install chromium\` (PACTA_REQUIRE_BROWSER=1 makes this a failure).`,
      );
    }
  }
}
