import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildTargetUpdate, diffBusinessHours, type BusinessHourInput, type BusinessHourRecord } from '../../src/index'
import { buildOnce, ROOT } from './buildOnce'
import { fixture, runBuilt } from './harness'

let cli: string
beforeAll(async () => {
  cli = await buildOnce()
}, 240_000)

const read = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, fixture(name)), 'utf8'))
const server = (read('server.json') as { target: { business_hours: BusinessHourRecord[] } }).target.business_hours
const edited = read('edited.json') as BusinessHourInput[]

describe('callhours diff (built command)', () => {
  it('prints the PUT /targets/:id.json body from diffBusinessHours, and a summary on stderr', () => {
    const { code, stdout, stderr } = runBuilt(cli, ['diff', fixture('server.json'), fixture('edited.json')])
    expect(code).toBe(0)
    const items = diffBusinessHours(server, edited)
    expect(JSON.parse(stdout)).toEqual(buildTargetUpdate({ businessHours: items }))
    expect(JSON.parse(stdout)).toEqual({
      target: {
        business_hours_attributes: [
          { id: 43, day_of_week: 0, time_open: 0, time_close: 2400, work_day: false, invert: false },
          { id: 44, day_of_week: 1, time_open: 900, time_close: 1700, work_day: true, invert: false },
          { id: 50, _destroy: true },
        ],
      },
    })
    expect(stderr).toBe('PUT /targets/7.json — 3 changes (2 updates, 1 destroy)\n')
  })

  it('prints the bare array on one line with --json, and honours --removal empty', () => {
    const { code, stdout, stderr } = runBuilt(cli, ['diff', fixture('server.json'), fixture('edited.json'), '--json', '--removal', 'empty'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(JSON.parse(stdout)).toEqual(diffBusinessHours(server, edited, { removal: 'empty' }))
  })

  it('reads the edited hours from stdin', () => {
    const { code, stdout } = runBuilt(cli, ['diff', fixture('server.json'), '-', '--json'], { input: JSON.stringify(edited) })
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(diffBusinessHours(server, edited))
  })

  it('prints an empty list when nothing changes', () => {
    const { code, stdout, stderr } = runBuilt(cli, ['diff', fixture('server.json'), fixture('server.json')])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual({ target: { business_hours_attributes: [] } })
    expect(stderr).toContain('no changes')
  })

  it('exits 1 with each issue located in its file', () => {
    const { code, stdout, stderr } = runBuilt(cli, ['diff', fixture('server.json'), fixture('edited-unknown-id.json')])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('cannot diff: 2 errors')
    expect(stderr).toContain(`${fixture('edited-unknown-id.json')}: business_hours[0].id: id 99 is not one of the server's records`)
    expect(stderr).toContain(`${fixture('edited-unknown-id.json')}: business_hours[1].work_day: work_day must be true or false`)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('exits 2 for a wrong number of files, two stdins, or a bad --removal', () => {
    for (const args of [
      ['diff'],
      ['diff', fixture('server.json')],
      ['diff', 'a', 'b', 'c'],
      ['diff', '-', '-'],
      ['diff', fixture('server.json'), fixture('edited.json'), '--removal', 'delete'],
    ]) {
      const { code, stderr } = runBuilt(cli, args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toContain('Usage: callhours diff')
    }
  })
})
