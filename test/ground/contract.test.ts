/**
 * The error contract and sealed values (docs/contract.md), searched with hostile input.
 *
 * - every public function that takes input returns, or throws `BusinessHoursError`, `RangeError`
 *   or `TypeError` — and never an engine error in those clothes (a stack overflow, "Cannot read
 *   properties of undefined");
 * - `validate*` never throw, whatever the input and options, and return well-formed issues;
 * - sealed schedules and targets answer the same after any attempt to change them;
 * - a `BusinessHoursError` always carries a non-empty list of well-formed issues.
 *
 * Hostile values are built with `map` (never `filter`) and carry a label, so a counterexample
 * prints as what it is (`throwing getter "time_open" on {…}`) rather than being read by the printer.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index'
import { BusinessHoursError } from '../../src/index'
import type { BusinessHourInput, BusinessHourRecord, DayOfWeek, Issue, Target, WeeklySchedule } from '../../src/index'
import { businessHourListArb, weeklyScheduleArb } from '../arbitraries'

const DEEP = Number(process.env.CALLHOURS_DEEP) > 0
const runs = (small: number) => ({ numRuns: DEEP ? small * 10 : small })

// ---------------------------------------------------------------------------------------------
// Hostile values

/** What a hostile getter or trap throws when it throws an Error: never a TypeError or RangeError, so an escape shows. */
class HostileThrow extends Error {
  constructor(where: string) {
    super(`hostile ${where}`)
    this.name = 'HostileThrow'
  }
}

/** A hostile value and how to print it (fast-check would otherwise read it to print it). */
interface Hostile {
  readonly value: unknown
  readonly label: string
}

function hostile(value: unknown, label: string): Hostile {
  const wrapped = { value, label }
  Object.defineProperty(wrapped, fc.toStringMethod, { value: () => label })
  return wrapped
}

/** The keys the library reads, and a few more that options and instants are read by. */
const LIBRARY_KEYS = [
  'id', 'day_of_week', 'time_open', 'time_close', 'work_day', 'invert', 'inverted', '_destroy', 'intervals', 'start', 'end',
  'target', 'business_hours', 'caps', 'type', 'cap', 'filled', 'time_zone', 'paused', 'priority', 'weight', 'timeZone',
  'schedule', 'callsInProgress', 'concurrencyCap', 'name', 'number', 'pathPrefix', 'removal', 'includeUnchanged', 'nextId',
  'businessHours', 'calls_in_progress', 'concurrency_cap', 'target_id', 'weekStart', 'cellMinutes', 'marks', 'open',
  'closed', 'partial', 'title', 'now', 'weekMinute', 'width', 'random', 'hard', 'daily', 'hard_cap_attributes',
] as const
const TRICK_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'toJSON', 'getTime', 'length', '0', '1'] as const

const keyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LIBRARY_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICK_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
)

type ThrownKind = 'Error' | 'string' | 'undefined' | 'symbol' | 'unprintable'
const thrownArb: fc.Arbitrary<ThrownKind> = fc.constantFrom('Error', 'string', 'undefined', 'symbol', 'unprintable')

/** Something a hostile getter or trap throws. None is a TypeError or RangeError. */
function thrown(kind: ThrownKind, where: string): unknown {
  switch (kind) {
    case 'Error':
      return new HostileThrow(where)
    case 'string':
      return `hostile ${where}`
    case 'undefined':
      return undefined
    case 'symbol':
      return Symbol(`hostile ${where}`)
    case 'unprintable':
      // An object whose every read throws: `String(it)`, `it.message`, `it instanceof Error`.
      return new Proxy({}, throwingHandler(TRAPS, 'Error'))
  }
}

const TRAPS = ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions'] as const
type Trap = (typeof TRAPS)[number]

function throwingHandler(traps: readonly Trap[], kind: ThrownKind): ProxyHandler<object> {
  const handler: Record<string, unknown> = {}
  for (const trap of traps) {
    handler[trap] = () => {
      throw thrown(kind, `${trap} trap`)
    }
  }
  return handler as ProxyHandler<object>
}

/**
 * Lengths a lying array proxy may claim. None is huge: a claimed length of 8.64e15 (or 2 ** 32 - 1)
 * makes the readers loop for ever, which a synchronous property cannot catch (reported apart).
 */
const LENGTH_LIES: readonly (readonly [string, () => unknown])[] = [
  ['Object.create(Date.prototype)', () => Object.create(Date.prototype)],
  ['Symbol()', () => Symbol('length')],
  ['an object whose valueOf throws', () => ({ valueOf: () => { throw new HostileThrow('length valueOf') } })],
  ['NaN', () => NaN], ['-1', () => -1], ['1.5', () => 1.5], ['"2"', () => '2'], ['null', () => null], ['3n', () => 3n],
]

/**
 * Traps that answer, but break the proxy invariants of a frozen target (the engine then throws
 * TypeError inside the library); `length` is the target's, or one of `LENGTH_LIES`.
 */
function lyingHandler(payload: unknown, length?: readonly [string, () => unknown]): ProxyHandler<object> {
  const claimed = length?.[1]()
  return {
    get: (target, key) => (key !== 'length' ? payload : length === undefined ? Reflect.get(target, key) : claimed),
    has: () => true,
    ownKeys: () => ['intervals', 'start', 'end', 'day_of_week', 'time_zone', 'caps'],
    getOwnPropertyDescriptor: () => ({ value: payload, writable: true, enumerable: true, configurable: true }),
    getPrototypeOf: () => Array.prototype,
  }
}

const lengthLieArb = fc.option(fc.constantFrom(...LENGTH_LIES), { nil: undefined })
const showLength = (length: readonly [string, () => unknown] | undefined) => (length === undefined ? '' : `, length ${length[0]}`)

function define(object: object, key: PropertyKey, descriptor: PropertyDescriptor): void {
  try {
    Object.defineProperty(object, key, { enumerable: true, configurable: true, ...descriptor })
  } catch {
    // A frozen or exotic object: leave it as it is.
  }
}

type Entries = readonly (readonly [string, Hostile])[]

function objectFrom(entries: Entries, proto: object | null = Object.prototype): Record<string, unknown> {
  const object = Object.create(proto) as Record<string, unknown>
  for (const [key, child] of entries) define(object, key, { value: child.value, writable: true })
  return object
}

const showEntries = (entries: Entries): string => `{${entries.map(([key, child]) => `${JSON.stringify(key)}: ${child.label}`).join(', ')}}`

function throwingGetter(kind: ThrownKind, key: string): PropertyDescriptor {
  return {
    get() {
      throw thrown(kind, `getter "${key}"`)
    },
  }
}

/** A getter that answers `first`, then `later` every time after: a library that reads twice sees both. */
function fickleGetter(first: unknown, later: unknown): PropertyDescriptor {
  let reads = 0
  return { get: () => (reads++ === 0 ? first : later) }
}

function nested(depth: number, key: string | null): unknown {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = key === null ? [value] : { [key]: value }
  return value
}

/** Leaves: odd numbers and strings, non-JSON objects, fake dates, functions that answer junk, library values. */
const SPECIAL_LEAVES: readonly (readonly [string, () => unknown])[] = [
  ['NaN', () => NaN], ['-0', () => -0], ['Infinity', () => Infinity], ['-Infinity', () => -Infinity],
  ['2 ** 53', () => 2 ** 53], ['8.64e15 + 1', () => 8.64e15 + 1], ['1e21', () => 1e21], ['-1', () => -1], ['0.5', () => 0.5],
  ['""', () => ''], ['"   "', () => '   '], ['"x".repeat(100000)', () => 'x'.repeat(100_000)], ['"UTC"', () => 'UTC'],
  ['"Hard"', () => 'Hard'], ['"24:00"', () => '24:00'], ['"__proto__"', () => '__proto__'], ['"constructor"', () => 'constructor'],
  ['Symbol("s")', () => Symbol('s')], ['10n', () => 10n], ['true', () => true], ['undefined', () => undefined], ['null', () => null],
  ['() => NaN', () => () => NaN], ['() => ({})', () => () => ({})], ['() => 0.5', () => () => 0.5],
  ['a function with own "intervals"', () => Object.assign(() => 1, { intervals: [], day_of_week: 1 })],
  ['new Date(NaN)', () => new Date(NaN)], ['new Date(0)', () => new Date(0)],
  ['Object.create(Date.prototype)', () => Object.create(Date.prototype)],
  ['new Proxy(new Date(0), {})', () => new Proxy(new Date(0), {})],
  ['a Date with a throwing own getTime', () => Object.defineProperty(new Date(0), 'getTime', throwingGetter('Error', 'getTime'))],
  ['a Date whose prototype is null', () => Object.setPrototypeOf(new Date(0), null)],
  ['new (class Thing {})()', () => new (class Thing {})()],
  ['new Map([["intervals", []]])', () => new Map([['intervals', []]])], ['new Set([1])', () => new Set([1])], ['new WeakMap()', () => new WeakMap()],
  ['new Uint8Array(3)', () => new Uint8Array(3)], ['new ArrayBuffer(8)', () => new ArrayBuffer(8)],
  ['new String("UTC")', () => new String('UTC')], ['new Number(0)', () => new Number(0)], ['new Boolean(false)', () => new Boolean(false)],
  ['Object(Symbol())', () => Object(Symbol())], ['Object(10n)', () => Object(10n)], ['/re/g', () => /re/g], ['new Error("data")', () => new Error('data')],
  ['an object whose toString and valueOf throw', () => ({ toString: () => { throw new HostileThrow('toString') }, valueOf: () => { throw new HostileThrow('valueOf') } })],
  ['an object whose Symbol.toPrimitive throws', () => ({ [Symbol.toPrimitive]: () => { throw new HostileThrow('toPrimitive') } })],
  ['Object.create(null)', () => Object.create(null)],
  ['Object.freeze([{ start: 0, end: 10080 }])', () => Object.freeze([Object.freeze({ start: 0, end: 10080 })])],
  ['a sealed schedule', () => SCHEDULE], ['a sealed target', () => TARGET],
  ['an array of 100000 nested arrays', () => nested(100_000, null)],
  ['100000 nested { business_hours: … }', () => nested(100_000, 'business_hours')],
  ['100000 nested { intervals: … }', () => nested(100_000, 'intervals')],
]

const anythingArb: fc.Arbitrary<Hostile> = fc
  .anything({
    key: keyArb,
    maxDepth: 2,
    maxKeys: 4,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
  })
  .map((value) => hostile(value, fc.stringify(value)))

const jsonArb: fc.Arbitrary<Hostile> = fc.jsonValue({ maxDepth: 2 }).map((value) => hostile(value, JSON.stringify(value)))

const leafArb: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 3, arbitrary: anythingArb },
  { weight: 2, arbitrary: jsonArb },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_LEAVES).map(([label, make]) => hostile(make(), label)) },
)

type ProtoTrick =
  | 'own __proto__ key'
  | 'own throwing __proto__ getter'
  | 'inherited throwing getters'
  | 'inherited fields'
  | 'prototype is a throwing proxy'
  | 'holey array, prototype a throwing proxy'
  | 'null prototype'
  | 'object with Array.prototype'
  | 'array with Object.prototype'

const PROTO_TRICKS: readonly ProtoTrick[] = [
  'own __proto__ key', 'own throwing __proto__ getter', 'inherited throwing getters', 'inherited fields', 'prototype is a throwing proxy',
  'holey array, prototype a throwing proxy', 'null prototype', 'object with Array.prototype', 'array with Object.prototype',
]

function protoTrick(trick: ProtoTrick, entries: Entries, child: Hostile, kind: ThrownKind): Hostile {
  const shown = showEntries(entries)
  switch (trick) {
    case 'own __proto__ key': {
      const object = objectFrom(entries)
      define(object, '__proto__', { value: child.value, writable: true })
      return hostile(object, `${shown} with own "__proto__": ${child.label}`)
    }
    case 'own throwing __proto__ getter': {
      const object = objectFrom(entries)
      define(object, '__proto__', throwingGetter(kind, '__proto__'))
      return hostile(object, `${shown} with own throwing "__proto__" getter (${kind})`)
    }
    case 'inherited throwing getters': {
      const proto = {}
      for (const key of LIBRARY_KEYS) define(proto, key, throwingGetter(kind, `inherited ${key}`))
      return hostile(objectFrom(entries, proto), `${shown} inheriting throwing getters for every library key (${kind})`)
    }
    case 'inherited fields':
      return hostile(objectFrom(entries, objectFrom([['day_of_week', child], ['intervals', child], ['_destroy', hostile(true, 'true')], ['time_zone', child]])), `${shown} inheriting day_of_week, intervals, time_zone: ${child.label}, _destroy: true`)
    case 'prototype is a throwing proxy':
      return hostile(objectFrom(entries, new Proxy({}, throwingHandler(TRAPS, kind))), `${shown} whose prototype is a proxy whose traps throw (${kind})`)
    case 'holey array, prototype a throwing proxy': {
      const array: unknown[] = new Array(3)
      array[1] = child.value
      Object.setPrototypeOf(array, new Proxy([], throwingHandler(TRAPS, kind)))
      return hostile(array, `[ , ${child.label}, ] whose prototype is a proxy whose traps throw (${kind})`)
    }
    case 'null prototype':
      return hostile(objectFrom(entries, null), `${shown} with a null prototype`)
    case 'object with Array.prototype':
      return hostile(objectFrom(entries, Array.prototype), `${shown} whose prototype is Array.prototype`)
    case 'array with Object.prototype': {
      const array = [child.value]
      Object.setPrototypeOf(array, Object.prototype)
      return hostile(array, `[${child.label}] whose prototype is Object.prototype`)
    }
  }
}

const { node: hostileArb } = fc.letrec<{ node: Hostile }>((tie) => {
  const entriesArb = fc.array(fc.tuple(keyArb, tie('node')), { maxLength: 4 })
  const childrenArb = fc.array(tie('node'), { maxLength: 4 })
  return {
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 3, withCrossShrink: true },
      { weight: 5, arbitrary: leafArb },
      { weight: 2, arbitrary: entriesArb.map((entries) => hostile(objectFrom(entries), showEntries(entries))) },
      { weight: 2, arbitrary: childrenArb.map((items) => hostile(items.map((item) => item.value), `[${items.map((item) => item.label).join(', ')}]`)) },
      {
        weight: 3,
        arbitrary: fc.record({ entries: entriesArb, items: childrenArb, key: keyArb, kind: thrownArb, onArray: fc.boolean(), index: fc.nat(4) }).map(({ entries, items, key, kind, onArray, index }) => {
          if (onArray) {
            const array = items.map((item) => item.value)
            define(array, String(index), throwingGetter(kind, `[${index}]`))
            return hostile(array, `[${items.map((item) => item.label).join(', ')}] with a throwing getter at [${index}] (${kind})`)
          }
          const object = objectFrom(entries)
          define(object, key, throwingGetter(kind, key))
          return hostile(object, `${showEntries(entries)} with a throwing getter "${key}" (${kind})`)
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ entries: entriesArb, key: keyArb, first: tie('node'), later: tie('node') }).map(({ entries, key, first, later }) => {
          const object = objectFrom(entries)
          define(object, key, fickleGetter(first.value, later.value))
          return hostile(object, `${showEntries(entries)} with a getter "${key}" that answers ${first.label} once, then ${later.label}`)
        }),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom('object', 'array', 'function').map((shape) => {
          const { proxy, revoke } = Proxy.revocable(shape === 'object' ? {} : shape === 'array' ? [] : () => 0, {})
          revoke()
          return hostile(proxy, `a revoked proxy of ${shape === 'object' ? '{}' : shape === 'array' ? '[]' : 'a function'}`)
        }),
      },
      {
        weight: 3,
        arbitrary: fc
          .record({ entries: entriesArb, items: childrenArb, onArray: fc.boolean(), traps: fc.subarray([...TRAPS], { minLength: 1 }), kind: thrownArb })
          .map(({ entries, items, onArray, traps, kind }) => {
            const target = onArray ? items.map((item) => item.value) : objectFrom(entries)
            const shown = onArray ? `[${items.map((item) => item.label).join(', ')}]` : showEntries(entries)
            return hostile(new Proxy(target, throwingHandler(traps, kind)), `a proxy of ${shown} whose traps ${traps.join(', ')} throw (${kind})`)
          }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ payload: tie('node'), onArray: fc.boolean(), length: lengthLieArb }).map(({ payload, onArray, length }) =>
          hostile(new Proxy(Object.freeze(onArray ? [] : {}), lyingHandler(payload.value, length)), `a proxy of a frozen ${onArray ? '[]' : '{}'} whose traps lie (answering ${payload.label}${showLength(length)})`),
        ),
      },
      {
        weight: 3,
        arbitrary: fc.record({ trick: fc.constantFrom(...PROTO_TRICKS), entries: entriesArb, child: tie('node'), kind: thrownArb }).map(({ trick, entries, child, kind }) => protoTrick(trick, entries, child, kind)),
      },
      {
        weight: 1,
        arbitrary: fc.record({ entries: entriesArb, key: keyArb, onArray: fc.boolean() }).map(({ entries, key, onArray }) => {
          if (onArray) {
            const array: unknown[] = entries.map(([, child]) => child.value)
            array.push(array)
            return hostile(array, `[${entries.map(([, child]) => child.label).join(', ')}, <itself>]`)
          }
          const object = objectFrom(entries)
          define(object, key, { value: object, writable: true })
          return hostile(object, `${showEntries(entries)} with "${key}": <itself>`)
        }),
      },
    ),
  }
})

// ---------------------------------------------------------------------------------------------
// Poisoned valid input: a valid argument with one hostile spot somewhere inside it

type PoisonAction = 'replace' | 'throwing getter' | 'fickle getter' | 'throwing proxy' | 'lying proxy' | 'revoked proxy' | 'throwing prototype'
const POISON_ACTIONS: readonly PoisonAction[] = ['replace', 'throwing getter', 'fickle getter', 'throwing proxy', 'lying proxy', 'revoked proxy', 'throwing prototype']

interface Spot {
  readonly parent: Record<string, unknown>
  readonly key: string
  readonly path: string
}

/** A deep copy of plain data (arrays, plain objects, Dates); functions and other values as they are. */
function copyPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyPlain)
  if (value instanceof Date) return new Date(value.getTime())
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    const proto = Object.getPrototypeOf(value)
    if (proto === Object.prototype || proto === null) {
      const copy = Object.create(proto) as Record<string, unknown>
      for (const key of Object.keys(value)) copy[key] = copyPlain((value as Record<string, unknown>)[key])
      return copy
    }
  }
  return value
}

/** Every object reachable from `box.value` (the root included), with where it sits. */
function spotsOf(box: Record<string, unknown>): Spot[] {
  const spots: Spot[] = []
  const visit = (parent: Record<string, unknown>, key: string, path: string) => {
    const value = parent[key]
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return
    spots.push({ parent, key, path })
    if (Object.isFrozen(value)) return
    for (const child of Object.keys(value)) visit(value as Record<string, unknown>, child, Array.isArray(value) ? `${path}[${child}]` : `${path}.${child}`)
  }
  visit(box, 'value', 'arg')
  return spots
}

function poisonArb(base: fc.Arbitrary<unknown>): fc.Arbitrary<Hostile> {
  return fc
    .record({ base, spot: fc.nat(), action: fc.constantFrom(...POISON_ACTIONS), existing: fc.boolean(), pick: fc.nat(), key: keyArb, payload: hostileArb, kind: thrownArb, traps: fc.subarray([...TRAPS], { minLength: 1 }), length: lengthLieArb })
    .map(({ base, spot, action, existing, pick, key, payload, kind, traps, length }) => {
      const box: Record<string, unknown> = { value: copyPlain(base) }
      const spots = spotsOf(box)
      const shownBase = fc.stringify(base)
      if (spots.length === 0) return hostile(payload.value, `${payload.label} (in place of ${shownBase})`)
      const { parent, key: parentKey, path } = spots[spot % spots.length]!
      const container = parent[parentKey] as Record<string, unknown>
      const keys = Object.isFrozen(container) ? [] : Object.keys(container)
      const field = existing && keys.length > 0 ? keys[pick % keys.length]! : Array.isArray(container) && existing ? String(pick % 4) : key
      let done: string
      switch (action) {
        case 'replace':
          define(container, field, { value: payload.value, writable: true })
          done = `${path}[${JSON.stringify(field)}] = ${payload.label}`
          break
        case 'throwing getter':
          define(container, field, throwingGetter(kind, field))
          done = `${path}[${JSON.stringify(field)}] is a getter that throws (${kind})`
          break
        case 'fickle getter': {
          const first = container[field]
          define(container, field, fickleGetter(first, payload.value))
          done = `${path}[${JSON.stringify(field)}] answers its value once, then ${payload.label}`
          break
        }
        case 'throwing proxy':
          parent[parentKey] = new Proxy(container, throwingHandler(traps, kind))
          done = `${path} wrapped in a proxy whose traps ${traps.join(', ')} throw (${kind})`
          break
        case 'lying proxy':
          parent[parentKey] = new Proxy(container, lyingHandler(payload.value, length))
          done = `${path} wrapped in a proxy whose traps lie (answering ${payload.label}${showLength(length)})`
          break
        case 'revoked proxy': {
          const { proxy, revoke } = Proxy.revocable(container, {})
          revoke()
          parent[parentKey] = proxy
          done = `${path} is a revoked proxy`
          break
        }
        case 'throwing prototype':
          try {
            Object.setPrototypeOf(container, new Proxy(Array.isArray(container) ? [] : {}, throwingHandler(TRAPS, kind)))
            if (Array.isArray(container) && container.length > 0) delete container[pick % container.length]
          } catch {
            // frozen: unchanged
          }
          done = `${path}'s prototype is a proxy whose traps throw (${kind}), with a hole`
          break
      }
      return hostile(box.value, `${shownBase} where ${done}`)
    })
}

// ---------------------------------------------------------------------------------------------
// Valid arguments and the functions under test

const RECORDS: BusinessHourInput[] = ([0, 1, 2, 3, 4, 5, 6] as const).map((day: DayOfWeek) => ({ day_of_week: day, time_open: 900, time_close: 1700, work_day: day >= 1 && day <= 5, invert: false }))
const SERVER: BusinessHourRecord[] = RECORDS.map((record, i) => ({ id: i + 1, ...record }))
const EDITED = RECORDS.map((record) => (record.day_of_week === 1 ? { ...record, time_open: 800 } : record))
const SCHEDULE: WeeklySchedule = api.parseBusinessHours(RECORDS)
const TARGET: Target = api.parseTarget({
  target: { id: 7, name: 'Sales', time_zone: 'America/New_York', business_hours: SERVER, weight: 2, caps: [{ id: 1, type: 'Daily', cap: 10, filled: 3 }] },
})
const OTHER_TARGET: Target = api.parseTarget({ target: { id: 8, name: 'Support', weight: 1, priority: 1 } })
const ATTRIBUTES = api.diffBusinessHours(SERVER, EDITED)
const DAY_MS = 86_400_000

const capTypeArb = fc.constantFrom('Hard', 'Hourly', 'Daily', 'Monthly')
const capsArb = fc.array(
  fc.record({ id: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }), type: capTypeArb, cap: fc.option(fc.nat(5), { nil: null }), filled: fc.nat(6) }),
  { maxLength: 4 },
)
const zoneNameArb = fc.constantFrom('UTC', 'America/New_York', 'Eastern Time (US & Canada)', 'Asia/Kathmandu', 'Europe/London')
const serverArb = businessHourListArb.map((records) => records.map((record, i) => ({ id: i + 1, ...record })))

/** The API's target JSON, always valid. */
const targetDocArb = fc
  .record({
    id: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
    name: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
    number: fc.option(fc.constantFrom('+15555550100', 'sip:sales@example.com'), { nil: null }),
    time_zone: fc.option(zoneNameArb, { nil: null }),
    business_hours: fc.option(serverArb, { nil: null }),
    paused: fc.boolean(),
    concurrency_cap: fc.option(fc.nat(5), { nil: null }),
    calls_in_progress: fc.nat(6),
    priority: fc.integer({ min: -2, max: 3 }),
    weight: fc.nat(5),
    caps: capsArb,
  }, { requiredKeys: ['id'] })
  .chain((target) => fc.constantFrom({ target }, target))

/** A hand-built `Target`, always valid. */
const plainTargetArb = fc.record({
  id: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
  name: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
  number: fc.constant(null),
  timeZone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Kathmandu'),
  schedule: weeklyScheduleArb,
  paused: fc.boolean(),
  concurrencyCap: fc.option(fc.nat(5), { nil: null }),
  callsInProgress: fc.nat(6),
  priority: fc.integer({ min: -2, max: 3 }),
  weight: fc.nat(5),
  caps: capsArb,
})

/** Valid exception entries of every kind (conflict-free: one of each kind, on distinct dates). */
const exceptionEntriesArb = fc
  .record(
    {
      single: fc.record({ date: fc.constantFrom('2026-12-25', '2027-01-01'), closed: fc.constant(true), label: fc.string({ maxLength: 6 }) }, { requiredKeys: ['date', 'closed'] }),
      range: fc.record({ from: fc.constant('2026-12-24'), to: fc.constantFrom('2026-12-24', '2027-01-02'), hours: fc.constant([{ time_open: 900, time_close: 1300 }]) }),
      yearly: fc.record({ date: fc.constantFrom('--12-25', '--02-29'), closed: fc.constant(true) }),
      instant: fc.record({ start: fc.constant('2026-12-01T14:35:00Z'), end: fc.constantFrom('2026-12-01T16:10:00Z', '2026-12-02T00:00:00-05:00'), open: fc.constant(true) }),
    },
    { requiredKeys: [] },
  )
  .map((kinds) => Object.values(kinds) as object[])
const EXCEPTIONS = [
  { date: '--12-25', closed: true, label: 'Christmas' },
  { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }] },
  { from: '2026-12-31', to: '2027-01-01', closed: true },
  { start: '2026-12-01T14:35:00Z', end: '2026-12-01T16:10:00Z', closed: true },
]

const CALENDAR = api.withExceptions(SCHEDULE, EXCEPTIONS)

/** Sorted, disjoint spans of epoch ms or Dates. */
const spanListArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 8 })
  .map((cuts) => cuts.sort((a, b) => a - b))
  .chain((cuts) => {
    const spans: { start: number; end: number }[] = []
    for (let i = 0; i + 1 < cuts.length; i += 2) spans.push({ start: cuts[i]!, end: cuts[i + 1]! })
    return fc.boolean().map((dates) => (dates ? spans.map((span) => ({ start: new Date(span.start), end: new Date(span.end) })) : spans))
  })

const instantArb = fc.oneof(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 4e12 }).map((ms) => new Date(ms)))
const militaryArb = fc.integer({ min: 0, max: 24 }).chain((h) => fc.integer({ min: 0, max: h === 24 ? 0 : 59 }).map((m) => h * 100 + m))
const pathArb = fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.nat(20)), { maxLength: 5 })

/** One argument position: its name, a valid value, and valid values to poison. */
interface Param {
  readonly name: string
  readonly valid: () => unknown
  readonly base: fc.Arbitrary<unknown>
}

interface Case {
  readonly name: string
  readonly call: (...args: unknown[]) => unknown
  readonly params: readonly Param[]
}

const untyped = (fn: unknown) => fn as (...args: unknown[]) => unknown

const P = {
  records: { name: 'input', valid: () => RECORDS.map((r) => ({ ...r })), base: businessHourListArb },
  server: { name: 'server', valid: () => SERVER.map((r) => ({ ...r })), base: serverArb },
  edited: { name: 'edited', valid: () => EDITED.map((r) => ({ ...r })), base: fc.oneof(businessHourListArb, weeklyScheduleArb) },
  attributes: {
    name: 'attributes',
    valid: () => ATTRIBUTES.map((a) => ({ ...a })),
    base: fc.array(fc.oneof(fc.nat(6).map((i) => ({ id: i + 1, _destroy: true })), fc.record({ id: fc.integer({ min: 1, max: 7 }), time_open: militaryArb }), businessHourListArb.map((list) => list[0]!)), { maxLength: 6 }),
  },
  schedule: { name: 'schedule', valid: () => SCHEDULE, base: weeklyScheduleArb },
  intervals: { name: 'intervals', valid: () => [{ start: 600, end: 1200 }], base: weeklyScheduleArb.map((s) => s.intervals) },
  at: { name: 'at', valid: () => 0, base: instantArb },
  to: { name: 'to', valid: () => 7 * DAY_MS, base: instantArb.map((at) => (typeof at === 'number' ? at + DAY_MS : new Date(at.getTime() + DAY_MS))) },
  zone: { name: 'timeZone', valid: () => 'UTC', base: zoneNameArb },
  validateOptions: { name: 'options', valid: () => ({ pathPrefix: ['target', 'business_hours'] }), base: fc.record({ pathPrefix: pathArb }) },
  describeOptions: { name: 'options', valid: () => ({ weekStart: 'sunday' }), base: fc.record({ weekStart: fc.constantFrom('sunday', 'monday') }, { requiredKeys: [] }) },
  gridOptions: {
    name: 'options',
    valid: () => ({ cellMinutes: 60 }),
    base: fc.record({ weekStart: fc.constantFrom('sunday', 'monday'), cellMinutes: fc.constantFrom(15, 30, 60, 120, 1440), marks: fc.record({ open: fc.constant('#'), closed: fc.constant('.'), partial: fc.constant('+') }, { requiredKeys: [] }) }, { requiredKeys: [] }),
  },
  svgOptions: {
    name: 'options',
    valid: () => ({ title: 'Sales', timeZone: 'UTC' }),
    base: fc.record({ weekStart: fc.constantFrom('sunday', 'monday'), title: fc.string({ maxLength: 10 }), timeZone: zoneNameArb, now: fc.record({ weekMinute: fc.integer({ min: 0, max: 10079 }) }), width: fc.integer({ min: 100, max: 2000 }) }, { requiredKeys: [] }),
  },
  diffOptions: { name: 'options', valid: () => ({ removal: 'empty' }), base: fc.record({ removal: fc.constantFrom('destroy', 'empty'), includeUnchanged: fc.boolean() }, { requiredKeys: [] }) },
  applyOptions: {
    name: 'options',
    valid: () => ({}),
    base: fc.integer({ min: 100, max: 1000 }).map((start) => {
      let next = start
      return { nextId: () => next++ }
    }),
  },
  updateInput: {
    name: 'input',
    valid: () => ({ name: 'Sales', caps: { hard: 100, daily: null }, businessHours: ATTRIBUTES.map((a) => ({ ...a })) }),
    base: fc.record(
      {
        name: fc.string({ maxLength: 8 }),
        priority: fc.integer({ min: -2, max: 3 }),
        caps: fc.record({ hard: fc.option(fc.nat(100), { nil: null }), hourly: fc.option(fc.nat(100), { nil: null }), daily: fc.nat(9), monthly: fc.nat(9) }, { requiredKeys: [] }),
        businessHours: businessHourListArb,
      },
      { requiredKeys: [] },
    ),
  },
  targetDoc: { name: 'input', valid: () => ({ target: { id: 7, time_zone: 'UTC', caps: [] } }), base: targetDocArb },
  target: { name: 'target', valid: () => TARGET, base: plainTargetArb },
  targets: { name: 'targets', valid: () => [TARGET, OTHER_TARGET], base: fc.array(fc.oneof(plainTargetArb, fc.constant(TARGET)), { maxLength: 3 }) },
  routingOptions: { name: 'options', valid: () => ({ random: () => 0.5 }), base: fc.double({ min: 0, max: 0.99, noNaN: true }).map((u) => ({ random: () => u })) },
  capType: { name: 'type', valid: () => 'Daily', base: capTypeArb },
  militaryText: { name: 'text', valid: () => '9:30 am', base: fc.oneof(fc.constantFrom('9am', '9:30 pm', '0930', '21:30', '24:00'), militaryArb) },
  military: { name: 'military', valid: () => 930, base: militaryArb },
  path: { name: 'path', valid: () => [3, 'time_close'], base: pathArb },
  root: { name: 'root', valid: () => 'business_hours', base: fc.string({ maxLength: 8 }) },
  exceptions: { name: 'exceptions', valid: () => EXCEPTIONS.map((e) => ({ ...e })), base: exceptionEntriesArb },
  calendar: { name: 'calendar', valid: () => CALENDAR, base: exceptionEntriesArb.map((entries) => api.withExceptions(SCHEDULE, entries as never)) },
  date: { name: 'date', valid: () => '2026-12-24', base: fc.integer({ min: 0, max: 40_000 }).map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10)) },
  ms: { name: 'ms', valid: () => 3_600_000, base: fc.integer({ min: -30 * DAY_MS, max: 30 * DAY_MS }) },
  spans: { name: 'spans', valid: () => [{ start: 0, end: 60_000 }, { start: 120_000, end: 180_000 }], base: spanListArb },
  spanLists: { name: 'lists', valid: () => [[{ start: 0, end: 60_000 }], [{ start: 30_000, end: 90_000 }]], base: fc.array(spanListArb, { maxLength: 3 }) },
  fleet: { name: 'targets', valid: () => [TARGET, OTHER_TARGET].map((target, i) => api.parseTarget({ id: i + 1, time_zone: target.timeZone, paused: target.paused })), base: fc.array(plainTargetArb, { maxLength: 3 }).map((list) => list.map((target, i) => ({ ...target, id: i + 1 }))) },
  fleetOptions: { name: 'options', valid: () => ({ caps: true }), base: fc.record({ caps: fc.boolean(), skipInvalid: fc.boolean(), epochMs: fc.boolean() }, { requiredKeys: [] }) },
} satisfies Record<string, Param>

const query = (name: string, fn: unknown): Case => ({ name, call: untyped(fn), params: [P.schedule, P.at, P.zone] })

const CASES: readonly Case[] = [
  { name: 'validateBusinessHours', call: untyped(api.validateBusinessHours), params: [P.records, P.validateOptions] },
  { name: 'parseBusinessHours', call: untyped(api.parseBusinessHours), params: [P.records, P.validateOptions] },
  { name: 'toBusinessHours', call: untyped(api.toBusinessHours), params: [P.schedule] },
  { name: 'scheduleFromIntervals', call: untyped(api.scheduleFromIntervals), params: [P.intervals] },
  { name: 'schedulesEqual', call: untyped(api.schedulesEqual), params: [{ ...P.schedule, name: 'a' }, { ...P.schedule, name: 'b' }] },
  query('isOpen', api.isOpen),
  query('nextOpening', api.nextOpening),
  query('nextClosing', api.nextClosing),
  query('nextChange', api.nextChange),
  { name: 'openIntervals', call: untyped(api.openIntervals), params: [P.schedule, { ...P.at, name: 'from' }, P.to, P.zone] },
  { name: 'resolveTimeZone', call: untyped(api.resolveTimeZone), params: [{ ...P.zone, name: 'name' }] },
  { name: 'describeSchedule', call: untyped(api.describeSchedule), params: [P.schedule, P.describeOptions] },
  { name: 'renderWeekGrid', call: untyped(api.renderWeekGrid), params: [P.schedule, P.gridOptions] },
  { name: 'renderWeekSvg', call: untyped(api.renderWeekSvg), params: [P.schedule, P.svgOptions] },
  { name: 'diffBusinessHours', call: untyped(api.diffBusinessHours), params: [P.server, P.edited, P.diffOptions] },
  { name: 'applyBusinessHoursAttributes', call: untyped(api.applyBusinessHoursAttributes), params: [P.server, P.attributes, P.applyOptions] },
  { name: 'buildTargetUpdate', call: untyped(api.buildTargetUpdate), params: [P.updateInput] },
  { name: 'parseTarget', call: untyped(api.parseTarget), params: [P.targetDoc] },
  { name: 'validateTarget', call: untyped(api.validateTarget), params: [P.targetDoc] },
  { name: 'targetAvailability', call: untyped(api.targetAvailability), params: [P.target, P.at] },
  { name: 'capResetsAt', call: untyped(api.capResetsAt), params: [P.capType, P.at, P.zone] },
  { name: 'nextAccepting', call: untyped(api.nextAccepting), params: [P.target, P.at] },
  { name: 'routingOrder', call: untyped(api.routingOrder), params: [P.targets, P.at, P.routingOptions] },
  { name: 'routingShares', call: untyped(api.routingShares), params: [P.targets, P.at] },
  { name: 'parseMilitaryTime', call: untyped(api.parseMilitaryTime), params: [P.militaryText] },
  { name: 'formatMilitaryTime', call: untyped(api.formatMilitaryTime), params: [P.military] },
  { name: 'formatIssuePath', call: untyped(api.formatIssuePath), params: [P.path, P.root] },
  { name: 'validateExceptions', call: untyped(api.validateExceptions), params: [P.exceptions, P.validateOptions] },
  { name: 'parseExceptions', call: untyped(api.parseExceptions), params: [P.exceptions] },
  { name: 'withExceptions', call: untyped(api.withExceptions), params: [P.schedule, P.exceptions] },
  { name: 'isOpen (calendar)', call: untyped(api.isOpen), params: [P.calendar, P.at, P.zone] },
  { name: 'nextOpening (calendar)', call: untyped(api.nextOpening), params: [P.calendar, P.at, P.zone] },
  { name: 'openIntervals (calendar)', call: untyped(api.openIntervals), params: [P.calendar, { ...P.at, name: 'from' }, P.to, P.zone] },
  { name: 'hoursOn', call: untyped(api.hoursOn), params: [P.calendar, P.date, P.zone] },
  { name: 'openDuration', call: untyped(api.openDuration), params: [P.calendar, { ...P.at, name: 'from' }, P.to, P.zone] },
  { name: 'addOpenTime', call: untyped(api.addOpenTime), params: [P.calendar, P.at, P.ms, P.zone] },
  { name: 'weekRecordsAt', call: untyped(api.weekRecordsAt), params: [P.calendar, P.at, P.zone] },
  { name: 'planExceptionUpdates', call: untyped(api.planExceptionUpdates), params: [P.calendar, { ...P.at, name: 'from' }, P.to, P.zone] },
  { name: 'describeSchedule (calendar)', call: untyped(api.describeSchedule), params: [P.calendar, P.describeOptions] },
  { name: 'unionIntervals', call: untyped(api.unionIntervals), params: [P.spanLists] },
  { name: 'intersectIntervals', call: untyped(api.intersectIntervals), params: [{ ...P.spans, name: 'a' }, { ...P.spans, name: 'b' }] },
  { name: 'subtractIntervals', call: untyped(api.subtractIntervals), params: [{ ...P.spans, name: 'a' }, { ...P.spans, name: 'b' }] },
  { name: 'coverage', call: untyped(api.coverage), params: [P.fleet, { ...P.at, name: 'from' }, P.to, P.fleetOptions] },
  { name: 'routingTimeline', call: untyped(api.routingTimeline), params: [P.fleet, { ...P.at, name: 'from' }, P.to, P.fleetOptions] },
]

/** A hostile value for one argument: hostile through and through, or a valid one poisoned in one spot. */
const argumentArb = (param: Param): fc.Arbitrary<Hostile> => fc.oneof(hostileArb, poisonArb(param.base))

// ---------------------------------------------------------------------------------------------
// Checks

type Outcome = { readonly threw: false } | { readonly threw: true; readonly error: unknown }

function attempt(run: () => unknown): Outcome {
  try {
    run()
    return { threw: false }
  } catch (error) {
    return { threw: true, error }
  }
}

function callWith(c: Case, position: number, argument: Hostile): Outcome {
  const args = c.params.map((param, i) => (i === position ? argument.value : param.valid()))
  return attempt(() => c.call(...args))
}

/** What escaped, in words; reading it never throws. */
function describeError(error: unknown): string {
  try {
    if (isA(error, Error)) return `${error.constructor.name} (name ${error.name}): ${error.message.slice(0, 300)}`
    return `a thrown ${typeof error}: ${String(error).slice(0, 200)}`
  } catch {
    return 'an unprintable thrown value'
  }
}

/** `error instanceof kind`, false when asking throws (a thrown proxy whose getPrototypeOf trap throws). */
function isA<T>(error: unknown, kind: abstract new (...args: never[]) => T): error is T {
  try {
    return error instanceof kind
  } catch {
    return false
  }
}

const isAllowedError = (error: unknown): boolean => isA(error, BusinessHoursError) || isA(error, RangeError) || isA(error, TypeError)

/**
 * V8's own messages: an engine error the library let through, whatever its class. Matched at the
 * start, because the library's own errors may quote what a caller's getter or proxy threw after
 * saying what could not be read ("renderWeekGrid options could not be read: TypeError: …").
 */
const ENGINE_MESSAGE =
  /^(?:Maximum call stack size exceeded|Cannot |.{0,60}is not a function|.{0,60}is not iterable|.{0,60}is not a constructor|'[^']*' on proxy|.{0,40}object is not extensible|Converting circular structure|Do not know how to serialize a BigInt|this is not a Date object|Invalid array length|Invalid string length|Invalid time value|Reduce of empty array|Object prototype may only|Function\.prototype)/

function engineMessage(error: unknown): string | undefined {
  if (!(isA(error, RangeError) || isA(error, TypeError))) return undefined
  return ENGINE_MESSAGE.test(error.message) ? error.message : undefined
}

/** What is wrong with an issue, or undefined. Reading it never throws. */
function issueProblem(issue: unknown): string | undefined {
  try {
    if (typeof issue !== 'object' || issue === null) return `an issue is not an object: ${String(issue)}`
    const { code, path, message, severity } = issue as Record<string, unknown>
    if (typeof code !== 'string' || code === '') return `code is not a non-empty string: ${String(code)}`
    if (!Array.isArray(path)) return `path of ${code} is not an array`
    const bad = path.findIndex((segment) => typeof segment !== 'string' && typeof segment !== 'number')
    if (bad !== -1) return `path of ${code} has a segment that is neither string nor number at ${bad}: ${typeof path[bad]}`
    if (typeof message !== 'string' || message === '') return `message of ${code} is not a non-empty string`
    if (severity !== 'error' && severity !== 'warning') return `severity of ${code} is ${String(severity)}`
    return undefined
  } catch (error) {
    return `the issue cannot be read: ${describeError(error)}`
  }
}

function issuesProblem(issues: unknown, nonEmpty: boolean): string | undefined {
  if (!Array.isArray(issues)) return `issues is not an array: ${typeof issues}`
  if (nonEmpty && issues.length === 0) return 'issues is empty'
  for (const issue of issues) {
    const problem = issueProblem(issue)
    if (problem !== undefined) return problem
  }
  return undefined
}

function errorIssuesProblem(error: BusinessHoursError): string | undefined {
  const problem = issuesProblem(error.issues, true)
  if (problem !== undefined) return problem
  if (!error.issues.some((issue) => issue.severity === 'error')) return 'a BusinessHoursError without any issue of severity "error"'
  return undefined
}

// ---------------------------------------------------------------------------------------------
// 2. Only BusinessHoursError, RangeError or TypeError escapes

describe('every public function returns or throws BusinessHoursError, RangeError or TypeError (property)', () => {
  for (const c of CASES) {
    c.params.forEach((param, position) => {
      it(`${c.name}: hostile ${param.name} (argument ${position + 1})`, () => {
        fc.assert(
          fc.property(argumentArb(param), (argument) => {
            const outcome = callWith(c, position, argument)
            if (outcome.threw && !isAllowedError(outcome.error)) {
              throw new Error(`${c.name} with ${param.name} = ${argument.label} let escape ${describeError(outcome.error)}`)
            }
          }),
          runs(40),
        )
      })
    })
  }
})

describe('what escapes is the library’s own error, not an engine error in an allowed class (property)', () => {
  for (const c of CASES) {
    it(`${c.name}: no stack overflow, no "Cannot read properties", no proxy TypeError`, () => {
      fc.assert(
        fc.property(
          fc.nat(c.params.length - 1).chain((position) => fc.tuple(fc.constant(position), argumentArb(c.params[position]!))),
          ([position, argument]) => {
            const outcome = callWith(c, position, argument)
            if (outcome.threw && engineMessage(outcome.error) !== undefined) {
              throw new Error(`${c.name} with ${c.params[position]!.name} = ${argument.label} let the engine's ${describeError(outcome.error)}`)
            }
          },
        ),
        runs(40),
      )
    })
  }
})

// ---------------------------------------------------------------------------------------------
// 3. validate* never throw, whatever the input and options

describe('validate* never throw and return well-formed issues (property)', () => {
  const resultProblem = (result: unknown): string | undefined => {
    if (typeof result !== 'object' || result === null) return 'the result is not an object'
    const { ok, issues, warnings } = result as { ok?: unknown; issues?: unknown; warnings?: unknown }
    if (ok !== true && ok !== false) return `ok is ${String(ok)}`
    const warningProblem = issuesProblem(warnings, false)
    if (warningProblem !== undefined) return `warnings: ${warningProblem}`
    if (ok === false) {
      const problem = issuesProblem(issues, true)
      if (problem !== undefined) return `issues: ${problem}`
    }
    return undefined
  }

  it('validateBusinessHours(x, o) for hostile x and hostile options o', () => {
    fc.assert(
      fc.property(argumentArb(P.records), fc.oneof(hostileArb, poisonArb(P.validateOptions.base), fc.constant(hostile(undefined, 'undefined'))), (input, options) => {
        const outcome = attempt(() => {
          const problem = resultProblem(api.validateBusinessHours(input.value, options.value as api.ValidateOptions))
          if (problem !== undefined) throw new Error(`ill-formed result: ${problem}`)
        })
        if (outcome.threw) throw new Error(`validateBusinessHours(${input.label}, ${options.label}) threw ${describeError(outcome.error)}`)
      }),
      runs(200),
    )
  })

  it('validateExceptions(x, o) for hostile x and hostile options o', () => {
    fc.assert(
      fc.property(argumentArb(P.exceptions), fc.oneof(hostileArb, poisonArb(P.validateOptions.base), fc.constant(hostile(undefined, 'undefined'))), (input, options) => {
        const outcome = attempt(() => {
          const problem = resultProblem(api.validateExceptions(input.value, options.value as api.ValidateOptions))
          if (problem !== undefined) throw new Error(`ill-formed result: ${problem}`)
        })
        if (outcome.threw) throw new Error(`validateExceptions(${input.label}, ${options.label}) threw ${describeError(outcome.error)}`)
      }),
      runs(200),
    )
  })

  it('validateTarget(x, { exceptions }) for hostile exceptions', () => {
    fc.assert(
      fc.property(argumentArb(P.exceptions), (input) => {
        const outcome = attempt(() => {
          const problem = resultProblem(api.validateTarget({ target: { id: 7 } }, { exceptions: input.value as never }))
          if (problem !== undefined) throw new Error(`ill-formed result: ${problem}`)
        })
        if (outcome.threw) throw new Error(`validateTarget(doc, { exceptions: ${input.label} }) threw ${describeError(outcome.error)}`)
      }),
      runs(200),
    )
  })

  it('validateTarget(x) for hostile x', () => {
    fc.assert(
      fc.property(argumentArb(P.targetDoc), (input) => {
        const outcome = attempt(() => {
          const problem = resultProblem(api.validateTarget(input.value))
          if (problem !== undefined) throw new Error(`ill-formed result: ${problem}`)
        })
        if (outcome.threw) throw new Error(`validateTarget(${input.label}) threw ${describeError(outcome.error)}`)
      }),
      runs(200),
    )
  })
})

// ---------------------------------------------------------------------------------------------
// 4. Sealed values answer the same after any attempt to change them

/** The first object reachable from `value` that is not frozen, as a path, or undefined. */
function unfrozenPart(value: unknown, path = 'value', seen = new Set<object>()): string | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return undefined
  seen.add(value)
  if (!Object.isFrozen(value)) return path
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key)!
    if (!('value' in descriptor)) return `${path}.${String(key)} (an accessor)`
    const found = unfrozenPart(descriptor.value, `${path}.${String(key)}`, seen)
    if (found !== undefined) return found
  }
  return undefined
}

/** A JSON snapshot in which a Date is its epoch ms. */
const snapshot = (value: unknown): string =>
  JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key]
    return raw instanceof Date ? { date: raw.getTime() } : v
  })

type Mutation = { readonly op: string; readonly index: number; readonly value: number }

const mutationsArb = (ops: readonly string[]): fc.Arbitrary<Mutation[]> =>
  fc.array(fc.record({ op: fc.constantFrom(...ops), index: fc.nat(6), value: fc.oneof(fc.integer({ min: -10, max: 20_000 }), fc.constant(Number.NaN)) }), { minLength: 1, maxLength: 8 })

const SCHEDULE_OPS = [
  'intervals[i].start =', 'intervals[i].end =', 'intervals.push', 'intervals.pop', 'intervals.splice', 'intervals.reverse', 'intervals.sort',
  'intervals.length = 0', 'intervals[i] =', 'intervals =', 'defineProperty intervals', 'defineProperty intervals[i]',
  'defineProperty intervals[i].start getter', 'delete intervals', 'delete intervals[i]', 'delete intervals[i].end',
  'setPrototypeOf schedule', 'setPrototypeOf intervals[i]', 'Object.assign schedule', 'Array.prototype.push.call', 'Reflect.set intervals[i].start',
] as const

function mutateSchedule(schedule: WeeklySchedule, { op, index, value }: Mutation): void {
  const s = schedule as unknown as { intervals: { start: number; end: number }[] } & Record<string, unknown>
  const list = s.intervals
  const i = list.length === 0 ? 0 : index % list.length
  const interval = list[i] ?? { start: 0, end: 0 }
  switch (op) {
    case 'intervals[i].start =': interval.start = value; break
    case 'intervals[i].end =': interval.end = value; break
    case 'intervals.push': list.push({ start: value, end: value + 60 }); break
    case 'intervals.pop': list.pop(); break
    case 'intervals.splice': list.splice(0, 1); break
    case 'intervals.reverse': list.reverse(); break
    case 'intervals.sort': list.sort((a, b) => b.start - a.start); break
    case 'intervals.length = 0': list.length = 0; break
    case 'intervals[i] =': list[i] = { start: 0, end: 10080 }; break
    case 'intervals =': s.intervals = [{ start: 0, end: 10080 }]; break
    case 'defineProperty intervals': Object.defineProperty(s, 'intervals', { value: [] }); break
    case 'defineProperty intervals[i]': Object.defineProperty(list, i, { value: { start: 0, end: 10080 } }); break
    case 'defineProperty intervals[i].start getter': Object.defineProperty(interval, 'start', { get: () => value }); break
    case 'delete intervals': delete (s as Partial<typeof s>).intervals; break
    case 'delete intervals[i]': delete list[i]; break
    case 'delete intervals[i].end': delete (interval as Partial<typeof interval>).end; break
    case 'setPrototypeOf schedule': Object.setPrototypeOf(s, { intervals: [] }); break
    case 'setPrototypeOf intervals[i]': Object.setPrototypeOf(interval, { start: value }); break
    case 'Object.assign schedule': Object.assign(s, { intervals: [], extra: value }); break
    case 'Array.prototype.push.call': Array.prototype.push.call(list, { start: 0, end: 10080 }); break
    case 'Reflect.set intervals[i].start': Reflect.set(interval, 'start', value); break
  }
}

const TARGET_OPS = [
  'weight =', 'priority =', 'paused =', 'timeZone =', 'callsInProgress =', 'concurrencyCap =', 'id =', 'caps =', 'schedule =',
  'caps.push', 'caps.length = 0', 'caps[i].filled =', 'caps[i].cap =', 'caps[i].type =', 'schedule.intervals.push', 'schedule.intervals[i].start =',
  'schedule.intervals.length = 0', 'defineProperty weight getter', 'delete paused', 'delete caps[i]', 'setPrototypeOf target', 'Object.assign target',
] as const

function mutateTarget(target: Target, { op, index, value }: Mutation): void {
  const t = target as unknown as Record<string, unknown> & {
    caps: Record<string, unknown>[]
    schedule: { intervals: { start: number; end: number }[] }
  }
  const cap = t.caps.length === 0 ? {} : t.caps[index % t.caps.length]!
  const intervals = t.schedule.intervals
  const interval = intervals.length === 0 ? { start: 0, end: 0 } : intervals[index % intervals.length]!
  switch (op) {
    case 'weight =': t.weight = value; break
    case 'priority =': t.priority = value; break
    case 'paused =': t.paused = !t.paused; break
    case 'timeZone =': t.timeZone = 'Asia/Tokyo'; break
    case 'callsInProgress =': t.callsInProgress = value; break
    case 'concurrencyCap =': t.concurrencyCap = 0; break
    case 'id =': t.id = value; break
    case 'caps =': t.caps = [{ id: null, type: 'Hard', cap: 0, filled: 0 }]; break
    case 'schedule =': t.schedule = { intervals: [] }; break
    case 'caps.push': t.caps.push({ id: null, type: 'Hard', cap: 0, filled: 0 }); break
    case 'caps.length = 0': t.caps.length = 0; break
    case 'caps[i].filled =': cap.filled = value; break
    case 'caps[i].cap =': cap.cap = 0; break
    case 'caps[i].type =': cap.type = 'Hard'; break
    case 'schedule.intervals.push': intervals.push({ start: 0, end: 10080 }); break
    case 'schedule.intervals[i].start =': interval.start = value; break
    case 'schedule.intervals.length = 0': intervals.length = 0; break
    case 'defineProperty weight getter': Object.defineProperty(t, 'weight', { get: () => value }); break
    case 'delete paused': delete t.paused; break
    case 'delete caps[i]': t.caps.splice(index % Math.max(1, t.caps.length), 1); break
    case 'setPrototypeOf target': Object.setPrototypeOf(t, { weight: value }); break
    case 'Object.assign target': Object.assign(t, { weight: value, paused: true }); break
  }
}

const INSTANTS_FROM = Date.UTC(2024, 0, 1)
const INSTANTS_TO = Date.UTC(2027, 0, 1)
const answerInstantsArb = fc.array(fc.integer({ min: INSTANTS_FROM, max: INSTANTS_TO }), { minLength: 1, maxLength: 3 })

type ScheduleSource = 'parseBusinessHours' | 'validateBusinessHours' | 'scheduleFromIntervals'

/** How a sealed schedule is made: from records or from intervals (overlapping ones too, to be normalised). */
const scheduleSourceArb: fc.Arbitrary<{ source: ScheduleSource; input: unknown }> = fc.oneof(
  businessHourListArb.map((input) => ({ source: 'parseBusinessHours' as const, input })),
  businessHourListArb.map((input) => ({ source: 'validateBusinessHours' as const, input })),
  weeklyScheduleArb.map((s) => ({ source: 'scheduleFromIntervals' as const, input: s.intervals })),
  fc
    .array(fc.tuple(fc.integer({ min: 0, max: 10080 }), fc.integer({ min: 0, max: 10080 })), { maxLength: 6 })
    .map((pairs) => ({ source: 'scheduleFromIntervals' as const, input: pairs.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })) })),
)

function makeSchedule(source: ScheduleSource, input: unknown): WeeklySchedule {
  if (source === 'parseBusinessHours') return api.parseBusinessHours(input)
  if (source === 'scheduleFromIntervals') return api.scheduleFromIntervals(input as { start: number; end: number }[])
  const result = api.validateBusinessHours(input)
  if (!result.ok) throw new Error(`valid records were refused: ${JSON.stringify(result.issues)}`)
  return result.schedule
}

function scheduleAnswers(schedule: WeeklySchedule, instants: readonly number[], zone: string): string {
  return snapshot({
    intervals: schedule.intervals,
    open: instants.map((at) => api.isOpen(schedule, at, zone)),
    nextOpening: instants.map((at) => api.nextOpening(schedule, at, zone)),
    nextClosing: instants.map((at) => api.nextClosing(schedule, at, zone)),
    spans: api.openIntervals(schedule, instants[0]!, instants[0]! + 7 * DAY_MS, zone),
    describe: api.describeSchedule(schedule),
    records: api.toBusinessHours(schedule),
    equal: api.schedulesEqual(schedule, api.scheduleFromIntervals(JSON.parse(JSON.stringify(schedule.intervals)))),
  })
}

function targetAnswers(target: Target, instants: readonly number[]): string {
  return snapshot({
    target,
    availability: instants.map((at) => api.targetAvailability(target, at)),
    nextAccepting: instants.map((at) => api.nextAccepting(target, at)),
    shares: instants.map((at) => api.routingShares([target, OTHER_TARGET], at).map((share) => ({ id: share.target.id, share: share.share }))),
    order: instants.map((at) => api.routingOrder([target, OTHER_TARGET], at, { random: () => 0.5 }).map((t) => t.id)),
  })
}

describe('sealed values answer the same after any attempt to change them (property)', () => {
  it('a schedule from parseBusinessHours, validateBusinessHours or scheduleFromIntervals is deeply frozen and unchanged', () => {
    fc.assert(
      fc.property(scheduleSourceArb, answerInstantsArb, fc.constantFrom('UTC', 'America/New_York', 'Asia/Kathmandu'), mutationsArb(SCHEDULE_OPS), ({ source, input }, instants, zone, mutations) => {
        const schedule = makeSchedule(source, input)
        const before = scheduleAnswers(schedule, instants, zone)
        for (const mutation of mutations) attempt(() => mutateSchedule(schedule, mutation))
        const unfrozen = unfrozenPart(schedule, 'schedule')
        if (unfrozen !== undefined) throw new Error(`${source} made a schedule with ${unfrozen} not frozen`)
        expect(Object.isFrozen(schedule.intervals) && schedule.intervals.every((interval) => Object.isFrozen(interval))).toBe(true)
        expect(scheduleAnswers(schedule, instants, zone)).toBe(before)
      }),
      runs(60),
    )
  })

  it('a calendar from withExceptions, and exceptions from validateExceptions, are deeply frozen', () => {
    fc.assert(
      fc.property(exceptionEntriesArb, (entries) => {
        const calendar = api.withExceptions(SCHEDULE, entries as never)
        const before = api.openIntervals(calendar, Date.UTC(2026, 11, 20), Date.UTC(2027, 0, 5), 'UTC', api.EPOCH_MS)
        const unfrozen = unfrozenPart(calendar) ?? unfrozenPart(api.parseExceptions(entries))
        if (unfrozen !== undefined) throw new Error(`${unfrozen} is not frozen`)
        // The entries given stay the caller's: changing them afterwards changes nothing.
        for (const entry of entries) Object.assign(entry, { date: '2026-12-22', closed: true })
        expect(api.openIntervals(calendar, Date.UTC(2026, 11, 20), Date.UTC(2027, 0, 5), 'UTC', api.EPOCH_MS)).toEqual(before)
      }),
      runs(100),
    )
  })

  it('a target from parseTarget or validateTarget is deeply frozen and unchanged', () => {
    fc.assert(
      fc.property(targetDocArb, fc.boolean(), answerInstantsArb, mutationsArb(TARGET_OPS), (doc, viaValidate, instants, mutations) => {
        let target: Target
        if (viaValidate) {
          const result = api.validateTarget(doc)
          if (!result.ok) throw new Error(`a valid target was refused: ${JSON.stringify(result.issues)}`)
          target = result.target
        } else {
          target = api.parseTarget(doc)
        }
        const before = targetAnswers(target, instants)
        for (const mutation of mutations) attempt(() => mutateTarget(target, mutation))
        const unfrozen = unfrozenPart(target, 'target')
        if (unfrozen !== undefined) throw new Error(`${viaValidate ? 'validateTarget' : 'parseTarget'} made a target with ${unfrozen} not frozen`)
        expect(targetAnswers(target, instants)).toBe(before)
      }),
      runs(60),
    )
  })
})

// ---------------------------------------------------------------------------------------------
// 5. A BusinessHoursError carries a non-empty list of well-formed issues

describe('every BusinessHoursError carries well-formed issues (property)', () => {
  for (const c of CASES) {
    it(`${c.name}`, () => {
      fc.assert(
        fc.property(
          fc.nat(c.params.length - 1).chain((position) => fc.tuple(fc.constant(position), argumentArb(c.params[position]!))),
          ([position, argument]) => {
            const outcome = callWith(c, position, argument)
            if (!outcome.threw || !isA(outcome.error, BusinessHoursError)) return
            const problem = errorIssuesProblem(outcome.error)
            if (problem !== undefined) throw new Error(`${c.name} with ${c.params[position]!.name} = ${argument.label} threw a BusinessHoursError whose ${problem}`)
          },
        ),
        runs(30),
      )
    })
  }

  it('the issues in the examples are well formed too (sanity of the checker)', () => {
    const outcome = attempt(() => api.parseBusinessHours([{ day_of_week: 9 }]))
    expect(outcome.threw && outcome.error instanceof BusinessHoursError).toBe(true)
    if (outcome.threw) expect(outcome.error instanceof BusinessHoursError ? errorIssuesProblem(outcome.error) : 'not a BusinessHoursError').toBeUndefined()
    const bad: Issue = { code: 'unreadable', path: [0], message: '', severity: 'error' }
    expect(issueProblem(bad)).toMatch(/message/)
  })
})
