/**
 * `npm run check` as people and CI run it: `node scripts/check.ts`, exit code, printed report, JSON;
 * and as package.json runs it, through `scripts/run.mjs`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_CATALOG, FIXTURE_CATALOG, FIXTURE_SOURCE_DATE_EPOCH, REPO_ROOT } from '../helpers/fixture.ts';

const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');

function check(catalogDir: string, ...args: string[]) {
  return run(['scripts/check.ts'], catalogDir, ...args);
}

function run(command: string[], catalogDir: string, ...args: string[]) {
  const env = { ...process.env, CATALOG_DIR: catalogDir, SOURCE_DATE_EPOCH: FIXTURE_SOURCE_DATE_EPOCH, FORCE_COLOR: '0' };
  const result = spawnSync(NODE, [...command, ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonIssue {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  field: string;
  code: string;
  message: string;
}

describe('node scripts/check.ts', () => {
  it('fails on the broken catalog and prints every problem in Vietnamese', () => {
    const { status, stdout } = check(BROKEN_CATALOG);
    expect(status).toBe(1);
    expect(stdout).not.toContain('\u001b[');
    for (const line of [
      `${BROKEN_CATALOG}/cooperatives/htx-san-pham-loi/products/sao-ocop.md:6:3  lỗi  ocop.stars: số sao OCOP phải là 3, 4 hoặc 5 (đang ghi 6).`,
      `${BROKEN_CATALOG}/cooperatives/htx-sai-ten-truong/index.md:6:1  lỗi  phon: trường "phon" không có trong mẫu. Có phải ý bạn là "phone"?`,
      `${BROKEN_CATALOG}/cooperatives/htx-san-pham-loi/products/ngay-sai.md:7:3  lỗi  ocop.issuedOn: ngày "2023-13-45" không hợp lệ.`,
      `${BROKEN_CATALOG}/cooperatives/htx-duong-dan/index.md:6:1  lỗi  website: đường dẫn "javascript:alert(1)" không được phép`,
      `${BROKEN_CATALOG}/cooperatives/htx-san-pham-loi/products/khong-anh.md:2:1  cảnh báo  images: sản phẩm chưa có ảnh.`,
      `${BROKEN_CATALOG}/cooperatives/htx-san-pham-loi/products/chung-nhan-sap-het-han.md:5:1  cảnh báo  ocop: Chứng nhận OCOP 4 sao sẽ hết hạn ngày 15/07/2026 (còn 48 ngày).`,
    ]) {
      expect(stdout).toContain(line);
    }
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('28 lỗi, 8 cảnh báo trong 33 tệp.');
  });

  it('passes on the fixture catalog, printing its warnings', () => {
    const { status, stdout } = check(FIXTURE_CATALOG);
    expect(status).toBe(0);
    expect(stdout).not.toContain('  lỗi  ');
    expect(stdout).toContain(
      'ruou-ngo/index.md:12:18  cảnh báo  certifications[0]: Chứng nhận VietGAP sẽ hết hạn ngày 01/07/2026 (còn 34 ngày).',
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('0 lỗi, 7 cảnh báo trong 7 tệp.');
  });

  it('checks several cooperative folders at once (as CI does for a pull request)', () => {
    const { status, stdout } = check(
      BROKEN_CATALOG,
      `${BROKEN_CATALOG}/cooperatives/htx-duong-dan`,
      `${BROKEN_CATALOG}/cooperatives/htx-sai-ten-truong`,
    );
    expect(status).toBe(1);
    const files = new Set(
      stdout
        .split('\n')
        .filter((l) => l.includes('  lỗi  ') || l.includes('  cảnh báo  '))
        .map((l) => l.split(':')[0]),
    );
    expect([...files].sort()).toEqual([
      `${BROKEN_CATALOG}/cooperatives/htx-duong-dan/index.md`,
      `${BROKEN_CATALOG}/cooperatives/htx-sai-ten-truong/index.md`,
    ]);
  });

  it('prints a JSON array with --json', () => {
    const { status, stdout } = check(BROKEN_CATALOG, '--json');
    expect(status).toBe(1);
    const issues = JSON.parse(stdout) as JsonIssue[];
    expect(Array.isArray(issues)).toBe(true);
    expect(issues).toHaveLength(36);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['code', 'column', 'field', 'file', 'line', 'message', 'severity']);
      expect(issue).toMatchObject({
        file: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
        field: expect.any(String),
        code: expect.any(String),
        message: expect.any(String),
      });
      expect(['error', 'warning']).toContain(issue.severity);
    }
    expect(issues).toContainEqual({
      file: `${BROKEN_CATALOG}/cooperatives/htx-san-pham-loi/products/sao-ocop.md`,
      line: 6,
      column: 3,
      severity: 'error',
      field: 'ocop.stars',
      code: 'ocop.stars',
      message: 'số sao OCOP phải là 3, 4 hoặc 5 (đang ghi 6).',
    });
  });

  it('checks a single product file when given one', () => {
    const { status, stdout } = check(
      FIXTURE_CATALOG,
      '--json',
      `${FIXTURE_CATALOG}/cooperatives/tht-keo-dua-cho-lach/products/tui-xach-soi-dua.md`,
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([expect.objectContaining({ code: 'ocop.legacyGroup' })]);
  });

  it('checks only the files of one cooperative folder', () => {
    const folder = `${BROKEN_CATALOG}/cooperatives/htx-san-pham-loi`;
    const { status, stdout } = check(BROKEN_CATALOG, '--json', folder);
    expect(status).toBe(1);
    const issues = JSON.parse(stdout) as JsonIssue[];
    expect(issues.length).toBe(27);
    for (const issue of issues) expect(issue.file.startsWith(`${folder}/`), issue.file).toBe(true);
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['file.mdx', 'slug.duplicateProduct', 'ocop.stars', 'image.none']));
  });

  it('exits 0 on a folder with warnings only', () => {
    const { status, stdout } = check(BROKEN_CATALOG, `${BROKEN_CATALOG}/cooperatives/htx-khong-lien-he`);
    expect(status).toBe(0);
    expect(stdout).toContain('htx-khong-lien-he/index.md:2:1  cảnh báo  hợp tác xã chưa có cách liên hệ.');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('0 lỗi, 1 cảnh báo trong 1 tệp.');
  });

  it('names a folder that does not exist instead of checking 0 files', () => {
    const { status, stdout, stderr } = check(FIXTURE_CATALOG, `${FIXTURE_CATALOG}/cooperatives/htx-khong-co`);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Không có thư mục hay tệp "${FIXTURE_CATALOG}/cooperatives/htx-khong-co"`);
  });

  it('explains itself with --help', () => {
    const { status, stdout } = check(FIXTURE_CATALOG, '--help');
    expect(status).toBe(0);
    expect(stdout).toContain('Cách dùng: npm run check');
  });
});

describe('node scripts/run.mjs scripts/check.ts (the command in package.json)', () => {
  const folder = `${BROKEN_CATALOG}/cooperatives/htx-duong-dan`;

  it('gives the same report and exit code as the check run directly', () => {
    const direct = check(BROKEN_CATALOG, folder);
    const launched = run(['scripts/run.mjs', 'scripts/check.ts'], BROKEN_CATALOG, folder);
    expect(launched).toEqual(direct);
    expect(launched.status).toBe(1);
  });

  // A Node that cannot strip types stands in for the Node 20 on a newcomer's PATH: the launcher
  // runs the check again with node_modules/node, passing the arguments and the exit code through.
  it('re-runs the check with the project’s Node when the one it was started with cannot run TypeScript', () => {
    const direct = check(BROKEN_CATALOG, '--json', folder);
    const launched = run(['--no-experimental-strip-types', 'scripts/run.mjs', 'scripts/check.ts'], BROKEN_CATALOG, '--json', folder);
    expect(launched.stderr).toBe('');
    expect(launched.status).toBe(1);
    expect(JSON.parse(launched.stdout)).toEqual(JSON.parse(direct.stdout));
  });

  it('exits 0 through the launcher when there are only warnings', () => {
    const launched = run(
      ['--no-experimental-strip-types', 'scripts/run.mjs', 'scripts/check.ts'],
      BROKEN_CATALOG,
      `${BROKEN_CATALOG}/cooperatives/htx-khong-lien-he`,
    );
    expect(launched.status).toBe(0);
  });
});
