import SurveyCollector
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A real terminal on file descriptors (stdin/stdout by default) in raw mode, on the alternate screen.
///
/// `init` saves the termios settings, switches to raw mode (no echo, no line buffering, no signals from keys:
/// Ctrl-C arrives as `.interrupt`), and installs handlers so the settings are restored on `close()`, on `exit`,
/// on SIGTERM/SIGHUP/SIGQUIT/SIGINT and on crash signals. SIGWINCH is turned into a `.resize` event.
/// A lone Esc is reported after 40 ms without further input (it may start an escape sequence).
///
/// Not thread-safe: use it from one task at a time (it is `@unchecked Sendable` so a driver can carry it).
public final class PosixTerminal: TerminalDevice, @unchecked Sendable {
    /// Why the terminal could not be opened, read or written.
    public enum Failure: Error, CustomStringConvertible {
        /// The input is not a terminal (use the script mode instead).
        case notATerminal
        /// A system call failed with `errno`.
        case system(call: String, errno: Int32)

        public var description: String {
            switch self {
            case .notATerminal: "standard input is not a terminal"
            case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
            }
        }
    }

    /// Colour support, from the environment and whether the output is a terminal.
    public let capabilities: TerminalCapabilities
    private let input: Int32
    private let output: Int32
    private let environment: [String: String]
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private var decoder = KeyDecoder()
    private var queued: [Key] = []
    private var isOpen = true

    /// Opens the terminal: raw mode, alternate screen, signal handlers. Fails with `.notATerminal` when
    /// `input` is not a TTY; nothing is changed then.
    public init(input: Int32 = 0, output: Int32 = 1, environment: [String: String]) throws {
        guard isatty(input) == 1 else { throw Failure.notATerminal }
        self.input = input
        self.output = output
        self.environment = environment
        capabilities = TerminalCapabilities(environment: environment, outputIsTerminal: isatty(output) == 1)
        var original = termios()
        guard tcgetattr(input, &original) == 0 else { throw Failure.system(call: "tcgetattr", errno: errno) }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw Failure.system(call: "pipe", errno: errno) }
        wakeRead = fds[0]
        wakeWrite = fds[1]
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        TerminalSignals.install(restoring: original, on: input, output: output, wakePipe: wakeWrite)
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_oflag &= ~tcflag_t(OPOST)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSAFLUSH, &raw) == 0 else {
            let code = errno
            TerminalSignals.uninstall()
            closeDescriptor(wakeRead)
            closeDescriptor(wakeWrite)
            throw Failure.system(call: "tcsetattr", errno: code)
        }
        try writeAll("\u{1B}[?1049h\u{1B}[H\u{1B}[2J")
    }

    deinit { close() }

    /// Leaves raw mode and the alternate screen and removes the signal handlers. Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        TerminalSignals.uninstall()
        closeDescriptor(wakeRead)
        closeDescriptor(wakeWrite)
    }

    /// The current window size (`TIOCGWINSZ`, read again on every call).
    public var size: TerminalSize { TerminalSize.of(descriptor: output, environment: environment) }

    /// Writes all of `text`, retrying short writes and interrupted calls.
    public func write(_ text: String) throws { try writeAll(text) }

    /// The next key, resize or end of input (end of file, or a hung-up terminal).
    public func nextEvent() throws -> TerminalEvent {
        while true {
            if !queued.isEmpty { return .key(queued.removeFirst()) }
            var fds = [
                pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, 2, decoder.hasPendingInput ? 40 : -1)
            if ready < 0 {
                if errno == EINTR { continue }
                throw Failure.system(call: "poll", errno: errno)
            }
            if ready == 0 {
                queued += decoder.flush()
                continue
            }
            if fds[1].revents & Int16(POLLIN) != 0 {
                var drain = [UInt8](repeating: 0, count: 64)
                while read(wakeRead, &drain, drain.count) > 0 {}
                return .resize(size)
            }
            if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                var buffer = [UInt8](repeating: 0, count: 256)
                let count = read(input, &buffer, buffer.count)
                if count < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    if errno == EIO { return .end }  // the terminal hung up
                    throw Failure.system(call: "read", errno: errno)
                }
                if count == 0 { return .end }
                queued += decoder.decode(buffer[0..<count])
            }
        }
    }

    private func writeAll(_ text: String) throws {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                writeDescriptor(output, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw Failure.system(call: "write", errno: errno)
            }
            offset += written
        }
    }
}

private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }

private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
