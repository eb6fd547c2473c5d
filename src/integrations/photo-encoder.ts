/**
 * Encodes photo variants in child processes, one per core, during `astro build`.
 *
 * Astro works on as many photos at a time as there are cores and asks the image service for each
 * photo's variants one after another, in the build process. Measured on two cores, that process
 * kept the cores only about 80 % busy however many photos it worked on at once (libvips is shared
 * by the whole process: more work in flight only cost more CPU), while two processes kept both
 * busy. So the image service (`src/image-service.ts`) hands a photo and its five variants to the
 * least busy child here and Astro's requests are answered as each variant comes back.
 * Children start at the first photo (a warm build encodes none and starts none) and end with the
 * build. A child that fails or dies fails only its own photos' variants, which the service then
 * encodes in the build process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Encoded } from '../lib/photo-encoding.ts';
import { photoJobs, type FromChild, type PhotoJob, type ToChild } from './photo-encoder-messages.ts';

const CHILD = fileURLToPath(new URL('./photo-encoder-child.ts', import.meta.url));

/** A photo sent to `child`: how to settle each of its variants, and how many are still to come. */
interface Pending {
  child: Child;
  resolve: Array<(encoded: Encoded) => void>;
  reject: Array<(error: Error) => void>;
  left: number;
}

interface Child {
  process: ChildProcess;
  /** Photos sent and not yet fully answered. */
  busy: number;
}

/** Child processes that each decode a photo once and encode its variants. */
export class ChildEncoder {
  private readonly children: Child[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly size: number;
  /** Variants the children sent back, and children started: for the build log. */
  readonly made = { variants: 0, children: 0 };

  constructor(size = os.availableParallelism()) {
    this.size = size;
  }

  /** One promise per variant, in order, each settled when the child sends it back. */
  encode({ input, variants, decode }: PhotoJob): Array<Promise<Encoded>> {
    const child = this.pick();
    const id = this.nextId++;
    const entry: Pending = { child, resolve: [], reject: [], left: variants.length };
    const promises = variants.map(
      (_, i) =>
        new Promise<Encoded>((resolve, reject) => {
          entry.resolve[i] = resolve;
          entry.reject[i] = reject;
        }),
    );
    this.pending.set(id, entry);
    if (child.busy++ === 0) this.hold(child, true);
    child.process.send({ id, input, variants, decode } satisfies ToChild);
    return promises;
  }

  /** Ends every child. Variants still awaited fail (and are then encoded in the build process). */
  close(): void {
    for (const child of this.children.splice(0)) child.process.kill();
    for (const [id, entry] of this.pending) this.fail(id, entry, new Error('photo encoder closed'));
  }

  private pick(): Child {
    const idle = this.children.find((c) => c.busy === 0);
    if (idle) return idle;
    if (this.children.length < this.size) return this.spawn();
    return this.children.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  private spawn(): Child {
    const child: Child = {
      process: fork(CHILD, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
      busy: 0,
    };
    this.made.children++;
    this.hold(child, false);
    child.process.on('message', (message: FromChild) => this.receive(message));
    // A child that cannot start or dies takes only its own photos with it.
    const lost = (why: string) => {
      const at = this.children.indexOf(child);
      if (at >= 0) this.children.splice(at, 1);
      for (const [id, entry] of this.pending) if (entry.child === child) this.fail(id, entry, new Error(why));
    };
    child.process.on('error', (error) => lost(`photo encoder child failed: ${error.message}`));
    child.process.once('exit', () => lost('photo encoder child exited'));
    this.children.push(child);
    return child;
  }

  /** A child keeps the build process alive only while it owes it variants. */
  private hold(child: Child, on: boolean): void {
    const handles = [child.process, child.process.channel].filter(Boolean) as Array<{ ref(): void; unref(): void }>;
    for (const handle of handles) {
      if (on) handle.ref();
      else handle.unref();
    }
  }

  private receive(message: FromChild): void {
    const entry = this.pending.get(message.id);
    if (!entry) return;
    if ('error' in message) entry.reject[message.index]?.(new Error(message.error));
    else {
      this.made.variants++;
      entry.resolve[message.index]?.(message.encoded);
    }
    if (--entry.left === 0) this.settle(message.id, entry);
  }

  private fail(id: number, entry: Pending, error: Error): void {
    for (const reject of entry.reject) reject(error);
    this.settle(id, entry);
  }

  private settle(id: number, entry: Pending): void {
    this.pending.delete(id);
    if (--entry.child.busy === 0) this.hold(entry.child, false);
  }
}

/** Registers the child encoder for the image service while `astro build` runs. */
export function photoEncoder(): AstroIntegration {
  let encoder: ChildEncoder | undefined;
  return {
    name: 'htx-catalog:photo-encoder',
    hooks: {
      'astro:build:start': () => {
        const children = (encoder = new ChildEncoder());
        photoJobs.listen((job) => children.encode(job));
      },
      'astro:build:done': ({ logger }) => {
        photoJobs.listen(undefined);
        encoder?.close();
        const { variants, children } = encoder?.made ?? { variants: 0, children: 0 };
        // A warm build encodes nothing and starts no child: then there is nothing to say.
        if (children > 0) logger.info(`${variants} photo variants encoded in ${children} child processes`);
      },
    },
  };
}
