import { main, type ReportIo } from '../../scripts/report';

/** What one in-process run of `npm run report` printed, and its exit code. */
export interface ReportRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `npm run report` in-process through its `main(argv)`, writing relative outputs into
 * `cwd`, on a fixed clock so dates in the output do not depend on the day the test runs.
 */
export async function runReport(argv: readonly string[], cwd: string): Promise<ReportRun> {
  let stdout = '';
  let stderr = '';
  const io: ReportIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    now: () => new Date('2026-03-02T09:30:00'),
  };
  const code = await main([...argv], io);
  return { code, stdout, stderr };
}
