// The smoke suite's vocabulary: the time limits and Check, a case's steps as a person takes
// them (wait for, click, press, expect), each bounded in time, as smoke.mjs's cases use them.
import { sleep } from './drivers.mjs';
import { inPage } from './in-page.mjs';

export const READY_MS = 15_000; // the first view must be usable within this
export const STEP_MS = 6_000; // each interaction's effect must show within this
export const CASE_MS = 45_000; // hard cap for one case

export class Check {
  constructor(eng) {
    this.eng = eng;
  }
  run(op, a, b) {
    return this.eng.evaluate(inPage, op, a ?? null, b ?? null);
  }
  /** Polls `op` until `ok(value)`; fails with `what` and the last value seen. */
  async until(what, [op, a, b], ok = (v) => !!v, ms = STEP_MS) {
    const t0 = Date.now();
    let last;
    for (;;) {
      last = await this.run(op, a, b).catch((e) => `(${e.message})`);
      if (ok(last)) return last;
      if (Date.now() - t0 > ms) {
        const url = await this.run('url').catch(() => '?');
        throw new Error(
          `${what}, not within ${ms / 1000} s (saw ${JSON.stringify(last)}; url ${url || '/'})`,
        );
      }
      await sleep(120);
    }
  }
  async open(origin, path) {
    await this.eng.goto(origin + path);
  }
  /** Waits until the map stops moving (two equal readings), so a click lands where aimed. */
  async still() {
    let prev = null;
    for (const t0 = Date.now(); Date.now() - t0 < 4000; await sleep(150)) {
      const now = await this.run('layout');
      if (now === prev) return;
      prev = now;
    }
  }
  async click(kind, name) {
    if (kind === 'entity' || kind === 'line') await this.still();
    const p = await this.until(
      `${kind} "${name}" to be clickable`,
      ['point', kind, name],
      (v) => v?.x !== undefined,
      3000,
    ).catch(async () => {
      const v = await this.run('point', kind, name);
      throw new Error(v.why ?? `${kind} "${name}" cannot be clicked`);
    });
    await this.eng.clickAt(p.x, p.y);
  }
  key(k) {
    return this.eng.key(k);
  }
  async mapReady(name = 'Russia', ms = READY_MS) {
    const what = `the map to show "${name}", reachable by a pointer`;
    await this.until(what, ['mapUsable', name], undefined, ms).catch(async (e) => {
      throw new Error(
        `${e.message.split(' (saw')[0]}: "${name}" is ${await this.run('describeEntity', name)}`,
      );
    });
  }
  async mapAway(why, name = 'Russia') {
    await this.until(why, ['mapAway', name]).catch(async (e) => {
      throw new Error(
        `${e.message.split(' (saw')[0]}: "${name}" is ${await this.run('describeEntity', name)}`,
      );
    });
  }
  /** An entity's evidence lists its relations; a relation's shows its passages. */
  heading(heading, what) {
    return this.until(what, ['evidence', null], (v) => v?.heading === heading);
  }
  evidence(heading, what = `the evidence for "${heading}" with its passages`) {
    return this.until(what, ['evidence', null], (v) => v?.heading === heading && v.quotes > 0);
  }
  urlHas(part, what) {
    return this.until(what, ['url', null], (u) => typeof u === 'string' && u.includes(part));
  }
  urlLacks(part, what) {
    return this.until(what, ['url', null], (u) => typeof u === 'string' && !u.includes(part));
  }
}

/** Node, line, Escape: the core of every map view. */
export async function selectAndClear(c, kz, ru) {
  await c.click('entity', ru);
  await c.heading(ru, `clicking "${ru}" to open its evidence`);
  await c.click('line', `${kz} – ${ru}`);
  await c.evidence(`${kz} – ${ru}`, `clicking the line "${kz} – ${ru}" to show its passages`);
  await c.key('Escape');
  await c.urlLacks('select=', 'Escape to close the evidence (select= leaves the URL)');
}
