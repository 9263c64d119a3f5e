// The line CI ends with ("N passed, N failed") counts what a reader of the log expects: each
// failed test once, a file that never ran its tests as one failure, and no run at all as failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../scripts/ci-summary.mjs');

function summarise(report: unknown): { line: string; code: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'ci-summary-')), 'vitest.json');
  writeFileSync(file, JSON.stringify(report));
  try {
    return { line: execFileSync('node', [script, file], { encoding: 'utf8' }).trim(), code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; status: number };
    return { line: failed.stdout.trim(), code: failed.status };
  }
}

const passing = { status: 'passed', assertionResults: [{ status: 'passed' }] };

describe('the CI summary line', () => {
  it('counts a failed test once, however many describe blocks hold it', () => {
    const result = summarise({
      numPassedTests: 5,
      numFailedTests: 1,
      numFailedTestSuites: 2,
      testResults: [
        passing,
        { status: 'failed', assertionResults: [{ status: 'failed' }, { status: 'passed' }] },
      ],
    });
    expect(result).toEqual({ line: '5 passed, 1 failed', code: 1 });
  });

  it('counts a file that failed before its tests ran', () => {
    const result = summarise({
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [passing, { status: 'failed', assertionResults: [] }],
    });
    expect(result).toEqual({ line: '3 passed, 1 failed', code: 1 });
  });

  it('passes a clean run and fails a run in which no test ran', () => {
    expect(summarise({ numPassedTests: 2, numFailedTests: 0, testResults: [passing] })).toEqual({
      line: '2 passed, 0 failed',
      code: 0,
    });
    const empty = summarise({ numPassedTests: 0, numFailedTests: 0, testResults: [] });
    expect(empty.code).toBe(1);
    expect(empty.line).toContain('0 passed, 0 failed');
  });
});
