/// libyaml's problem and context texts, said in Swedish for the staff who read `survey lint`.
///
/// libyaml reports a fixed set of English phrases ("mapping values are not allowed in this
/// context", "while parsing a block mapping"). The ones a form author meets are translated
/// here; any other problem is shown as "YAML-fel: " and libyaml's own text, so nothing is lost.
enum LibYAMLProblem {
    /// The message for a scanner or parser problem, with its context ("while parsing …") and
    /// the context's 1-based position when libyaml gives one.
    static func message(problem: String, context: String?, contextLine: Int, contextColumn: Int) -> String {
        var message = problems[problem] ?? "YAML-fel: \(problem)"
        if let context {
            let phrase = contexts[context] ?? "YAML: \(context),"
            message += " (\(phrase) på rad \(contextLine), kolumn \(contextColumn))"
        }
        return message
    }

    /// A reader (text encoding) problem in Swedish, or libyaml's text when it is not known.
    static func readerProblem(_ problem: String) -> String {
        readerProblems[problem] ?? problem
    }

    static let readerProblems: [String: String] = [
        "invalid leading UTF-8 octet": "ogiltig första byte i ett UTF-8-tecken",
        "incomplete UTF-8 octet sequence": "ofullständigt UTF-8-tecken",
        "invalid trailing UTF-8 octet": "ogiltig fortsättningsbyte i ett UTF-8-tecken",
        "invalid length of a UTF-8 sequence": "ogiltig längd på ett UTF-8-tecken",
        "invalid Unicode character": "ogiltigt Unicode-tecken",
        "control characters are not allowed": "styrtecken är inte tillåtna",
        "incomplete UTF-16 character": "ofullständigt UTF-16-tecken",
        "incomplete UTF-16 surrogate pair": "ofullständigt UTF-16-surrogatpar",
        "unexpected low surrogate area": "oväntat UTF-16-surrogat",
        "input is too long": "texten är för lång",
        "input error": "läsfel",
    ]

    static let problems: [String: String] = [
        "mapping values are not allowed in this context":
            "ett kolon (:) står där det inte får stå; står det i en text, skriv texten inom citattecken",
        "found unexpected ':'":
            "ett kolon (:) står där det inte får stå; står det i en text, skriv texten inom citattecken",
        "block sequence entries are not allowed in this context":
            "ett listtecken (-) står där det inte får stå; kontrollera indraget",
        "could not find expected ':'":
            "här saknas ett kolon (:) efter en nyckel",
        "did not find expected key":
            "här väntades en nyckel; kontrollera indraget",
        "did not find expected node content":
            "här väntades ett värde",
        "did not find expected ',' or ']'":
            "här väntades ',' eller ']'",
        "did not find expected ',' or '}'":
            "här väntades ',' eller '}'",
        "did not find expected '-' indicator":
            "här väntades ett listtecken (-); kontrollera indraget",
        "found character that cannot start any token":
            "tecknet kan inte inleda ett värde; skriv texten inom citattecken",
        "found unexpected end of stream":
            "filen tar slut oväntat; kontrollera att varje citattecken är avslutat",
        "found unknown escape character":
            "okänt tecken efter \\ i en text inom dubbla citattecken; skriv \\\\ för ett bakstreck, eller använd enkla citattecken",
        "did not find expected hexdecimal number":
            "efter \\x, \\u eller \\U i en text inom dubbla citattecken väntades ett hexadecimalt tal; skriv \\\\ för ett bakstreck, eller använd enkla citattecken",
        "did not find expected comment or line break":
            "här väntades radslut eller en kommentar (#)",
        "found a tab character that violates indentation":
            "tabbtecken där YAML väntar sig mellanslag; använd bara mellanslag för indrag",
        "found a tab character where an indentation space is expected":
            "tabbtecken där YAML väntar sig mellanslag; använd bara mellanslag för indrag",
        "found unexpected document indicator":
            "en dokumentmarkör ('---' eller '...') står där den inte får stå",
        "did not find expected <document start>":
            "här väntades början på ett dokument ('---')",
        "found undefined alias":
            "aliaset pekar inte på något ankare",
        "found duplicate anchor; first occurrence":
            "ankaret finns redan",
        "alias value must not be empty":
            "ett alias (*) saknar namn",
        "anchor value must not be empty":
            "ett ankare (&) saknar namn",
        "alias value must contain alphanumerical characters only":
            "ett alias (*) får bara innehålla bokstäver och siffror",
        "anchor value must contain alphanumerical characters only":
            "ett ankare (&) får bara innehålla bokstäver och siffror",
        "found an indentation indicator equal to 0":
            "indragsangivelsen för ett textblock får inte vara 0",
        "found undefined tag handle":
            "okänd tagg",
    ]

    static let contexts: [String: String] = [
        "while parsing a block mapping": "i mappningen som börjar",
        "while parsing a flow mapping": "i mappningen inom klamrar som börjar",
        "while parsing a block collection": "i listan eller mappningen som börjar",
        "while parsing a flow sequence": "i listan inom hakparenteser som börjar",
        "while parsing a block node": "i värdet som börjar",
        "while parsing a flow node": "i värdet som börjar",
        "while parsing a node": "i värdet som börjar",
        "while parsing a quoted scalar": "i texten inom citattecken som börjar",
        "while scanning a quoted scalar": "i texten inom citattecken som börjar",
        "while scanning a plain scalar": "i texten som börjar",
        "while scanning a block scalar": "i textblocket som börjar",
        "while scanning a simple key": "i nyckeln som börjar",
        "while scanning an alias": "i aliaset som börjar",
        "while scanning an anchor": "i ankaret som börjar",
        "while parsing a tag": "i taggen som börjar",
        "while scanning a tag": "i taggen som börjar",
        "while scanning for the next token": "i det som börjar",
        "while scanning a directive": "i direktivet som börjar",
        "while scanning a %YAML directive": "i direktivet som börjar",
        "while scanning a %TAG directive": "i direktivet som börjar",
        "while parsing a %TAG directive": "i direktivet som börjar",
        "while parsing a tag directive": "i direktivet som börjar",
        "while scanning a tag directive": "i direktivet som börjar",
    ]
}
