import { expect, graph, panel, test } from './fixtures';

// The built index.html carries a strict Content-Security-Policy (scripts/csp-plugin.ts). These
// tests use the app as a person would, under that policy, and watch for any violation.
test.beforeEach(async ({ page }) => {
  // Init scripts come from the test harness, not the page, so the policy does not block them.
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the page declares a strict policy: own origin only, no inline script, no eval', async ({
  page,
}) => {
  await page.goto('./');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(policy).not.toMatch(/unsafe-|https?:|\*/);
});

for (const url of ['./', './?select=kazakhstan,russia&theme=dark', './?embed&select=china']) {
  test(`the app works under the policy with no console error: ${url}`, async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(url);
    // On its disc: the middle of the button's box may fall between the node and its label.
    await graph(page)
      .getByRole('button', { name: 'Russia', exact: true })
      .locator('.node-shape')
      .click();
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Russia');
    await graph(page)
      .getByRole('button', { name: /Kazakhstan – China/ })
      .press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan – China');
    await graph(page).getByRole('button', { name: 'Zoom in' }).click();
    await page.keyboard.press('Escape');
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
}

test('the policy really applies: inline script and inline handlers are refused', async ({
  page,
}) => {
  await page.goto('./');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  const outcome = await page.evaluate(() => {
    const w = window as unknown as { injected?: boolean; handled?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    const b = document.createElement('button');
    b.setAttribute('onclick', 'window.handled = true');
    document.body.append(b);
    b.click();
    b.remove();
    return { inline: w.injected === true, handler: w.handled === true };
  });
  expect(outcome).toEqual({ inline: false, handler: false });
  const directives = (await violations(page)).map((v) => v.split(' ')[0]);
  expect(directives).toContain('script-src-elem');
  expect(directives).toContain('script-src-attr');
});

test('exporting SVG and PNG under the policy logs no violation and no console error', async ({
  page,
  consoleErrors,
}) => {
  // The copy's styles were set as style="" attributes, which the policy refuses: ~200
  // violations and console errors per export.
  await page.goto('./?select=kazakhstan,russia');
  await expect(graph(page).getByRole('button', { name: 'Kazakhstan', exact: true })).toBeVisible();
  for (const name of ['Export SVG', 'Export PNG']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    await download;
  }
  await expect(page.getByText('The PNG file has been downloaded.')).toBeAttached();
  expect(await violations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
