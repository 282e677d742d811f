import { describe, expect, it } from 'vitest'
import { BusinessHoursError, type Issue } from '../../src/ground/issues'
import { holidayExceptions } from '../../src/holidays'
import type { ExceptionEntry } from '../../src/holidays'
import { issuesThrown } from '../thrown'

const issuesOf = issuesThrown

const where = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.path])
const labels = (entries: readonly ExceptionEntry[]) => entries.map((entry) => entry.label)
const startOf = (entry: ExceptionEntry): string => ('from' in entry ? entry.from : 'date' in entry ? entry.date : entry.start)

describe('holidayExceptions: examples', () => {
  it('lists the US public holidays of 2026, Christmas among them, as closed dates in date order', () => {
    const entries = holidayExceptions('US', { years: [2026] })
    expect(entries).toContainEqual({ date: '2026-12-25', closed: true, label: 'Christmas Day' })
    expect(entries).toContainEqual({ date: '2026-11-26', closed: true, label: 'Thanksgiving Day' })
    // 4 July 2026 is a Saturday: the substitute Friday is listed too, under its own name.
    expect(entries).toContainEqual({ date: '2026-07-03', closed: true, label: 'Independence Day (substitute day)' })
    expect(entries).toContainEqual({ date: '2026-07-04', closed: true, label: 'Independence Day' })
    const starts = entries.map(startOf)
    expect(starts).toEqual([...starts].sort())
    expect(new Set(starts).size).toBe(starts.length)
    expect(entries.every((entry) => 'date' in entry && entry.closed === true && /^2026-\d\d-\d\d$/.test(entry.date))).toBe(true)
  })

  it('lists only public holidays by default; types adds the others', () => {
    expect(labels(holidayExceptions('US', { years: [2026] }))).not.toContain("Valentine's Day")
    const observances = holidayExceptions('US', { years: [2026], types: ['observance'] })
    expect(observances).toContainEqual({ date: '2026-02-14', closed: true, label: "Valentine's Day" })
    expect(labels(observances)).not.toContain('Christmas Day')
    const both = holidayExceptions('US', { years: [2026], types: ['public', 'observance'] })
    expect(labels(both)).toEqual(expect.arrayContaining(["Valentine's Day", 'Christmas Day']))
  })

  it('reads US-CA as the region CA of the US, the same as the region option', () => {
    const california = holidayExceptions('US-CA', { years: [2026] })
    expect(california).toContainEqual({ date: '2026-03-31', closed: true, label: 'César Chávez Day' })
    expect(california).toContainEqual({ date: '2026-11-27', closed: true, label: 'Day after Thanksgiving Day' })
    expect(labels(california)).not.toContain('Columbus Day')
    expect(labels(holidayExceptions('US', { years: [2026] }))).toContain('Columbus Day')
    expect(holidayExceptions('US', { region: 'CA', years: [2026] })).toEqual(california)
    expect(holidayExceptions('us-ca', { years: [2026] })).toEqual(california)
  })

  it('gives the holidays of a German state in their German names (DE-BY has Epiphany, DE does not)', () => {
    const bavaria = holidayExceptions('DE-BY', { years: [2026] })
    expect(bavaria).toContainEqual({ date: '2026-01-06', closed: true, label: 'Heilige Drei Könige' })
    expect(bavaria).toContainEqual({ date: '2026-06-04', closed: true, label: 'Fronleichnam' })
    expect(bavaria).toContainEqual({ date: '2026-12-25', closed: true, label: '1. Weihnachtstag' })
    expect(holidayExceptions('DE', { years: [2026] }).map(startOf)).not.toContain('2026-01-06')
  })

  it('turns a holiday of several days into one range of local dates (Seollal, Chuseok)', () => {
    const korea = holidayExceptions('KR', { years: [2026] })
    expect(korea).toContainEqual({ from: '2026-02-17', to: '2026-02-19', closed: true, label: '설날' })
    expect(korea).toContainEqual({ from: '2026-09-24', to: '2026-09-26', closed: true, label: '추석' })
  })

  it('never repeats a date: holidays sharing one make one entry, and a range may run into the next year', () => {
    const eswatini = holidayExceptions('SZ', { years: [2026] })
    expect(eswatini).toContainEqual({ date: '2026-09-07', closed: true, label: 'Umhlanga Reed Dance / Somhlolo Day (substitute day)' })
    expect(eswatini).toContainEqual({ from: '2026-12-28', to: '2027-01-02', closed: true, label: 'Incwala' })
    const both = holidayExceptions('SZ', { years: { from: 2026, to: 2027 } })
    expect(both).toContainEqual({ date: '2027-01-01', closed: true, label: "Incwala / New Year's Day" })
  })

  it('reads years as a list or a span, each year once', () => {
    const span = holidayExceptions('US', { years: { from: 2026, to: 2027 } })
    expect(span).toContainEqual({ date: '2026-12-25', closed: true, label: 'Christmas Day' })
    // 25 December 2027 is a Saturday: observed on Friday the 24th.
    expect(span).toContainEqual({ date: '2027-12-24', closed: true, label: 'Christmas Day (substitute day)' })
    expect(holidayExceptions('US', { years: [2027, 2026, 2027] })).toEqual(span)
    expect(holidayExceptions('US', { years: [] })).toEqual([])
    expect(holidayExceptions('US', { years: [1900] }).length).toBeGreaterThan(0)
    expect(holidayExceptions('US', { years: [2200] }).length).toBeGreaterThan(0)
  })
})

describe('holidayExceptions: located issues', () => {
  it('names an unknown country at ["country"], saying what a country code looks like', () => {
    const issues = issuesOf(() => holidayExceptions('XX', { years: [2026] }))
    expect(where(issues)).toEqual([['unknown_country', ['country']]])
    expect(issues[0]?.message).toMatch(/"XX".*an ISO 3166 country code such as US/)
    expect(issuesOf(() => holidayExceptions('UK', { years: [2026] }))[0]?.message).toMatch(/did you mean GB\?/)
    expect(issuesOf(() => holidayExceptions('Germany', { years: [2026] }))[0]?.message).toMatch(/did you mean DE, Germany\?/)
    expect(where(issuesOf(() => holidayExceptions('', { years: [2026] })))).toEqual([['unknown_country', ['country']]])
    expect(where(issuesOf(() => holidayExceptions(42 as unknown as string, { years: [2026] })))).toEqual([['invalid_type', ['country']]])
  })

  it('names an unknown region at ["region"], listing the known ones, shortened', () => {
    for (const run of [() => holidayExceptions('US-ZZ', { years: [2026] }), () => holidayExceptions('US', { region: 'ZZ', years: [2026] })]) {
      const issues = issuesOf(run)
      expect(where(issues)).toEqual([['unknown_country', ['region']]])
      expect(issues[0]?.message).toMatch(/"ZZ".*not a region of US.*AL, AK, AZ.*… \(51 in all\)/)
    }
    expect(issuesOf(() => holidayExceptions('US', { region: 'California', years: [2026] }))[0]?.message).toMatch(/did you mean CA, California\?/)
    expect(issuesOf(() => holidayExceptions('GB-XX', { years: [2026] }))[0]?.message).toMatch(/one of ALD, ENG, NIR, SCT, WLS$/)
    expect(where(issuesOf(() => holidayExceptions('US-CA', { region: 'NY', years: [2026] })))).toEqual([['conflicting_field', ['region']]])
    expect(where(issuesOf(() => holidayExceptions('US', { region: 5 as unknown as string, years: [2026] })))).toEqual([['invalid_type', ['region']]])
  })

  it('bounds the years: integers 1900–2200, at most 200, from before to', () => {
    expect(where(issuesOf(() => holidayExceptions('US', { years: [1899, 2201, 2026.5, '2026' as unknown as number] })))).toEqual([
      ['out_of_range', ['years', 0]],
      ['out_of_range', ['years', 1]],
      ['not_an_integer', ['years', 2]],
      ['invalid_type', ['years', 3]],
    ])
    expect(where(issuesOf(() => holidayExceptions('US', { years: { from: 1900, to: 2100 } })))).toEqual([['out_of_range', ['years']]])
    expect(where(issuesOf(() => holidayExceptions('US', { years: Array.from({ length: 201 }, (_, i) => 1950 + i) })))).toEqual([['out_of_range', ['years']]])
    expect(where(issuesOf(() => holidayExceptions('US', { years: { from: 2027, to: 2026 } })))).toEqual([['out_of_order', ['years']]])
    expect(where(issuesOf(() => holidayExceptions('US', { years: { from: 2026 } as never })))).toEqual([['invalid_type', ['years', 'to']]])
    expect(where(issuesOf(() => holidayExceptions('US', { years: 2026 as never })))).toEqual([['invalid_type', ['years']]])
    expect(where(issuesOf(() => holidayExceptions('US', {} as never)))).toEqual([['missing_field', ['years']]])
  })

  it('reports every issue at once, and checks the types', () => {
    const issues = issuesOf(() => holidayExceptions('XX', { years: [3000], types: ['public', 'holiday' as never] }))
    expect(where(issues)).toEqual([
      ['unknown_country', ['country']],
      ['out_of_range', ['years', 0]],
      ['invalid_type', ['types', 1]],
    ])
    expect(where(issuesOf(() => holidayExceptions('US', { years: [2026], types: 'public' as never })))).toEqual([['not_an_array', ['types']]])
  })

  it('throws a TypeError for options that are not an object', () => {
    expect(() => holidayExceptions('US', undefined as never)).toThrow(TypeError)
    expect(() => holidayExceptions('US', 2026 as never)).toThrow(TypeError)
    expect(() => holidayExceptions('US', [2026] as never)).toThrow(TypeError)
  })
})
