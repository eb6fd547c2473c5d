/** What the image service, the photo encoder and its child processes say to each other (`photo-encoder.ts`). */
import type { DecodeOptions, Encoded, PhotoVariant } from '../lib/photo-encoding.ts';
import { handOver } from './hand-over.ts';

/** A photo and the variants to make of it, decoding it once. */
export interface PhotoJob {
  input: Uint8Array;
  variants: PhotoVariant[];
  decode: DecodeOptions;
}

/**
 * From the image service to the photo encoder during `astro build`: a photo's variants, one
 * promise each, in order; `undefined` when no encoder listens (the dev server, tests).
 */
export const photoJobs = handOver<PhotoJob, Array<Promise<Encoded>>>('photo-encoder');

/** A photo to decode once and the variants to encode from it. */
export interface ToChild extends PhotoJob {
  id: number;
}

/** One variant of photo `id`, or why it could not be made. */
export type FromChild = { id: number; index: number; encoded: Encoded } | { id: number; index: number; error: string };
