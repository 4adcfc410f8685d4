import Testing
@testable import SurveyCoder

/// Reference values from scikit-learn 1.9 (adjusted_rand_score, normalized_mutual_info_score).
struct PartitionComparisonTests {
    @Test func matchesScikitLearn() {
        let comparison = PartitionComparison(reference: [0, 0, 0, 1, 1, 1, 2, 2, 2], clusters: [0, 0, 1, 1, 1, 2, 2, 2, 2])
        #expect(abs(comparison.adjustedRandIndex - 0.35714285714285715) < 1e-12)
        #expect(abs(comparison.normalizedMutualInformation - 0.589509827447305) < 1e-12)
        #expect(comparison.accuracy == 7.0 / 9)
    }

    @Test func scikitLearnsDocExample() {
        let comparison = PartitionComparison(reference: [0, 0, 1, 1], clusters: [0, 0, 1, 2])
        #expect(abs(comparison.adjustedRandIndex - 0.5714285714285714) < 1e-12)
        #expect(abs(comparison.normalizedMutualInformation - 0.8) < 1e-12)
        #expect(comparison.accuracy == 0.75)
    }

    @Test func renamedClustersAgreePerfectly() {
        let comparison = PartitionComparison(reference: [5, 5, 7, 7, 9], clusters: [-1, -1, 3, 3, 0])
        #expect(comparison.accuracy == 1)
        #expect(abs(comparison.normalizedMutualInformation - 1) < 1e-12)
        #expect(abs(comparison.adjustedRandIndex - 1) < 1e-12)
    }

    @Test func hungarianFindsTheBestMatching() {
        // Greedy would take 9 first and lose the two 8s.
        let cost: [[Double]] = [[-9, -8], [-8, -1]]
        #expect(HungarianAlgorithm.minimumCostAssignment(cost) == [1, 0])
    }
}
