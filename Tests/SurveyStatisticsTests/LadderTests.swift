import SurveyModel
import Testing
@testable import SurveyStatistics

/// docs/methods.md §1.4, T1.
@Suite("Ladders")
struct LadderTests {
    static let respondents = [
        LadderRespondent(id: "r1", segment: "older", ladders: [["A1", "C1", "V1"], ["A2", "C2", "V1"]]),
        LadderRespondent(id: "r2", segment: "older", ladders: [["A1", "C1", "V2"], ["A2", "C2", "V1"]]),
        LadderRespondent(id: "r3", segment: "younger", ladders: [["A1", "C1", "V1"], ["A3", "C3", "V3"]]),
    ]
    static let levels: [String: LadderLevel] = [
        "A1": .attribute, "A2": .attribute, "A3": .attribute, "C1": .consequence, "C2": .consequence,
        "C3": .consequence, "V1": .value, "V2": .value, "V3": .value,
    ]

    @Test(arguments: [
        ("A1", "C1", "3.00"), ("A1", "V1", "0.02"), ("A1", "V2", "0.01"), ("A2", "C2", "2.00"), ("A2", "V1", "0.02"),
        ("A3", "C3", "1.00"), ("A3", "V3", "0.01"), ("C1", "V1", "2.00"), ("C1", "V2", "1.00"), ("C2", "V1", "2.00"),
        ("C3", "V3", "1.00"),
    ])
    func implicationMatrixCells(from: String, to: String, expected: String) {
        let matrix = ImplicationMatrix(Self.respondents)
        #expect(matrix.notation(from: from, to: to) == expected)
    }

    @Test func matrixHasExactlyTheExpectedLinks() {
        let matrix = ImplicationMatrix(Self.respondents)
        #expect(matrix.links.count == 11)
        #expect(matrix.totalDirectMentions == 12)
        #expect(matrix.cell(from: "A1", to: "C1", counting: .respondents).direct == 3)
        #expect(matrix.cell(from: "A2", to: "V1", counting: .respondents).indirect == 2)
    }

    @Test func valueMapAtCutoffTwo() {
        let map = HierarchicalValueMap(matrix: ImplicationMatrix(Self.respondents), cutoff: 2, levels: Self.levels)
        let edges = Set(map.edges.map { "\($0.link.from)>\($0.link.to)" })
        #expect(edges == ["A1>C1", "A2>C2", "C1>V1", "C2>V1"])
        #expect(map.retainedMentions == 9 && map.totalMentions == 12)
        #expect(isClose(map.retainedShare, 0.75))
        #expect(map.representedRespondents == 3)
        #expect(Set(map.nodes) == ["A1", "A2", "C1", "C2", "V1"])
        let dot = map.dot()
        #expect(dot.contains("\"A1\" -> \"C1\" [label=\"3\"];"))
        #expect(dot.contains("{ rank=same; \"V1\"; }"))
        #expect(dot.hasPrefix("digraph \"HVM\" {"))
        #expect(map.table().contains("direct mentions retained: 9/12 (75.0%)"))
    }

    @Test func perMentionCountingAndSegments() {
        let talkative = [
            LadderRespondent(id: "x", ladders: [["A", "C"], ["A", "C"], ["A", "C"]]),
            LadderRespondent(id: "y", ladders: [["B", "C"]]),
        ]
        let matrix = ImplicationMatrix(talkative)
        #expect(HierarchicalValueMap(matrix: matrix, cutoff: 2, counting: .mentions).edges.count == 1)
        #expect(HierarchicalValueMap(matrix: matrix, cutoff: 2, counting: .respondents).edges.isEmpty)
        let maps = HierarchicalValueMap.bySegment(Self.respondents, cutoff: 2)
        #expect(Set(maps.keys) == ["older", "younger"])
        #expect(maps["older"]!.edges.count == 3)
        #expect(maps["younger"]!.edges.isEmpty)
    }

    @Test func tableShowsDirectDotIndirect() {
        let table = ImplicationMatrix(Self.respondents).table()
        #expect(table.contains("3.00"))
        #expect(table.contains("0.02"))
    }
}
