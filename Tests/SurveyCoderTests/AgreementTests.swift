import Testing
@testable import SurveyCoder

struct AgreementTests {
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C:
    /// four observers, twelve units, values 1–5, missing data; nominal α = 0.743.
    static let reliabilityData: [[Int?]] = [
        [1, 1, nil, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
        [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [nil, 5, 5, 5], [nil, nil, 1, 1], [nil, 3, nil, nil],
    ]

    @Test func krippendorffsNominalExample() throws {
        let alpha = try #require(KrippendorffAlpha.alpha(Self.reliabilityData, distance: KrippendorffAlpha.nominal))
        #expect(abs(alpha - 0.743) < 0.0005)
        #expect(abs(alpha - 0.743421052631579) < 1e-12)  // NLTK's AnnotationTask gives the same
    }

    /// Krippendorff (2011), example A: two observers, ten units, binary; α = 0.095.
    @Test func krippendorffsBinaryExample() throws {
        let a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0], b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
        let alpha = try #require(KrippendorffAlpha.alpha(zip(a, b).map { [$0, $1] }, distance: KrippendorffAlpha.nominal))
        #expect(abs(alpha - 0.095) < 0.0005)
    }

    /// The textbook kappa example (as in Wikipedia's "Cohen's kappa"): 50 grant proposals,
    /// both yes 20, A yes B no 5, A no B yes 10, both no 15; p_o = 0.7, p_e = 0.5, κ = 0.4.
    @Test func cohensTextbookExample() throws {
        let pairs = Array(repeating: ("yes", "yes"), count: 20) + Array(repeating: ("yes", "no"), count: 5)
            + Array(repeating: ("no", "yes"), count: 10) + Array(repeating: ("no", "no"), count: 15)
        let kappa = try #require(CohenKappa.kappa(pairs))
        #expect(abs(kappa - 0.4) < 1e-12)
    }

    @Test func kappaIsUndefinedWhenBothAlwaysSayTheSame() {
        #expect(CohenKappa.kappa([(true, true), (true, true)]) == nil)
        #expect(KrippendorffAlpha.alpha([[1, 1], [1, 1]], distance: KrippendorffAlpha.nominal) == nil)
    }

    @Test func masiDistances() {
        let contained: Double = 1 - 0.5 * 2 / 3  // NLTK's doctest: 0.6666666666666667
        let overlapping: Double = 1 - 1.0 / 3 / 3
        #expect(KrippendorffAlpha.masi(Set([1, 2]), Set([1, 2, 3, 4])) == contained)
        #expect(KrippendorffAlpha.masi(Set(["s", "b"]), Set(["b", "m"])) == overlapping)
        #expect(KrippendorffAlpha.masi(Set(["a"]), Set(["b"])) == 1)
        #expect(KrippendorffAlpha.masi(Set<String>(), Set<String>()) == 0)
        #expect(KrippendorffAlpha.masi(Set<String>(), Set(["a"])) == 1)
    }

    /// Six statements coded by two people, multi-label. Reference values from NLTK 3.10's
    /// AnnotationTask: MASI alpha 0.4738041002277903, binary-distance alpha 0.4107142857142857,
    /// kappa 0.37931034482758624.
    static let first = Coding(question: "q", statements: [
        .init(respondent: "A", text: "1", categories: ["m"]), .init(respondent: "A", text: "2", categories: ["m", "b"]),
        .init(respondent: "B", text: "3", categories: ["s"]), .init(respondent: "B", text: "4", categories: ["b"]),
        .init(respondent: "C", text: "5", categories: ["m"]), .init(respondent: "C", text: "6", categories: ["s", "b"]),
        .init(respondent: "D", text: "only in the first", categories: []),
    ])
    static let second = Coding(question: "q", statements: [
        .init(respondent: "A", text: "1", categories: ["m"]), .init(respondent: "A", text: "2", categories: ["m"]),
        .init(respondent: "B", text: "3", categories: ["s"]), .init(respondent: "B", text: "4", categories: ["s"]),
        .init(respondent: "C", text: "5", categories: ["m", "s"]), .init(respondent: "C", text: "6", categories: ["b", "s"]),
    ])

    @Test func multiLabelStatementsAgainstNLTK() throws {
        let agreement = Agreement(Self.first, Self.second)
        #expect(agreement.units == 6)
        #expect(agreement.onlyInFirst == 1)
        #expect(agreement.onlyInSecond == 0)
        #expect(agreement.exactAgreement == 3.0 / 6)
        let masi = try #require(agreement.alphaMASI)
        let nominal = try #require(agreement.alphaNominal)
        let kappa = try #require(agreement.kappa)
        #expect(abs(masi - 0.4738041002277903) < 1e-12)
        #expect(abs(nominal - 0.4107142857142857) < 1e-12)
        #expect(abs(kappa - 0.37931034482758624) < 1e-12)
    }

    @Test func perCategoryBinaryAgreement() throws {
        let agreement = Agreement(Self.first, Self.second)
        #expect(agreement.categories.map(\.id) == ["m", "b", "s"])
        let m = agreement.categories[0]
        #expect([m.first, m.second, m.both] == [3, 3, 3])
        #expect(m.observed == 1)
        #expect(m.kappa == 1)
        let b = agreement.categories[1]
        #expect([b.first, b.second, b.both] == [3, 1, 1])
        #expect(b.observed == 4.0 / 6)
        // Binary 2×2: both 1, first only 2, second only 0, neither 3 → p_o 4/6, p_e (3·1 + 3·5)/36 = 0.5.
        let bKappa = try #require(b.kappa)
        let expected: Double = (4.0 / 6 - 0.5) / 0.5
        #expect(abs(bKappa - expected) < 1e-12)
    }

    @Test func answersCombineTheirStatements() {
        let agreement = Agreement(Self.first, Self.second, unit: .answers)
        #expect(agreement.units == 3)
        #expect(agreement.onlyInFirst == 1)
        // A: {m,b} vs {m}; B: {s,b} vs {s}; C: {m,s,b} vs {m,s,b}.
        #expect(agreement.exactAgreement == 1.0 / 3)
    }

    @Test func reportListsOverallAndPerCategoryFiguresInSwedish() {
        let report = Agreement(Self.first, Self.second).report(labels: ["m": "Matematiklyftet"])
        #expect(report == """
        6 påståenden kodade i båda (1 bara i A, 0 bara i B)
        Samma kategorier: 50,0 %
        Cohens kappa (kategorimängder som värden): 0,379
        Krippendorffs alfa, nominell: 0,411; MASI: 0,474

        Kategori         A  B  Båda  Överens  Kappa   Alfa
        Matematiklyftet  3  3     3  100,0 %  1,000  1,000
        b                3  1     1   66,7 %  0,333  0,313
        s                2  4     2   66,7 %  0,400  0,389

        """)
    }

    /// Staff made "Matematiklyftet" anew in review (id `ny-1`); the coder's is `matematiklyftet`.
    static let coder = Coding(question: "q", statements: [
        .init(respondent: "A", text: "1", categories: ["matematiklyftet"]), .init(respondent: "B", text: "2", categories: ["matematiklyftet"]),
        .init(respondent: "C", text: "3", categories: ["skk"]), .init(respondent: "D", text: "4", categories: ["tid"]),
    ])
    static let staff = Coding(question: "q", statements: [
        .init(respondent: "A", text: "1", categories: ["ny-1"]), .init(respondent: "B", text: "2", categories: ["ny-1"]),
        .init(respondent: "C", text: "3", categories: ["skk"]), .init(respondent: "D", text: "4", categories: ["resurser"]),
    ])

    @Test func categoriesArePairedByIdThenByLabel() {
        let matching = CategoryMatching(
            first: Self.coder, firstLabels: ["matematiklyftet": "Matematiklyftet", "skk": "SKA", "tid": "Tid"],
            second: Self.staff, secondLabels: ["ny-1": " matematiklyftet ", "skk": "Systematiskt kvalitetsarbete", "resurser": "Resurser"])
        #expect(matching.pairs == [
            .init(first: "matematiklyftet", second: "ny-1", label: "Matematiklyftet", basis: .label),
            .init(first: "skk", second: "skk", label: "SKA", basis: .id),
        ])
        #expect(matching.onlyInFirst == ["tid"])
        #expect(matching.onlyInSecond == ["resurser"])
        let agreement = Agreement(Self.coder, matching.translating(Self.staff))
        #expect(agreement.categories.map(\.id) == ["matematiklyftet", "skk", "tid", "resurser"])
        #expect(agreement.categories.map(\.both) == [2, 1, 0, 0])
        #expect(agreement.report(labels: ["matematiklyftet": "Matematiklyftet", "skk": "SKA", "tid": "Tid", "resurser": "Resurser"],
                                 matching: matching) == """
        Kategorier parade på id: 1; på etikett: 1.
          "Matematiklyftet": matematiklyftet i A, ny-1 i B
        Bara i A: tid.
        Bara i B: resurser.
        4 påståenden kodade i båda
        Samma kategorier: 75,0 %
        Cohens kappa (kategorimängder som värden): 0,636
        Krippendorffs alfa, nominell: 0,667; MASI: 0,667

        Kategori         A  B  Båda  Överens  Kappa   Alfa
        Matematiklyftet  2  2     2  100,0 %  1,000  1,000
        SKA              1  1     1  100,0 %  1,000  1,000
        Tid              1  0     0   75,0 %  0,000  0,000
        Resurser         0  1     0   75,0 %  0,000  0,000

        """)
    }
}
