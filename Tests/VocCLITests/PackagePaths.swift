import Foundation
import SurveyTestSupport

/// Locations in the package checkout that the end-to-end tests read (examples, templates).
enum PackagePaths {
    /// The package root (the folder holding Package.swift), derived from this file's path.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Runs `voc` in `directory` (default: the package root), so relative paths such as `Surveys/x.xml` work.
    static func voc(_ arguments: [String], in directory: URL? = nil) throws -> VocResult {
        try VocRunner.run(arguments, directory: (directory ?? root).path)
    }
}

extension VocResult {
    /// Everything the run printed, for failure messages.
    var transcript: String { "exit \(exitCode)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}
