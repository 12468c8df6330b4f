import Foundation

/// Renders DOT files to SVG with Graphviz's `dot`, when it is installed.
enum GraphvizRenderer {
    /// Runs `dot -Tsvg` on `dotPath` (one graph per segment: `dot` writes them all, one after another) and returns
    /// a line saying what happened. When `dot` is not on the PATH, returns a note that only the DOT was written.
    static func render(dotPath: String, svgPath: String) -> String {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let dot = paths.map({ "\($0)/dot" }).first(where: FileManager.default.isExecutableFile) else {
            return "note: Graphviz 'dot' is not installed; wrote only \(dotPath) (apt-get install graphviz)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg", dotPath, "-o", svgPath]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return "note: could not run \(dot): \(error); wrote only \(dotPath)"
        }
        return process.terminationStatus == 0
            ? "SVG written to \(svgPath)" : "note: dot failed (status \(process.terminationStatus)); wrote \(dotPath)"
    }
}
