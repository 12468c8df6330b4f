import Foundation
import SurveyTestSupport
import Testing

@testable import SurveyWeb

@Suite struct WebTemplatesTests {
    static let folder = WebFixture.root.appendingPathComponent("Templates/web")

    /// The built-in templates are the files in Templates/web, byte for byte (run
    /// `sh Scripts/embed-files.sh` after editing one).
    @Test func embeddedTemplatesEqualTheFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(WebTemplates.embedded.keys.sorted() == names)
        for name in names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(WebTemplates.embedded[name] == text, "\(name) differs from its embedded copy")
        }
    }

    @Test func aRestyledFolderReplacesFilesAndABrokenTemplateIsLocated() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "main { color: navy; }".write(
            to: directory.appendingPathComponent("voc.css"), atomically: true, encoding: .utf8)
        #expect(try WebTemplates(directory: directory.path).styleSheet == "main { color: navy; }")
        try "<p>\n{{#open}}\n</p>".write(
            to: directory.appendingPathComponent("message.mustache"), atomically: true, encoding: .utf8)
        #expect {
            try WebTemplates(directory: directory.path)
        } throws: { error in
            "\(error)".hasPrefix("\(directory.path)/message.mustache:") && "\(error)".contains(": error: ")
        }
    }
}
