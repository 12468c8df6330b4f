import Foundation
import SurveyModel

@testable import SurveyParser

/// Access to the files in `Tests/SurveyParserTests/Fixtures` (excluded from the target: read by path).
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The text of `Fixtures/name`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// Loads `Fixtures/name`, naming it `name` in diagnostics.
    static func load(_ name: String) throws -> SurveyDocument {
        let format = SurveyFormat(path: name)!
        return SurveyLoader.load(text: try text(name), path: name, format: format)
    }

    /// The names of the files in `Fixtures/folder`, sorted.
    static func names(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }
}
