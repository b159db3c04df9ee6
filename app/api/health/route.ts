import { getReaderContext } from "@/lib/core/database";
import { logger } from "@/lib/core/log";
import { checkHealth } from "@/lib/services/system/checkHealth";
import { HEALTH_CHECK_TIMEOUT_MS } from "@/lib/domain/limits";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 with a reason when it does not. */
export async function GET() {
  try {
    await Promise.race([
      getReaderContext().then((ctx) => checkHealth(ctx)),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), HEALTH_CHECK_TIMEOUT_MS)),
    ]);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logger().warn({ err: error }, "health check failed");
    return Response.json(
      { status: "error", reason: "The database is not answering." },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
}
