import Foundation
import Dispatch
import Synchronization
public import SurveyForm
public import SurveyYAML

/// Every response file of a store, read against one form.
public struct ResponseSet: Sendable {
    public struct Item: Sendable {
        public var location: ResponseStore.Location
        public var result: ResponseLoadResult
    }

    public var items: [Item]

    /// Reads every file of the store, several at a time; order follows the store's listing.
    public static func load(from store: ResponseStore, form: Form) -> ResponseSet {
        let locations = store.locations()
        let results = ConcurrentMap.map(locations) { location in
            var result = ResponseReader.load(path: location.path, form: form)
            if let response = result.response, !response.respondent.isEmpty,
               response.respondent.precomposedStringWithCanonicalMapping != location.respondent {
                result.diagnostics.append(.warning(
                    "filen heter \(quoted: location.respondent), men dess 'respondent' är \(quoted: response.respondent); filnamnet gäller",
                    at: SourceLocation(path: location.path, line: 1, column: 1)))
            }
            return result
        }
        return ResponseSet(items: zip(locations, results).map { Item(location: $0, result: $1) })
    }

    public var diagnostics: [Diagnostic] { items.flatMap(\.result.diagnostics) }

    /// How many files have errors: what cannot be read in them counts nowhere, and `survey
    /// check` calls them incomplete.
    public var filesWithErrors: Int { items.count(where: { $0.result.hasErrors }) }
    public var sources: [SourceText] { items.compactMap(\.result.source) }
}

/// `map` over a collection on every core, results in input order.
enum ConcurrentMap {
    static func map<Element: Sendable, Result: Sendable>(_ elements: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        let slots = Mutex<[Result?]>(Array(repeating: nil, count: elements.count))
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            let value = transform(elements[index])
            slots.withLock { $0[index] = value }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
