/**
 * The error for a holiday source whose package is not installed: it names the package and the
 * command that installs it (date-holidays and ical.js are optional peers: each source needs only its own).
 * Internal to callhours/holidays.
 */
export function missingPeer(packageName: string, usedBy: string): Error {
  const error = new Error(`${usedBy} needs the package ${packageName}, an optional peer dependency of callhours that is not installed: npm install ${packageName}`)
  ;(error as Error & { code: string }).code = 'ERR_CALLHOURS_MISSING_PEER'
  return error
}
