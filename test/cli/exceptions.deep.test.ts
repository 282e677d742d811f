/** Issue 19, `npm run test:deep`: an .ics file of 125,000 events through the command (no stack overflow, exit 0). */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { StatusReport } from '../../src/cli/commands/status'
import { ROOT } from './buildOnce'
import { fakeIo, runInProcess } from './harness'

describe('125,000 .ics events', () => {
  it('status reads them all and answers', async () => {
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//callhours//deep//EN']
    for (let i = 0; i < 125_000; i++) {
      const start = new Date(Date.UTC(2026, 0, 1) + i * 600_000).toISOString().replace(/[-:]/g, '').slice(0, 15)
      const end = new Date(Date.UTC(2026, 0, 1) + i * 600_000 + 300_000).toISOString().replace(/[-:]/g, '').slice(0, 15)
      lines.push('BEGIN:VEVENT', `UID:e${i}@deep`, `DTSTART:${start}Z`, `DTEND:${end}Z`, 'SUMMARY:Drill', 'END:VEVENT')
    }
    lines.push('END:VCALENDAR', '')
    const files = { 'target.json': readFileSync(join(ROOT, 'examples/ny-sales.json'), 'utf8'), 'many.ics': lines.join('\r\n') }
    const fake = fakeIo({ files, now: new Date('2026-03-02T15:00:00Z') })
    // 2026-03-02 15:02Z is inside the drill that starts at 15:00Z (every 10 minutes, 5 minutes long).
    expect(await runInProcess(['status', 'target.json', '--exceptions', 'many.ics', '--at', '2026-03-02T15:02Z', '--json'], fake)).toBe(0)
    expect((JSON.parse(fake.stdout()) as StatusReport).open).toBe(false)
  }, 600_000)
})
