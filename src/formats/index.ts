// callhours/formats: business hours in and out of other systems' formats, each a read<Format> /
// write<Format> pair on one contract (./types.ts). No runtime dependency; each format tree-shakes.

export type { FormatLoss, FormatYears, LossCode, ReadFormatOptions, ReadFormatResult, WriteFormatOptions, WriteFormatResult } from './types'
// OpenStreetMap and schema.org
export { readOsm, type ReadOsmOptions } from './osm/readOsm'
export { writeOsm, type WriteOsmOptions } from './osm/writeOsm'
export { readSchemaOrg, type ReadSchemaOrgOptions } from './schemaOrg/readSchemaOrg'
export { writeSchemaOrg, type SchemaOrgSpecification, type SchemaOrgValue, type WriteSchemaOrgOptions } from './schemaOrg/writeSchemaOrg'

// Google Business Profile and Places
export { readGoogle, type ReadGoogleOptions } from './google/readGoogle'
export { writeGoogle, MAX_GOOGLE_SPECIAL_DATES, type WriteGoogleOptions } from './google/writeGoogle'
export type { GoogleBusinessHours, GoogleDate, GoogleDayOfWeek, GoogleHours, GoogleSpecialHourPeriod, GoogleSpecialHours, GoogleTimeOfDay, GoogleTimePeriod } from './google/types'

// Plain text
export { readText, MAX_HOURS_TEXT, type ReadTextOptions } from './text/readText'
export { writeText, type WriteTextOptions } from './text/writeText'

// Amazon Connect and Genesys Cloud
export { readConnect } from './connect/readConnect'
export { writeConnect } from './connect/writeConnect'
export type { ConnectConfig, ConnectDay, ConnectHours, ConnectHoursOfOperation, ConnectOverride, ConnectRecurrencePattern, ConnectTimeSlice, ReadConnectOptions, WriteConnectOptions } from './connect/connectTypes'
export { readGenesys } from './genesys/readGenesys'
export { writeGenesys } from './genesys/writeGenesys'
export type { GenesysSchedule, GenesysScheduleGroup, GenesysScheduleRef, ReadGenesysOptions, WriteGenesysOptions } from './genesys/genesysTypes'

// Microsoft Teams, Ringba and TrackDrive
export { readTrackDrive, type ReadTrackDriveOptions } from './trackDrive/readTrackDrive'
export { writeTrackDrive, type TrackDriveBusinessRange, type TrackDriveOpenTime, type WriteTrackDriveOptions } from './trackDrive/writeTrackDrive'
export { readRingba, type ReadRingbaOptions } from './ringba/readRingba'
export { writeRingba, type RingbaOpenSetting, type RingbaOpenSettingSnake, type RingbaSchedule, type RingbaScheduleSnake, type RingbaTime, type WriteRingbaOptions } from './ringba/writeRingba'
export { readTeams, type ReadTeamsOptions } from './teams/readTeams'
export {
  writeTeams,
  TEAMS_MAX_FIXED_RANGES,
  type TeamsDateTimeRange,
  type TeamsFixedSchedule,
  type TeamsSchedules,
  type TeamsTimeRange,
  type TeamsWeeklySchedule,
  type WriteTeamsOptions,
} from './teams/writeTeams'
