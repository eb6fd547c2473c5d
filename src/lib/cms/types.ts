/**
 * The part of Decap CMS's configuration this project writes (https://decapcms.org/docs/configuration-options/).
 * Decap validates the whole object when the admin starts; these types catch a misspelt option at
 * build time instead.
 */

export interface CmsOption {
  label: string;
  value: string;
}

export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'datetime' | 'image' | 'list' | 'object' | 'markdown' | 'hidden';
  required?: boolean;
  hint?: string;
  /** `[regular expression, message]`, tested on a non-empty value. */
  pattern?: [string, string];
  default?: unknown;
  options?: CmsOption[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  date_format?: string;
  time_format?: boolean;
  choose_url?: boolean;
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  minimize_collapsed?: boolean;
  allow_add?: boolean;
  add_to_top?: boolean;
  field?: CmsField;
  fields?: CmsField[];
  buttons?: string[];
  editor_components?: string[];
  modes?: Array<'rich_text' | 'raw'>;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder: string;
  path?: string;
  slug: string;
  identifier_field: string;
  summary?: string;
  format: string;
  extension: 'md';
  create: boolean;
  delete: boolean;
  media_folder: string;
  public_folder: string;
  sortable_fields?: string[];
  editor?: { preview: boolean };
  fields: CmsField[];
}

export interface CmsBackend {
  name: 'github' | 'proxy';
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_endpoint?: string;
  proxy_url?: string;
  squash_merges?: boolean;
  commit_messages?: Record<'create' | 'update' | 'delete' | 'uploadMedia' | 'deleteMedia', string>;
}

export interface CmsConfig {
  backend: CmsBackend;
  /** Replaced in the browser with the same-origin proxy address (see `./admin.ts`). */
  local_backend: boolean | { url: string };
  publish_mode: 'editorial_workflow';
  load_config_file: false;
  locale: string;
  site_url: string;
  display_url: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  media_processing?: { enabled: boolean; strip_metadata?: boolean; quality?: number };
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  editor: { preview: boolean };
  collections: CmsCollection[];
}
