import ArgumentParser
import Foundation
import SurveyCollector
import SurveyModel
import SurveyStore

extension VocCommand {
    /// `voc focus import SESSION FILE`: a transcript into a session.
    struct FocusImport: FocusSessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a transcript (.txt 'SPEAKER: text', .vtt WebVTT, .srt SubRip) into a session.",
            discussion: """
                Speaker labels match participant ids, display names, moderator labels (MOD, Moderator), or \
                --speaker LABEL=ID mappings. Every problem is reported at once (file:line:column); when there is \
                any error nothing is stored.
                """)

        @Argument(help: ArgumentHelp("The session id.", valueName: "SESSION"))
        var sessionID: String

        @Argument(help: ArgumentHelp("The transcript file.", valueName: "FILE"))
        var file: String

        @Option(
            name: .customLong("speaker"),
            help: ArgumentHelp(
                "Map a speaker label to a participant id.",
                valueName: "LABEL=ID"))
        var speakers: [String] = []

        @Option(name: .long, help: ArgumentHelp("The guide section the turns belong to.", valueName: "ID"))
        var section: String?

        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            try storeOptions.requireStore()
            for mapping in speakers where mapping.split(separator: "=").count != 2 {
                throw ValidationError("--speaker expects LABEL=ID")
            }
        }

        func run(store: any ResponseStore & FocusGroupStore, session: FocusSession) async throws {
            if let section {
                let guide = try await FocusStoreAccess.runner(store: store, session: session).guide
                guard guide.sections.contains(where: { $0.id == section }) else {
                    throw CommandFailure(
                        "error: guide \(guide.id) has no section '\(section)'; sections: "
                            + guide.sections.map(\.id).joined(separator: ", "))
                }
            }
            guard let data = FileManager.default.contents(atPath: file),
                let text = String(data: data, encoding: .utf8)
            else { throw CommandFailure("\(file): error: cannot read the file as UTF-8 text") }
            let explicit = Dictionary(
                speakers.map { pair -> (String, String) in
                    let parts = pair.split(separator: "=").map(String.init)
                    return (parts[0], parts[1])
                }, uniquingKeysWith: { _, last in last })
            let report = try await TranscriptImporter.importTranscript(
                text: text, path: file, sessionID: sessionID, store: store, explicit: explicit, sectionID: section)
            let messages = report.diagnostics.map(\.description).joined(separator: "\n")
            if report.hasErrors {
                let count = report.diagnostics.filter { $0.severity == .error }.count
                throw CommandFailure(messages + "\n\(count) error(s); nothing stored")
            }
            StandardError.print(messages)
            let bySpeaker = report.turnsBySpeaker.sorted { $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            print("imported \(report.turns.count) turn(s) from \(report.source): \(bySpeaker)")
        }
    }
}
