// A plain question gets an answer card above the results: the figure that the
// JS API ranks first, what it counts, as of when and of which kind, its
// series, how many passages state it, and a link that opens the reader at the
// passage it comes from. The questions are the judged set's seed rows
// (tests/answers/judged.tsv), so the page is checked against the same
// expectations as the native harness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openExplorer, sharedBrowserAndServer } from './harness.mjs';

const ctx = sharedBrowserAndServer('/');

/** The judged seed questions: {question, value, kind}. */
const JUDGED = readFileSync(join(ROOT, 'tests/answers/judged.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('seeds\t'))
  .map((line) => {
    const [, , question, value, , , kind] = line.split('\t');
    return { question, value: Number(value), kind };
  });

const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

test('the card shows the API’s first answer, and its source opens the reader there', async () => {
  const { question, value } = JUDGED[0];
  const url = `${ctx.server.url}?q=${encodeURIComponent(question)}`;
  const { page, errors } = await openExplorer(ctx.browser, url);
  const answers = await page.evaluate((q) => window.ipExplorer.search(q).answers, question);
  assert.ok(answers.length > 0, `an answer to “${question}”`);
  const best = answers[0];
  assert.ok(close(best.value, value), `judged ${value}, API first ${best.value}`);

  const card = page.locator('[data-testid="answer-card"]');
  await card.waitFor();
  assert.equal(Number(await card.locator('[data-testid="answer-value"]').getAttribute('value')), best.value);
  assert.equal(await card.locator('[data-testid="answer-kind"]').textContent(), best.kind);
  assert.equal(await card.locator('[data-testid="answer-measure"]').textContent(), best.measure);
  if (best.date) {
    assert.ok((await card.locator('.answer-date').textContent()).length > 0);
  }
  // The series: this figure and the measure's others, the current one marked.
  const steps = card.locator('[data-testid="answer-series"] li');
  assert.equal(await steps.count(), best.series.length ? best.series.length + 1 : 0);
  if (best.series.length) {
    assert.equal(await card.locator('[data-testid="answer-series"] li[aria-current="true"]').count(), 1);
  }
  // Stated in N passages, listed on request.
  const stated = card.locator('[data-testid="answer-stated"]');
  assert.match(await stated.textContent(), new RegExp(`^Stated in ${best.sources.length} passages?$`));
  await stated.click();
  assert.equal(await stated.getAttribute('aria-expanded'), 'true');
  assert.equal(await card.locator('[data-testid="answer-source-item"]').count(), best.sources.length);

  // The source link opens the reader at the first source's passage.
  const source = best.sources[0];
  await card.locator('[data-testid="answer-source"]').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('passage'));
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('read'), source.doc);
  assert.equal(params.get('passage'), source.passage);
  const target = page.locator('.passage.target');
  await target.waitFor();
  assert.equal(await target.getAttribute('data-passage'), source.passage);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an answer from another period than the one asked says so, and one of the asked period does not', async () => {
  // The seeds state no figure of IP professionals for 2019, and one for 2020.
  for (const [year, outside] of [['2019', '2019'], ['2020', undefined]]) {
    const question = `How many IP professionals were there in ${year}?`;
    const { page, errors } = await openExplorer(ctx.browser, `${ctx.server.url}?q=${encodeURIComponent(question)}`);
    const best = await page.evaluate((q) => window.ipExplorer.search(q).answers[0], question);
    assert.ok(best, `an answer to “${question}”`);
    assert.equal(best.outside, outside, question);
    const card = page.locator('[data-testid="answer-card"]');
    await card.waitFor();
    const note = card.locator('[data-testid="answer-outside"]');
    if (outside) assert.match(await note.textContent(), new RegExp(`No figure was found for ${outside};`));
    else assert.equal(await note.count(), 0, question);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('typed questions show the figure the judged set expects', async () => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  const input = page.locator('[data-testid="search-input"]');
  let right = 0;
  const misses = [];
  for (const { question, value } of JUDGED) {
    await input.fill('');
    await input.pressSequentially(question, { delay: 2 });
    const expected = await page.evaluate((q) => window.ipExplorer.search(q).answers[0]?.value ?? null, question);
    // The card follows the settled view: it shows the API's first answer or nothing.
    await page.waitForFunction(
      ([want]) => {
        const shown = document.querySelector('[data-testid="answer-value"]')?.getAttribute('value');
        return want === null ? !shown : shown !== undefined && Number(shown) === want;
      },
      [expected],
    );
    if (expected !== null && close(expected, value)) right += 1;
    else misses.push(`${question} → ${expected}`);
  }
  console.log(`page answered at rank 1: ${right}/${JUDGED.length}`);
  // The page shows what the API answers; how often that is right is the
  // native harness's figure, which this only keeps from falling apart.
  assert.ok(right * 2 >= JUDGED.length, `half the judged questions at least: ${misses.join('; ')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a phone shows the card above the results without overflow', async () => {
  const { question } = JUDGED[0];
  const { page } = await openExplorer(
    ctx.browser,
    `${ctx.server.url}?q=${encodeURIComponent(question)}`,
    { width: 390, height: 844 },
  );
  const card = page.locator('[data-testid="answer-card"]');
  await card.waitFor();
  const box = await card.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  await page.close();
});
