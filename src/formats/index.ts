// callhours/formats: business hours in and out of other systems' formats, each a read<Format> /
// write<Format> pair on one contract (./types.ts). No runtime dependency; each format tree-shakes.

export type { FormatLoss, FormatYears, LossCode, ReadFormatOptions, ReadFormatResult, WriteFormatOptions, WriteFormatResult } from './types'
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
