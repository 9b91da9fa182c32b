// The cross-engine smoke suite: each case opens a URL as a link would, uses the page as a person
// does (real pointer clicks at a point that hit-tests to the target, real key presses) and waits
// for what a person would see. Any uncaught error, console.error, CSP violation or failed
// request fails the case. Waits poll for a condition with a bounded time; none sleeps blindly.
import { READY_MS, STEP_MS, CASE_MS, Check, selectAndClear } from './smoke-steps.mjs';
import { withTimeout } from './drivers.mjs';

export const CASES = [
  [
    'the main view: an entity, a line and its passages, Escape',
    '/',
    async (c) => {
      await c.mapReady();
      await selectAndClear(c, 'Kazakhstan', 'Russia');
    },
  ],
  [
    "a relation's passages from a link",
    '/?select=kazakhstan,russia',
    async (c) => {
      await c.mapReady();
      await c.evidence('Kazakhstan – Russia');
      await c.key('Escape');
      await c.urlLacks('select=', 'Escape to close the evidence');
    },
  ],
  [
    'the table from a link, a row, then back to the map',
    '/?view=table',
    async (c) => {
      await c.until('the table of relations', ['table', null], (n) => n > 0, READY_MS);
      await c.mapAway('the table to take the map’s place');
      await c.click('button', 'Kazakhstan – Russia');
      await c.evidence('Kazakhstan – Russia', 'a table row to open its passages');
      await c.click('button', 'Table');
      await c.until('the Table button to close the table', ['table', null], (n) => n === 0);
      await c.mapReady('Russia', STEP_MS).catch((e) => {
        throw new Error(`closing the table did not bring the map back: ${e.message}`);
      });
      await c.click('entity', 'China');
      await c.heading('China', 'the map, back, to answer a click');
    },
  ],
  [
    'the toolbar’s Table replaces the map, and gives it back',
    '/',
    async (c) => {
      await c.mapReady();
      // Twice: the second time the table's stylesheet is already loaded, so nothing but the
      // change of state can restyle the workspace (WebKit once left the map beside the table).
      for (const time of ['first', 'second']) {
        await c.click('button', 'Table');
        await c.until(
          `the Table button to open the table (${time} time)`,
          ['table', null],
          (n) => n > 0,
        );
        await c.mapAway(`the table to take the map’s place, not squeezed beside it (${time} time)`);
        await c.click('button', 'Table');
        await c.until(
          `the Table button to close the table (${time} time)`,
          ['table', null],
          (n) => n === 0,
        );
        await c.mapReady('Russia', STEP_MS).catch((e) => {
          throw new Error(
            `closing the table (${time} time) did not bring the map back: ${e.message}`,
          );
        });
      }
    },
  ],
  [
    'the source view from a link, left with Escape',
    '/?source=regional-threats-essay',
    async (c) => {
      await c.until(
        'the source text with its passages marked',
        ['marks', null],
        (n) => n > 0,
        READY_MS,
      );
      await c.mapAway('the source view to cover the map, out of reach of pointer and Tab');
      await c.key('Escape');
      await c.urlLacks('source=', 'Escape to close the source view');
      await c.mapReady('Russia', STEP_MS).catch((e) => {
        throw new Error(`leaving the source view did not bring the map back: ${e.message}`);
      });
      await selectAndClear(c, 'Kazakhstan', 'Russia');
    },
  ],
  [
    'Sources from the toolbar, then “Back to the map”',
    '/',
    async (c) => {
      await c.mapReady();
      for (const time of ['first', 'second']) {
        await c.click('button', 'Sources');
        await c.until(
          `Sources to open a source text (${time} time)`,
          ['marks', null],
          (n) => n > 0,
        );
        await c.mapAway(
          `the source view to cover the map, out of reach of pointer and Tab (${time} time)`,
        );
        await c.click('button', 'Back to the map');
        await c.urlLacks('source=', `“Back to the map” to close the source view (${time} time)`);
        await c.mapReady('Russia', STEP_MS).catch((e) => {
          throw new Error(
            `“Back to the map” (${time} time) did not bring the map back: ${e.message}`,
          );
        });
      }
    },
  ],
  [
    'the embed',
    '/?embed&select=kazakhstan,russia',
    async (c) => {
      await c.mapReady();
      await c.evidence('Kazakhstan – Russia');
      if (!(await c.run('hasLink', 'Open full view'))) throw new Error('no “Open full view” link');
      await c.click('entity', 'China');
      await c.heading('China', 'clicking "China" in the embed');
    },
  ],
  [
    'the Russian interface',
    '/?lang=ru&select=kazakhstan,china',
    async (c) => {
      await c.mapReady('Россия');
      await c.evidence('Казахстан – Китай');
      if ((await c.run('lang')) !== 'ru') throw new Error('<html lang> is not "ru"');
      await selectAndClear(c, 'Казахстан', 'Россия');
    },
  ],
  [
    'presentation mode',
    '/?present=1',
    async (c) => {
      await c.mapReady();
      await c.urlHas('tour=', 'presentation mode to open the first tour');
      await c.until('the first step’s passages', ['evidence', null], (v) => v?.quotes > 0);
      // While presenting, Escape comes back to the step rather than dropping the class out of
      // the slides (docs/contract.md, Presenting).
      await c.key('Escape');
      await c.urlHas('tour=', 'Escape while presenting to keep the tour');
      await c.urlHas('present=1', 'Escape while presenting to keep presenting');
    },
  ],
];

/** Runs one case; returns null when it passes, else what went wrong. */
export async function runCase(eng, server, [, path, steps]) {
  const c = new Check(eng);
  const failedBefore = server.failed.length;
  const problems = [];
  try {
    await withTimeout(
      (async () => {
        await c.open(server.origin, path);
        await steps(c);
      })(),
      CASE_MS,
      'the whole case',
    );
  } catch (e) {
    problems.push(e.message.split('\n')[0]);
  }
  const probe = await c.run('errors').catch(() => []);
  if (probe === null) problems.push('the error probe is missing (did the page reload?)');
  const failed = server.failed.slice(failedBefore).filter((f) => f.engine === eng.name);
  const errors = new Set([...(probe ?? []), ...eng.driverErrors(), ...failed.map((f) => f.text)]);
  if (errors.size) problems.push(`errors in the page: ${[...errors].join(' / ')}`);
  return problems.length ? problems.join('; ') : null;
}
