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
    static func read(
        _ index: SourceIndex, as kind: XMLDocumentKind = .survey
    )
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
        let collector = XMLErrorCollector()
        let document = SafeXMLParse.document(bytes, name: index.file, collector: collector)
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
        let rootNamespace = rootPointer.pointee.ns.map { String(cString: $0.pointee.href) }
        let rootName = String(cString: rootPointer.pointee.name)
        guard rootName == kind.rootName, rootNamespace == kind.namespace else {
            var scanner = XMLTagScanner(bytes: bytes)
            let offset = scanner.nextStartTag(named: rootName)?.offset ?? 0
            let message =
                "the root element must be <\(kind.rootName) xmlns=\"\(kind.namespace)\">"
                + (rootNamespace == nil && rootName == kind.rootName ? " (the namespace is missing)" : "")
            return (nil, [Diagnostic(.error, code: "xml-schema", message, at: index.location(ofByte: offset))])
        }
        // Validate first: positions are then recorded only for the nodes that schema errors point at.
        collector.errors.removeAll()
        let schemaErrors = validate(document, schema: kind.compiledSchema, collector: collector)
        var converter = Converter(index: index, wanted: Set(schemaErrors.compactMap(\.node)))
        let root = converter.convert(rootPointer)
        if schemaErrors.isEmpty { return (root, []) }
        return (root, XMLMessageCleaner.schemaDiagnostics(schemaErrors, offsets: converter.offsets, index: index))
    }

    /// The schema errors of `document` (libxml2 messages with the nodes they point at).
    private static func validate(
        _ document: xmlDocPtr, schema compiled: CompiledSchema, collector: XMLErrorCollector
    ) -> [XMLErrorCollector.Entry] {
        guard let schema = compiled.pointer, let context = xmlSchemaNewValidCtxt(schema) else {
            let entry = XMLErrorCollector.Entry(
                message: "the built-in XML schema could not be compiled", line: 1, column: 1, node: nil,
                level: XML_ERR_FATAL)
            return [entry]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, XMLErrorCollector.handler, collector.userData)
        _ = xmlSchemaValidateDoc(context, document)
        return collector.errors
    }

    /// Copies libxml2 nodes into `SourceNode`s, locating each element and attribute with `XMLTagScanner`.
    private struct Converter {
        let index: SourceIndex
        var scanner: XMLTagScanner
        /// The nodes schema errors point at.
        let wanted: Set<UnsafeRawPointer>
        /// Positions of the wanted elements and their attributes.
        var offsets: [UnsafeRawPointer: XMLElementPosition] = [:]

        init(index: SourceIndex, wanted: Set<UnsafeRawPointer>) {
            self.index = index
            self.scanner = XMLTagScanner(bytes: index.bytes)
            self.wanted = wanted
        }

        /// Element and attribute names by libxml2's interned name pointer (decoded once per name).
        var names: [UnsafeRawPointer: String] = [:]

        mutating func name(_ pointer: UnsafePointer<xmlChar>) -> String {
            if let name = names[UnsafeRawPointer(pointer)] { return name }
            let name = String(cString: pointer)
            names[UnsafeRawPointer(pointer)] = name
            return name
        }

        mutating func convert(_ pointer: xmlNodePtr) -> SourceNode {
            let element = pointer.pointee
            let name = self.name(element.name)
            var qualifiedName = name
            if let ns = element.ns, let prefix = ns.pointee.prefix {
                qualifiedName = String(cString: prefix) + ":" + name
            }
            let tag = scanner.nextStartTag(named: qualifiedName)
            let offset = tag?.offset ?? index.startOfLine(Int(xmlGetLineNo(pointer))) ?? 0
            var node = SourceNode(name: name, offset: offset)
            let isWanted = !wanted.isEmpty && wanted.contains(UnsafeRawPointer(pointer))
            var position = XMLElementPosition(offset: node.offset)
            var attribute = element.properties
            while let current = attribute {
                defer { attribute = current.pointee.next }
                let attributeName = self.name(current.pointee.name)
                let scanned = tag?.attribute(attributeName)
                if isWanted {
                    position.attributes[attributeName] = (
                        scanned?.nameOffset ?? node.offset, scanned?.valueStart ?? node.offset
                    )
                }
                guard current.pointee.ns == nil else { continue }  // xsi:..., foreign attributes
                var value = ""
                if let text = current.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE,
                    let content = text.pointee.content
                {
                    value = String(cString: content)  // the common case: one text node, no copy by libxml2
                } else if let raw = xmlNodeListGetString(element.doc, current.pointee.children, 1) {
                    value = String(cString: raw)
                    clibxml2_free(raw)
                }
                node.attributes.append(
                    SourceAttribute(
                        name: attributeName, value: value, nameOffset: scanned?.nameOffset ?? node.offset,
                        valueStart: scanned?.valueStart ?? node.offset, valueEnd: scanned?.valueEnd ?? node.offset))
            }
            if isWanted { offsets[UnsafeRawPointer(pointer)] = position }
            var text = ""
            var child = element.children
            while let current = child {
                switch current.pointee.type {
                case XML_ELEMENT_NODE:
                    node.children.append(convert(current))
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    // Indentation between elements is whitespace only: skip it without making a String.
                    if let content = current.pointee.content, !Self.isBlank(content) {
                        text += String(cString: content)
                    }
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

        /// Whether a C string holds only XML whitespace.
        static func isBlank(_ content: UnsafePointer<xmlChar>) -> Bool {
            var pointer = content
            while pointer.pointee != 0 {
                let byte = pointer.pointee
                if byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D { return false }
                pointer += 1
            }
            return true
        }
    }
}

/// Runs `xmlInitParser()` exactly once (global `let` initialisers are lazy and thread-safe).
let libxmlInitialized: Void = { xmlInitParser() }()
