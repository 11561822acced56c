/** The English catalog must have exactly the German catalog's keys (German is the source). */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends (...args: infer A) => string ? (...args: A) => string : MessageShape<T[K]> };

export function defineMessages<const T>(de: T, en: MessageShape<T>): { de: T; en: MessageShape<T> } {
  return { de, en };
}
