import Foundation
import SurveyModel

/// Durable storage of survey definitions, respondents, responses, answers, ladders, paradata and weight sets.
///
/// The protocol is backend-neutral: SQLite (`SQLiteStore`, the embedded default) and PostgreSQL (`PostgresStore`,
/// the shared store) implement it with the same semantics, checked by one conformance suite. Every method is `async` and may suspend on I/O;
/// nothing in the protocol names SQL, files or connections.
///
/// ## Durability
/// Every mutating method commits before it returns: once it returns normally, the change survives a crash of the
/// process (SIGKILL) and, for backends that promise it (SQLite with `synchronous=FULL`, PostgreSQL with
/// `fsync=on`), a power failure. A method that throws changed nothing, unless its documentation says otherwise
/// (non-atomic batch imports keep the batches committed before the failure).
///
/// ## Concurrency
/// A store may be shared by tasks of one process and by several processes (interviewers) at once. The
/// operations that must never race (claiming a respondent, completing a response against quotas) are atomic in
/// the backend, not in the caller.
///
/// ## Failure modes
/// Methods throw `StoreError`: `.busy` when another writer holds the store past the busy timeout, `.corrupt`
/// when the backing file or database is damaged (nothing is written), `.unknownSurveyVersion` when a response
/// names a definition that was never registered, `.unknownResponse` / `.unknownRespondent` for missing ids,
/// `.responseClosed` when a finished response is changed, `.definitionConflict` when a version is re-registered
/// with different content, and `.backend` for anything else the backend reports.
public protocol ResponseStore: Sendable {
    // MARK: Survey definitions

    /// Registers a definition (by survey id and version, with its content hash and canonical JSON text).
    ///
    /// Idempotent: registering the same id, version and hash again does nothing and returns `false`. Registering
    /// an existing id and version with a different hash throws `.definitionConflict` (a changed survey needs a new
    /// version; responses keep the version they were collected with). Returns `true` when the definition is new.
    @discardableResult
    func registerSurvey(_ definition: SurveyDefinitionRecord) async throws -> Bool

    /// The definition registered for `surveyID` at `version`, or nil.
    func surveyDefinition(surveyID: String, version: SemanticVersion) async throws -> SurveyDefinitionRecord?

    /// Every registered definition (of `surveyID`, or of all surveys when nil), oldest version first.
    func surveyDefinitions(surveyID: String?) async throws -> [SurveyDefinitionRecord]

    // MARK: Respondents and the interviewer work queue

    /// Inserts respondents or replaces the attributes, design weight, stratum and clusters of existing ones (by
    /// id), in one transaction. Claims, contact attempts and responses are kept. Returns the number written.
    @discardableResult
    func upsertRespondents(_ respondents: [Respondent]) async throws -> Int

    /// The respondent with `id`, or nil.
    func respondent(id: String) async throws -> Respondent?

    /// The respondents with the given ids that exist (in no particular order).
    func respondents(ids: [String]) async throws -> [Respondent]

    /// The number of respondents in the store.
    func respondentCount() async throws -> Int

    /// The ids of every respondent in the store (the sample), in id order.
    func respondentIDs() async throws -> [String]

    /// Every attribute name used by any respondent, sorted (the attribute columns of an export).
    func respondentAttributeNames() async throws -> [String]

    /// Atomically claims the next pending respondent of `surveyID` for `interviewer`, or returns nil when the queue
    /// is empty.
    ///
    /// Pending means: no response of the survey that is complete, partial or quota-full; no final contact outcome
    /// (see `ContactAttempt.isFinal`); fewer than `request.maxAttempts` contact attempts; any callback time is at
    /// or before `request.now`; and not claimed by someone else within `request.claimTimeout` (claims of a crashed
    /// interviewer expire). Due callbacks come first (earliest first), then never-attempted respondents, then the
    /// rest in id order. Two concurrent callers never receive the same respondent. A respondent already claimed by
    /// the same interviewer is returned again (resume after a crash).
    func claimNextRespondent(_ request: ClaimRequest) async throws -> RespondentClaim?

    /// Releases `interviewer`'s claim on a respondent without recording an outcome. Does nothing when the claim is
    /// not theirs.
    func releaseClaim(respondentID: String, surveyID: String, interviewer: String) async throws

    /// Records a contact attempt (no answer, refusal, callback with a time, note) and releases the claim.
    /// Throws `.unknownRespondent` when the respondent does not exist.
    func recordContactAttempt(_ attempt: ContactAttempt) async throws

    /// The contact attempts of a respondent for `surveyID`, oldest first.
    func contactAttempts(respondentID: String, surveyID: String) async throws -> [ContactAttempt]

    // MARK: Interviews

    /// Creates an in-progress response. Throws `.unknownSurveyVersion` when its definition is not registered and
    /// `.duplicateResponse` when the id exists. Creates a bare respondent when the respondent id is unknown.
    func createResponse(_ start: ResponseStart) async throws

    /// Saves (inserts or replaces) one answer, committed before returning, and clears its unreachable flag.
    /// Throws `.unknownResponse`, or `.responseClosed` when the response is no longer in progress.
    func saveAnswer(_ answer: AnswerRecord, responseID: String) async throws

    /// Flags answers that became unreachable after back navigation. They are kept (with their value and
    /// paradata) and excluded from `StoredResponse.response.answers`; saving the question again clears the flag.
    /// Unknown question ids are ignored.
    func markAnswersUnreachable(questionIDs: [String], responseID: String) async throws

    /// Flags why-ladder steps (probe, option, depth) that left the interview's path after back navigation (the
    /// answer they were about changed). Like unreachable answers they are kept, excluded from
    /// `StoredResponse.response.ladder` and listed in `StoredResponse.setAsideLadder`; saving the step again clears
    /// the flag. Unknown steps are ignored.
    func markLadderStepsUnreachable(_ steps: [LadderStepKey], responseID: String) async throws

    /// Saves one why-ladder step (replacing the step with the same probe, option and depth), committed before
    /// returning. Steps deeper than `depth` for the same probe and option are removed only when `truncate` is set
    /// (the respondent re-answered a ladder and stopped earlier).
    func saveLadderStep(_ step: LadderStep, responseID: String, truncate: Bool) async throws

    /// Updates the interview cursor (an opaque position string owned by the interview engine), the status and
    /// the disposition. Moving to `.complete` is only possible through `completeResponse`.
    func updateCursor(_ cursor: InterviewCursor, responseID: String) async throws

    /// Completes a response, enforcing quotas atomically.
    ///
    /// `quotas` lists the quotas whose conditions the response meets, with their targets. If every one has room
    /// (count < target), the response becomes complete (`1.1`), each quota count goes up by one and `.completed`
    /// is returned. Otherwise nothing is counted, the response ends as quota-full (`4.80`) and
    /// `.quotaFull(quotaID:)` names the first full quota. Concurrent completions never overshoot a target.
    /// Completing an already complete response returns `.completed` without counting twice.
    func completeResponse(responseID: String, quotas: [QuotaClaim], at: Date) async throws -> CompletionOutcome

    /// Completes per quota id, for `surveyID`.
    func quotaCounts(surveyID: String) async throws -> [String: Int]

    // MARK: Reading responses

    /// One response with its answers, ladder, cursor and seed, or nil.
    func response(id: String) async throws -> StoredResponse?

    /// A page of responses matching `query`, ordered by response id (keyset pagination: pass the last id of a
    /// page as `query.after` to get the next). Never loads more than `query.limit` responses.
    func responses(_ query: ResponseQuery) async throws -> [StoredResponse]

    /// The ids that end each full page of `query` read from its start (`query.after`) in pages of `query.limit`:
    /// the `limit`-th, `2·limit`-th, ... matching id (`query.through` and the page content are not read). Reads
    /// the id index only; `responsePages` turns them into ranges that can be read in any order.
    func responsePageEnds(_ query: ResponseQuery) async throws -> [String]

    /// The number of responses of `surveyID` by status.
    func responseCounts(surveyID: String) async throws -> [ResponseStatus: Int]

    /// Response counts of `surveyID` by collection mode (`cati`, `cawi`, `import`, ...; "" when not recorded) and
    /// status.
    func responseCountsByMode(surveyID: String) async throws -> [String: [ResponseStatus: Int]]

    /// Case outcomes for AAPOR rates: one count per (final disposition, interviewer), aggregated in the backend.
    /// A case is a respondent (or a response without a sampled respondent). Its disposition is that of its
    /// complete response if any, otherwise of its most recent response or contact attempt; cases never attempted
    /// count as `DispositionCode.inProgress` ("0.0", pending).
    func dispositionCounts(surveyID: String) async throws -> [DispositionCount]

    /// The cases `dispositionCounts` counts as pending because an interview of theirs is still in progress: that
    /// response (the case's latest event, the case having no complete response) with its interviewer and last
    /// change, by response id. A caller classifies the abandoned ones (`FieldworkStatus`, `AbandonmentRule`).
    func pendingResponses(surveyID: String) async throws -> [PendingResponse]

    // MARK: Imports

    /// Stores finished responses (and their respondents) read from files.
    ///
    /// Idempotent on response id: a response whose id is already stored is skipped and counted in `skipped`.
    /// `source` is drained batch by batch. With `atomic`, everything is one transaction: any failure stores
    /// nothing. Without it, each batch is committed on its own and a failure keeps earlier batches.
    func importResponses(from source: some ResponseBatchSource, atomic: Bool) async throws -> ImportSummary

    // MARK: Weight sets

    /// Saves (or replaces) a named weight set.
    func saveWeightSet(_ weightSet: WeightSet) async throws

    /// The weight set called `name` for `surveyID`, or nil.
    func weightSet(name: String, surveyID: String) async throws -> WeightSet?

    /// The report stored with the weight set `name` of `surveyID` (without reading its weights), or nil when there
    /// is no such set.
    func weightSetReport(name: String, surveyID: String) async throws -> String?

    /// The weight sets of `surveyID` without their weights, by name.
    func weightSets(surveyID: String) async throws -> [WeightSetSummary]

    // MARK: Quality runs

    /// Saves (or replaces, in one transaction) a named quality run with its records.
    func saveQualityRun(_ run: QualityRun) async throws

    /// The quality run called `name` for `surveyID` with its records, or nil.
    func qualityRun(name: String, surveyID: String) async throws -> QualityRun?

    /// The quality runs of `surveyID` without their records, by name.
    func qualityRuns(surveyID: String) async throws -> [QualityRunSummary]

    // MARK: Web links

    /// Stores personal web links (`voc sample invite`), one per survey and respondent, in one transaction.
    ///
    /// A respondent who already has a link for the survey keeps it unless `replace` is true; a replaced link
    /// stops working, and the new one continues the interview the old one started. Returns the links stored
    /// (those skipped are not returned).
    func saveInvitations(_ invitations: [Invitation], replace: Bool) async throws -> [Invitation]

    /// The link whose token hashes to `tokenHash`, or nil when there is none (an unknown or replaced link).
    func invitation(tokenHash: String) async throws -> Invitation?

    /// The link `tokenHash` with its response and respondent (what every page of a web interview starts from), or
    /// nil for an unknown link. The default reads the three in turn; a store may read them in one go (SQLite:
    /// one read transaction, so they are also consistent with each other).
    func invitationState(tokenHash: String) async throws -> InvitationState?

    /// Records that the link `tokenHash` started the response `responseID`, unless the link already names one.
    /// Atomic: of two concurrent first submissions, one wins. Returns the response the link names afterwards
    /// (`responseID`, or the one recorded first).
    /// - Throws: `StoreError.backend` when no link has this hash.
    func attachResponse(_ responseID: String, toInvitation tokenHash: String) async throws -> String
}

extension ResponseStore {
    public func invitationState(tokenHash: String) async throws -> InvitationState? {
        guard let invitation = try await invitation(tokenHash: tokenHash) else { return nil }
        var response: StoredResponse?
        if let id = invitation.responseID { response = try await self.response(id: id) }
        return InvitationState(
            invitation: invitation, response: response, respondent: try await respondent(id: invitation.respondentID))
    }

    /// Imports an in-memory list of responses (see `importResponses(from:atomic:)`).
    public func importResponses(_ responses: [ImportedResponse], atomic: Bool) async throws -> ImportSummary {
        try await importResponses(from: ArrayBatchSource(responses), atomic: atomic)
    }
}
