import Foundation

/// A throwaway PostgreSQL server for tests: `initdb` into a temporary directory, `pg_ctl start` on a free loopback
/// port with password authentication, and `stop()` (or `deinit`) removes everything.
///
/// The server binaries come from `pg_config --bindir` or `/usr/lib/postgresql/*/bin`. When they are missing the
/// initializer throws an error with the install hint (tests must fail, never skip). PostgreSQL refuses to run as
/// root, so under root the server runs as the `postgres` system user (created by Debian's package).
public final class PostgresTestServer: @unchecked Sendable {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    public let port: Int
    public let user = "voc"
    public let password = "voc-test-secret"
    public let database = "voc"
    public let directory: URL
    private let binDirectory: URL
    private let runAs: String?
    private let lock = NSLock()
    private var running = false

    /// `postgres://voc:…@127.0.0.1:PORT/voc`
    public var url: String { "postgres://\(user):\(password)@127.0.0.1:\(port)/\(database)" }
    /// The URL without the password (for tests of PGPASSWORD and ~/.pgpass).
    public var urlWithoutPassword: String { "postgres://\(user)@127.0.0.1:\(port)/\(database)" }

    /// `postgres://voc:…@127.0.0.1:PORT/DATABASE` for another database of this server.
    public func url(database: String) -> String { "postgres://\(user):\(password)@127.0.0.1:\(port)/\(database)" }

    /// Creates an empty database (`createdb`), e.g. one per test so tests do not share state.
    public func createDatabase(_ name: String) throws {
        try execute(
            "createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", user, name], environment: ["PGPASSWORD": password]
        )
    }

    /// Runs one SQL statement with `psql` against `database` (fault injection and inspection in tests).
    @discardableResult
    public func psql(_ sql: String, database: String? = nil) throws -> String {
        try execute(
            "psql",
            ["-h", "127.0.0.1", "-p", String(port), "-U", user, "-d", database ?? self.database, "-At", "-c", sql],
            environment: ["PGPASSWORD": password])
    }

    /// Creates and starts a server.
    public init() throws {
        guard let bin = Self.findBinDirectory() else {
            throw Failure(
                description:
                    "PostgreSQL server binaries (initdb, pg_ctl) not found; install them with 'apt-get install postgresql'"
            )
        }
        binDirectory = bin
        runAs = getuid() == 0 ? "postgres" : nil
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("voc-pg-\(UUID().uuidString)")
        port = try Self.freePort()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let passwordFile = directory.appendingPathComponent("pw")
        try password.write(to: passwordFile, atomically: true, encoding: .utf8)
        if let runAs { try Self.run("/bin/chown", ["-R", runAs, directory.path]) }
        try execute(
            "initdb",
            [
                "-D", dataPath, "-U", user, "--pwfile", passwordFile.path, "--auth-host=scram-sha-256",
                "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions",
            ])
        try start()
        try execute(
            "createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", user, database],
            environment: ["PGPASSWORD": password])
    }

    deinit {
        try? stop()
        try? FileManager.default.removeItem(at: directory)
    }

    private var dataPath: String { directory.appendingPathComponent("data").path }

    /// Starts (or restarts after `stop()`) the server and waits until it accepts connections.
    public func start() throws {
        lock.lock()
        defer { lock.unlock() }
        guard !running else { return }
        let options = "-p \(port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=60"
        try execute(
            "pg_ctl",
            [
                "-D", dataPath, "-o", options, "-l", directory.appendingPathComponent("log").path, "-w", "-t", "60",
                "start",
            ])
        running = true
    }

    /// Stops the server (fast shutdown: open connections are closed). The data directory is kept for `start()`.
    public func stop() throws {
        lock.lock()
        defer { lock.unlock() }
        guard running else { return }
        try execute("pg_ctl", ["-D", dataPath, "-m", "fast", "-w", "stop"])
        running = false
    }

    /// The server log (for failure messages).
    public var log: String {
        (try? String(contentsOf: directory.appendingPathComponent("log"), encoding: .utf8)) ?? ""
    }

    @discardableResult
    private func execute(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let path = binDirectory.appendingPathComponent(tool).path
        if let runAs {
            let env = environment.map { "\($0.key)=\($0.value)" }
            return try Self.run("/usr/sbin/runuser", ["-u", runAs, "--", "/usr/bin/env"] + env + [path] + arguments)
        } else {
            return try Self.run(path, arguments, environment: environment)
        }
    }

    /// Runs a program to completion with posix_spawn + waitpid and returns its combined output.
    ///
    /// Foundation's `Process` is not used: `pg_ctl start` leaves a daemon behind that inherits descriptors, and
    /// `Process.waitUntilExit()` then never returns on Linux. Output goes to a temporary file, not a pipe, for the
    /// same reason; stdin is /dev/null.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "voc-pg-out-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        Self.closeInheritedDescriptors(&actions)
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot run \(executable): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            throw Failure(
                description: "\(executable) \(arguments.joined(separator: " ")) failed (status \(status)):\n\(text)")
        }
        return text
    }

    /// Makes the child close every descriptor above 2.
    ///
    /// Without this, `pg_ctl start` hands the test process's descriptors to the server daemon, which outlives the
    /// call: the write ends of other tests' pipes (a child `voc` process's stdout, Foundation's process-exit
    /// socket pairs) then never reach end-of-file, and those tests wait forever. glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` (2.34+) is looked up at run time because Swift does not import
    /// it; without it, every descriptor listed in /proc/self/fd is closed one by one (glibc ignores a close
    /// action on a descriptor that was closed in between).
    static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
            if closeFrom(&actions, 3) == 0 { return }
        }
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
    }

    static func findBinDirectory() -> URL? {
        let manager = FileManager.default
        if let configured = try? run("/usr/bin/env", ["pg_config", "--bindir"]).trimmingCharacters(
            in: .whitespacesAndNewlines),
            manager.isExecutableFile(atPath: configured + "/initdb")
        {
            return URL(fileURLWithPath: configured)
        }
        let root = "/usr/lib/postgresql"
        let versions = ((try? manager.contentsOfDirectory(atPath: root)) ?? []).sorted {
            (Int($0) ?? 0) > (Int($1) ?? 0)
        }
        for version in versions where manager.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return URL(fileURLWithPath: "\(root)/\(version)/bin")
        }
        return nil
    }

    /// A TCP port on 127.0.0.1 that is free right now (bind to port 0, read it back, close).
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw Failure(description: "bind() failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
