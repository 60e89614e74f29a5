/** Reading the JSON columns (plan lists, agreement bodies, event detail) without trusting them. */

export function json<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** A stored object with every key of its defaults present (a row saved before a key existed). */
export function jsonObject<T extends object>(text: string, defaults: T): T {
  const parsed = json<unknown>(text, {});
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? { ...defaults, ...(parsed as Partial<T>) }
    : defaults;
}
