// callhours/formats: business hours in and out of other systems' formats, each a read<Format> /
// write<Format> pair on one contract (./types.ts). No runtime dependency; each format tree-shakes.

export type { FormatLoss, FormatYears, LossCode, ReadFormatOptions, ReadFormatResult, WriteFormatOptions, WriteFormatResult } from './types'
export { readTrackDrive, type ReadTrackDriveOptions } from './trackDrive/readTrackDrive'
export { writeTrackDrive, type TrackDriveBusinessRange, type TrackDriveOpenTime, type WriteTrackDriveOptions } from './trackDrive/writeTrackDrive'
export { readRingba, type ReadRingbaOptions } from './ringba/readRingba'
export { writeRingba, type RingbaOpenSetting, type RingbaOpenSettingSnake, type RingbaSchedule, type RingbaScheduleSnake, type RingbaTime, type WriteRingbaOptions } from './ringba/writeRingba'
