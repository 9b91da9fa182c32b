// Lighthouse against the production build, in the system Chromium: the four category scores
// for one URL, with the full HTML report written to bench-results/.
import { writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export async function lighthouseScores(url, chromePath, reportFile) {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    writeFileSync(reportFile, result.report);
    const scores = {};
    for (const [id, c] of Object.entries(result.lhr.categories))
      scores[id] = Math.round(c.score * 100);
    const failing = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => a.id);
    return { scores, failing };
  } finally {
    await chrome.kill();
  }
}
