internal import CLibXML2
import Foundation

/// Parses one XML part of a workbook with libxml2 into an `XLSXNode` tree.
///
/// The same safety as survey files (`SafeXMLParse`), and a part with a `<!DOCTYPE` is refused. The libxml2 document is owned by `parse` alone: copied into
/// `XLSXNode`s and freed before it returns.
enum XLSXXMLReader {
    /// The root element of `data`, or nil when the part is not well-formed XML (or declares a DOCTYPE).
    static func parse(_ data: Data) -> XLSXNode? {
        let bytes = [UInt8](data)
        if XMLSafetyCheck.doctypeOffset(in: bytes) != nil { return nil }
        let collector = XMLErrorCollector()
        let document = SafeXMLParse.document(bytes, name: "part.xml", collector: collector)
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        var names: [UnsafeRawPointer: String] = [:]
        return copy(root, names: &names)
    }

    /// Copies `pointer` and its descendants; element and attribute names are decoded once per interned name.
    private static func copy(_ pointer: xmlNodePtr, names: inout [UnsafeRawPointer: String]) -> XLSXNode {
        func name(_ raw: UnsafePointer<xmlChar>) -> String {
            if let known = names[UnsafeRawPointer(raw)] { return known }
            let decoded = String(cString: raw)
            names[UnsafeRawPointer(raw)] = decoded
            return decoded
        }
        var node = XLSXNode(name: name(pointer.pointee.name), attributes: [:], text: "", children: [])
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
