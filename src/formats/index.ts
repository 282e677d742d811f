// callhours/formats: business hours in and out of other systems' formats, each a read<Format> /
// write<Format> pair on one contract (./types.ts). No runtime dependency; each format tree-shakes.

export type { FormatLoss, FormatYears, LossCode, ReadFormatOptions, ReadFormatResult, WriteFormatOptions, WriteFormatResult } from './types'
export { readConnect } from './connect/readConnect'
export { writeConnect } from './connect/writeConnect'
export type { ConnectConfig, ConnectDay, ConnectHours, ConnectHoursOfOperation, ConnectOverride, ConnectRecurrencePattern, ConnectTimeSlice, ReadConnectOptions, WriteConnectOptions } from './connect/connectTypes'
export { readGenesys } from './genesys/readGenesys'
export { writeGenesys } from './genesys/writeGenesys'
export type { GenesysSchedule, GenesysScheduleGroup, GenesysScheduleRef, ReadGenesysOptions, WriteGenesysOptions } from './genesys/genesysTypes'
