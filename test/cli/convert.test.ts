import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/run'
import { ROOT } from './buildOnce'
import { fakeIo } from './harness'

const OSM = readFileSync(join(ROOT, 'examples/formats/hours.osm.txt'), 'utf8')
const SCHEMA = readFileSync(join(ROOT, 'examples/formats/localBusiness.jsonld'), 'utf8')
const TARGET = readFileSync(join(ROOT, 'examples/ny-sales.json'), 'utf8')

async function convert(args: string[], files: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string; written: Map<string, string> }> {
  const fake = fakeIo({ files })
  const code = await run(args, fake.io)
  return { code, stdout: fake.stdout(), stderr: fake.stderr(), written: fake.written }
}

describe('callhours convert', () => {
  it('converts OSM to schema.org, the yearly rule written as dates over --years, said on stderr (exit 1)', async () => {
    const { code, stdout, stderr } = await convert(['convert', 'hours.txt', '--from', 'osm', '--to', 'schema-org', '--years', '2026'], { 'hours.txt': OSM })
    expect(code).toBe(1)
    const value = JSON.parse(stdout) as { specialOpeningHoursSpecification: { validFrom: string }[] }
    expect(value.specialOpeningHoursSpecification.map((spec) => spec.validFrom)).toEqual(['2026-12-24', '2026-12-25'])
    expect(stderr).toBe('lost writing schema-org: exceptions[0]: the yearly entry --12-25 is written as its dates in 2026 (schema.org has no yearly rule)\n')
  })

  it('converts schema.org to OSM faithfully (exit 0, nothing on stderr)', async () => {
    const { code, stdout, stderr } = await convert(['convert', 'biz.jsonld', '--from', 'schema-org', '--to', 'osm'], { 'biz.jsonld': SCHEMA })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe('Mo-Fr 09:00-17:00; Sa 10:00-14:00; 2026 Dec 24 09:00-13:00; 2026 Dec 25 off\n')
  })

  it('converts a Retreaver target to OSM, and OSM to Retreaver records with the dated entries to --exceptions-out', async () => {
    const toOsm = await convert(['convert', 'target.json', '--from', 'retreaver', '--to', 'osm'], { 'target.json': TARGET })
    expect(toOsm.code).toBe(0)
    expect(toOsm.stdout).toMatch(/^Mo-Fr /)
    const lost = await convert(['convert', 'hours.txt', '--from', 'osm', '--to', 'retreaver', '--tz', 'America/New_York'], { 'hours.txt': OSM })
    expect(lost.code).toBe(1)
    expect((JSON.parse(lost.stdout) as { time_zone: string; business_hours: unknown[] }).time_zone).toBe('America/New_York')
    expect(lost.stderr).toContain('lost writing retreaver: exceptions: 2 dated entries are not part of a Retreaver target')
    const kept = await convert(['convert', 'hours.txt', '--from', 'osm', '--to', 'retreaver', '--exceptions-out', 'dated.json'], { 'hours.txt': OSM })
    expect(kept.code).toBe(0)
    expect(JSON.parse(kept.written.get('dated.json')!)).toEqual([
      { date: '--12-25', closed: true, label: 'Christmas' },
      { date: '2026-12-24', hours: [{ time_open: 900, time_close: 1300 }], label: 'Christmas Eve' },
    ])
  })

  it('prints located issues for an unreadable file (exit 1), and usage errors (exit 2)', async () => {
    const bad = await convert(['convert', 'bad.txt', '--from', 'osm', '--to', 'schema-org'], { 'bad.txt': 'Mo-Xx 09:00' })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('bad.txt: not readable as osm (1 issue):\n  error    rule[0]: rule "Mo-Xx 09:00" at character 3')
    expect((await convert(['convert', 'x', '--from', 'osm', '--to', 'fax'], {})).code).toBe(2)
    expect((await convert(['convert', 'x', '--to', 'osm'], {})).code).toBe(2)
    expect((await convert(['convert', 'x.txt', '--from', 'osm', '--to', 'osm', '--tz', 'Mars/Olympus'], { 'x.txt': 'Mo 09:00-10:00' })).code).toBe(2)
    expect((await convert(['convert', 'x.txt', '--from', 'osm', '--to', 'osm', '--years', '1800'], { 'x.txt': 'Mo 09:00-10:00' })).code).toBe(2)
  })

  it('--json prints one object with the value and the losses of each side', async () => {
    const { stdout } = await convert(['convert', 'hours.txt', '--from', 'osm', '--to', 'schema-org', '--years', '2026', '--json'], { 'hours.txt': OSM })
    const answer = JSON.parse(stdout) as { ok: boolean; losses: { read: unknown[]; write: { code: string }[] } }
    expect(answer.ok).toBe(true)
    expect(answer.losses.read).toEqual([])
    expect(answer.losses.write.map((loss) => loss.code)).toEqual(['expanded'])
  })
})

describe('callhours check --from', () => {
  it('checks a foreign file as a week', async () => {
    const { code, stdout } = await convert(['check', 'hours.txt', '--from', 'osm'], { 'hours.txt': 'Mo-Fr 09:00-17:00; Sa sunrise-sunset' })
    expect(code).toBe(0)
    expect(stdout).toContain('✓ readable: 0 errors, 1 loss')
    expect(stdout).toContain('Mon–Fri 09:00–17:00, Sat–Sun closed')
    const bad = await convert(['check', 'hours.txt', '--from', 'schema-org'], { 'hours.txt': '[{"dayOfWeek":"Mon"}]' })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('✗ not readable')
  })
})
