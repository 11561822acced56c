/**
 * German is the source: its catalog (messages/<area>.ts) is in the initial bundle and its type is the
 * contract. The English catalog (messages/en/<area>.ts, loaded on demand) is typed
 * `MessageShape<typeof german>`: a missing or extra English key is a type error.
 */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : MessageShape<T[K]> };

/** An area's German messages, with their literal types kept (the shape English must match). */
export function defineMessages<const T>(de: T): T {
  return de;
}
