internal import CLibXML2
import Foundation
public import SurveyModel

/// Validates an XML document against an XML Schema (XSD 1.0) with libxml2.
///
/// Both texts are parsed from memory with network access off (`XML_PARSE_NONET`) and without entity
/// substitution or DTD loading. Problems come back as diagnostics (code `xml-syntax` for a document that is not
/// well-formed, `xsd-invalid` for a schema libxml2 cannot compile, `xsd-violation` for a document that breaks
/// the schema), each with the line and column libxml2 reports. An empty array means the document is valid.
public enum XMLSchemaValidator {
    /// Validates `xml` (named `xmlName` in diagnostics) against the schema `xsd` (named `xsdName`).
    public static func validate(
        xml: String, xsd: String, xmlName: String = "document.xml", xsdName: String = "schema.xsd"
    ) -> [Diagnostic] {
        let collector = ErrorCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        let context = box.toOpaque()
        xmlSetStructuredErrorFunc(context) { userData, error in
            guard let userData, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue().add(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        collector.file = xsdName
        collector.code = "xsd-invalid"
        // libxml2's memory parser context reads the buffer in place when `xmlSchemaParse` runs, so the bytes must
        // stay alive (and at a fixed address) across both calls.
        let schemaBytes = Array(xsd.utf8)
        var unreadable = false
        let parsed: xmlSchemaPtr? = schemaBytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> xmlSchemaPtr? in
                guard let parserContext = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else {
                    unreadable = true
                    return nil
                }
                defer { xmlSchemaFreeParserCtxt(parserContext) }
                xmlSchemaSetParserStructuredErrors(
                    parserContext,
                    { userData, error in
                        guard let userData, let error else { return }
                        Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue().add(error.pointee)
                    }, context)
                return xmlSchemaParse(parserContext)
            }
        }
        if unreadable {
            return [Diagnostic(.error, code: "xsd-invalid", "libxml2 could not read the schema", at: nil)]
        }
        guard let schema = parsed else {
            return collector.diagnostics.isEmpty
                ? [Diagnostic(.error, code: "xsd-invalid", "the schema could not be compiled", at: nil)]
                : collector.diagnostics
        }
        defer { xmlSchemaFree(schema) }

        collector.file = xmlName
        collector.code = "xml-syntax"
        let documentBytes = Array(xml.utf8)
        guard !documentBytes.isEmpty else {
            return [
                Diagnostic(
                    .error, code: "xml-syntax", "the document is empty",
                    at: SourceLocation(file: xmlName, line: 1, column: 1))
            ]
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = documentBytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), xmlName, nil, options)
            }
        }
        guard let document else { return collector.diagnostics }
        defer { xmlFreeDoc(document) }

        collector.code = "xsd-violation"
        guard let validation = xmlSchemaNewValidCtxt(schema) else {
            return [Diagnostic(.error, code: "xsd-invalid", "libxml2 could not create a validation context", at: nil)]
        }
        defer { xmlSchemaFreeValidCtxt(validation) }
        xmlSchemaSetValidStructuredErrors(
            validation,
            { userData, error in
                guard let userData, let error else { return }
                Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue().add(error.pointee)
            }, context)
        let status = xmlSchemaValidateDoc(validation, document)
        if status != 0, collector.diagnostics.isEmpty {
            return [
                Diagnostic(
                    .error, code: "xsd-violation", "the document does not match the schema",
                    at: SourceLocation(file: xmlName, line: 1, column: 1))
            ]
        }
        return collector.diagnostics
    }
}

/// Collects libxml2's structured errors as diagnostics for one validation call.
private final class ErrorCollector {
    var file = ""
    var code = ""
    var diagnostics: [Diagnostic] = []

    func add(_ error: xmlError) {
        let message =
            error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
            ?? "unknown libxml2 error"
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        let line = max(1, Int(error.line))
        let column = max(1, Int(error.int2))
        diagnostics.append(
            Diagnostic(
                severity, code: code, message,
                at: SourceLocation(file: file, line: line, column: column)))
    }
}
