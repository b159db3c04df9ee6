import { beforeEach, describe, expect, test } from "vitest";
import { ForbiddenError, UnauthenticatedError, ValidationError } from "@/lib/core/errors";
import { listAuditFilterOptions } from "@/lib/services/audit/listAuditFilterOptions";
import { listAuditLog } from "@/lib/services/audit/listAuditLog";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { checkPassword } from "@/lib/auth/credentials";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { resetDatabase } from "./database";
import { anonymousCtx, makeArticle, makeUser, spanOf } from "./factories";
import { AUDIT_PAGE_SIZE } from "@/lib/domain/limits";

type Ctx = Awaited<ReturnType<typeof makeUser>>;

const ORGANISATION = { name: "Test Newsroom", url: "", description: "", contactEmail: "", logoUrl: "" };

let admin: Ctx;
let editor: Ctx;
let reviewer: Ctx;
let claimId: string;

// Each test starts from the same small newsroom, so none depends on what another test recorded.
beforeEach(async () => {
  await resetDatabase();
  admin = await makeUser("admin");
  editor = await makeUser("editor");
  reviewer = await makeUser("reviewer");
  const article = await makeArticle(editor);
  const claim = await createClaim(editor, { articleId: article.id, ...spanOf("The mayor said unemployment fell to 3.2 percent last year.") });
  await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
  claimId = claim.id;
});

describe("the audit log is for admins only", () => {
  test("editors, reviewers and anonymous visitors are refused", async () => {
    await expect(listAuditLog(editor, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditLog(reviewer, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditLog(await anonymousCtx(), {})).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(listAuditFilterOptions(editor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditFilterOptions(await anonymousCtx())).rejects.toBeInstanceOf(UnauthenticatedError);
  });
});

describe("reading the audit log", () => {
  test("entries come newest first, with the actor's name or System", async () => {
    const { entries, nextCursor, newer } = await listAuditLog(admin, {});
    expect(nextCursor).toBeNull();
    expect(newer).toBeNull();
    expect(entries.map((e) => e.action)).toEqual(["claim.assign", "claim.create", "article.create", "user.create", "user.create", "user.create"]);
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const [assign, create] = entries;
    expect(assign).toMatchObject({ actorName: "editor user", entityType: "claim", entityId: claimId });
    expect(assign?.before).toEqual({ reviewerId: null, dueOn: null });
    expect(assign?.after).toEqual({ reviewerId: reviewer.actor.id, dueOn: null });
    expect(assign?.at).toBeInstanceOf(Date);
    expect(create).toMatchObject({ actorName: "editor user", action: "claim.create", before: null });
    for (const entry of entries.filter((e) => e.action === "user.create")) expect(entry.actorName).toBe("System");
  });

  test("the filter options list recorded actions, entity types and every account", async () => {
    const options = await listAuditFilterOptions(admin);
    // Every known action is offered in words, grouped, with a choice for the whole group.
    const claimGroup = options.actions.find((group) => group.group === "claim.");
    expect(claimGroup?.label).toBe("Claims");
    expect(claimGroup?.actions).toContainEqual({ value: "claim.sign_off", label: "Verdict signed off" });
    expect(claimGroup?.actions).toContainEqual({ value: "claim.assign", label: "Reviewer assigned" });
    // Entity types in words, the codes kept as values for the address.
    expect(options.entityTypes).toEqual([
      { value: "user", label: "Account" },
      { value: "article", label: "Article" },
      { value: "claim", label: "Claim" },
    ]);
    expect(options.actors.map((a) => a.name)).toEqual(["admin user", "editor user", "reviewer user"]);
  });

  test("filters by exact action, action prefix, entity type and actor, alone or together", async () => {
    const actions = async (input: Parameters<typeof listAuditLog>[1]) => (await listAuditLog(admin, input)).entries.map((e) => e.action);

    expect(await actions({ action: "claim.assign" })).toEqual(["claim.assign"]);
    expect(await actions({ action: "claim." })).toEqual(["claim.assign", "claim.create"]);
    expect(await actions({ action: " Claim " })).toEqual(["claim.assign", "claim.create"]);
    expect(await actions({ action: "claim.sign_off" })).toEqual([]);
    expect(await actions({ entityType: "user" })).toEqual(["user.create", "user.create", "user.create"]);
    expect(await actions({ actor: editor.actor.id })).toEqual(["claim.assign", "claim.create", "article.create"]);
    expect(await actions({ actor: reviewer.actor.id })).toEqual([]);
    expect(await actions({ actor: "system" })).toEqual(["user.create", "user.create", "user.create"]);
    expect(await actions({ actor: editor.actor.id, entityType: "claim", action: "claim.create" })).toEqual(["claim.create"]);
    // Empty form fields mean "no filter".
    expect(await actions({ action: "", entityType: "", actor: "", before: "" })).toHaveLength(6);
  });

  test("bad filters are refused with a message a person can act on", async () => {
    const refusal = async (input: Parameters<typeof listAuditLog>[1]) => {
      const error = await listAuditLog(admin, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      return error as ValidationError;
    };
    expect((await refusal({ action: "<script>alert(1)</script>" })).fieldErrors.action).toBe("Choose an action from the list.");
    expect((await refusal({ action: "claim..review" })).fieldErrors.action).toBeDefined();
    expect((await refusal({ action: ["claim.create", "claim.assign"] })).fieldErrors.action).toBeDefined();
    expect((await refusal({ entityType: "claim; drop table users" })).message).toBe("Choose an entity type from the list.");
    expect((await refusal({ actor: "someone" })).message).toBe("Choose a person from the list.");
    for (const before of ["abc", "0", "-5", "1.5", "99999999999999999999", 0]) {
      expect((await refusal({ before })).message).toMatch(/page link is not valid/);
    }
    await expect(listAuditLog(admin, { page: "2" } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("the audit log in words", () => {
  test("a failed sign-in is listed under the address that tried, not as the targeted person's act", async () => {
    await checkPassword({ email: reviewer.actor.email, password: "not the password" }, { ipAddress: "203.0.113.7", userAgent: "Test" });
    await checkPassword({ email: "nobody@example.test", password: "not the password" }, { ipAddress: "203.0.113.8", userAgent: "Test" });
    const [unknown, failed] = (await listAuditLog(admin, { action: "auth.sign_in_failed" })).entries;
    expect(failed).toMatchObject({ actorId: null, actorName: `Someone at 203.0.113.7 (tried ${reviewer.actor.email})`, entityTypeLabel: "Account" });
    expect(failed?.entity.label).toBe("reviewer user");
    expect(failed?.change.changes).toContainEqual({ field: "Reason", before: null, after: { kind: "text", text: "wrong password" } });
    expect(unknown?.actorName).toBe("Someone at 203.0.113.8 (tried an e-mail with no account)");
    expect(unknown?.entity.label).toBe("No account (the e-mail matched none)");
    // Nor does filtering by the targeted person list it as theirs.
    expect((await listAuditLog(admin, { actor: reviewer.actor.id })).entries).toEqual([]);
  });

  test("statuses, counts and other recorded codes read as words; the item is named", async () => {
    const entries = (await listAuditLog(admin, {})).entries;
    const assign = entries.find((e) => e.action === "claim.assign");
    expect(assign?.entityTypeLabel).toBe("Claim");
    expect(assign?.entity.label).toBe("The mayor said unemployment fell to 3.2 percent last year.");
    expect(assign?.change.changes).toContainEqual({ field: "Reviewer", before: { kind: "text", text: "(none)" }, after: { kind: "text", text: "reviewer user" } });
    const text = JSON.stringify(entries.map((e) => [e.actorName, e.actionLabel, e.entityTypeLabel, e.entity.label, e.change]));
    expect(text).not.toMatch(/[a-z]+_[a-z]+|\{\\"/);
  });
});

describe("paging through the audit log", () => {
  test("Older follows the cursor to the end without gaps or repeats; Newer leads back", async () => {
    const TOTAL = AUDIT_PAGE_SIZE * 2 + 10;
    for (let i = 0; i < TOTAL; i++) await updateOrganisation(admin, { ...ORGANISATION, name: `Newsroom ${i}` });
    const filter = { action: "organisation.update" };

    const first = await listAuditLog(admin, filter);
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    expect(first.entries[0]?.after).toMatchObject({ name: `Newsroom ${TOTAL - 1}` });
    expect(first.entries[0]?.actorName).toBe("admin user");
    expect(first.nextCursor).toBe(first.entries.at(-1)?.id);

    const second = await listAuditLog(admin, { ...filter, before: String(first.nextCursor) });
    expect(second.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(second.newer).toEqual({ before: null });

    const third = await listAuditLog(admin, { ...filter, before: String(second.nextCursor) });
    expect(third.entries).toHaveLength(10);
    expect(third.nextCursor).toBeNull();
    expect(third.entries.at(-1)?.after).toMatchObject({ name: "Newsroom 0" });

    const all = [...first.entries, ...second.entries, ...third.entries].map((e) => e.id);
    expect(new Set(all).size).toBe(TOTAL);
    expect(all).toEqual([...all].sort((a, b) => b - a));

    // Newer from the third page shows exactly the second page again.
    expect(third.newer?.before).toBeTypeOf("number");
    const back = await listAuditLog(admin, { ...filter, before: third.newer!.before! });
    expect(back.entries.map((e) => e.id)).toEqual(second.entries.map((e) => e.id));

    // Unfiltered, the other entries follow the organisation updates on the last page.
    const unfiltered = await listAuditLog(admin, { before: third.entries.at(-1)!.id });
    expect(unfiltered.entries.map((e) => e.action)).toEqual(["claim.assign", "claim.create", "article.create", "user.create", "user.create", "user.create"]);
  });
});

describe("organisation details", () => {
  test("only admins may change them", async () => {
    await expect(updateOrganisation(editor, ORGANISATION)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateOrganisation(reviewer, ORGANISATION)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateOrganisation(await anonymousCtx(), ORGANISATION)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  test("a bad web address or email is refused on its field; empty fields mean none", async () => {
    const badUrl = await updateOrganisation(admin, { ...ORGANISATION, url: "javascript:alert(1)" }).catch((e: unknown) => e);
    expect(badUrl).toBeInstanceOf(ValidationError);
    expect((badUrl as ValidationError).fieldErrors.url).toMatch(/http:\/\/ or https:\/\//);

    const badLogo = await updateOrganisation(admin, { ...ORGANISATION, logoUrl: "not a url" }).catch((e: unknown) => e);
    expect((badLogo as ValidationError).fieldErrors.logoUrl).toBeDefined();

    const badEmail = await updateOrganisation(admin, { ...ORGANISATION, contactEmail: "desk at example" }).catch((e: unknown) => e);
    expect(badEmail).toBeInstanceOf(ValidationError);
    expect((badEmail as ValidationError).fieldErrors.contactEmail).toBe("Enter a valid email address.");

    const blankName = await updateOrganisation(admin, { ...ORGANISATION, name: "  " }).catch((e: unknown) => e);
    expect((blankName as ValidationError).fieldErrors.name).toBe("Enter the organisation's name.");

    const saved = await updateOrganisation(admin, {
      name: " The Example Checker ",
      url: "https://example.test",
      description: "",
      contactEmail: "desk@example.test",
      logoUrl: "",
      methodology: "  ",
    });
    expect(saved).toEqual({
      name: "The Example Checker",
      url: "https://example.test",
      description: null,
      contactEmail: "desk@example.test",
      logoUrl: null,
      methodology: null,
      correctionsPolicy: null,
      interfaceLanguage: "en",
    });
    expect(await getOrganisation(await anonymousCtx())).toEqual(saved);

    const [latest] = (await listAuditLog(admin, { action: "organisation.update" })).entries;
    expect(latest).toMatchObject({ actorName: "admin user", entityType: "organisation", entityId: "1", after: saved });
  });
});
