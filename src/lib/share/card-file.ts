/**
 * Where a page's link-preview card is published, and in which format: a JPEG when the card
 * shows a photo, a palette PNG when it does not. The page (its `og:image`) and the share manifest
 * (the file drawn) both decide with this, from the same fact: whether the page has a photo.
 */
import { shareAsset } from '../urls.ts';
import type { OgFormat } from './og-card.ts';

/** The card's format for a page with or without a photo. */
export const cardFormat = (hasPhoto: boolean): OgFormat => (hasPhoto ? 'jpg' : 'png');

/** `/og/hop-tac-xa/x/y.jpg` or `.png` (`/og/site.…` for the home page). */
export function cardAsset(pageUrl: string, hasPhoto: boolean): string {
  // shareAsset names the file; only the extension depends on the format.
  return shareAsset('og', pageUrl, 'png').replace(/\.png$/, `.${cardFormat(hasPhoto)}`);
}
