/**
 * Well-formed XML, judged by saxes (a strict parser that follows the XML 1.0 specification,
 * character ranges included): what a feed reader, a calendar app or librsvg would refuse.
 */
import { SaxesParser } from 'saxes';

/** The parser's errors, none when the document is well-formed. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}
