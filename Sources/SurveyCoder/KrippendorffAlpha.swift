/// Krippendorff's alpha for any number of coders, missing values and any distance.
///
/// α = 1 − D_o / D_e, with D_o the mean distance between values coders gave the same unit
/// and D_e the mean distance between all pairable values (Krippendorff 2011, "Computing
/// Krippendorff's Alpha-Reliability"). Units with fewer than two values are not pairable and
/// left out. Nil when D_e is 0 (every value the same: agreement cannot be told from chance).
public enum KrippendorffAlpha {
    /// Alpha over `units`, each the values coders gave it (nil where a coder gave none).
    public static func alpha<Value: Hashable>(_ units: [[Value?]], distance: (Value, Value) -> Double) -> Double? {
        var observed = 0.0
        var pairable = 0
        var frequency: [Value: Int] = [:]
        var order: [Value] = []
        for unit in units {
            let values = unit.compactMap { $0 }
            let count = values.count
            guard count >= 2 else { continue }
            pairable += count
            var sum = 0.0
            for i in values.indices {
                for j in values.indices where j != i { sum += distance(values[i], values[j]) }
            }
            observed += sum / Double(count - 1)
            for value in values {
                if frequency[value] == nil { order.append(value) }
                frequency[value, default: 0] += 1
            }
        }
        guard pairable >= 2 else { return nil }
        let n = Double(pairable)
        var expected = 0.0
        for a in order {
            for b in order where a != b {
                expected += Double(frequency[a] ?? 0) * Double(frequency[b] ?? 0) * distance(a, b)
            }
        }
        let disagreementObserved = observed / n
        let disagreementExpected = expected / (n * (n - 1))
        guard disagreementExpected > 0 else { return nil }
        return 1 - disagreementObserved / disagreementExpected
    }

    /// The nominal distance: 0 for equal values, 1 otherwise.
    public static func nominal<Value: Equatable>(_ a: Value, _ b: Value) -> Double {
        a == b ? 0 : 1
    }

    /// MASI, the distance between sets of labels (Passonneau 2006), as NLTK computes it:
    /// 1 − J·M, with J the Jaccard index and M 1 for equal sets, 2/3 when one contains the
    /// other, 1/3 when they overlap otherwise, 0 when disjoint. Two empty sets ("Övrigt" from
    /// both) are equal, distance 0; NLTK leaves that case undefined.
    public static func masi<Element>(_ a: Set<Element>, _ b: Set<Element>) -> Double {
        if a == b { return 0 }
        let intersection = a.intersection(b).count
        let union = a.union(b).count
        let monotonicity: Double
        if intersection == min(a.count, b.count) {
            monotonicity = 2.0 / 3
        } else if intersection > 0 {
            monotonicity = 1.0 / 3
        } else {
            monotonicity = 0
        }
        return 1 - Double(intersection) / Double(union) * monotonicity
    }
}
