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
import { discardDraft } from "./drafts/discardDraft";
import { listMyDrafts } from "./drafts/listMyDrafts";
import { saveDraft } from "./drafts/saveDraft";
import { announcePresence } from "./live/announcePresence";
import { deleteComment } from "./comments/deleteComment";
import { editComment } from "./comments/editComment";
import { listClaimComments } from "./comments/listClaimComments";
import { listNotifications } from "./notifications/listNotifications";
import { markNotificationsRead } from "./notifications/markNotificationsRead";
import { sendDueReminders } from "./notifications/sendDueReminders";
import { getMailPreferences } from "./mail/getMailPreferences";
import { sendDailyDigests } from "./mail/sendDailyDigests";
import { setMailPreferences } from "./mail/setMailPreferences";
import { unsubscribeFromMail } from "./mail/unsubscribeFromMail";
import { listOutboxMessages } from "./outbox/listOutboxMessages";
import { retryOutboxMessage } from "./outbox/retryOutboxMessage";
import { getOrganisation } from "./organisation/getOrganisation";
import { updateOrganisation } from "./organisation/updateOrganisation";
import { findEarlierClaim } from "./publishing/findEarlierClaim";
import { getClaimRemoval } from "./publishing/getClaimRemoval";
import { getClaimRetraction } from "./publishing/getClaimRetraction";
import { getPublishedClaim } from "./publishing/getPublishedClaim";
import { getPublishedVersion } from "./publishing/getPublishedVersion";
import { listPublicArticles } from "./publishing/listPublicArticles";
import { listPublishedClaims } from "./publishing/listPublishedClaims";
import { listPublishedVersions } from "./publishing/listPublishedVersions";
import { listRetractions } from "./publishing/listRetractions";
import { listPublishedArticles } from "./publishing/listPublishedArticles";
import { listSitemapArticles } from "./publishing/listSitemapArticles";
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
import { liftSignInThrottle } from "./security/liftSignInThrottle";
import { listSignInThrottles } from "./security/listSignInThrottles";
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
import { setInterfaceLanguage } from "./users/setInterfaceLanguage";
import { updateDisplayName } from "./users/updateDisplayName";
import type { Verb } from "./verb";

/**
 * Every service verb. Each declares its name, the permission it checks, its input and the audit entries it writes
 * (defineVerb in ./verb.ts); the authorization matrix and the audit check (tests/integration/verbRegistry.test.ts) run
 * every one of them as it declares itself. A verb exported from lib/services but missing here fails that test.
 */
export const VERBS = {
  // Articles
  createArticle,
  previewImport,
  reviseArticleText,
  updateArticleDetails,
  getArticleHeader,
  getWorkspace,
  listDeskArticles,
  // Claims
  createClaim,
  acceptSuggestions,
  editClaim,
  deleteClaim,
  mergeClaims,
  splitClaim,
  moveClaimAnchor,
  assignReviewer,
  assignClaims,
  reviewClaim,
  signOffClaim,
  returnClaim,
  dismissClaim,
  restoreClaim,
  getClaimHistory,
  listVerdicts,
  // A claim's internal conversation (never published)
  listClaimComments,
  addComment,
  editComment,
  deleteComment,
  // One's own unsaved work in the workspace's forms (never seen by anyone else)
  saveDraft,
  listMyDrafts,
  discardDraft,
  // Who else has an article open (of the moment, never audited)
  announcePresence,
  // Publishing and what readers see
  previewPublication,
  publishArticle,
  retractArticle,
  listPublishedArticles,
  listSitemapArticles,
  getPublishedVersion,
  listPublicArticles,
  listPublishedVersions,
  listPublishedClaims,
  getPublishedClaim,
  getClaimRetraction,
  getClaimRemoval,
  findEarlierClaim,
  listRetractions,
  listPublishedPage,
  listVersions,
  compareVersions,
  listCorrections,
  searchPublished,
  getOrganisation,
  checkHealth,
  backupDatabase,
  switchOffDemoAccounts,
  // Administration
  updateOrganisation,
  getRatingScale,
  saveRatingScale,
  createUser,
  listUsers,
  setUserRole,
  changeUserEmail,
  setUserActive,
  resetUserPassword,
  listOpenClaimsOf,
  checkPasswordLink,
  setPasswordWithLink,
  listAuditLog,
  listAuditFilterOptions,
  listTwoFactorEnrolments,
  setTwoFactorRequirement,
  resetTwoFactor,
  listSignInThrottles,
  liftSignInThrottle,
  // Mail and the other side effects waiting in the outbox
  listOutboxMessages,
  retryOutboxMessage,
  unsubscribeFromMail,
  // "Checked before?": the archive of earlier fact-checks
  importFactChecks,
  listFactCheckSources,
  addFactCheckSource,
  removeFactCheckSource,
  readFactCheckSource,
  importDueFactChecks,
  sendDueReminders,
  sendDailyDigests,
  getClaimMatches,
  listStrongMatches,
  decideMatch,
  copyMatchIntoReview,
  exportAuditLog,
  getNewsroomStatistics,
  // The staff member's own desk
  getStaffCounts,
  listNotifications,
  markNotificationsRead,
  searchDesk,
  listMyClaims,
  listDeskClaims,
  // One's own account
  signOutEverywhere,
  endSession,
  getTwoFactorStatus,
  startTwoFactorEnrolment,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  replaceRecoveryCodes,
  confirmIdentity,
  getAccount,
  getMailPreferences,
  setMailPreferences,
  updateDisplayName,
  setInterfaceLanguage,
  changePassword,
} satisfies Record<string, AnyVerb>;

/** Any verb, whatever its input and answer. */
export type AnyVerb = Verb<never, unknown>;

export type VerbName = keyof typeof VERBS;
