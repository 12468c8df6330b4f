internal import CLibXML2

/// The one way XML bytes are parsed into a libxml2 document here (survey and codebook files, workbook parts):
/// network access off (`XML_PARSE_NONET`), no entity expansion and no DTD loading (libxml2's defaults without
/// `XML_PARSE_NOENT` / `XML_PARSE_DTDLOAD`), CDATA kept as text nodes, compact text, and libxml2's own printing
/// off: its errors go to `collector` instead. Callers refuse a `<!DOCTYPE` before (`XMLSafetyCheck`).
enum SafeXMLParse {
    /// The parsed document, owned by the caller (free it with `xmlFreeDoc`), or nil when the bytes are not
    /// well-formed XML. `name` is the document's name in libxml2's messages.
    static func document(_ bytes: [UInt8], name: String, collector: XMLErrorCollector) -> xmlDocPtr? {
        _ = libxmlInitialized
        xmlSetStructuredErrorFunc(collector.userData, XMLErrorCollector.handler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), name, nil, options)
            }
        }
    }
}
