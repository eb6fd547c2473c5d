/**
 * The whole Decap CMS configuration, built from the field trees and their words when the site is
 * built (never written by hand). Production: the GitHub backend with the editorial workflow, so a
 * change is a pull request the content check annotates. Local: `local_backend`, which the admin
 * points at the `decap-server` proxy on the page's own origin (`npm run edit`).
 */
import { cmsCollections, type CollectionsInput } from './collections.ts';
import type { CmsBackend, CmsConfig } from './types.ts';

export interface BackendSettings {
  /** `owner/name` on GitHub; without it only the local proxy works. */
  repo?: string | undefined;
  /** The branch pull requests go to. */
  branch: string;
  /** An OAuth proxy's address, for GitHub sign-in from any host (see the guide). */
  authUrl?: string | undefined;
}

export interface ConfigInput extends CollectionsInput {
  backend: BackendSettings;
  /** The public site, for Decap's "back to the site" link. */
  siteUrl: string;
  /** Commit messages (they title the pull requests reviewers read). */
  commitMessages: NonNullable<CmsBackend['commit_messages']>;
}

/** The configuration object passed to `CMS.init` (written as `/admin/config.json`). */
export function cmsConfig(input: ConfigInput): CmsConfig {
  const { repo, branch, authUrl } = input.backend;
  return {
    backend: {
      name: 'github',
      ...(repo ? { repo } : {}),
      branch,
      ...(authUrl ? { base_url: authUrl } : {}),
      squash_merges: true,
      commit_messages: input.commitMessages,
    },
    local_backend: true,
    publish_mode: 'editorial_workflow',
    load_config_file: false,
    locale: 'vi',
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    // Required by Decap; every collection has its own folder inside the cooperative's.
    media_folder: [input.contentPath, 'cooperatives'].filter(Boolean).join('/'),
    public_folder: [input.contentPath, 'cooperatives'].filter(Boolean).join('/'),
    // Photos are re-encoded in the browser without their metadata: a phone writes where it was.
    media_processing: { enabled: true, strip_metadata: true, quality: 85 },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    collections: cmsCollections(input),
  };
}
