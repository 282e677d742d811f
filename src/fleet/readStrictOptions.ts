import { isPlainObject, readOptionFields } from '../ground/readers'

/**
 * An options object read once, own fields only, and any other own field refused: a typo such as
 * `{ cap: true }` for `{ caps: true }` is a `TypeError` naming it and the options there are, never
 * an option silently not taken. Internal to src/fleet.
 * @throws {TypeError} for options that are not an object, cannot be read, or have an unknown field
 *
 * @example
 * readStrictOptions({ caps: true }, ['caps', 'epochMs'], 'coverage').caps //=> true
 * readStrictOptions({ cap: true }, ['caps', 'epochMs'], 'coverage')
 * //=> throws TypeError: coverage has no option "cap": its options are caps, epochMs
 */
export function readStrictOptions<K extends string>(options: unknown, keys: readonly K[], owner: string): Partial<Record<K, unknown>> {
  const fields = readOptionFields(options, keys, owner)
  if (options === undefined || options === null || !isPlainObject(options)) return fields
  let own: string[]
  try {
    own = Object.keys(options)
  } catch {
    throw new TypeError(`${owner} options could not be read`)
  }
  for (const key of own) {
    if (!(keys as readonly string[]).includes(key)) {
      throw new TypeError(`${owner} has no option ${JSON.stringify(key)}: its options are ${keys.join(', ')}`)
    }
  }
  return fields
}
