import Foundation
import Testing

/// Golden files under `Tests/SurveyExportTests/Snapshots/`: compared byte for byte, re-recorded when the
/// environment variable `RECORD_SNAPSHOTS` is set. A recording run fails (it checks nothing): run the tests again
/// without the variable.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static func assert(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try Data(text.utf8).write(to: url)
            Issue.record(
                "recorded snapshot \(name); run again without RECORD_SNAPSHOTS to check it",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing snapshot \(name): run RECORD_SNAPSHOTS=1 swift test --filter ReportSnapshotTests",
                sourceLocation: sourceLocation)
            return
        }
        if text != expected {
            let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = first.map { $0.offset + 1 } ?? min(actualLines.count, expectedLines.count) + 1
            Issue.record(
                """
                \(name) differs from the snapshot at line \(line):
                  expected: \(first.map { String($0.element.1) } ?? "(end)")
                  actual:   \(first.map { String($0.element.0) } ?? "(end)")
                re-record with RECORD_SNAPSHOTS=1 if the change is intended
                """, sourceLocation: sourceLocation)
        }
    }
}
