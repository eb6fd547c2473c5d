/**
 * A hand-over from code Astro runs during a build (the content loader, a route) to an integration,
 * so work can start beside the rendering. The two sides run in different module graphs (Vite's
 * module runner, Astro's prerender bundle, Node itself), each with its own copy of this module,
 * so the listener is kept on `globalThis` under a name.
 */
export interface HandOver<T> {
  /** Called by an integration in `astro build`; `undefined` stops listening. */
  listen(listener: ((value: T) => void) | undefined): void;
  /** Called by the producing side; nothing happens when nobody listens (outside a build). */
  give(value: T): void;
}

export function handOver<T>(name: string): HandOver<T> {
  const key = Symbol.for(`htx-catalog.${name}`);
  const slot = globalThis as typeof globalThis & { [key: symbol]: ((value: T) => void) | undefined };
  return {
    listen: (listener) => {
      slot[key] = listener;
    },
    give: (value) => slot[key]?.(value),
  };
}
