// Starts varnishd with the shipped configuration (deploy/varnish/default.vcl) in front of an app on this machine:
// for the browser tests (scripts/e2e-server.mjs) and the edge benchmark (scripts/bench/edge.ts). Needs varnishd and
// vmod_xkey (Debian: varnish, varnish-modules).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

const VARNISHD = ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"].find((file) => fs.existsSync(file)) ?? "varnishd";

/** Whether varnishd and vmod_xkey are installed here: the shipped configuration compiles. */
export function varnishInstalled() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-varnish-check-"));
  try {
    return compiles(shippedVcl(3000), work).ok;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function shippedVcl(appPort) {
  return fs.readFileSync(path.join(root, "deploy", "varnish", "default.vcl"), "utf8").replace(/\.port = "\d+";/, `.port = "${appPort}";`);
}

/** Compiles `vcl` (written into `work`) without starting Varnish. */
function compiles(vcl, work) {
  fs.chmodSync(work, 0o755);
  const file = path.join(work, "default.vcl");
  fs.writeFileSync(file, vcl);
  fs.chmodSync(file, 0o644);
  const check = spawnSync(VARNISHD, ["-C", "-f", file, "-n", path.join(work, "check")], { encoding: "utf8" });
  return { ok: check.status === 0, file, errors: check.stderr ?? String(check.error) };
}

/**
 * Starts Varnish on `varnishPort` with the shipped configuration, its backend set to the app on `appPort`. Returns
 * the child process and Varnish's instance folder (for `varnishstat -n`); the configuration is checked first.
 */
export function startVarnish({ appPort, varnishPort, storage = "malloc,64m" }) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-varnish-"));
  const { ok, file, errors } = compiles(shippedVcl(appPort), work);
  if (!ok) throw new Error(`deploy/varnish/default.vcl does not compile:\n${errors}`);
  const instance = path.join(work, "instance");
  const child = spawn(VARNISHD, ["-F", "-n", instance, "-a", `127.0.0.1:${varnishPort}`, "-f", file, "-s", storage], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { child, instance };
}
