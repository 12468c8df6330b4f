internal import CLibXML2
import Foundation
import SurveyModel

/// Accumulates libxml2 structured errors for one call: register `handler` with `userData` (the collector, not
/// retained: keep it alive for the call), then read `errors`.
final class XMLErrorCollector {
    struct Entry {
        var message: String
        var line: Int
        var column: Int
        var node: UnsafeRawPointer?
        var level: xmlErrorLevel

        var isError: Bool { level.rawValue >= XML_ERR_ERROR.rawValue }
    }

    var errors: [Entry] = []

    /// The structured-error function for libxml2: records each error in the collector its user data points at.
    static let handler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
    }

    /// The user data that makes `handler` record into this collector.
    var userData: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    private func record(_ error: xmlError) {
        errors.append(
            Entry(
                message: error.message.map { String(cString: $0) } ?? "unknown XML error",
                line: Int(error.line), column: Int(error.int2),
                node: error.node.map { UnsafeRawPointer($0) }, level: error.level))
    }

    /// The errors recorded so far as diagnostics with `code` in `file` (warnings as warnings; positions of at
    /// least 1:1), and forgets them.
    func takeDiagnostics(file: String, code: String) -> [Diagnostic] {
        defer { errors.removeAll() }
        return errors.map { error in
            Diagnostic(
                error.level == XML_ERR_WARNING ? .warning : .error, code: code,
                error.message.trimmingCharacters(in: .whitespacesAndNewlines),
                at: SourceLocation(file: file, line: max(1, error.line), column: max(1, error.column)))
        }
    }
}
