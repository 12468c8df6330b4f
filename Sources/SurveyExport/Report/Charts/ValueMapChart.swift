import Foundation
import SurveyModel
import SurveyStatistics

/// Draws a hierarchical value map as SVG (docs/methods.md §1.2): values in the top row, consequences in the
/// middle, attributes at the bottom; an arrow for each drawn link, as thick as its count and labelled with it.
///
/// Within a row, codes are ordered to keep links short and uncrossed by the barycentre heuristic of Sugiyama,
/// Tagawa & Toda (1981): starting from the matrix order, each row is sorted a few times by the mean position of
/// the codes it links to. Same-level links (where the codebook allows them) are drawn as arcs above the row.
/// Output is deterministic (the same map gives the same bytes).
public enum ValueMapChart {
    static let nodeWidth = 180.0
    static let nodeHeight = 48.0
    static let rowGap = 150.0
    static let left = 120.0
    static let top = 56.0

    /// The map as an `<svg>` element; a short note instead of a drawing when no link reaches the cutoff. With
    /// `caption` (the default, for a standalone file) a line under the map says what it represents; a page that
    /// captions the figure itself (the report) passes false.
    public static func svg(
        _ map: ValueMapSummary, title: String = "Hierarchical value map", caption: Bool = true
    )
        -> String
    {
        let rows = ordered(map)
        let widest = rows.map(\.count).max() ?? 0
        let width = max(720, left + Double(widest) * (nodeWidth + 30) + 40)
        let height = top + 2 * rowGap + nodeHeight + (caption ? 64 : 24)
        var canvas = SVGCanvas(width: width, height: height)
        canvas.text(20, 28, title, size: 15, bold: true)
        guard !map.edges.isEmpty else {
            canvas.text(20, 60, "No link reaches the cutoff of \(map.cutoff).", size: 13, fill: "#555", italic: true)
            return canvas.svg(title: title, description: "No link reaches the cutoff.")
        }
        var position: [String: (x: Double, y: Double)] = [:]
        for (row, codes) in rows.enumerated() {
            let y = top + Double(row) * rowGap
            let slot = (width - left - 20) / Double(max(codes.count, 1))
            for (index, code) in codes.enumerated() { position[code] = (left + slot * (Double(index) + 0.5), y) }
            canvas.text(20, y + nodeHeight / 2 + 5, rowNames[row], size: 13, fill: "#555", italic: true)
        }
        // Where an arrow leaves or meets a box: spread over the middle 60% of its edge, ordered by the far end's x.
        func port(_ code: String, toward other: String, outgoing: Bool) -> Double {
            let centre = position[code]!.x
            let partners = map.edges.filter { edge in
                let (near, far) = outgoing ? (edge.from, edge.to) : (edge.to, edge.from)
                return near == code && position[far].map { $0.y != position[code]!.y } == true
            }.map { outgoing ? $0.to : $0.from }.sorted { (position[$0]!.x, $0) < (position[$1]!.x, $1) }
            guard partners.count > 1, let index = partners.firstIndex(of: other) else { return centre }
            let span = nodeWidth * 0.6
            return centre - span / 2 + span * Double(index) / Double(partners.count - 1)
        }
        let largest = Double(map.edges.map(\.count).max() ?? 1)
        var labels: [(x: Double, y: Double, text: String)] = []
        for edge in map.edges {
            guard let from = position[edge.from], let to = position[edge.to] else { continue }
            let thickness = 1.5 + 4.5 * Double(edge.count) / largest
            if from.y == to.y {
                let (x1, x2) = (from.x + (to.x > from.x ? 1 : -1) * nodeWidth / 4, to.x)
                let (cx, cy) = ((x1 + x2) / 2, from.y - 46)
                canvas.curve(x1, from.y, cx, cy, x2, to.y, stroke: "#555", width: thickness)
                arrowhead(&canvas, fromX: cx, fromY: cy, toX: x2, toY: to.y, size: 6 + thickness)
                labels.append(((x1 + 2 * cx + x2) / 4, (from.y + 2 * cy + to.y) / 4, "\(edge.count)"))
            } else {
                let (x1, y1) = (port(edge.from, toward: edge.to, outgoing: true), from.y)
                let (x2, y2) = (port(edge.to, toward: edge.from, outgoing: false), to.y + nodeHeight)
                canvas.line(x1, y1, x2, y2, stroke: "#555", width: thickness)
                arrowhead(&canvas, fromX: x1, fromY: y1, toX: x2, toY: y2, size: 6 + thickness)
                // A link that skips the consequence row is labelled above that row, where no box can hide it.
                let t = from.y - to.y > rowGap * 1.5 ? 0.8 : 0.5
                labels.append((x1 + t * (x2 - x1), y1 + t * (y2 - y1), "\(edge.count)"))
            }
        }
        let nodes = Dictionary(map.nodes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for (code, point) in position.sorted(by: { $0.key < $1.key }) {
            guard let node = nodes[code] else { continue }
            let style = styles[node.level]!
            canvas.box(
                point.x - nodeWidth / 2, point.y, nodeWidth, nodeHeight, fill: style.fill, stroke: style.stroke,
                radius: node.level == .value ? nodeHeight / 2 : 6)
            let lines = wrapped(node.label, width: nodeWidth - 14, size: 13)
            for (index, line) in lines.enumerated() {
                let y = point.y + nodeHeight / 2 + 5 + (Double(index) - Double(lines.count - 1) / 2) * 16
                canvas.text(point.x, y, line, anchor: "middle", size: 13, fill: "#111", maxWidth: nodeWidth - 14)
            }
        }
        for label in labels {
            canvas.box(
                label.x - max(13, 4.5 * Double(label.text.count) + 4), label.y - 10,
                max(26, 9.0 * Double(label.text.count) + 8), 18, fill: "#fff", stroke: "#bbb", radius: 4)
            canvas.text(label.x, label.y + 4, label.text, anchor: "middle", size: 12, fill: "#222", bold: true)
        }
        let per = map.counting == .respondents ? "respondents" : "mentions"
        if caption {
            canvas.text(
                20, height - 18,
                "Cutoff \(map.cutoff) (\(per)): the links drawn hold \(ReportFormat.percent(map.retainedShare)) of direct mentions "
                    + "and represent \(ReportFormat.percent(map.representedShare)) of \(map.respondents) respondents "
                    + "(\(map.ladders) ladders).",
                size: 12, fill: "#444")
        }
        let description = map.edges.map { edge in
            "\(nodes[edge.from]?.label ?? edge.from) → \(nodes[edge.to]?.label ?? edge.to) (\(edge.count))"
        }.joined(separator: "; ")
        return canvas.svg(title: title, description: "Links: " + description)
    }

    static let rowNames = ["Values", "Consequences", "Attributes"]
    static let styles: [LadderLevel: (fill: String, stroke: String)] = [
        .value: ("#D5F0E5", "#009E73"), .consequence: ("#FCEBD0", "#E69F00"), .attribute: ("#DCEBF7", "#0072B2"),
    ]

    /// The codes of each row (values, consequences, attributes), ordered by the barycentre heuristic.
    static func ordered(_ map: ValueMapSummary) -> [[String]] {
        let levels: [LadderLevel] = [.value, .consequence, .attribute]
        var rows = levels.map { level in map.nodes.filter { $0.level == level }.map(\.code) }
        var neighbours: [String: [String]] = [:]
        for edge in map.edges {
            neighbours[edge.from, default: []].append(edge.to)
            neighbours[edge.to, default: []].append(edge.from)
        }
        for _ in 0..<4 {
            for row in [1, 0, 2, 1] {
                var place: [String: Double] = [:]
                for codes in rows {
                    for (index, code) in codes.enumerated() {
                        place[code] = (Double(index) + 0.5) / Double(codes.count)
                    }
                }
                let current = rows[row]
                rows[row] = current.enumerated().map { index, code -> (Double, Int, String) in
                    let linked = (neighbours[code] ?? []).compactMap { place[$0] }
                    let centre = linked.isEmpty ? place[code]! : linked.reduce(0, +) / Double(linked.count)
                    return (centre, index, code)
                }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            }
        }
        return rows
    }

    /// A filled triangle at (toX, toY) pointing away from (fromX, fromY).
    static func arrowhead(
        _ canvas: inout SVGCanvas, fromX: Double, fromY: Double, toX: Double, toY: Double, size: Double
    ) {
        let (dx, dy) = (toX - fromX, toY - fromY)
        let length = max((dx * dx + dy * dy).squareRoot(), 0.001)
        let (ux, uy) = (dx / length, dy / length)
        let (bx, by) = (toX - ux * size * 1.6, toY - uy * size * 1.6)
        canvas.polygon(
            [(toX, toY), (bx - uy * size * 0.6, by + ux * size * 0.6), (bx + uy * size * 0.6, by - ux * size * 0.6)],
            fill: "#555")
    }

    /// `label` on one line, or broken into two where it is too wide (at the last space that fits, else between
    /// characters, as for Chinese); the second line is cut with "…" when it is still too wide.
    static func wrapped(_ label: String, width: Double, size: Double) -> [String] {
        guard SVGCanvas.fitted(label, width: width, size: size) != nil else { return [label] }
        var first = ""
        var lastSpace: String.Index?
        for index in label.indices {
            let candidate = String(label[...index])
            if SVGCanvas.fitted(candidate, width: width, size: size) != nil { break }
            first = candidate
            if label[index] == " " { lastSpace = index }
        }
        let breakAt = lastSpace.map { label.index(after: $0) } ?? label.index(label.startIndex, offsetBy: first.count)
        return [
            String(label[..<breakAt]).trimmingCharacters(in: .whitespaces),
            String(label[breakAt...]).trimmingCharacters(in: .whitespaces),
        ]
    }

}
