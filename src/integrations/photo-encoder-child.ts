/**
 * A child process of the photo encoder (`photo-encoder.ts`): decodes each photo it is sent once
 * and sends back its variants as each is encoded. A process, not a worker thread: two photos
 * encoded in one process kept both cores only about 80 % busy (libvips is shared by the whole
 * process), two processes kept them busy (docs/benchmarks.md, "A thousand photos").
 * Run with Node's own TypeScript support: imports carry their `.ts` extension.
 */
import process from 'node:process';
import { decodeBase, encodeVariant } from '../lib/photo-encoding.ts';
import type { FromChild, ToChild } from './photo-encoder-messages.ts';

const send = (message: FromChild) => process.send!(message);

process.on('message', (message: ToChild) => {
  const { id, input, variants, decode } = message;
  decodeBase(input, decode).then(
    async (base) => {
      // One after another: the other child takes the next photo, and each variant goes back as
      // soon as it is made, so the build can write it while the next one is encoded.
      for (const [index, variant] of variants.entries()) {
        try {
          send({ id, index, encoded: await encodeVariant(base, variant, decode.kernel) });
        } catch (error) {
          send({ id, index, error: String(error) });
        }
      }
    },
    (error: unknown) => variants.forEach((_, index) => send({ id, index, error: String(error) })),
  );
});
// The build has ended (or died): nothing more will come.
process.on('disconnect', () => process.exit(0));
