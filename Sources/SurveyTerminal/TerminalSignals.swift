import SurveyCollector
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// State read by signal handlers. Written only by `TerminalSignals.install`/`uninstall` on the main flow, before
// handlers are installed or after they are removed; handlers only read it and call async-signal-safe functions
// (tcsetattr, write, sigaction, raise).
nonisolated(unsafe) private var savedAttributes = termios()
nonisolated(unsafe) private var savedDescriptor: Int32 = -1
nonisolated(unsafe) private var outputDescriptor: Int32 = -1
nonisolated(unsafe) private var wakeWriteDescriptor: Int32 = -1
nonisolated(unsafe) private var previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
nonisolated(unsafe) private var atExitRegistered = false

/// Puts the terminal back as it was: the saved termios settings, default colours, cursor shown, main screen.
/// Async-signal-safe. Does nothing when no raw mode is active.
private func restoreTerminalNow() {
    guard savedDescriptor >= 0 else { return }
    _ = tcsetattr(savedDescriptor, TCSANOW, &savedAttributes)
    let reset: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l"
    if outputDescriptor >= 0 { _ = write(outputDescriptor, reset.utf8Start, reset.utf8CodeUnitCount) }
    savedDescriptor = -1
}

/// Terminating and crash signals: restore the terminal, then let the previous action (default: terminate, or
/// the Swift runtime's backtracer) handle the signal.
private let terminatingSignalHandler: @convention(c) (Int32) -> Void = { signal in
    restoreTerminalNow()
    _ = sigaction(signal, previousActions + Int(signal), nil)
    _ = raise(signal)
}

/// SIGWINCH: wake the input loop through the self-pipe so it redraws at the new size.
private let resizeSignalHandler: @convention(c) (Int32) -> Void = { _ in
    guard wakeWriteDescriptor >= 0 else { return }
    var byte: UInt8 = 0x57
    _ = write(wakeWriteDescriptor, &byte, 1)
}

/// Installs and removes the signal handlers that keep the terminal usable: whatever ends the process (SIGTERM,
/// SIGHUP, SIGQUIT, SIGINT, crash signals, `exit`), the terminal is restored from raw mode; SIGWINCH writes to
/// a wake pipe.
enum TerminalSignals {
    static let terminating: [Int32] = [
        SIGTERM, SIGHUP, SIGQUIT, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT,
        SIGFPE,
    ]

    /// Remembers `attributes` as the state to restore on `descriptor` and installs the handlers.
    static func install(restoring attributes: termios, on descriptor: Int32, output: Int32, wakePipe: Int32) {
        savedAttributes = attributes
        outputDescriptor = output
        wakeWriteDescriptor = wakePipe
        savedDescriptor = descriptor
        if !atExitRegistered {
            atExitRegistered = true
            atexit { restoreTerminalNow() }
        }
        for signal in terminating { install(terminatingSignalHandler, for: signal) }
        install(resizeSignalHandler, for: SIGWINCH)
    }

    /// Restores the terminal and the previous signal actions.
    static func uninstall() {
        for signal in terminating + [SIGWINCH] { _ = sigaction(signal, previousActions + Int(signal), nil) }
        restoreTerminalNow()
        wakeWriteDescriptor = -1
    }

    private static func install(_ handler: @convention(c) (Int32) -> Void, for signal: Int32) {
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = handler
        #else
            action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(signal, &action, previousActions + Int(signal))
    }
}
