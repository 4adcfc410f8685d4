import Foundation
import Testing
@testable import SurveyCoder

struct TFIDFModelTests {
    /// Four statements over stems 0–2: stem 0 in two, stem 1 in three, stem 2 in one.
    let documents = [
        TermExtractor.Terms(stems: [0, 1], grams: []), TermExtractor.Terms(stems: [0, 1, 2], grams: []),
        TermExtractor.Terms(stems: [1], grams: []), TermExtractor.Terms(stems: [], grams: []),
    ]

    @Test func smoothIDFAndDocumentFrequencies() {
        let model = TFIDFModel.fit(documents, stemCount: 3, gramCount: 0, minimumDocumentFrequency: 2, gramWeight: 0, rareWeight: 0.5)
        #expect(model.columnStems == [0, 1, 2])
        #expect(model.documentFrequencies == [2, 3, 1])
        #expect(model.idf == [Float(log(5.0 / 3) + 1), Float(log(5.0 / 4) + 1), Float(log(5.0 / 2) + 1)])
        #expect(model.columnWeights == [1, 1, 0.5])
    }

    @Test func topicStemsCountAsFoundEverywhere() {
        let model = TFIDFModel.fit(documents, stemCount: 3, gramCount: 0, minimumDocumentFrequency: 2, gramWeight: 0,
                                   rareWeight: 0.5, topicStems: [0, 2])
        // Found in all four statements: the lowest IDF, and no longer rare.
        #expect(model.documentFrequencies == [4, 3, 4])
        #expect(model.idf == [1, Float(log(5.0 / 4) + 1), 1])
        #expect(model.columnWeights == [1, 1, 1])
    }

    @Test func topicGramsCountAsFoundEverywhere() {
        let documents = [
            TermExtractor.Terms(stems: [], grams: [0, 1]), TermExtractor.Terms(stems: [], grams: [0]),
            TermExtractor.Terms(stems: [], grams: [1]), TermExtractor.Terms(stems: [], grams: []),
        ]
        let model = TFIDFModel.fit(documents, stemCount: 0, gramCount: 2, minimumDocumentFrequency: 2, gramWeight: 0.6,
                                   topicGrams: [0])
        #expect(model.documentFrequencies == [4, 2])
        #expect(model.idf == [1, Float(log(5.0 / 3) + 1)])
    }

    @Test func topicStemsNoStatementHasAddNoColumn() {
        let model = TFIDFModel.fit(documents, stemCount: 4, gramCount: 0, minimumDocumentFrequency: 2, gramWeight: 0, topicStems: [3])
        #expect(model.columnStems == [0, 1])
    }
}
