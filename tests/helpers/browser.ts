/**
 * Launches the system's Chromium (Debian's `chromium` package) through playwright-core, which
 * downloads no browser of its own. A missing browser is an error, never a skipped test.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `CHROMIUM_PATH`, or Debian's `/usr/bin/chromium`. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  return env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. The browser tests need it; they are never skipped.\n` +
        `On Debian or Ubuntu install it with:\n\n    sudo apt-get update && sudo apt-get install -y chromium\n\n` +
        `(as root, without sudo), or point CHROMIUM_PATH at a Chromium or Chrome executable. ` +
        `.ci/run installs it automatically.`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
