/** The command in-process: run(argv, io) with a fake io (fast; no build needed). */
import { describe, expect, it } from 'vitest'
import { EXAMPLE_TARGET_RESPONSE } from '../../src/cli/example'
import { describeSchedule, parseBusinessHours, renderWeekGrid } from '../../src/index'
import { allElements, parseXml } from '../render/wellFormedXml'
import { fakeIo, hasAnsi, runInProcess } from './harness'

const example = parseBusinessHours(EXAMPLE_TARGET_RESPONSE.target.business_hours)
const hours = (records: unknown) => JSON.stringify({ target: { id: 3, time_zone: 'Pacific Time (US & Canada)', business_hours: records } })
const weekdays = [1, 2, 3, 4, 5].map((day, i) => ({ id: 10 + i, day_of_week: day, time_open: 900, time_close: 1700, work_day: true, invert: false }))

describe('run() with a fake io', () => {
  it('checks the bundled example', async () => {
    const fake = fakeIo()
    expect(await runInProcess(['check'], fake)).toBe(0)
    expect(fake.stdout()).toContain(describeSchedule(example))
    expect(fake.stdout()).toContain(renderWeekGrid(example))
    expect(fake.stderr()).toBe('')
  })

  it('asks io for the time when --at is not given', async () => {
    const fake = fakeIo({ now: new Date('2026-07-15T12:00:00Z') })
    expect(await runInProcess(['status', '--json'], fake)).toBe(0)
    expect(JSON.parse(fake.stdout())).toMatchObject({ open: false, at: '2026-07-15T12:00:00.000Z', since: '2026-07-15T12:00:00.000Z' })
  })

  it('reads files and stdin through io', async () => {
    const fake = fakeIo({ files: { 'pacific.json': hours(weekdays) }, now: new Date('2026-07-15T17:00:00Z') })
    expect(await runInProcess(['status', 'pacific.json'], fake)).toBe(0)
    expect(fake.stdout()).toContain('OPEN at Wed 2026-07-15 10:00 PDT')
    expect(fake.stdout()).toMatch(/closes +Wed 2026-07-15 17:00 PDT +\(in 7h\)/)

    const piped = fakeIo({ stdin: JSON.stringify(weekdays) })
    expect(await runInProcess(['check', '-'], piped)).toBe(0)
    expect(piped.stdout()).toContain('Mon–Fri 09:00–17:00, Sat–Sun closed')
  })

  it('writes the SVG through io', async () => {
    const fake = fakeIo({ files: { 'pacific.json': hours(weekdays) } })
    expect(await runInProcess(['preview', 'pacific.json', '--svg', 'out/week.svg', '--json'], fake)).toBe(0)
    const svg = fake.written.get('out/week.svg')
    expect(svg).toBeDefined()
    const root = parseXml(svg ?? '')
    expect(root.name).toBe('svg')
    expect(allElements(root).filter((e) => e.attributes.get('class') === 'open')).toHaveLength(5)
    // --json keeps stdout pure JSON; the note about the file goes to stderr.
    expect(() => JSON.parse(fake.stdout()) as unknown).not.toThrow()
    expect(fake.stderr().split('\n')[0]).toBe('Wrote the week as SVG to out/week.svg')
  })

  describe('colour', () => {
    const statusArgs = ['status', '--at', '2026-07-15T11:30Z']

    it('is used on a terminal', async () => {
      const fake = fakeIo({ isTTY: true })
      await runInProcess(statusArgs, fake)
      expect(fake.stdout()).toContain('\u001b[32mOPEN\u001b[39m')
    })

    it.each([
      ['not a terminal', { isTTY: false }, []],
      ['NO_COLOR=1', { isTTY: true, env: { NO_COLOR: '1' } }, []],
      ['--no-color', { isTTY: true }, ['--no-color']],
      ['--no-color before the command', { isTTY: true }, ['--no-color']],
    ] as const)('is not used when %s', async (what, options, extra) => {
      const fake = fakeIo({ ...options, env: { ...('env' in options ? options.env : {}) } })
      const args = what.includes('before') ? [...extra, ...statusArgs] : [...statusArgs, ...extra]
      await runInProcess(args, fake)
      expect(hasAnsi(fake.stdout())).toBe(false)
      expect(fake.stdout()).toContain('OPEN at Wed 2026-07-15 11:30 UTC')
    })

    it('is used when NO_COLOR is set but empty (no-color.org)', async () => {
      const fake = fakeIo({ isTTY: true, env: { NO_COLOR: '' } })
      await runInProcess(statusArgs, fake)
      expect(hasAnsi(fake.stdout())).toBe(true)
    })

    it('is not in error messages when NO_COLOR is set', async () => {
      const fake = fakeIo({ isTTY: true, env: { NO_COLOR: '1' } })
      expect(await runInProcess(['check', 'missing.json'], fake)).toBe(2)
      expect(fake.stderr()).toBe('callhours: missing.json: cannot read: no such file or directory\n')
    })
  })

  it('reports a defect as one line asking for a report, exit 70 (EX_SOFTWARE), never a stack trace', async () => {
    const fake = fakeIo()
    const broken = {
      ...fake.io,
      stdout: () => {
        throw new TypeError('stdout exploded')
      },
    }
    let err = ''
    expect(await runInProcess(['check'], { ...fake, io: { ...broken, stderr: (text: string) => void (err += text) } })).toBe(70)
    expect(err).toBe('callhours: internal error: TypeError: stdout exploded — please report it, with the command you ran\n')
  })
})
