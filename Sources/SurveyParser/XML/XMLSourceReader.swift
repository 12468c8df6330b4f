internal import CLibXML2
import SurveyModel

/// Reads an XML survey file with libxml2 into a `SourceNode` tree and validates it against the built-in XSD.
///
/// This is the only file that touches libxml2. Safety: a `<!DOCTYPE` is refused before parsing
/// (`XMLSafetyCheck`), the parser runs with `XML_PARSE_NONET`, without `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`
/// and `XML_PARSE_HUGE`. Errors are collected per call through a structured error handler, so concurrent loads
/// report their own errors. The libxml2 document never leaves this file: it is copied into `Sendable` values and
/// freed before returning. `xmlCleanupParser()` is never called (Foundation shares libxml2).
enum XMLSourceReader {
    /// Parses and schema-validates `index.bytes`. Returns the root element when the document is well-formed,
    /// plus every syntax or schema diagnostic (schema errors do not prevent a root from being returned).
    static func read(_ index: SourceIndex, as kind: XMLDocumentKind = .survey)
        -> (root: SourceNode?, diagnostics: [Diagnostic])
    {
        let bytes = index.bytes
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return (nil, [Diagnostic(.error, code: "xml-syntax", "the file is empty", at: index.location(ofByte: 0))])
        }
        if let offset = XMLSafetyCheck.doctypeOffset(in: bytes) {
            let diagnostic = Diagnostic(
                .error, code: "xml-doctype", XMLSafetyCheck.doctypeMessage, at: index.location(ofByte: offset))
            return (nil, [diagnostic])
        }
        _ = libxmlInitialized
        let collector = XMLErrorCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        xmlSetStructuredErrorFunc(context) { userData, error in
            guard let userData, let error else { return }
            Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), index.file, nil, options)
            }
        }
        guard let document else {
            let diagnostics = collector.errors.filter { $0.isError }.prefix(1).map { error in
                Diagnostic(
                    .error, code: "xml-syntax", XMLMessageCleaner.clean(error.message),
                    at: SourceLocation(file: index.file, line: max(1, error.line), column: max(1, error.column)))
            }
            let fallback = Diagnostic(
                .error, code: "xml-syntax", "the file is not well-formed XML", at: index.location(ofByte: 0))
            return (nil, diagnostics.isEmpty ? [fallback] : Array(diagnostics))
        }
        defer { xmlFreeDoc(document) }
        guard let rootPointer = xmlDocGetRootElement(document) else {
            return (nil, [Diagnostic(.error, code: "xml-syntax", "the document has no root element", at: nil)])
        }
        var converter = Converter(index: index)
        let root = converter.convert(rootPointer)
        let rootNamespace = rootPointer.pointee.ns.map { String(cString: $0.pointee.href) }
        guard root.name == kind.rootName, rootNamespace == kind.namespace else {
            let message =
                "the root element must be <\(kind.rootName) xmlns=\"\(kind.namespace)\">"
                + (rootNamespace == nil && root.name == kind.rootName ? " (the namespace is missing)" : "")
            return (nil, [Diagnostic(.error, code: "xml-schema", message, at: index.location(ofByte: root.offset))])
        }
        collector.errors.removeAll()
        let schemaDiagnostics = validate(
            document, schema: kind.compiledSchema, collector: collector, offsets: converter.offsets, index: index)
        return (root, schemaDiagnostics)
    }

    private static func validate(
        _ document: xmlDocPtr, schema compiled: CompiledSchema, collector: XMLErrorCollector, offsets: [UnsafeRawPointer: XMLElementPosition], index: SourceIndex
    ) -> [Diagnostic] {
        guard let schema = compiled.pointer, let context = xmlSchemaNewValidCtxt(schema) else {
            return [Diagnostic(.error, code: "xml-schema", "the built-in XML schema could not be compiled", at: nil)]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let userData = Unmanaged.passUnretained(collector).toOpaque()
        xmlSchemaSetValidStructuredErrors(context, { userData, error in
            guard let userData, let error else { return }
            Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
        }, userData)
        _ = xmlSchemaValidateDoc(context, document)
        return XMLMessageCleaner.schemaDiagnostics(collector.errors, offsets: offsets, index: index)
    }

    /// Copies libxml2 nodes into `SourceNode`s, locating each element and attribute with `XMLTagScanner`.
    private struct Converter {
        let index: SourceIndex
        var scanner: XMLTagScanner
        /// Positions of elements and their attributes, for schema errors (which point at libxml2 nodes).
        var offsets: [UnsafeRawPointer: XMLElementPosition] = [:]

        init(index: SourceIndex) {
            self.index = index
            self.scanner = XMLTagScanner(bytes: index.bytes)
        }

        mutating func convert(_ pointer: xmlNodePtr) -> SourceNode {
            let element = pointer.pointee
            let name = String(cString: element.name)
            var qualifiedName = name
            if let ns = element.ns, let prefix = ns.pointee.prefix { qualifiedName = String(cString: prefix) + ":" + name }
            let lineStart = index.startOfLine(Int(xmlGetLineNo(pointer))) ?? 0
            let tag = scanner.nextStartTag(named: qualifiedName)
            var node = SourceNode(name: name, offset: tag?.offset ?? lineStart)
            var position = XMLElementPosition(offset: node.offset)
            var attribute = element.properties
            while let current = attribute {
                defer { attribute = current.pointee.next }
                let attributeName = String(cString: current.pointee.name)
                let scanned = tag?.attribute(attributeName)
                position.attributes[attributeName] = (
                    scanned?.nameOffset ?? node.offset, scanned?.valueStart ?? node.offset
                )
                guard current.pointee.ns == nil else { continue }  // xsi:..., foreign attributes
                var value = ""
                if let raw = xmlNodeListGetString(element.doc, current.pointee.children, 1) {
                    value = String(cString: raw)
                    clibxml2_free(raw)
                }
                node.attributes.append(
                    SourceAttribute(
                        name: attributeName, value: value, nameOffset: scanned?.nameOffset ?? node.offset,
                        valueStart: scanned?.valueStart ?? node.offset, valueEnd: scanned?.valueEnd ?? node.offset))
            }
            offsets[UnsafeRawPointer(pointer)] = position
            var text = ""
            var child = element.children
            while let current = child {
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    node.children.append(convert(current))
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { text += String(cString: content) }
                default:
                    break
                }
                child = current.pointee.next
            }
            node.text = text.trimmingXMLSpace()
            if let tag, !node.text.isEmpty {
                let range = scanner.textRange(after: tag.end)
                node.textStart = range.start
                node.textEnd = range.end
            } else if let tag {
                node.textStart = tag.end
                node.textEnd = tag.end
            }
            return node
        }
    }
}

/// Runs `xmlInitParser()` exactly once (global `let` initialisers are lazy and thread-safe).
private let libxmlInitialized: Void = { xmlInitParser() }()

/// A built-in XSD, compiled once. A compiled libxml2 schema is read-only during validation, so it is shared.
final class CompiledSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr?

    init(xsd: String) {
        _ = libxmlInitialized
        let bytes = Array(xsd.utf8)
        let parser = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlSchemaNewMemParserCtxt($0.baseAddress, Int32($0.count)) }
        }
        guard let parser else {
            pointer = nil
            return
        }
        defer { xmlSchemaFreeParserCtxt(parser) }
        pointer = xmlSchemaParse(parser)
    }
}

/// The kinds of XML document voc reads: the root element, its namespace and the built-in schema it must follow.
struct XMLDocumentKind: Sendable {
    var rootName: String
    var namespace: String
    var compiledSchema: CompiledSchema

    static let survey = XMLDocumentKind(
        rootName: "survey", namespace: SurveySchema.namespace, compiledSchema: CompiledSchema(xsd: SurveySchema.xsd))
}

/// Accumulates libxml2 structured errors for one call.
final class XMLErrorCollector {
    struct Entry {
        var message: String
        var line: Int
        var column: Int
        var node: UnsafeRawPointer?
        var isError: Bool
    }

    var errors: [Entry] = []

    fileprivate func record(_ error: xmlError) {
        errors.append(
            Entry(
                message: error.message.map { String(cString: $0) } ?? "unknown XML error",
                line: Int(error.line), column: Int(error.int2),
                node: error.node.map { UnsafeRawPointer($0) },
                isError: error.level.rawValue >= XML_ERR_ERROR.rawValue))
    }
}

extension String {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF).
    func trimmingXMLSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !" \t\r\n".unicodeScalars.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !" \t\r\n".unicodeScalars.contains($0) })!
        return String(scalars[first...last])
    }
}
