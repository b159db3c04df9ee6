#!/usr/bin/env node
// Runs the Factdesk server (server/main.ts, compiled to dist/server.mjs; compiled first if a source changed).
// `npm start` runs it on the production build, `npm run dev` with --dev; the tests start it this way too.
import { pathToFileURL } from "node:url";
import { compiled } from "./compileServer.mjs";

await import(pathToFileURL(await compiled("server")).href);
