/**
 * The hospital domain: the schema-versioned hospital definition, its validation and plane geometry.
 * Pure TypeScript: runs in Node (tests, CLI), in workers and in the browser.
 */
export * from './schema';
export * from './vocabulary';
export * from './problems';
export { validateHospital, validateHospitalText, sortByDocumentOrder } from './validate';
export { parseJsonWithPositions, type ParsedJson, type TextPosition } from './parseJson';
export { zodIssuesToProblems, describeValue } from './zodProblems';
export { migrateHospital, migrationRegistry, type MigrationStep } from './migrations';
export {
  BOUNDARY_TOLERANCE, distanceToBoundary, distanceToSegment, findSelfIntersection, isAxisAlignedRectangle, overlapArea,
  pointInPolygon, polygonArea, polygonBounds, polygonCentroid, segmentsIntersect, convexPieces, overlapAreaOfPieces, type Bounds,
} from './geometry';
export { MIN_AREA, DOOR_WALL_TOLERANCE } from './spatialChecks';
