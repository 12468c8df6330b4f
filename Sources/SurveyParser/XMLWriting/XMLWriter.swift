internal import CLibXML2
import Foundation

/// A streaming XML writer over libxml2's `xmlTextWriter`: elements, attributes and text are escaped by libxml2,
/// and the result is a UTF-8 document with an XML declaration.
///
/// Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return, and U+FFFE/FFFF)
/// are dropped from text and attribute values, so the output is always well-formed. Elements left open are
/// closed by `finish()`. Misuse (an attribute after text) and libxml2 failures throw `XMLWriterError`.
///
/// ```swift
/// let writer = try XMLWriter()
/// try writer.startElement("sss")
/// try writer.attribute("version", "2.0")
/// try writer.element("name", text: "survey")
/// let xml = try writer.finish()
/// ```
public final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private let buffer: xmlBufferPtr
    private var finished = false

    /// Starts a document.
    /// - Parameter indent: whether nested elements go on their own lines, indented by `indentString`.
    /// - Throws: `XMLWriterError` when libxml2 cannot allocate the writer.
    public init(indent: Bool = true, indentString: String = "  ") throws(XMLWriterError) {
        guard let buffer = xmlBufferCreate() else { throw XMLWriterError("libxml2 could not allocate a buffer") }
        self.buffer = buffer
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw XMLWriterError("libxml2 could not create a text writer")
        }
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            xmlTextWriterSetIndentString(writer, indentString)
        }
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "starting the document")
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    /// Opens an element; attributes may follow until content is written.
    public func startElement(_ name: String) throws(XMLWriterError) {
        try check(xmlTextWriterStartElement(try active(), name), "element <\(name)>")
    }

    /// Adds an attribute to the element just opened.
    public func attribute(_ name: String, _ value: String) throws(XMLWriterError) {
        try check(xmlTextWriterWriteAttribute(try active(), name, Self.clean(value)), "attribute \(name)")
    }

    /// Writes escaped text content.
    public func text(_ text: String) throws(XMLWriterError) {
        try check(xmlTextWriterWriteString(try active(), Self.clean(text)), "text")
    }

    /// Writes a comment (`--` is replaced by `- -`, which comments cannot contain).
    public func comment(_ text: String) throws(XMLWriterError) {
        let safe = Self.clean(text).replacingOccurrences(of: "--", with: "- -")
        try check(xmlTextWriterWriteComment(try active(), safe), "comment")
    }

    /// Closes the innermost open element.
    public func endElement() throws(XMLWriterError) {
        try check(xmlTextWriterEndElement(try active()), "closing an element")
    }

    /// Writes `<name attributes…>text</name>` (attributes in the order given).
    public func element(
        _ name: String, attributes: KeyValuePairs<String, String> = [:], text: String? = nil
    )
        throws(XMLWriterError)
    {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    /// Closes every open element and the document, and returns the document text (UTF-8).
    /// - Throws: `XMLWriterError` when called twice or when libxml2 fails.
    public func finish() throws(XMLWriterError) -> String {
        let writer = try active()
        try check(xmlTextWriterEndDocument(writer), "ending the document")
        xmlFreeTextWriter(writer)
        self.writer = nil
        finished = true
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    private func active() throws(XMLWriterError) -> xmlTextWriterPtr {
        guard let writer, !finished else { throw XMLWriterError("the document is already finished") }
        return writer
    }

    private func check(_ status: Int32, _ what: String) throws(XMLWriterError) {
        if status < 0 { throw XMLWriterError("libxml2 could not write \(what)") }
    }

    /// `text` without the characters XML 1.0 forbids.
    static func clean(_ text: String) -> String {
        let forbidden = text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
                || scalar.value == 0xFFFE || scalar.value == 0xFFFF
        }
        guard forbidden else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars
        where
            !((scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF)
        {
            scalars.append(scalar)
        }
        return String(scalars)
    }
}

@available(*, unavailable)
extension XMLWriter: Sendable {}
