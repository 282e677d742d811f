/**
 * The fleet commands' shared pieces (issue 20): the JSON written in chunks, the limits as exit 2,
 * the grid read on the clock as it is (Pacific/Chatham's :45 change) through the CLI.
 */
import { describe, expect, it } from 'vitest'
import { jsonStream, withinLimits } from '../../src/cli/commands/fleetCommon'
import { CliError } from '../../src/cli/io'
import { coverage, parseTarget, scheduleFromIntervals } from '../../src/index'
import { fakeIo, runInProcess } from './harness'

describe('jsonStream', () => {
  it('writes a big document in chunks of about a megabyte, never one string, waiting for stdout to take each; it parses to the whole', async () => {
    const chunks: string[] = []
    let waits = 0
    const io = { ...fakeIo().io, stdout: (text: string) => void chunks.push(text), stdoutDrained: async () => void waits++ }
    const items = Array.from({ length: 200_000 }, (_, i) => ({ start: i, targets: [i, i + 1, i + 2] }))
    const json = jsonStream(io)
    await json.value('timeZone', 'UTC')
    await json.list('segments', items, (item) => JSON.stringify(item))
    await json.list('gaps', [], String)
    await json.value('summary', { total: 3, longest: null })
    await json.end()
    expect(chunks.length).toBeGreaterThan(3)
    expect(waits).toBe(chunks.length)
    for (const chunk of chunks) expect(chunk.length).toBeLessThan((1 << 20) + 200)
    expect(JSON.parse(chunks.join(''))).toEqual({ timeZone: 'UTC', segments: items, gaps: [], summary: { total: 3, longest: null } })
  })
})

describe('withinLimits', () => {
  it('turns a limit the library names into exit 2 with its message; other errors pass through', () => {
    // A target open every other minute, for 400 days: past the span limit of one target.
    const everyOther = { ...parseTarget({ id: 1, time_zone: 'UTC' }), schedule: scheduleFromIntervals(Array.from({ length: 5040 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1 }))) }
    const run = () => withinLimits('coverage', () => coverage([everyOther], 0, 400 * 86_400_000, { epochMs: true }))
    expect(run).toThrow(CliError)
    expect(run).toThrow(/^coverage: targets\[0\] \(id 1\): the window holds more than \d+ open spans/)
    expect(() => withinLimits('x', () => { throw new TypeError('kind') })).toThrow(TypeError)
  })
})

describe('the grid through the CLI reads the clock as it is', () => {
  it('Chatham 2026-09-27: 02:45–03:45 is skipped; the half hours around it keep their real minutes', async () => {
    const fleet = JSON.stringify([{ target: { id: 1, time_zone: 'UTC', business_hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day_of_week: day, time_open: 0, time_close: 2400 })) } }])
    const fake = fakeIo({ files: { 'fleet.json': fleet } })
    const code = await runInProcess(['coverage', 'fleet.json', '--from', '2026-09-26T12:00Z', '--days', '1', '--tz', 'Pacific/Chatham', '--no-color'], fake)
    expect(code).toBe(0)
    const row = fake.stdout().split('\n').find((line) => line.startsWith('Sun 2026-09-27 '))!
    const cells = row.slice('Sun 2026-09-27 '.length)
    // 00:45 local (12:00Z) is the window's start: cell 1 (00:30–01:00) onwards. 02:30–03:00 has 15 real
    // minutes, 03:00–03:30 none (skipped: '-'), 03:30–04:00 15 (03:45–04:00).
    expect(cells.slice(0, 10)).toBe(' 11111-111')
    expect(fake.stdout()).toContain('- skipped by the clock')
  })
})
