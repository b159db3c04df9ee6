// The database schema, one file per entity; `@/db/schema` and drizzle-kit (drizzle.config.ts) read it from here.
export * from "./users";
export * from "./organisation";
export * from "./ratingScales";
export * from "./articles";
export * from "./claims";
export * from "./comments";
export * from "./notifications";
export * from "./publishing";
export * from "./audit";
export * from "./security";
export * from "./archive";
export * from "./drafts";
export * from "./outbox";
export * from "./presence";
