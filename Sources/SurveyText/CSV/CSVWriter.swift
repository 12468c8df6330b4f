import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes CSV (RFC 4180) through a 1 MiB buffer to a file or standard output.
///
/// A field is quoted when it contains the delimiter, a quote, CR or LF, or starts or ends with a space; quotes
/// inside are doubled. Records end with LF. Call `close()` to flush; errors from the system are thrown as
/// `CSVError.io`.
public final class CSVWriter {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let name: String
    private var buffer: [UInt8] = []
    private let delimiter: UInt8
    private var numberCache: [UInt64: [UInt8]] = [:]
    /// A 4096-entry direct-mapped cache in front of `numberCache` (no hashing of the key beyond one multiply).
    private var recentKeys = [UInt64](repeating: 0, count: 4096)
    private var recentBytes = [[UInt8]?](repeating: nil, count: 4096)
    private static let capacity = 1 << 20

    /// Creates (or truncates) the file at `path`.
    public init(path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if fd < 0 {
            throw CSVError(file: path, row: 0, column: 0, kind: .io(detail: String(cString: strerror(errno))))
        }
        descriptor = fd
        ownsDescriptor = true
        name = path
        self.delimiter = delimiter
        buffer.reserveCapacity(CSVWriter.capacity + 4096)
    }

    /// Writes to standard output.
    public init(standardOutputWithDelimiter delimiter: UInt8 = UInt8(ascii: ",")) {
        descriptor = 1
        ownsDescriptor = false
        name = "<stdout>"
        self.delimiter = delimiter
        buffer.reserveCapacity(CSVWriter.capacity + 4096)
    }

    deinit {
        try? flush()
        if ownsDescriptor { _ = closeDescriptor(descriptor) }
    }

    /// Writes one record of fields, quoting as needed.
    public func writeRow(_ fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(delimiter) }
            appendField(field)
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= CSVWriter.capacity { try flush() }
    }

    /// Appends one field (quoted as needed) without ending the record; pass `last: true` to end it.
    public func writeField(_ field: String, first: Bool, last: Bool) throws {
        if !first { buffer.append(delimiter) }
        appendField(field)
        if last { buffer.append(UInt8(ascii: "\n")) }
        if buffer.count >= CSVWriter.capacity { try flush() }
    }

    /// Appends bytes verbatim (for copying records through unchanged).
    public func writeRaw(_ bytes: UnsafeRawBufferPointer) throws {
        // As typed contiguous memory, so the append is one copy rather than a byte-by-byte loop.
        buffer.append(contentsOf: bytes.assumingMemoryBound(to: UInt8.self))
        if buffer.count >= CSVWriter.capacity { try flush() }
    }

    /// Appends text verbatim, unquoted.
    public func writeRaw(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= CSVWriter.capacity { try flush() }
    }

    /// Appends a number in Swift's shortest round-trip form (`description`), unquoted; NaN is written as `NA`.
    /// Recently seen values are formatted once (a cache of up to 65,536 values), which makes writing a weight
    /// column, whose values repeat per weighting cell, cheap.
    public func writeNumber(_ value: Double) throws {
        let key = value.bitPattern
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
        if recentKeys[slot] == key, let bytes = recentBytes[slot] {
            buffer.append(contentsOf: bytes)
        } else if let bytes = numberCache[key] {
            recentKeys[slot] = key
            recentBytes[slot] = bytes
            buffer.append(contentsOf: bytes)
        } else {
            let text: String
            if value.isNaN {
                text = "NA"
            } else if value == value.rounded() && abs(value) < 1e15 {
                text = String(Int64(value))
            } else {
                text = value.description
            }
            let bytes = Array(text.utf8)
            if numberCache.count < 1 << 16 { numberCache[key] = bytes }
            buffer.append(contentsOf: bytes)
        }
        if buffer.count >= CSVWriter.capacity { try flush() }
    }

    /// Appends one byte verbatim.
    public func writeByte(_ byte: UInt8) {
        buffer.append(byte)
    }

    /// Returns true when `field` must be quoted.
    public func needsQuoting(_ field: String) -> Bool {
        Self.needsQuoting(field, delimiter: delimiter)
    }

    /// Whether `field` must be quoted in a file delimited by `delimiter`: it holds the delimiter, a quote, CR or
    /// LF, or starts or ends with a space (which readers may trim).
    public static func needsQuoting(_ field: String, delimiter: UInt8 = UInt8(ascii: ",")) -> Bool {
        let utf8 = field.utf8
        if let first = utf8.first, first == 0x20 { return true }
        if let last = utf8.last, last == 0x20 { return true }
        return utf8.contains { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    /// `field` as written in a CSV record: unchanged, or quoted with its quotes doubled when `needsQuoting` says
    /// so. The one CSV quoting rule of voc (files, report tables, banner tables).
    public static func field(_ field: String, delimiter: UInt8 = UInt8(ascii: ",")) -> String {
        guard needsQuoting(field, delimiter: delimiter) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func appendField(_ field: String) {
        if !needsQuoting(field) {
            buffer.append(contentsOf: field.utf8)
            return
        }
        buffer.append(0x22)
        for byte in field.utf8 {
            buffer.append(byte)
            if byte == 0x22 { buffer.append(0x22) }
        }
        buffer.append(0x22)
    }

    /// Writes buffered bytes to the file.
    public func flush() throws {
        var offset = 0
        let total = buffer.count
        while offset < total {
            let written = buffer.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, total - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw CSVError(file: name, row: 0, column: 0, kind: .io(detail: String(cString: strerror(errno))))
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file; further writes are invalid.
    public func close() throws {
        try flush()
    }
}

/// `close(2)`, named apart from `CSVWriter.close()`.
private func closeDescriptor(_ descriptor: Int32) -> Int32 {
    close(descriptor)
}
