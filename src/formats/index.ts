// callhours/formats: business hours in and out of other systems' formats, each a read<Format> /
// write<Format> pair on one contract (./types.ts). No runtime dependency; each format tree-shakes.

export type { FormatLoss, FormatYears, LossCode, ReadFormatOptions, ReadFormatResult, WriteFormatOptions, WriteFormatResult } from './types'
export { readOsm, type ReadOsmOptions } from './osm/readOsm'
export { writeOsm, type WriteOsmOptions } from './osm/writeOsm'
export { readSchemaOrg, type ReadSchemaOrgOptions } from './schemaOrg/readSchemaOrg'
export { writeSchemaOrg, type SchemaOrgSpecification, type SchemaOrgValue, type WriteSchemaOrgOptions } from './schemaOrg/writeSchemaOrg'
