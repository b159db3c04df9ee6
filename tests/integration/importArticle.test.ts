import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createArticle } from "@/lib/services/articles/createArticle";
import { fetchPage } from "@/lib/net/fetchPage";
import type { HostResolver } from "@/lib/net/importSafety";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { previewImport } from "@/lib/services/articles/previewImport";
import { anonymousCtx, makeUser } from "./factories";

const PARAGRAPHS = [
  "The mayor said on Tuesday that unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.",
  "Critics say the figure leaves out part-time workers who would like more hours, and point to a survey by the chamber of commerce.",
  "“We built 4,000 new homes,” the mayor added, speaking to reporters outside city hall after the council meeting.",
];

function articlePage(title = "Mayor claims jobs boom", extraParagraph = ""): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
    <title>${title} | Daily Example</title>
    <meta property="og:site_name" content="Daily Example">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z">
    <meta name="author" content="Jane Doe">
  </head><body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
    <div class="ad advertisement">ADVERTISEMENT Subscribe now and save 50%!</div>
    <main><article><h1>${title}</h1>
      ${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
      ${extraParagraph}
    </article></main>
    <footer><p>© 2024 Daily Example. All rights reserved.</p></footer>
  </body></html>`;
}

const HUGE_BYTES = 6 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, "<p>filler text filler text</p>\n");

/** Writes `total` bytes of HTML, respecting back-pressure, until done or the client goes away. */
function stream(res: http.ServerResponse, total: number) {
  let sent = 0;
  const writeMore = () => {
    while (sent < total && !res.destroyed) {
      sent += CHUNK.length;
      if (!res.write(CHUNK)) return void res.once("drain", writeMore);
    }
    if (!res.destroyed) res.end();
  };
  writeMore();
}

const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  "/article": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(articlePage());
  },
  "/gzip": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
    res.end(zlib.gzipSync(articlePage()));
  },
  "/latin1": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
    res.end(Buffer.from(articlePage("Café crème prices soar"), "latin1"));
  },
  "/meta-charset": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const page = articlePage("Café crème prices soar").replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">');
    res.end(Buffer.from(page, "latin1"));
  },
  "/long-title": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(articlePage(`Mayor claims ${"a very long headline ".repeat(25)}end`));
  },
  "/text": (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    res.end(`Mayor claims jobs boom\n\n${PARAGRAPHS.join("\n\n")}\n`);
  },
  "/menu-only": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(`<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>`);
  },
  "/report.pdf": (_req, res) => {
    res.writeHead(200, { "content-type": "application/pdf" });
    res.end("%PDF-1.7 not really");
  },
  "/missing": (_req, res) => {
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>Not found</h1>");
  },
  "/paywalled": (_req, res) => {
    res.writeHead(403, { "content-type": "text/html" });
    res.end("<h1>Subscribers only</h1>");
  },
  "/huge": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    stream(res, HUGE_BYTES);
  },
  "/huge-declared": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(HUGE_BYTES) });
    stream(res, HUGE_BYTES);
  },
  "/gzip-bomb": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    res.end(zlib.gzipSync(Buffer.alloc(HUGE_BYTES, " ")));
  },
  "/slow-headers": () => {
    // Never answers; the server closes the connection when the tests end.
  },
  "/slow-body": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html><body><p>The first words arrive, ");
    // …and the rest never does.
  },
  "/echo-host": (req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end(`host=${req.headers.host}`);
  },
  "/to-file": (_req, res) => {
    res.writeHead(302, { location: "file:///etc/passwd" });
    res.end();
  },
  "/to-credentials": (_req, res) => {
    res.writeHead(301, { location: "http://admin:secret@127.0.0.1/" });
    res.end();
  },
  "/loop": (_req, res) => {
    res.writeHead(302, { location: "/loop" });
    res.end();
  },
};

const server = http.createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  res.on("error", () => {}); // clients that give up mid-stream are expected here
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (chain) {
    const left = Number(chain[1]);
    // Alternate relative and absolute Location headers, as real sites do.
    const next = left <= 1 ? "/article" : `/chain/${left - 1}`;
    res.writeHead(left % 2 ? 301 : 307, { location: left % 2 ? next : `http://127.0.0.1:${port}${next}` });
    return void res.end();
  }
  const route = routes[path];
  if (route) return route(req, res);
  res.writeHead(500);
  res.end();
});

let port = 0;
const at = (path: string) => `http://127.0.0.1:${port}${path}`;
const savedEnv = { ...process.env };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  for (const name of ["FACTDESK_ALLOW_PRIVATE_IMPORT", "FACTDESK_IMPORT_TIMEOUT_MS"]) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});

/** The ValidationError a preview fails with. */
async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const validation = error as ValidationError;
  expect(validation.fieldErrors).toEqual({ url: validation.message });
  expect(validation.message).not.toMatch(/\n\s+at /); // never a stack trace
  return validation;
}

test("an original publication date must be a date a database holds: the year 0 is refused in words, 9999 is fine", async () => {
  const editor = await makeUser("editor");
  const article = { title: "Dated", body: "The mayor said so." };
  await expect(createArticle(editor, { ...article, originalPublishedOn: "0000-01-01" })).rejects.toThrow(/from the year 1 on/);
  await expect(createArticle(editor, { ...article, originalPublishedOn: "9999-12-31" })).resolves.toMatchObject({ slug: expect.stringMatching(/^dated/) });
});

describe("previewImport from a page served on 127.0.0.1", () => {
  beforeEach(() => {
    process.env.FACTDESK_ALLOW_PRIVATE_IMPORT = "1";
  });

  test("reads the article and its metadata, and the preview can be saved as it is", async () => {
    const editor = await makeUser("editor");
    const preview = await previewImport(editor, { url: `  ${at("/article")}  ` });
    expect(preview).toEqual({
      title: "Mayor claims jobs boom",
      body: PARAGRAPHS.join("\n"),
      sourceOutlet: "Daily Example",
      originalAuthor: "Jane Doe",
      originalPublishedOn: "2024-03-05",
      sourceUrl: at("/article"),
    });
    const saved = await createArticle(editor, preview);
    expect(saved.slug).toMatch(/^mayor-claims-jobs-boom/);
  });

  test("follows up to 5 redirects, relative or absolute, and reports where the article really is", async () => {
    const editor = await makeUser("editor");
    const preview = await previewImport(editor, { url: at("/chain/5") });
    expect(preview.sourceUrl).toBe(at("/article"));
    expect(preview.body).toBe(PARAGRAPHS.join("\n"));
  });

  test("stops after 5 redirects", async () => {
    const editor = await makeUser("editor");
    expect((await refusal(previewImport(editor, { url: at("/chain/6") }))).message).toMatch(/redirected too many times \(more than 5\)/);
    expect((await refusal(previewImport(editor, { url: at("/loop") }))).message).toMatch(/redirected too many times/);
  });

  test("checks every redirect again: no other schemes, no credentials", async () => {
    const editor = await makeUser("editor");
    expect((await refusal(previewImport(editor, { url: at("/to-file") }))).message).toMatch(/must start with http:\/\/ or https:\/\//);
    expect((await refusal(previewImport(editor, { url: at("/to-credentials") }))).message).toMatch(/user name or password/);
  });

  test("decodes gzip and the page's character set", async () => {
    const editor = await makeUser("editor");
    expect((await previewImport(editor, { url: at("/gzip") })).body).toBe(PARAGRAPHS.join("\n"));
    expect((await previewImport(editor, { url: at("/latin1") })).title).toBe("Café crème prices soar");
    expect((await previewImport(editor, { url: at("/meta-charset") })).title).toBe("Café crème prices soar");
  });

  test("plain text is used as it is", async () => {
    const editor = await makeUser("editor");
    const preview = await previewImport(editor, { url: at("/text") });
    expect(preview).toMatchObject({ title: "Mayor claims jobs boom", body: ["Mayor claims jobs boom", ...PARAGRAPHS].join("\n") });
  });

  test("an over-long title is shortened to fit, and the preview still saves", async () => {
    const editor = await makeUser("editor");
    const preview = await previewImport(editor, { url: at("/long-title") });
    expect(preview.title.length).toBeLessThanOrEqual(300);
    expect(preview.title).toMatch(/^Mayor claims a very long headline .*…$/);
    await expect(createArticle(editor, preview)).resolves.toMatchObject({ slug: expect.any(String) });
  });

  test.each([
    ["/missing", "The site answered 404 Not Found. Check the address, or whether the article was taken down."],
    ["/paywalled", "The site answered 403 Forbidden. The article may be behind a login or a paywall."],
    ["/report.pdf", "That address leads to a file of type application/pdf. Factdesk imports web pages (HTML) and plain text here."],
    ["/menu-only", "That page does not look like an article: no readable text was found."],
    ["/huge", "The page is larger than 5 MB."],
    ["/huge-declared", "The page is larger than 5 MB."],
    ["/gzip-bomb", "The page is larger than 5 MB."],
  ])("%s is refused with a clear message", async (path, message) => {
    // The most time the import may take: on a loaded machine, reading 5 MB must end in its own refusal, not the clock's.
    process.env.FACTDESK_IMPORT_TIMEOUT_MS = "60000";
    const editor = await makeUser("editor");
    expect((await refusal(previewImport(editor, { url: at(path) }))).message).toBe(message);
  });

  test.each(["/slow-headers", "/slow-body"])("%s runs into the time limit", async (path) => {
    process.env.FACTDESK_IMPORT_TIMEOUT_MS = "500";
    const editor = await makeUser("editor");
    expect((await refusal(previewImport(editor, { url: at(path) }))).message).toBe(
      "The page took too long to answer (over 0.5 seconds).",
    );
  });

  test("connects to the address that was checked, without a second lookup, naming the site in the Host header", async () => {
    const lookups: string[] = [];
    // Answers once with the test server; a DNS-rebinding attacker would answer differently the second time.
    const resolve: HostResolver = async (hostname) => {
      lookups.push(hostname);
      return lookups.length === 1 ? [{ address: "127.0.0.1", family: 4 }] : [{ address: "10.9.9.9", family: 4 }];
    };
    const page = await fetchPage(`http://news.test:${port}/echo-host`, { resolve });
    expect(page).toEqual({ finalUrl: `http://news.test:${port}/echo-host`, contentType: "text/plain", text: `host=news.test:${port}` });
    expect(lookups).toEqual(["news.test"]);
  });

  test("a connection refused is a clear message", async () => {
    const editor = await makeUser("editor");
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect((await refusal(previewImport(editor, { url: `http://127.0.0.1:${closedPort}/` }))).message).toMatch(/refused the connection/);
  });

  test("input is checked strictly", async () => {
    const editor = await makeUser("editor");
    await expect(previewImport(editor, { url: "" })).rejects.toBeInstanceOf(ValidationError);
    await expect(previewImport(editor, { url: at("/article"), title: "x" } as never)).rejects.toBeInstanceOf(ValidationError);
    expect((await refusal(previewImport(editor, { url: "ftp://127.0.0.1/article" }))).message).toMatch(/http:\/\//);
  });

  test("only those who may create articles may import", async () => {
    const reviewer = await makeUser("reviewer");
    await expect(previewImport(reviewer, { url: at("/article") })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(previewImport(await anonymousCtx(), { url: at("/article") })).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("previewImport guards, switched on", () => {
  beforeEach(() => {
    delete process.env.FACTDESK_ALLOW_PRIVATE_IMPORT;
  });

  test.each([
    () => at("/article"),
    () => `http://localhost:${port}/article`,
    () => `http://2130706433:${port}/article`,
    () => `http://0x7f.1:${port}/article`,
    () => `http://[::ffff:127.0.0.1]:${port}/article`,
  ])("refuses the local test server (%#)", async (url) => {
    const editor = await makeUser("editor");
    expect((await refusal(previewImport(editor, { url: url() }))).message).toBe(
      "That address points to a private network, which Factdesk does not import from.",
    );
  });
});
