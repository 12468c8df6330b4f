#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of a CSV source: a read-only memory map of a regular file, or an owned in-memory buffer.
///
/// Mapping lets the reader walk a file of any size without turning it into Swift strings; pages are loaded by the
/// kernel on demand. Sources that cannot be mapped (pipes, empty files) are read fully into memory.
public final class CSVBytes: @unchecked Sendable {
    // Immutable after init: the mapped or allocated region is never written.
    let base: UnsafeRawPointer
    /// Number of bytes.
    public let count: Int
    /// Display name used in error messages.
    public let name: String
    private let isMapped: Bool

    /// Maps the file at `path`. Throws `CSVError.io` when it cannot be opened or read.
    public init(path: String) throws {
        name = path
        let fd = open(path, O_RDONLY)
        if fd < 0 { throw CSVError(file: path, row: 0, column: 0, kind: .io(detail: CSVBytes.systemError())) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 {
            throw CSVError(file: path, row: 0, column: 0, kind: .io(detail: CSVBytes.systemError()))
        }
        let isRegular = (info.st_mode & S_IFMT) == S_IFREG
        if isRegular && info.st_size > 0 {
            let size = Int(info.st_size)
            guard let region = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), region != MAP_FAILED else {
                throw CSVError(file: path, row: 0, column: 0, kind: .io(detail: CSVBytes.systemError()))
            }
            #if canImport(Glibc)
                _ = madvise(region, size, MADV_SEQUENTIAL)
            #endif
            base = UnsafeRawPointer(region)
            count = size
            isMapped = true
        } else {
            var buffer: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if got < 0 { throw CSVError(file: path, row: 0, column: 0, kind: .io(detail: CSVBytes.systemError())) }
                if got == 0 { break }
                buffer.append(contentsOf: chunk[0..<got])
            }
            (base, count) = CSVBytes.copy(buffer)
            isMapped = false
        }
    }

    /// Wraps a copy of `bytes`; `name` labels error messages.
    public init(bytes: [UInt8], name: String = "<memory>") {
        self.name = name
        (base, count) = CSVBytes.copy(bytes)
        isMapped = false
    }

    /// Wraps the UTF-8 of `text`.
    public convenience init(text: String, name: String = "<memory>") {
        self.init(bytes: Array(text.utf8), name: name)
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            base.deallocate()
        }
    }

    /// Calls `body` with the bytes as a buffer (empty when the source is empty).
    @inlinable
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: baseAddress, count: count))
    }

    @usableFromInline var baseAddress: UnsafeRawPointer { base }

    /// Copies into a fresh allocation of at least one byte, so the base address is never nil.
    private static func copy(_ bytes: [UInt8]) -> (UnsafeRawPointer, Int) {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
        bytes.withUnsafeBytes { if $0.count > 0 { memory.copyMemory(from: $0.baseAddress!, byteCount: $0.count) } }
        return (UnsafeRawPointer(memory), bytes.count)
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
