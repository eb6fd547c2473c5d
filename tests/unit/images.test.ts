/**
 * Image checks that need files the fixtures cannot carry: a 21 MB file is made here, sparse.
 */
import { closeSync, mkdirSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectImage } from '../../src/lib/content/images.ts';
import { OUTPUT_DIR } from '../helpers/fixture.ts';

const dir = path.join(OUTPUT_DIR, 'image-checks');
const from = path.join(dir, 'products/x.md');

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'products'), { recursive: true });
  // 21 MB without writing 21 MB: a sparse file is enough for the size check, which comes first.
  closeSync(openSync(path.join(dir, 'huge.jpg'), 'w'));
  truncateSync(path.join(dir, 'huge.jpg'), 21 * 1024 * 1024);
  await sharp({ create: { width: 16, height: 16, channels: 3, background: '#fff' } })
    .jpeg()
    .toFile(path.join(dir, 'Anh.JPG'));
  writeFileSync(path.join(dir, 'photo.heic'), 'not really');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inspectImage', () => {
  it('refuses a file over 20 MB, saying how big it is', async () => {
    expect(await inspectImage('../huge.jpg', from, dir)).toEqual({ key: 'image.tooLarge', params: { value: '../huge.jpg', mb: '21.0' } });
  });
  it('refuses a HEIC photo by its extension', async () => {
    expect(await inspectImage('../photo.heic', from, dir)).toMatchObject({ key: 'image.format', params: { format: '.heic' } });
  });
  it('insists on the exact upper/lower case and suggests the file that differs only by it', async () => {
    expect(await inspectImage('../anh.jpg', from, dir)).toMatchObject({ key: 'image.missing', params: { suggestion: 'Anh.JPG' } });
    expect(await inspectImage('../Anh.JPG', from, dir)).toBeUndefined();
  });
  it('refuses web addresses and paths outside the cooperative folder', async () => {
    expect(await inspectImage('https://example.com/a.jpg', from, dir)).toMatchObject({ key: 'image.remote' });
    expect(await inspectImage('../../other-coop/a.jpg', from, dir)).toMatchObject({ key: 'image.outside' });
  });
});
