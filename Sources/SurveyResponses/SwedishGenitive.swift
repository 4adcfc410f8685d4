/// "Umeås", "Borås", "Luleås": the Swedish genitive adds -s unless the name already ends in s, x or z.
public func genitive(_ name: String) -> String {
    guard let last = name.lowercased().last else { return name }
    return "sxz".contains(last) ? name : name + "s"
}
