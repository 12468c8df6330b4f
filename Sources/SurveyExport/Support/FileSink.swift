import Foundation

/// Writes a file through a temporary file beside the destination, moved into place by `commit()`.
///
/// Until `commit()` succeeds the destination is untouched; `discard()` (also safe after a commit) removes the
/// temporary file. Used by writers that stream bytes from C callbacks (ReadStat) or Swift.
final class FileSink {
    let destination: URL
    private let temporary: URL
    private var descriptor: Int32
    private var committed = false
    /// Messages reported by the library writing into this sink (e.g. ReadStat's error handler).
    var messages: [String] = []
    private(set) var failed = false

    /// Creates the temporary file.
    /// - Throws: `ExportError` (`write-failed`) when the folder does not exist or is not writable.
    init(destination: URL) throws(ExportError) {
        self.destination = destination
        let folder = destination.deletingLastPathComponent()
        temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExportError(
                code: "write-failed", "cannot write \(destination.path): \(String(cString: strerror(errno)))")
        }
    }

    deinit { discard() }

    /// Writes `length` bytes; returns the number written, or -1 (and remembers the failure) on an I/O error.
    func write(_ bytes: UnsafeRawPointer, _ length: Int) -> Int {
        var offset = 0
        while offset < length {
            let written = Foundation.write(descriptor, bytes + offset, length - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failed = true
                messages.append(String(cString: strerror(errno)))
                return -1
            }
            offset += written
        }
        return length
    }

    /// Writes `data`.
    /// - Throws: `ExportError` (`write-failed`) on an I/O error.
    func write(_ data: Data) throws(ExportError) {
        let result = data.withUnsafeBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return write(base, buffer.count)
        }
        if result < 0 {
            throw ExportError(code: "write-failed", "cannot write \(destination.path): \(messages.last ?? "")")
        }
    }

    /// Closes the temporary file and moves it over the destination.
    /// - Throws: `ExportError` (`write-failed`) when a write failed earlier or the move fails.
    func commit() throws(ExportError) {
        guard !failed else {
            throw ExportError(code: "write-failed", "cannot write \(destination.path): \(messages.last ?? "I/O error")")
        }
        if descriptor >= 0, fsync(descriptor) != 0 || close(descriptor) != 0 {
            descriptor = -1
            throw ExportError(
                code: "write-failed", "cannot write \(destination.path): \(String(cString: strerror(errno)))")
        }
        descriptor = -1
        guard rename(temporary.path, destination.path) == 0 else {
            throw ExportError(
                code: "write-failed", "cannot write \(destination.path): \(String(cString: strerror(errno)))")
        }
        committed = true
    }

    /// Closes and removes the temporary file unless it was committed.
    func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if !committed { unlink(temporary.path) }
    }
}
