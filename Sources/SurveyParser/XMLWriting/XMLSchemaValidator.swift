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
        let collector = XMLErrorCollector()
        defer { withExtendedLifetime(collector) {} }  // alive until libxml2 no longer calls back into it
        xmlSetStructuredErrorFunc(collector.userData, XMLErrorCollector.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

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
                xmlSchemaSetParserStructuredErrors(parserContext, XMLErrorCollector.handler, collector.userData)
                return xmlSchemaParse(parserContext)
            }
        }
        if unreadable {
            return [Diagnostic(.error, code: "xsd-invalid", "libxml2 could not read the schema", at: nil)]
        }
        var diagnostics = collector.takeDiagnostics(file: xsdName, code: "xsd-invalid")
        guard let schema = parsed else {
            return diagnostics.isEmpty
                ? [Diagnostic(.error, code: "xsd-invalid", "the schema could not be compiled", at: nil)] : diagnostics
        }
        defer { xmlSchemaFree(schema) }

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
        diagnostics += collector.takeDiagnostics(file: xmlName, code: "xml-syntax")
        guard let document else { return diagnostics }
        defer { xmlFreeDoc(document) }

        guard let validation = xmlSchemaNewValidCtxt(schema) else {
            return [Diagnostic(.error, code: "xsd-invalid", "libxml2 could not create a validation context", at: nil)]
        }
        defer { xmlSchemaFreeValidCtxt(validation) }
        xmlSchemaSetValidStructuredErrors(validation, XMLErrorCollector.handler, collector.userData)
        let status = xmlSchemaValidateDoc(validation, document)
        diagnostics += collector.takeDiagnostics(file: xmlName, code: "xsd-violation")
        if status != 0, diagnostics.isEmpty {
            return [
                Diagnostic(
                    .error, code: "xsd-violation", "the document does not match the schema",
                    at: SourceLocation(file: xmlName, line: 1, column: 1))
            ]
        }
        return diagnostics
    }
}
