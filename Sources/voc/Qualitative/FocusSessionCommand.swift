import ArgumentParser
import SurveyStore

/// A `voc focus` command on one stored session (`SESSION --store PATH`): `--store` is required, and `run` opens the
/// store and reads the session before `run(store:session:)` works on it; a failure is printed as
/// `CommandFailure.report` prints it.
protocol FocusSessionCommand: AsyncParsableCommand {
    var sessionID: String { get }
    var storeOptions: StoreOptions { get }

    /// The command's work on `session`, read from `store`.
    func run(store: any ResponseStore & FocusGroupStore, session: FocusSession) async throws
}

extension FocusSessionCommand {
    func validate() throws {
        try storeOptions.requireStore()
    }

    func run() async throws {
        do {
            let (store, session) = try await FocusStoreAccess.open(storeOptions, sessionID: sessionID)
            try await run(store: store, session: session)
        } catch {
            throw CommandFailure.report(error)
        }
    }
}
