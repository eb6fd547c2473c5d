/**
 * A cooperative that follows only docs/huong-dan.md, or starts from `npm run new`, ends up with a
 * listing that passes the check. The guide's examples are read from the guide itself, so editing
 * the guide into something wrong fails here.
 */
import { checkWords } from '../../src/i18n/check.vi.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/content/load.ts';
import { formatReport } from '../../src/lib/content/report.ts';
import { FIXTURE_BUILD_DATE, OUTPUT_DIR, REPO_ROOT } from '../helpers/fixture.ts';

const NODE = path.join(REPO_ROOT, 'node_modules/.bin/node');
const WORK = path.join(OUTPUT_DIR, 'guide-catalog');
const rel = path.relative(REPO_ROOT, WORK);

/** Code blocks of the guide that follow a line containing `marker`. */
function guideExample(marker: string): string {
  const guide = readFileSync(path.join(REPO_ROOT, 'docs/huong-dan.md'), 'utf8');
  const at = guide.indexOf(marker);
  expect(at, `the guide still has "${marker}"`).toBeGreaterThan(-1);
  const block = /```markdown\n([\s\S]*?)```/.exec(guide.slice(at));
  if (!block?.[1]) throw new Error(`no markdown example after "${marker}"`);
  return block[1];
}

async function photo(file: string, width: number, height: number) {
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp({ create: { width, height, channels: 3, background: '#d9a441' } })
    .jpeg()
    .toFile(file);
}

const check = async () => (await loadCatalog({ words: checkWords, root: REPO_ROOT, contentDir: rel, today: FIXTURE_BUILD_DATE })).issues;
const errors = async () => (await check()).filter((i) => i.severity === 'error');

function runNew(...args: string[]) {
  const env = { ...process.env, CATALOG_DIR: rel, SOURCE_DATE_EPOCH: '1779944400' };
  return spawnSync(NODE, ['scripts/new.ts', ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', input: '', timeout: 30_000 });
}

beforeEach(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(path.join(WORK, 'cooperatives'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'tests/fixtures/catalog/site.yaml'), path.join(WORK, 'site.yaml'));
});

describe('following docs/huong-dan.md', () => {
  it('the cooperative and product examples pass the check as written', async () => {
    const coop = path.join(WORK, 'cooperatives/htx-mat-ong-bac-ha');
    mkdirSync(path.join(coop, 'products'), { recursive: true });
    writeFileSync(path.join(coop, 'index.md'), guideExample('Ví dụ:\n\n```markdown\n---\nname: Hợp tác xã'));
    writeFileSync(path.join(coop, 'products/mat-ong-bac-ha.md'), guideExample('Ví dụ đầy đủ'));
    // The photos the examples name, as the guide says: in images/.
    await photo(path.join(coop, 'images/anh-bia.jpg'), 1600, 900);
    await photo(path.join(coop, 'images/logo.png'), 400, 400);
    await photo(path.join(coop, 'images/mat-ong-500ml.jpg'), 1600, 1200);
    const issues = await check();
    expect(formatReport(issues, 2, checkWords.report)).not.toContain('  lỗi  ');
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('npm run new', () => {
  it('creates a cooperative folder named from the name, with a template that only needs the address', async () => {
    const result = runNew('cooperative', '--name', 'Hợp tác xã Mật ong Bạc Hà');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('/hop-tac-xa/htx-mat-ong-bac-ha/');
    const file = path.join(WORK, 'cooperatives/htx-mat-ong-bac-ha/index.md');
    const template = readFileSync(file, 'utf8');
    expect(template).toContain('name: Hợp tác xã Mật ong Bạc Hà');
    expect(template).toContain('added: 2026-05-28');
    // Left as it is, the check asks for exactly what is missing: the address.
    expect((await errors()).map((i) => [i.field, i.key])).toEqual([['address', 'missing']]);
    // Filling in the two required lines is enough.
    writeFileSync(file, template.replace('  commune:\n', '  commune: Xã Minh Tân\n').replace('  province:\n', '  province: Tuyên Quang\n'));
    expect(await errors()).toEqual([]);
  });

  it('creates a product in an existing cooperative; with its group and a photo it passes', async () => {
    expect(runNew('cooperative', '--name', 'Tổ hợp tác Kẹo dừa Chợ Lách').status).toBe(0);
    const coopFile = path.join(WORK, 'cooperatives/tht-keo-dua-cho-lach/index.md');
    writeFileSync(
      coopFile,
      readFileSync(coopFile, 'utf8')
        .replace('  commune:\n', '  commune: Xã Vĩnh Thành\n')
        .replace('  province:\n', '  province: Vĩnh Long\n'),
    );
    const result = runNew('product', '--coop', 'tht-keo-dua-cho-lach', '--name', 'Kẹo dừa lá dứa', '--group', 'thuc-pham');
    expect(result.status, result.stderr).toBe(0);
    const file = path.join(WORK, 'cooperatives/tht-keo-dua-cho-lach/products/keo-dua-la-dua.md');
    expect(readFileSync(file, 'utf8')).toContain('group: thuc-pham');
    expect(await errors()).toEqual([]);
    // Without a photo it is a warning, not an error.
    expect((await check()).map((i) => i.key)).toContain('image.none');
  });

  it('accepts the group as its number in the list (1 = thực phẩm … 6 = du lịch)', async () => {
    runNew('cooperative', '--name', 'HTX Du lịch Cồn Quy');
    expect(runNew('product', '--coop', 'htx-du-lich-con-quy', '--name', 'Homestay nhà vườn', '--group', '6').status).toBe(0);
    expect(readFileSync(path.join(WORK, 'cooperatives/htx-du-lich-con-quy/products/homestay-nha-vuon.md'), 'utf8')).toContain(
      'group: du-lich',
    );
  });

  it('refuses to overwrite, names an unknown cooperative, and asks for flags when not interactive', () => {
    expect(runNew('cooperative', '--name', 'HTX A').status).toBe(0);
    const again = runNew('cooperative', '--name', 'HTX A');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Đã có');
    const unknown = runNew('product', '--coop', 'htx-khong-co', '--name', 'X');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Không có thư mục hợp tác xã "htx-khong-co"');
    // A typo in what to make is refused, not taken for a cooperative.
    const typo = runNew('cooprative', '--name', 'HTX B');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('Không hiểu "cooprative"');
    const noName = runNew('cooperative');
    expect(noName.status).toBe(1);
    expect(noName.stderr).toContain('Thiếu thông tin');
  });
});
