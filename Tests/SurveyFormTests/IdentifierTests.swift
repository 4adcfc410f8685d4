import SurveyForm
import Testing

struct IdentifierTests {
    @Test(arguments: [
        ("Nämnd/utskott/KF/KS", "namnd-utskott-kf-ks"), ("Rektorer", "rektorer"), ("ÅK 3", "ak-3"),
        ("Över riket andel nått kravnivån/ E", "over-riket-andel-natt-kravnivan-e"), ("  Förskolechefer  ", "forskolechefer"),
        ("Café", "cafe"), ("—", ""),
    ])
    func slugsFromSwedishLabels(label: String, slug: String) {
        #expect(Identifier.slug(label) == slug)
    }

    @Test func kebabCase() {
        #expect(Identifier.isKebabCase("malen-hur"))
        #expect(Identifier.isKebabCase("ak3"))
        #expect(!Identifier.isKebabCase("Malen"))
        #expect(!Identifier.isKebabCase("malen--hur"))
        #expect(!Identifier.isKebabCase("-malen"))
        #expect(!Identifier.isKebabCase("målen"))
        #expect(!Identifier.isKebabCase("satser.a"))
    }
}
