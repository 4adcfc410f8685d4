/// Cohen's kappa for two coders who each gave every unit one nominal value.
///
/// κ = (p_o − p_e) / (1 − p_e): observed agreement against the agreement expected from each
/// coder's own value frequencies. Nil when p_e is 1 (both coders always gave one same value).
public enum CohenKappa {
    public static func kappa<Value: Hashable>(_ pairs: [(Value, Value)]) -> Double? {
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        var first: [Value: Int] = [:], second: [Value: Int] = [:]
        var order: [Value] = []
        var agreeing = 0
        for (a, b) in pairs {
            if first[a] == nil { order.append(a) }
            first[a, default: 0] += 1
            second[b, default: 0] += 1
            if a == b { agreeing += 1 }
        }
        let observed = Double(agreeing) / n
        // Summed in order of first appearance, not dictionary order, so every run adds alike.
        var expected = 0.0
        for value in order { expected += Double(first[value] ?? 0) / n * Double(second[value] ?? 0) / n }
        guard expected < 1 else { return nil }
        return (observed - expected) / (1 - expected)
    }
}
