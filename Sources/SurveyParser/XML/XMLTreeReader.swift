internal import CLibXML2
import Foundation

/// Parses a small XML document (a workbook part, an XForms form) with libxml2 into an `XMLTreeNode` tree.
///
/// The same safety as survey files (`SafeXMLParse`), and a document with a `<!DOCTYPE` is refused. The libxml2
/// document is owned by `read` alone: copied into `XMLTreeNode`s and freed before it returns.
enum XMLTreeReader {
    /// Why a document could not be read: libxml2's first error (cleaned), at a 1-based line and column.
    struct Failure: Error, Sendable {
        var message: String
        var line: Int
        var column: Int
    }

    /// The root element of `data`, or nil when it is not well-formed XML (or declares a DOCTYPE).
    static func parse(_ data: Data) -> XMLTreeNode? { try? read(data) }

    /// The root element of `data`; throws the first syntax error with its position, a refused DOCTYPE at its line,
    /// or an empty document at 1:1. `name` is the document's name in libxml2's messages.
    static func read(_ data: Data, name: String = "part.xml") throws(Failure) -> XMLTreeNode {
        let bytes = [UInt8](data)
        if let offset = XMLSafetyCheck.doctypeOffset(in: bytes) {
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw Failure(message: XMLSafetyCheck.doctypeMessage, line: line, column: 1)
        }
        let collector = XMLErrorCollector()
        guard let document = SafeXMLParse.document(bytes, name: name, collector: collector) else {
            let first = collector.errors.first { $0.isError }
            throw Failure(
                message: first.map { XMLMessageCleaner.clean($0.message) } ?? "the document is empty",
                line: max(1, first?.line ?? 1), column: max(1, first?.column ?? 1))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw Failure(message: "the document has no root element", line: 1, column: 1)
        }
        var names: [UnsafeRawPointer: String] = [:]
        return copy(root, names: &names)
    }

    /// Copies `pointer` and its descendants; element and attribute names are decoded once per interned name.
    private static func copy(_ pointer: xmlNodePtr, names: inout [UnsafeRawPointer: String]) -> XMLTreeNode {
        func name(_ raw: UnsafePointer<xmlChar>) -> String {
            if let known = names[UnsafeRawPointer(raw)] { return known }
            let decoded = String(cString: raw)
            names[UnsafeRawPointer(raw)] = decoded
            return decoded
        }
        var node = XMLTreeNode(
            name: name(pointer.pointee.name), attributes: [:], text: "", children: [],
            line: Int(xmlGetLineNo(pointer)))
        var attribute = pointer.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            if let text = current.pointee.children, let content = text.pointee.content {
                node.attributes[name(current.pointee.name)] = String(cString: content)
            } else {
                node.attributes[name(current.pointee.name)] = ""
            }
        }
        var child = pointer.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            switch current.pointee.type {
            case XML_ELEMENT_NODE: node.children.append(copy(current, names: &names))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { node.text += String(cString: content) }
            default: break
            }
        }
        return node
    }
}
