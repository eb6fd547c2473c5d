/**
 * Share links that need no third-party script: each is a plain link the messenger opens itself.
 */

/** Zalo's share page for a URL (the link its own share button builds: base64 of `{"url": …}`). */
export function zaloShareUrl(url: string): string {
  const d = Buffer.from(JSON.stringify({ url }), 'utf8').toString('base64');
  return `https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d=${encodeURIComponent(d)}&shareType=0`;
}

export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}
