namespace KosovoElections.Application.Audit;

/// <summary>
/// Every action the audit log records, grouped by who acts. A name is <c>noun.verb-ed</c>: lower-case words joined by
/// '-', the thing acted on first, the last word a past participle (<c>application.submitted</c>,
/// <c>election.deadline-changed</c>). Who acted is the row's <c>ActorKind</c> and actor, so a name says what happened,
/// never who; the staff sign-in keeps its <c>staff.</c> prefix to tell it from the applicant's at a glance.
/// A stored name never changes meaning; a new action is a new constant here.
/// </summary>
public static class AuditActions
{
    /// <summary>What an applicant does on the site (actor: the masked personal number).</summary>
    public static class Applicant
    {
        public const string SignInSucceeded = "signin.succeeded";
        public const string SignInFailed = "signin.failed";
        public const string SignInThrottled = "signin.throttled";

        /// <summary>Answered with a proof-of-work challenge before the registry was read (failures came from other addresses).</summary>
        public const string SignInChallenged = "signin.challenged";

        /// <summary>The person matched but may not apply (under age, registry entry not active); the reason is in the details.</summary>
        public const string SignInRefused = "signin.refused";

        /// <summary>No election accepts applications now.</summary>
        public const string SignInClosed = "signin.closed";
        public const string SignOutSucceeded = "signout.succeeded";
        public const string HandOffIssued = "handoff.issued";
        public const string HandOffRedeemed = "handoff.redeemed";
        public const string DocumentCaptured = "document.captured";
        public const string DocumentRefused = "document.refused";
        public const string DocumentReplaced = "document.replaced";

        /// <summary>A document that is not the applicant's own was asked for.</summary>
        public const string DocumentDenied = "document.denied";
        public const string EmailCodeRequested = "email.code.requested";
        public const string EmailCodeRefused = "email.code.refused";
        public const string EmailCodeFailed = "email.code.failed";
        public const string EmailVerified = "email.verified";
        public const string AddressRecorded = "address.recorded";
        public const string ReturnMethodChosen = "return-method.chosen";
        public const string ApplicationSubmitted = "application.submitted";
        public const string ApplicationWithdrawn = "application.withdrawn";

        /// <summary>A corrected application sent back after a correction request.</summary>
        public const string ApplicationResubmitted = "application.resubmitted";

        /// <summary>A page of the proof of address taken out by the applicant; the pages after it move up.</summary>
        public const string DocumentRemoved = "document.removed";
    }

    /// <summary>What a staff member does in the back office (actor: the staff member's id).</summary>
    public static class Staff
    {
        /// <summary>The password was right: a session that reaches only the second factor.</summary>
        public const string SignInPasswordAccepted = "staff.signin.password-accepted";
        public const string SignInSucceeded = "staff.signin.succeeded";
        public const string SignInFailed = "staff.signin.failed";
        public const string SignInCodeFailed = "staff.signin.code-failed";

        /// <summary>An attempt refused because the account is locked.</summary>
        public const string SignInLocked = "staff.signin.locked";

        /// <summary>The failed attempt that locked the account (<c>StaffLockout</c>).</summary>
        public const string AccountLocked = "staff.account.locked";
        public const string SignOutSucceeded = "staff.signout.succeeded";
        public const string TotpEnrolmentStarted = "staff.totp.enrolment-started";
        public const string TotpEnrolled = "staff.totp.enrolled";
        public const string DocumentViewed = "document.viewed";

        /// <summary>A staff member opened an application's review screen (its personal data).</summary>
        public const string ApplicationViewed = "application.viewed";
        public const string ApplicationClaimed = "application.claimed";
        public const string LeaseReleased = "application.lease-released";
        public const string LeaseReassigned = "application.lease-reassigned";
        public const string ApplicationApproved = "application.approved";
        public const string ApplicationRejected = "application.rejected";

        /// <summary>A rejection waiting for a second review; <see cref="RejectionConfirmed"/> when a supervisor agrees.</summary>
        public const string RejectionProposed = "application.rejection-proposed";
        public const string RejectionConfirmed = "application.rejection-confirmed";
        public const string CorrectionRequested = "application.correction-requested";
        public const string NoteAdded = "application.note-added";

        /// <summary>An invited member chose their password through the invitation's link.</summary>
        public const string PasswordChosen = "staff.password-chosen";

        /// <summary>A paper application entered (post or e-mail), sent at once; details: reference, channel, documents.</summary>
        public const string PaperApplicationEntered = "application.entered";

        /// <summary>A paper application that could not be entered: the registry, eligibility, the deadline or one already entered.</summary>
        public const string PaperApplicationRefused = "application.entry-refused";
    }

    /// <summary>Setting up elections and staff, from an operator command or, later, an administrator's page.</summary>
    public static class Administration
    {
        public const string ElectionCreated = "election.created";
        public const string ElectionEdited = "election.edited";
        public const string DeadlineChanged = "election.deadline-changed";
        public const string DeadlineChangeRequested = "election.deadline-change-requested";
        public const string MailboxAdded = "election.mailbox-added";
        public const string MailboxChanged = "election.mailbox-changed";
        public const string MissionAdded = "election.mission-added";
        public const string StaffCreated = "staff.created";

        /// <summary>A retention run deleted identity images (the counts are in the details); by an admin, the command or the daily job.</summary>
        public const string ImagesPurged = "document.images-purged";

        public const string StaffInvited = "staff.invited";

        /// <summary>A new set-password link for a member who has not chosen a password yet.</summary>
        public const string StaffReinvited = "staff.reinvited";
        public const string StaffRoleChanged = "staff.role-changed";
        public const string StaffDisabled = "staff.disabled";
        public const string StaffEnabled = "staff.enabled";

        /// <summary>The authenticator and recovery codes were removed; the next sign-in enrols again.</summary>
        public const string StaffSecondFactorRemoved = "staff.second-factor-removed";

        /// <summary>An export of voters' data or figures was downloaded; the details name the export and its filter.</summary>
        public const string ExportDownloaded = "export.downloaded";

        /// <summary>A municipality's approved list was opened as the printable page for its election commission.</summary>
        public const string ApprovedListPrinted = "export.approved-list-printed";

        /// <summary>An admin uploaded a civil registry file and its import began; the details name the file and its size.</summary>
        public const string RegistryUploaded = "registry.uploaded";

        /// <summary>An uploaded registry file's import ended; the details hold the rows read, imported and rejected.</summary>
        public const string RegistryUploadImported = "registry.upload-imported";

        public const string MailboxRemoved = "election.mailbox-removed";
        public const string MissionCapacityChanged = "election.mission-capacity-changed";

        /// <summary>A Local election's mayoral runoff was opened; the details name the municipalities and how many voters were carried over.</summary>
        public const string RunoffOpened = "election.runoff-opened";
    }

    /// <summary>What the system does by itself or for an operator's import.</summary>
    public static class System
    {
        public const string RegistryImported = "registry.imported";
        public const string MissionHoldReleased = "return-method.hold-released";

        /// <summary>The automatic flags computed when an application was sent.</summary>
        public const string ApplicationFlagged = "application.flagged";
    }
}
