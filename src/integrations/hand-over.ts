/**
 * A hand-over from code Astro runs during a build (the content loader, a route, the image service)
 * to an integration, so work can start beside the rendering or move to other processes. The two
 * sides run in different module graphs (Vite's module runner, Astro's prerender bundle, Node
 * itself), each with its own copy of this module, so the listener is kept on `globalThis` under a
 * name.
 */
export interface HandOver<T, R = void> {
  /** Called by an integration in `astro build`; `undefined` stops listening. */
  listen(listener: ((value: T) => R) | undefined): void;
  /** Called by the producing side: the listener's answer, or `undefined` when nobody listens (outside a build). */
  give(value: T): R | undefined;
}

export function handOver<T, R = void>(name: string): HandOver<T, R> {
  const key = Symbol.for(`htx-catalog.${name}`);
  const slot = globalThis as typeof globalThis & { [key: symbol]: ((value: T) => R) | undefined };
  return {
    listen: (listener) => {
      slot[key] = listener;
    },
    give: (value) => slot[key]?.(value),
  };
}
