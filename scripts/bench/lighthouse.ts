// Lighthouse's performance score with its default settings: a mobile device on a slow 4G link
// with the CPU slowed four times. The form factor it used is read back from the report.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

export type LighthouseResult =
  { readonly performance: number; readonly formFactor: string } | { readonly error: string };

export async function lighthousePerformance(url: string): Promise<LighthouseResult> {
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.slice(1)],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories: ['performance'],
      });
      if (!result) return { error: 'Lighthouse returned no result' };
      return {
        performance: Math.round((result.lhr.categories.performance?.score ?? 0) * 100),
        formFactor: result.lhr.configSettings.formFactor,
      };
    } finally {
      chrome.kill();
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
