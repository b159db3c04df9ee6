export async function register() {
  // Only in the Node.js server, never while `next build` collects pages.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startFactdesk, startOutboxWorker, startSourceSchedule } = await import("./lib/startup");
  // The desk's live event streams, which the server writes (server/liveEvents.ts): who gets one, and what.
  (await import("./lib/web/liveEvents")).registerLiveEvents();
  try {
    await startFactdesk();
  } catch (error) {
    // Keep serving: /api/health reports the database as down, and the next request tries again.
    const { logFailure } = await import("./lib/core/log");
    logFailure("the database is not available yet", error);
  }
  // Whatever happened above: the schedule's next turn finds the database again once it is back.
  startSourceSchedule();
  // The outbox's worker: mail and other side effects the verbs wrote (docs/outbox.md).
  startOutboxWorker();
}
