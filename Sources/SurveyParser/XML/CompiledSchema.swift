internal import CLibXML2

/// The built-in XSD, compiled once. A compiled libxml2 schema is read-only during validation, so it is shared.
final class CompiledSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr?

    init(xsd: String) {
        _ = libxmlInitialized
        // The parser context reads the buffer in place, so parse while the buffer is alive.
        let bytes = Array(xsd.utf8)
        pointer = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> xmlSchemaPtr? in
                guard let parser = xmlSchemaNewMemParserCtxt(chars.baseAddress, Int32(chars.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                return xmlSchemaParse(parser)
            }
        }
    }
}
