import Foundation

/// A program running in a real pseudo-terminal inside a private tmux server (its own socket, so no other tmux
/// session is touched), driven with `send-keys` and read with `capture-pane`.
///
/// Waits poll the pane until the expected text appears, with a timeout, instead of sleeping a fixed time.
/// tmux is required: when it is missing, `start` throws `TmuxError.notInstalled` with an install hint, so the
/// test fails instead of being skipped.
final class TmuxSession {
    enum TmuxError: Error, CustomStringConvertible {
        case notInstalled
        case commandFailed(arguments: [String], status: Int32, output: String)
        case timeout(waitingFor: String, screen: [String])

        var description: String {
            switch self {
            case .notInstalled:
                "tmux is not installed; the terminal interview test needs it: apt-get install tmux (Debian/Ubuntu) "
                    + "or brew install tmux (macOS)"
            case .commandFailed(let arguments, let status, let output):
                "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(output)"
            case .timeout(let text, let screen):
                "timed out waiting for \"\(text)\"; the screen was:\n" + screen.joined(separator: "\n")
            }
        }
    }

    /// Variables of the test process not passed to tmux (the tests set what they need with `-e`).
    static let withheld: Set<String> = ["NO_COLOR", "TERM", "TMUX", "TMUX_PANE", "COLUMNS", "LINES"]

    static let candidates = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]

    let executable: String
    let socket: String
    let target = "interview"

    /// Starts `command` (run by `/bin/sh -c`) in a detached session of `width`×`height` cells.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard let found = Self.candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw TmuxError.notInstalled
        }
        executable = found
        socket = "voc-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var arguments = ["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        arguments.append(command)
        try tmux(arguments)
    }

    deinit {
        // Ends only this test's private server (and the program in it).
        _ = try? tmux(["kill-server"])
    }

    /// Types `text` literally (every character, including spaces and CJK).
    func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

    /// Sends named keys: `Enter`, `BSpace`, `Left`, `Right`, `Up`, `Down`, `Space`, `C-c`, `F2`, …
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

    /// Resizes the window (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, one string per row (trailing spaces removed by tmux); with `escapes`, including the
    /// SGR sequences of colours and attributes; with `joined`, lines the terminal wrapped are joined again.
    func screen(escapes: Bool = false, joined: Bool = false) throws -> [String] {
        let output = try tmux(
            ["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []) + (joined ? ["-J"] : []))
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The process id of the pane's program (the shell running the command).
    func panePID() throws -> String {
        try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"]).filter(\.isNumber)
    }

    /// The child processes of `pid` (from `/proc`; Linux).
    static func children(of pid: Int32) -> [Int32] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            let list = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? ""
            return list.split(separator: " ").compactMap { Int32($0) }
        }
    }

    /// Polls the screen until some row contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 20) throws -> [String] {
        try waitUntil(text, timeout: timeout) { screen in screen.contains { $0.contains(text) } }
    }

    /// Polls the screen until `condition` holds; returns that screen.
    @discardableResult
    func waitUntil(_ description: String, timeout: Double = 20, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(30_000)
        }
        throw TmuxError.timeout(waitingFor: description, screen: last)
    }

    /// Runs `tmux -L SOCKET ARGUMENTS` and returns its output (stdout and stderr).
    ///
    /// Spawned with an empty signal mask and default signal actions: test code runs on dispatch worker threads,
    /// which block most signals, and a tmux server inheriting that mask would never see SIGCHLD or SIGTERM (it
    /// would neither notice the program exiting nor stop on `kill-server`). Output goes to a file, not a pipe,
    /// because the server that `new-session` forks could hold a pipe open.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("voc-tmux-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The server's environment must not leak this process's colour and terminal settings into the program.
        let inherited = ProcessInfo.processInfo.environment.filter { !Self.withheld.contains($0.key) }
        let envp = inherited.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw TmuxError.commandFailed(arguments: arguments, status: spawned, output: "posix_spawn failed")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        guard exitStatus == 0 else {
            throw TmuxError.commandFailed(arguments: arguments, status: exitStatus, output: output)
        }
        return output
    }
}
