// Any corpus, end to end (issue 17): the release bundle built over the seeds
// plus tests/anycorpus/ (a saved web page, a PDF, a Markdown table, two
// interviews, a signed notice). Every new document is in the overview with
// the title and date its fixture states; interview turns carry speakers in
// the reader; table cells are figures dated by their year column. The
// expected values are what each fixture file says of itself (its headline,
// its publication line), as in crates/corpus/tests/anycorpus.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST_ANYCORPUS, launch, openExplorer } from './harness.mjs';
import { serveDir } from './serve.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serveDir(DIST_ANYCORPUS, '/');
});
after(async () => {
  await server?.close();
  await browser?.close();
});

const FIXTURES = [
  ['a1_office_news_page', 'Provincial office opens patent fast-track centre', '2024-06-18'],
  ['a2_agency_report', 'Patent Agency Development in the Harbour Region', '2024-02-27'],
  ['a3_indicators_table', 'Patent and trademark indicators, 2021 to 2023', '2024-01-15'],
  ['a4_interview_qa', 'Helping small firms turn patents into loans', '2024-05-20'],
  ['a5_interview_named', 'Judges on faster trademark trials', '2024-03-04'],
  ['a6_signed_notice', 'Notice on the Pilot Program of Patent Open Licensing', '2024-04-26'],
];

test('every new document is in the overview with its own title and publication date', async () => {
  const { page, errors } = await openExplorer(browser, server.url);
  const list = page.locator('[data-testid="document-list"]');
  await list.locator('li').first().waitFor();
  for (const [id, title, date] of FIXTURES) {
    const item = list.locator(`li[data-doc="${id}"]`);
    assert.equal(await item.count(), 1, `${id} is listed`);
    assert.equal((await item.locator('.document-title').textContent()).trim(), title);
    assert.equal(await item.locator('.date').textContent(), date);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('an interview opens in the reader with its speakers, and a table gives dated figures', async () => {
  const { page, errors } = await openExplorer(browser, `${server.url}?read=a4_interview_qa`);
  const reader = page.locator('[data-testid="reader"]');
  await reader.waitFor();
  const speakers = await reader.locator('.speaker').allTextContents();
  assert.ok(speakers.some((s) => s.includes('Chen Hong')), speakers.join(' | '));

  const figures = await page.evaluate(() =>
    window.ipExplorer.facts({ doc: 'a3_indicators_table' }).map((f) => [f.measure, f.value, f.date]),
  );
  const pledge = figures.filter(([measure]) => /pledge financing/i.test(measure));
  assert.deepEqual(
    pledge.map(([, value, date]) => [value, date]).sort(),
    [[4.6e9, '2021'], [5.9e9, '2022'], [7.3e9, '2023']],
    JSON.stringify(figures),
  );
  assert.deepEqual(errors, []);
  await page.close();
});
