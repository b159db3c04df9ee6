import type { Action } from "@/lib/auth/permissions";
import { createArticle } from "./articles/createArticle";
import { getArticleHeader } from "./articles/getArticleHeader";
import { getWorkspace } from "./articles/getWorkspace";
import { listDeskArticles } from "./articles/listDeskArticles";
import { previewImport } from "./articles/previewImport";
import { reviseArticleText } from "./articles/reviseArticleText";
import { updateArticleDetails } from "./articles/updateArticleDetails";
import { copyMatchIntoReview } from "./archive/copyMatchIntoReview";
import { decideMatch } from "./archive/decideMatch";
import { getClaimMatches } from "./archive/getClaimMatches";
import { addFactCheckSource } from "./archive/addFactCheckSource";
import { importDueFactChecks } from "./archive/importDueFactChecks";
import { importFactChecks } from "./archive/importFactChecks";
import { listFactCheckSources } from "./archive/listFactCheckSources";
import { readFactCheckSource } from "./archive/readFactCheckSource";
import { removeFactCheckSource } from "./archive/removeFactCheckSource";
import { listStrongMatches } from "./archive/listStrongMatches";
import { exportAuditLog } from "./audit/exportAuditLog";
import { listAuditFilterOptions } from "./audit/listAuditFilterOptions";
import { listAuditLog } from "./audit/listAuditLog";
import { acceptSuggestions } from "./claims/acceptSuggestions";
import { assignClaims } from "./claims/assignClaims";
import { assignReviewer } from "./claims/assignReviewer";
import { createClaim } from "./claims/createClaim";
import { getClaimHistory } from "./claims/getClaimHistory";
import { deleteClaim } from "./claims/deleteClaim";
import { editClaim } from "./claims/editClaim";
import { listDeskClaims } from "./claims/listDeskClaims";
import { listMyClaims } from "./claims/listMyClaims";
import { mergeClaims } from "./claims/mergeClaims";
import { moveClaimAnchor } from "./claims/moveClaimAnchor";
import { dismissClaim } from "./claims/dismissClaim";
import { restoreClaim } from "./claims/restoreClaim";
import { returnClaim } from "./claims/returnClaim";
import { reviewClaim } from "./claims/reviewClaim";
import { signOffClaim } from "./claims/signOffClaim";
import { splitClaim } from "./claims/splitClaim";
import { addComment } from "./comments/addComment";
import { deleteComment } from "./comments/deleteComment";
import { editComment } from "./comments/editComment";
import { listClaimComments } from "./comments/listClaimComments";
import { listNotifications } from "./notifications/listNotifications";
import { markNotificationsRead } from "./notifications/markNotificationsRead";
import { getMailPreferences } from "./mail/getMailPreferences";
import { setMailPreferences } from "./mail/setMailPreferences";
import { unsubscribeFromMail } from "./mail/unsubscribeFromMail";
import { listOutboxMessages } from "./outbox/listOutboxMessages";
import { retryOutboxMessage } from "./outbox/retryOutboxMessage";
import { getOrganisation } from "./organisation/getOrganisation";
import { updateOrganisation } from "./organisation/updateOrganisation";
import { getClaimRetraction } from "./publishing/getClaimRetraction";
import { getPublishedClaim } from "./publishing/getPublishedClaim";
import { getPublishedVersion } from "./publishing/getPublishedVersion";
import { listPublicArticles } from "./publishing/listPublicArticles";
import { listPublishedClaims } from "./publishing/listPublishedClaims";
import { listPublishedVersions } from "./publishing/listPublishedVersions";
import { listRetractions } from "./publishing/listRetractions";
import { listPublishedArticles } from "./publishing/listPublishedArticles";
import { previewPublication } from "./publishing/previewPublication";
import { compareVersions } from "./publishing/compareVersions";
import { listCorrections } from "./publishing/listCorrections";
import { listPublishedPage } from "./publishing/listPublishedPage";
import { listVersions } from "./publishing/listVersions";
import { publishArticle } from "./publishing/publishArticle";
import { retractArticle } from "./publishing/retractArticle";
import { searchPublished } from "./publishing/searchPublished";
import { getRatingScale } from "./ratingScales/getRatingScale";
import { listVerdicts } from "./ratingScales/listVerdicts";
import { saveRatingScale } from "./ratingScales/saveRatingScale";
import { searchDesk } from "./search/searchDesk";
import { getNewsroomStatistics } from "./statistics/getNewsroomStatistics";
import { getStaffCounts } from "./staff/getStaffCounts";
import { backupDatabase } from "./system/backupDatabase";
import { checkHealth } from "./system/checkHealth";
import { switchOffDemoAccounts } from "./system/switchOffDemoAccounts";
import { confirmTwoFactorEnrolment } from "./twoFactor/confirmTwoFactorEnrolment";
import { disableTwoFactor } from "./twoFactor/disableTwoFactor";
import { replaceRecoveryCodes } from "./twoFactor/replaceRecoveryCodes";
import { getTwoFactorStatus } from "./twoFactor/getTwoFactorStatus";
import { listTwoFactorEnrolments } from "./twoFactor/listTwoFactorEnrolments";
import { resetTwoFactor } from "./twoFactor/resetTwoFactor";
import { setTwoFactorRequirement } from "./twoFactor/setTwoFactorRequirement";
import { startTwoFactorEnrolment } from "./twoFactor/startTwoFactorEnrolment";
import { changePassword } from "./users/changePassword";
import { checkPasswordLink } from "./users/checkPasswordLink";
import { confirmIdentity } from "./users/confirmIdentity";
import { createUser } from "./users/createUser";
import { endSession } from "./users/endSession";
import { getAccount } from "./users/getAccount";
import { listOpenClaimsOf } from "./users/listOpenClaimsOf";
import { listUsers } from "./users/listUsers";
import { resetUserPassword } from "./users/resetUserPassword";
import { setPasswordWithLink } from "./users/setPasswordWithLink";
import { setUserActive } from "./users/setUserActive";
import { setUserRole } from "./users/setUserRole";
import { changeUserEmail } from "./users/changeUserEmail";
import { signOutEverywhere } from "./users/signOutEverywhere";
import { updateDisplayName } from "./users/updateDisplayName";
import type { Verb } from "./verb";

/**
 * An audit entry a verb writes: which action, on what kind of entity, and which of before/after it records.
 * `each`: one such entry per entity the call acts on (a bulk verb), in the order the scenario names them.
 * `by: "entity"`: the entry names the entity as the one who acted (a public verb authorized by a token the entity
 * holds, like setting one's password through one's link), whoever is signed in.
 */
export type AuditSpec = { action: string; entityType: string; records: "before" | "after" | "both"; each?: true; by?: "entity" };

export type VerbSpec = {
  verb: Verb<never, unknown>;
  /** The permission it checks, or "public" for what readers may see without signing in. */
  permission: Action | "public";
  /** The audit entries one successful call writes; reads write none. */
  audit: AuditSpec[];
};

const read = (verb: Verb<never, unknown>, permission: VerbSpec["permission"]): VerbSpec => ({ verb, permission, audit: [] });
const write = (verb: Verb<never, unknown>, permission: VerbSpec["permission"], ...audit: AuditSpec[]): VerbSpec => ({ verb, permission, audit });

/**
 * Every service verb, with the permission it checks and the audit entries it writes. The authorization matrix and
 * the audit check (tests/integration/verbRegistry.test.ts) run every one of them; a verb exported from
 * lib/services but missing here fails that test.
 */
export const VERBS = {
  // Articles
  createArticle: write(createArticle, "article:create", { action: "article.create", entityType: "article", records: "after" }),
  previewImport: read(previewImport, "article:create"),
  reviseArticleText: write(reviseArticleText, "article:update", { action: "article.revise_text", entityType: "article", records: "both" }),
  updateArticleDetails: write(updateArticleDetails, "article:update", { action: "article.update_details", entityType: "article", records: "both" }),
  getArticleHeader: read(getArticleHeader, "article:read"),
  getWorkspace: read(getWorkspace, "article:read"),
  listDeskArticles: read(listDeskArticles, "desk:read"),
  // Claims
  createClaim: write(createClaim, "claim:create", { action: "claim.create", entityType: "claim", records: "after" }),
  acceptSuggestions: write(acceptSuggestions, "claim:create", { action: "claim.accept_suggestions", entityType: "article", records: "both" }),
  editClaim: write(editClaim, "claim:update", { action: "claim.edit", entityType: "claim", records: "both" }),
  deleteClaim: write(deleteClaim, "claim:delete", { action: "claim.delete", entityType: "claim", records: "before" }),
  mergeClaims: write(mergeClaims, "claim:update", { action: "claim.merge", entityType: "claim", records: "both" }),
  splitClaim: write(splitClaim, "claim:update", { action: "claim.split", entityType: "claim", records: "both" }),
  moveClaimAnchor: write(moveClaimAnchor, "claim:update", { action: "claim.anchor", entityType: "claim", records: "both" }),
  assignReviewer: write(assignReviewer, "claim:assign", { action: "claim.assign", entityType: "claim", records: "both" }),
  assignClaims: write(assignClaims, "claim:assign", { action: "claim.assign", entityType: "claim", records: "both", each: true }),
  reviewClaim: write(reviewClaim, "claim:review", { action: "claim.review", entityType: "claim", records: "both" }),
  signOffClaim: write(signOffClaim, "claim:signoff", { action: "claim.sign_off", entityType: "claim", records: "both" }),
  returnClaim: write(returnClaim, "claim:signoff", { action: "claim.return", entityType: "claim", records: "both" }),
  dismissClaim: write(dismissClaim, "claim:update", { action: "claim.dismiss", entityType: "claim", records: "both" }),
  restoreClaim: write(restoreClaim, "claim:update", { action: "claim.restore", entityType: "claim", records: "both" }),
  getClaimHistory: read(getClaimHistory, "article:read"),
  listVerdicts: read(listVerdicts, "desk:read"),
  // A claim's internal conversation (never published)
  listClaimComments: read(listClaimComments, "article:read"),
  addComment: write(addComment, "comment:create", { action: "comment.create", entityType: "comment", records: "after" }),
  editComment: write(editComment, "comment:create", { action: "comment.edit", entityType: "comment", records: "both" }),
  deleteComment: write(deleteComment, "comment:create", { action: "comment.delete", entityType: "comment", records: "before" }),
  // Publishing and what readers see
  previewPublication: read(previewPublication, "article:publish"),
  publishArticle: write(publishArticle, "article:publish", { action: "article.publish", entityType: "article", records: "both" }),
  retractArticle: write(retractArticle, "article:publish", { action: "article.retract", entityType: "article", records: "both" }),
  listPublishedArticles: read(listPublishedArticles, "public"),
  getPublishedVersion: read(getPublishedVersion, "public"),
  listPublicArticles: read(listPublicArticles, "public"),
  listPublishedVersions: read(listPublishedVersions, "public"),
  listPublishedClaims: read(listPublishedClaims, "public"),
  getPublishedClaim: read(getPublishedClaim, "public"),
  getClaimRetraction: read(getClaimRetraction, "public"),
  listRetractions: read(listRetractions, "public"),
  listPublishedPage: read(listPublishedPage, "public"),
  listVersions: read(listVersions, "public"),
  compareVersions: read(compareVersions, "public"),
  listCorrections: read(listCorrections, "public"),
  searchPublished: read(searchPublished, "public"),
  getOrganisation: read(getOrganisation, "public"),
  checkHealth: read(checkHealth, "public"),
  // The command line's backup through a running server: no role may call it, only the system context.
  backupDatabase: write(backupDatabase, "database:backup", { action: "database.backup", entityType: "database", records: "after" }),
  // The server's start-up outside demo mode: the demo accounts (published password) may not stay usable.
  switchOffDemoAccounts: write(switchOffDemoAccounts, "system:maintain", { action: "user.deactivate", entityType: "user", records: "both", each: true }),
  // Administration
  updateOrganisation: write(updateOrganisation, "organisation:manage", { action: "organisation.update", entityType: "organisation", records: "both" }),
  getRatingScale: read(getRatingScale, "scale:manage"),
  saveRatingScale: write(saveRatingScale, "scale:manage", { action: "rating_scale.update", entityType: "rating_scale", records: "both" }),
  createUser: write(createUser, "user:manage", { action: "user.create", entityType: "user", records: "after" }),
  listUsers: read(listUsers, "user:manage"),
  setUserRole: write(setUserRole, "user:manage", { action: "user.role", entityType: "user", records: "both" }),
  changeUserEmail: write(changeUserEmail, "user:manage", { action: "user.change_email", entityType: "user", records: "both" }),
  setUserActive: write(setUserActive, "user:manage", { action: "user.deactivate", entityType: "user", records: "both" }),
  resetUserPassword: write(resetUserPassword, "user:manage", { action: "user.reset_password", entityType: "user", records: "both" }),
  listOpenClaimsOf: read(listOpenClaimsOf, "user:manage"),
  // A set-password link: its token is the authorization (only its holder can name it).
  checkPasswordLink: read(checkPasswordLink, "public"),
  setPasswordWithLink: write(setPasswordWithLink, "public", { action: "user.set_password", entityType: "user", records: "both", by: "entity" }),
  // The outbox: mail waiting to go or given up, and sending one again.
  listOutboxMessages: read(listOutboxMessages, "outbox:manage"),
  retryOutboxMessage: write(retryOutboxMessage, "outbox:manage", { action: "outbox.retry", entityType: "outbox_message", records: "both" }),
  // A mail's one-click unsubscribe: its signed token is the authorization. One's own mail, not the newsroom's work: not audited.
  unsubscribeFromMail: write(unsubscribeFromMail, "public"),
  listAuditLog: read(listAuditLog, "audit:read"),
  listAuditFilterOptions: read(listAuditFilterOptions, "audit:read"),
  listTwoFactorEnrolments: read(listTwoFactorEnrolments, "security:manage"),
  setTwoFactorRequirement: write(setTwoFactorRequirement, "security:manage", { action: "security.require_two_factor", entityType: "security_settings", records: "both" }),
  resetTwoFactor: write(resetTwoFactor, "security:manage", { action: "user.two_factor_reset", entityType: "user", records: "both" }),
  // "Checked before?": the archive of earlier fact-checks
  importFactChecks: write(importFactChecks, "factcheck:import", { action: "factcheck.import", entityType: "fact_check_import", records: "after" }),
  listFactCheckSources: read(listFactCheckSources, "factcheck:import"),
  addFactCheckSource: write(addFactCheckSource, "factcheck:import", { action: "factcheck.source_add", entityType: "fact_check_source", records: "after" }),
  removeFactCheckSource: write(removeFactCheckSource, "factcheck:import", { action: "factcheck.source_remove", entityType: "fact_check_source", records: "before" }),
  readFactCheckSource: write(readFactCheckSource, "factcheck:import", { action: "factcheck.source_read", entityType: "fact_check_source", records: "after" }),
  // The schedule's run, by the server itself every minute: no role may call it. One entry per source read.
  importDueFactChecks: write(importDueFactChecks, "system:maintain", { action: "factcheck.source_read", entityType: "fact_check_source", records: "after", each: true }),
  getClaimMatches: read(getClaimMatches, "article:read"),
  listStrongMatches: read(listStrongMatches, "desk:read"),
  decideMatch: write(decideMatch, "claim:update", { action: "claim.match", entityType: "claim", records: "both" }),
  copyMatchIntoReview: write(copyMatchIntoReview, "claim:review", { action: "claim.copy_match", entityType: "claim", records: "both" }),
  exportAuditLog: write(exportAuditLog, "audit:read", { action: "audit.export", entityType: "audit_log", records: "after" }),
  getNewsroomStatistics: read(getNewsroomStatistics, "statistics:read"),
  // The staff member's own desk
  getStaffCounts: read(getStaffCounts, "desk:read"),
  listNotifications: read(listNotifications, "desk:read"),
  // Read state is one's own, not a change to the newsroom's work: not audited.
  markNotificationsRead: write(markNotificationsRead, "desk:read"),
  searchDesk: read(searchDesk, "desk:read"),
  listMyClaims: read(listMyClaims, "desk:read"),
  listDeskClaims: read(listDeskClaims, "desk:read"),
  // One's own account
  signOutEverywhere: write(signOutEverywhere, "account:self", { action: "user.sign_out_everywhere", entityType: "user", records: "both" }),
  endSession: write(endSession, "account:self", { action: "user.sign_out", entityType: "session", records: "both" }),
  getTwoFactorStatus: read(getTwoFactorStatus, "account:self"),
  // Nothing changes until a code confirms it (the pending secret signs no one in): not audited.
  startTwoFactorEnrolment: write(startTwoFactorEnrolment, "account:self"),
  confirmTwoFactorEnrolment: write(confirmTwoFactorEnrolment, "account:self", { action: "user.two_factor_enable", entityType: "user", records: "after" }),
  disableTwoFactor: write(disableTwoFactor, "account:self", { action: "user.two_factor_disable", entityType: "user", records: "both" }),
  replaceRecoveryCodes: write(replaceRecoveryCodes, "account:self", { action: "user.recovery_codes_replace", entityType: "user", records: "both" }),
  confirmIdentity: write(confirmIdentity, "account:self", { action: "user.confirm_identity", entityType: "session", records: "after" }),
  getAccount: read(getAccount, "account:self"),
  getMailPreferences: read(getMailPreferences, "account:self"),
  // One's own mail, not the newsroom's work: not audited.
  setMailPreferences: write(setMailPreferences, "account:self"),
  updateDisplayName: write(updateDisplayName, "account:self", { action: "user.rename", entityType: "user", records: "both" }),
  changePassword: write(changePassword, "account:self", { action: "user.change_password", entityType: "user", records: "both" }),
} satisfies Record<string, VerbSpec>;

export type VerbName = keyof typeof VERBS;
