/**
 * What the admin's script and the build share: the file the build writes (`/admin/config.json`),
 * and the parts of Decap's global `CMS` object the script calls.
 */
import type { Formatter } from './format.ts';
import type { ShapeNode } from './shape.ts';
import type { CmsConfig } from './types.ts';

/**
 * Where the form reaches `decap-server` on its own origin. With the trailing slash: `astro dev`
 * answers `/api/v1` with its trailing-slash page before any integration sees it, and the proxy
 * (Express) takes both.
 */
export const PROXY_PATH = '/api/v1/';

/** `/admin/config.json`: Decap's configuration and the shapes of the collections' fields. */
export interface AdminFile {
  config: CmsConfig;
  shapes: Readonly<Record<'cooperative' | 'product', ShapeNode[]>>;
}

/** An Immutable.js map, as Decap hands entries to event listeners. */
export interface ImmutableEntry {
  get(key: string): unknown & ImmutableEntry;
  set(key: string, value: unknown): ImmutableEntry;
}

export type Locale = { [key: string]: string | Locale };

export interface DecapGlobal {
  init(options: { config: CmsConfig }): void;
  getLocale(name: string): Locale | undefined;
  registerLocale(name: string, phrases: Locale): void;
  registerCustomFormat(name: string, extension: string, formatter: Formatter): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableEntry }) => unknown }): void;
}
