import Foundation

/// A parsed `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]` store location.
///
/// `postgresql://` is accepted too. The port defaults to 5432 and the database to the user name. The password is
/// taken, in this order, from the URL, the `PGPASSWORD` environment variable, or the password file named by
/// `PGPASSFILE` (default `~/.pgpass`, lines `host:port:database:user:password` with `*` wildcards and `\:`
/// escapes, as libpq reads it). The password is never part of `redacted`, `description` or any error text.
///
/// `sslmode`: `disable` (plain TCP), `prefer` (TLS if the server offers it; the default), `require` (TLS or fail,
/// no certificate verification, as libpq), `verify-full` (TLS with certificate and host name verification).
/// Parsing fails with `PostgresLocation.Failure` for a malformed URL or an unknown `sslmode`.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS.
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    /// A location that cannot be parsed; the text never contains the password.
    public struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    /// The password resolved from the URL, `PGPASSWORD` or the password file (nil: none found).
    public var password: String?

    /// Whether `text` names a PostgreSQL store (starts with `postgres://` or `postgresql://`).
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses `text` and resolves the password from `environment` (default: the process environment).
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else {
            throw Failure(description: "\(Self.redact(text)): error: not a postgres://USER@HOST:PORT/DB URL")
        }
        guard let user = components.percentEncodedUser.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else {
            throw Failure(description: "\(Self.redact(text)): error: the URL names no user (postgres://USER@HOST/DB)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw Failure(description: "\(Self.redact(text)): error: the URL names no host")
        }
        self.user = user
        self.host = host
        port = components.port ?? 5432
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        sslMode = .prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(SSLMode.init(rawValue:)) else {
                    throw Failure(
                        description: "\(Self.redact(text)): error: unknown sslmode; use "
                            + SSLMode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                sslMode = mode
            default:
                throw Failure(description: "\(Self.redact(text)): error: unknown URL parameter '\(item.name)'")
            }
        }
        if let password = components.percentEncodedPassword?.removingPercentEncoding {
            self.password = password
        } else if let password = environment["PGPASSWORD"] {
            self.password = password
        } else {
            let file = environment["PGPASSFILE"] ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass")
            self.password = Self.passwordFromFile(file, host: host, port: port, database: database, user: user)
        }
    }

    /// `postgres://USER@HOST:PORT/DB?sslmode=MODE`, without the password.
    public var redacted: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (sslMode == .prefer ? "" : "?sslmode=\(sslMode.rawValue)")
    }

    public var description: String { redacted }

    /// `text` with any password between `USER:` and `@` replaced by `***` (for messages about unparsable URLs).
    public static func redact(_ text: String) -> String {
        guard let scheme = text.range(of: "://"), let at = text[scheme.upperBound...].lastIndex(of: "@") else {
            return text
        }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    /// The password of the first matching line of a libpq password file, or nil (missing file, no match).
    static func passwordFromFile(_ path: String, host: String, port: Int, database: String, user: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = splitPasswordLine(String(line))
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in
                field == "*" || field == value
            }
            if matches { return fields[4] }
        }
        return nil
    }

    /// Splits a password file line on unescaped `:` and removes the `\` escapes.
    static func splitPasswordLine(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
