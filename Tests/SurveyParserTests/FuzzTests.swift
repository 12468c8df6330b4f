import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// Seeded mutation fuzzing: random byte flips, deletions, duplications and truncations of valid XML and JSON
/// files never crash the loader, and every result is either a survey without errors or at least one error, each
/// with a position inside the file.
@Suite struct FuzzTests {
    static let interesting = Array("<>/=\"'&;{}[],:!?-#\\ \n\tzé满".utf8)

    static func mutate(_ bytes: [UInt8], using random: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<random.int(1...3) where !bytes.isEmpty {
            let position = random.int(0...(bytes.count - 1))
            switch random.int(0...3) {
            case 0:  // flip: replace a byte by an interesting byte or any byte
                bytes[position] =
                    random.chance(0.7) ? random.pick(interesting) : UInt8(truncatingIfNeeded: random.next())
            case 1:  // delete a short range
                let end = min(bytes.count, position + random.int(1...16))
                bytes.removeSubrange(position..<end)
            case 2:  // duplicate a short range somewhere else
                let end = min(bytes.count, position + random.int(1...40))
                let slice = Array(bytes[position..<end])
                bytes.insert(contentsOf: slice, at: random.int(0...bytes.count))
            default:  // truncate
                bytes.removeSubrange(position..<bytes.count)
            }
        }
        return bytes
    }

    /// Whether loading `bytes` ended well (a survey without errors, or errors with positions), and whether it
    /// gave a survey.
    static func check(_ bytes: [UInt8], format: SurveyFormat) -> (ok: Bool, valid: Bool) {
        let text = String(decoding: bytes, as: UTF8.self)
        let document = SurveyLoader.load(text: text, path: "fuzz." + format.rawValue, format: format)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let positioned = document.diagnostics.allSatisfy { diagnostic in
            guard let location = diagnostic.location else { return true }
            return location.line >= 1 && location.line <= lineCount && location.column >= 1
        }
        _ = document.rendered()
        if let survey = document.survey {
            // A valid mutant must also survive writing and reading back.
            let again = SurveyLoader.load(
                text: SurveyWriter.text(survey, format: format), path: "again", format: format)
            return (!document.hasErrors && positioned && again.survey == survey, true)
        }
        return (document.hasErrors && positioned, false)
    }

    @Test(arguments: [("fuzz/seed.xml", SurveyFormat.xml, UInt64(1)), ("fuzz/seed.json", SurveyFormat.json, UInt64(2))])
    func mutationsNeverCrashAndAlwaysEndInDiagnosticsOrAModel(name: String, format: SurveyFormat, seed: UInt64) throws {
        let original = Array(try Fixtures.text(name).utf8)
        #expect(Self.check(original, format: format) == (true, true))
        #expect(try Fixtures.load(name).survey != nil)
        var random = SeededGenerator(seed: seed)
        var failures: [Int] = []
        var valid = 0
        for iteration in 0..<5_000 {
            let result = Self.check(Self.mutate(original, using: &random), format: format)
            if !result.ok { failures.append(iteration) }
            if result.valid { valid += 1 }
        }
        #expect(failures.isEmpty, "failing iterations: \(failures.prefix(10))")
        #expect(valid > 0 && valid < 5_000)
    }
}
