import SurveyModel
import Testing

@testable import SurveyStatistics

/// Ladder segmentation by the means-end method (docs/methods.md §1.3), checked on hand-worked examples.
@Suite struct LadderSegmentationTests {
    static let rules = LadderRules(levels: [
        "price": .attribute, "green": .attribute, "budget": .consequence, "save": .consequence,
        "climate": .consequence, "security": .value, "family": .value,
    ])

    static func say(_ person: String, _ codes: String...) -> LadderUnit {
        LadderUnit(speaker: .person(person), context: "g1:key", codes: codes, source: "\(person): \(codes)")
    }

    static func probe(_ codes: String...) -> LadderUnit {
        LadderUnit(speaker: .probe, context: "g1:key", codes: codes, source: "moderator")
    }

    /// Two participants each climb two ladders, their answers interleaved with each other's and with the
    /// moderator's probes:
    /// P1: price → budget → security and green → climate → family;
    /// P2: green → climate → security and price → save → family.
    static let interleaved: [LadderUnit] = [
        probe(),  // "What matters most to you?"
        say("P1", "price", "green"),  // "Low prices, and renewable energy."
        say("P2", "green", "price"),
        probe("price"),  // "Why do low prices matter?"
        say("P1", "budget"),
        say("P2", "save"),
        probe("green"),  // "And renewable energy?"
        say("P2", "climate"),
        say("P1", "climate"),
        probe(),  // "Tell me more." (no code: each continues the ladder last spoken about)
        say("P1", "family"),
        say("P2", "security"),
        probe("save", "budget"),  // "Why do saving money and a budget matter?"
        say("P2", "family"),
        say("P1", "security"),
    ]

    @Test func interleavedLaddersAreSeparated() {
        let set = LadderSet(units: Self.interleaved, rules: Self.rules)
        #expect(
            set.respondents == [
                LadderRespondent(
                    id: "P1", ladders: [["price", "budget", "security"], ["green", "climate", "family"]]),
                LadderRespondent(id: "P2", ladders: [["green", "climate", "security"], ["price", "save", "family"]]),
            ])
        #expect(set.inconsistencies.isEmpty)
        #expect(set.unseededLadders == 0)
    }

    /// Every cell of the implication matrix, worked by hand from the four ladders: direct links are consecutive
    /// codes of one ladder, indirect ones two or more steps apart within the same ladder, never across ladders.
    @Test func implicationMatrixCountsEveryLinkByHand() {
        let matrix = ImplicationMatrix(LadderSet(units: Self.interleaved, rules: Self.rules).respondents)
        let direct: [LadderLink: Int] = [
            LadderLink(from: "price", to: "budget"): 1, LadderLink(from: "budget", to: "security"): 1,
            LadderLink(from: "green", to: "climate"): 2, LadderLink(from: "climate", to: "family"): 1,
            LadderLink(from: "climate", to: "security"): 1, LadderLink(from: "price", to: "save"): 1,
            LadderLink(from: "save", to: "family"): 1,
        ]
        let indirect: [LadderLink: Int] = [
            LadderLink(from: "price", to: "security"): 1, LadderLink(from: "green", to: "family"): 1,
            LadderLink(from: "green", to: "security"): 1, LadderLink(from: "price", to: "family"): 1,
        ]
        #expect(matrix.directMentions == direct)
        #expect(matrix.indirectMentions == indirect)
        #expect(matrix.directRespondents == direct)
        #expect(matrix.indirectRespondents == indirect)
        #expect(matrix.respondentCount == 2 && matrix.ladderCount == 4 && matrix.totalDirectMentions == 8)
        #expect(matrix.notation(from: "green", to: "climate") == "2.00")
        #expect(matrix.notation(from: "price", to: "family") == "0.01")
        // No link between codes of different ladders (the old speaking-order chains made these).
        for (from, to) in [("green", "budget"), ("price", "green"), ("budget", "climate"), ("family", "security")] {
            #expect(matrix.cell(from: from, to: to) == (0, 0), "\(from) → \(to)")
        }
    }

    @Test func valueMapEdgesAtTwoCutoffs() {
        let matrix = ImplicationMatrix(LadderSet(units: Self.interleaved, rules: Self.rules).respondents)
        let one = HierarchicalValueMap(matrix: matrix, cutoff: 1)
        #expect(
            one.edges.map { "\($0.link.from)>\($0.link.to):\($0.count)" } == [
                "budget>security:1", "climate>family:1", "climate>security:1", "green>climate:2", "price>budget:1",
                "price>save:1", "save>family:1",
            ])
        let two = HierarchicalValueMap(matrix: matrix, cutoff: 2)
        #expect(two.edges.map { "\($0.link.from)>\($0.link.to):\($0.count)" } == ["green>climate:2"])
        #expect(two.retainedMentions == 2 && two.totalMentions == 8 && two.representedRespondents == 2)
        #expect(
            matrix.cutoffTable() == [
                LadderCutoffRow(cutoff: 1, links: 7, linkShare: 1, mentionShare: 1, respondentShare: 1),
                LadderCutoffRow(cutoff: 2, links: 1, linkShare: 1.0 / 7, mentionShare: 0.25, respondentShare: 1),
            ])
    }

    /// A value followed by an attribute starts a new ladder: no value → attribute link, nothing to report.
    @Test func anAttributeAfterAValueStartsANewLadder() {
        let set = LadderSet(
            units: [Self.say("P1", "price", "budget", "security"), Self.say("P1", "green", "climate")],
            rules: Self.rules)
        #expect(set.respondents[0].ladders == [["price", "budget", "security"], ["green", "climate"]])
        let matrix = ImplicationMatrix(set.respondents)
        #expect(matrix.cell(from: "security", to: "green") == (0, 0))
        #expect(matrix.cell(from: "budget", to: "green") == (0, 0))
        #expect(set.inconsistencies.isEmpty)
    }

    /// A consequence after a value (from one answer to the next) goes down: reported with its source, not linked;
    /// the consequence hangs from the nearest code below it on that ladder.
    @Test func aStepDownIsReportedNeverLinked() {
        let set = LadderSet(
            units: [Self.say("P1", "price", "budget", "security"), Self.say("P1", "save")], rules: Self.rules)
        #expect(set.respondents[0].ladders == [["price", "budget", "security"], ["price", "save"]])
        #expect(
            set.inconsistencies == [
                LadderInconsistency(
                    kind: .downward, from: "security", fromLevel: .value, to: "save", toLevel: .consequence,
                    person: "P1", source: "P1: [\"save\"]")
            ])
        #expect(
            set.inconsistencies[0].description
                == "P1: [\"save\"]: security (value) → save (consequence) goes down the attribute → consequence → "
                + "value order; not linked")
        #expect(ImplicationMatrix(set.respondents).cell(from: "security", to: "save") == (0, 0))
    }

    /// Within one answer, codes climb by level whatever order they were said in; two values in one answer branch.
    @Test func oneAnswerClimbsByLevelAndBranchesOnParallelValues() {
        // "Peace of mind" and "family" said before and after the climate: both hang from the consequence.
        let set = LadderSet(units: [Self.say("P1", "security", "green", "family", "climate")], rules: Self.rules)
        #expect(set.respondents[0].ladders == [["green", "climate", "security"], ["green", "climate", "family"]])
        #expect(set.inconsistencies.isEmpty && set.unseededLadders == 0)
    }

    /// "I can plan my budget thanks to the low price": the consequence said first belongs to the attribute.
    @Test func aConsequenceSaidBeforeItsAttributeClimbsIt() {
        let set = LadderSet(units: [Self.say("P1", "budget", "price")], rules: Self.rules)
        #expect(set.respondents[0].ladders == [["price", "budget"]])
    }

    /// "Low prices let me save money, which gives me peace of mind, and I can plan my budget too": the value hangs
    /// from the consequence nearest to it in the text, not from the last one.
    @Test func aValueHangsFromTheNearestConsequence() {
        let set = LadderSet(units: [Self.say("P1", "price", "save", "security", "budget")], rules: Self.rules)
        #expect(set.respondents[0].ladders == [["price", "save", "security"], ["price", "budget"]])
        let reversed = LadderSet(units: [Self.say("P1", "price", "budget", "save", "security")], rules: Self.rules)
        #expect(reversed.respondents[0].ladders == [["price", "budget"], ["price", "save", "security"]])
    }

    /// An answer that names the probed ladder's attribute again climbs the probed ladder.
    @Test func repeatingTheAttributeStaysOnTheProbedLadder() {
        let set = LadderSet(
            units: [Self.say("P1", "price", "save"), Self.probe("save", "price"), Self.say("P1", "price", "security")],
            rules: Self.rules)
        #expect(set.respondents[0].ladders == [["price", "save", "security"]])
    }

    /// A moderator's words never put codes in a person's mouth: a probe about a value seeds nothing for someone
    /// who never named it, and a list of attributes seeds nothing for anyone.
    @Test func probesSeedOnlyOneAttribute() {
        let value = LadderSet(units: [Self.probe("security"), Self.say("P2", "save")], rules: Self.rules)
        #expect(value.respondents[0].ladders == [["save"]])
        #expect(value.inconsistencies.isEmpty)
        let list = LadderSet(
            units: [Self.probe("price", "green"), Self.say("P2", "save", "security")], rules: Self.rules)
        #expect(list.respondents[0].ladders == [["save", "security"]])
        #expect(list.unseededLadders == 1)
        let one = LadderSet(units: [Self.probe("price"), Self.say("P2", "save")], rules: Self.rules)
        #expect(one.respondents[0].ladders == [["price", "save"]])
        // A single code is not a ladder: it counts as neither ladder nor respondent in the matrix.
        let matrix = ImplicationMatrix(value.respondents)
        #expect(matrix.ladderCount == 0 && matrix.respondentCount == 0)
    }

    /// Same-level links only where the codebook allows them; otherwise a value after a value (from one answer to
    /// the next) is reported as a sideways step.
    @Test func sameLevelLinksFollowTheCodebook() {
        let units = [Self.say("P1", "green", "climate", "security"), Self.say("P1", "family")]
        let strict = LadderSet(units: units, rules: Self.rules)
        #expect(strict.respondents[0].ladders == [["green", "climate", "security"], ["green", "climate", "family"]])
        #expect(strict.inconsistencies.map(\.kind) == [.sameLevel])
        var rules = Self.rules
        rules.sameLevelLinks = [.value]
        let allowed = LadderSet(units: units, rules: rules)
        #expect(allowed.respondents[0].ladders == [["green", "climate", "security", "family"]])
        #expect(allowed.inconsistencies.isEmpty)
        #expect(!Self.rules.allows("price", "green") && !rules.allows("price", "green"))
    }

    /// A survey why ladder: the option the respondent chose starts the ladder, the steps climb it.
    @Test func surveyWhyLadderStartsAtTheChosenOption() {
        let units = [
            LadderUnit(speaker: .person("r1"), context: "r1:price", codes: ["price"], source: "option"),
            LadderUnit(speaker: .person("r1"), context: "r1:price", codes: ["save"], source: "step 1"),
            LadderUnit(speaker: .person("r1"), context: "r1:price", codes: ["security"], source: "step 2"),
            LadderUnit(speaker: .person("r1"), context: "r1:green", codes: ["green"], source: "option"),
            LadderUnit(speaker: .person("r1"), context: "r1:green", codes: ["green", "climate"], source: "step 1"),
        ]
        #expect(
            LadderSet(units: units, rules: Self.rules).respondents[0].ladders == [
                ["price", "save", "security"], ["green", "climate"],
            ])
    }

    /// Segments' maps compared: a link drawn for one segment only, tested with Fisher's exact test.
    @Test func segmentSpecificLinks() {
        var respondents: [LadderRespondent] = []
        for index in 0..<6 {
            respondents.append(LadderRespondent(id: "a\(index)", segment: "A", ladders: [["price", "save"]]))
            respondents.append(
                LadderRespondent(
                    id: "b\(index)", segment: "B", ladders: [index < 1 ? ["price", "save"] : ["green", "climate"]]))
        }
        let comparison = ValueMapComparison(respondents, cutoff: 2)
        #expect(comparison.segments == ["A", "B"] && comparison.cutoffs == [2, 2])
        let save = comparison.links.first { $0.link == LadderLink(from: "price", to: "save") }!
        #expect(save.kind == .specific && save.drawnIn == ["A"] && save.respondents == [6, 1] && save.bases == [6, 6])
        // R: fisher.test(matrix(c(6, 0, 1, 5), 2))$p.value = 0.01515152
        #expect(abs(save.pValue - 0.015151515151515152) < 1e-12)
        #expect(save.isSignificant)
    }

    /// More than two segments: Pearson's chi-squared test of the k × 2 table (scipy's chi2_contingency without
    /// continuity correction on [[4, 1], [1, 4], [2, 3]]: X² = 3.75, p = 0.1533549668449285).
    @Test func chiSquaredForThreeSegments() {
        let p = ValueMapComparison.chiSquaredPValue(having: [4, 1, 2], bases: [5, 5, 5])
        #expect(abs(p - 0.1533549668449285) < 1e-12)
        #expect(ValueMapComparison.chiSquaredPValue(having: [0, 0, 0], bases: [5, 5, 5]) == 1)
        #expect(ValueMapComparison.chiSquaredPValue(having: [5, 5, 5], bases: [5, 5, 5]) == 1)
    }

    /// Fisher's exact test against R's fisher.test.
    @Test func fisherExactMatchesR() {
        // fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value = 0.4857143
        #expect(abs(FisherExactTest.twoSided(3, 1, 1, 3) - 0.48571428571428577) < 1e-12)
        // fisher.test(matrix(c(10, 2, 3, 15), 2))$p.value = 0.0005367241
        #expect(abs(FisherExactTest.twoSided(10, 3, 2, 15) - 0.0005367241) < 1e-9)
        #expect(FisherExactTest.twoSided(0, 0, 3, 4) == 1)
    }
}

/// The default cutoff: the rule of thumb, lowered so that a map keeps its strongest links.
@Suite struct LadderDefaultCutoffTests {
    @Test func ruleOfThumbKeptWhenTheMapStillDrawsEveryLink() {
        // 100 respondents × 3 ladders: ⌊300·4/55⌋ = 21; five links of 60 respondents each stay drawn.
        let respondents = (0..<100).map { r in
            LadderRespondent(id: "r\(r)", ladders: (0..<3).map { ["A\((r + $0) % 5)", "C"] })
        }
        let matrix = ImplicationMatrix(respondents)
        #expect(matrix.suggestedCutoff == 21 && matrix.defaultCutoff() == 21)
    }

    @Test func loweredWhenTheRuleOfThumbWouldEmptyTheMap() {
        // 20 respondents × 15 ladders: the rule of thumb (21) exceeds every count (20): lowered to 20.
        let respondents = (0..<20).map { r in LadderRespondent(id: "r\(r)", ladders: (0..<15).map { ["A\($0)", "C"] }) }
        let matrix = ImplicationMatrix(respondents)
        #expect(matrix.suggestedCutoff == 21 && matrix.defaultCutoff() == 20)
        #expect(HierarchicalValueMap(matrix: matrix, cutoff: matrix.defaultCutoff()).edges.count == 15)
        #expect(ImplicationMatrix([]).defaultCutoff() == 1)
    }
}
