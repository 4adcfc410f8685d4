import Foundation
import SurveyCoder

/// Swedish-like free-text answers for the scale benchmark, the same for the same seed.
///
/// Answers are written as people write them in the yearly report: one to four statements on
/// one to three topics, as bullet lines, sentences or semicolon lists, with compounds and
/// their parts ("matematiklyftet", "lyftet"), inflections, place names and the odd typo.
/// About one statement in twenty is about nothing in particular. Each generated statement
/// remembers its topic, so the benchmark can also report how well the topics were found.
struct CoderAnswerGenerator {
    struct Generated {
        var answers: [Answer]
        /// The topic of each generated statement text (-1 for the odd ones).
        var topicOfStatement: [String: Int]
        var topicCount: Int
    }

    static let topics: [[String]] = [
        ["Satsningen har kopplats ihop med Matematiklyftet", "Vi deltar i Matematiklyftet {plats}", "Matematiklyftet pågår parallellt {tid}",
         "Lärarna går Skolverkets matematiklyft", "Lyftet och satsningen stöttar varandra", "Kopplingen till matematiklyftet är tydlig {plats}"],
        ["Satsningen passar in i befintliga kompetensutvecklingsinsatser", "Det finns redan ett övergripande projekt som satsningen kompletterar",
         "Vi har kopplat arbetet till pågående kompetensutveckling {plats}", "Ingår i kommunens befintliga utvecklingsprojekt",
         "Satsningen kompletterar den kompetensutvecklingsinsats som redan pågår"],
        ["Arbetet är en del av det systematiska kvalitetsarbetet", "Kopplat till kommunens systematiska kvalitetsarbete {tid}",
         "Resultaten följs upp i kvalitetsarbetet", "Vi har fört in satsningen i det systematiska kvalitetsarbetet {plats}",
         "Kvalitetsarbetet på skolorna tar upp matematikresultaten"],
        ["Förankringen i organisationen är svår", "Det är svårt att förankra satsningen hos rektorerna",
         "Satsningen är inte förankrad i hela organisationen", "Förankring på alla nivåer tar tid", "Brist på förankring {plats}"],
        ["Det är svårt att hitta tid för träffar", "Tiden räcker inte till samordning", "Tidsbrist för lärarna {tid}",
         "Att hitta gemensam tid för hemmagruppen är svårt", "Samordningen tar mycket tid"],
        ["Vi delar erfarenheter med andra kommuner", "Erfarenhetsutbytet i nätverket är värdefullt", "Att dela erfarenheter ger mycket {tid}",
         "Kommunerna delar med sig av sina erfarenheter", "Utbyte av erfarenheter mellan skolorna {plats}"],
        ["Givande diskussioner i hemmagruppen", "Diskussionerna på skolorna har varit givande {tid}", "Bra diskussioner om undervisningen",
         "Lärarna diskuterar matematikundervisning mer", "Diskussionerna i arbetslagen har blivit bättre {plats}"],
        ["Ledningsorganisationen är otydlig", "Chefsbyten har försvårat arbetet", "Byte av förvaltningschef {tid}",
         "Otydlig ledning på förvaltningen", "Flera rektorsbyten {plats} har gjort det svårt"],
        ["Behov av att ha koll på lärarnas behörighet", "Många lärare saknar behörighet i matematik", "Lärarbehörigheten är låg {plats}",
         "Vi kartlägger lärarnas kompetens", "Behöriga matematiklärare är svåra att rekrytera"],
        ["Förstelärarna leder arbetet {plats}", "Vi har tillsatt förstelärare i matematik", "Förstelärare stöttar kollegorna",
         "Förstelärarnas roll har blivit tydligare {tid}", "Varje skola har en förstelärare i matematik"],
        ["Höga förväntningar på alla elever", "Samsyn om höga förväntningar finns", "Vi arbetar med förväntningarna på eleverna {plats}",
         "Lärarnas förväntningar på elevernas förmåga har höjts", "Höga mål är satta för matematiken"],
        ["Resultaten på nationella proven har förbättrats", "Fler elever klarar provbetyget C {tid}", "Andelen som når kravnivån har ökat",
         "De nationella proven i årskurs 9 visar bättre resultat", "Matematikresultaten ligger på rikssnittet {plats}"],
        ["Kollegialt lärande är en viktig del", "Vi satsar på kollegialt lärande {plats}", "Lärarna lär av varandra i lärgrupper",
         "Det kollegiala lärandet har utvecklats {tid}", "Lärgrupperna träffas varannan vecka"],
        ["Digitala verktyg används mer i undervisningen", "Alla elever har fått surfplattor {plats}", "IKT i matematikundervisningen",
         "Vi har köpt in digitala läromedel", "Lärarna använder digitala verktyg {tid}"],
        ["Politikerna är engagerade i satsningen", "Nämnden följer arbetet noga", "Politiskt stöd finns {tid}",
         "Barn- och utbildningsnämnden har fått rapporter", "Politikernas engagemang har ökat"],
        ["Elevernas attityd till matematik har blivit bättre", "Eleverna är mer motiverade {plats}", "Matematikämnet upplevs som meningsfullt",
         "Elevernas motivation har ökat {tid}", "Positivare attityd till matematikämnet bland eleverna"],
        ["Vi arbetar med bedömning för lärande", "Formativ bedömning i alla klasser {plats}", "Lärarna har utbildats i formativ bedömning",
         "Bedömningen har blivit mer likvärdig", "Bedömning för lärande är ett fokusområde {tid}"],
        ["Samarbetet med förskolan har utvecklats", "Förskolan är med i satsningen {plats}", "Matematik i förskolan",
         "Förskollärarna deltar i nätverket", "Övergången mellan förskola och skola har stärkts"],
        ["Matematikutvecklaren stöttar skolorna", "Vi har anställt en matematikutvecklare {tid}", "Kommunens matematikutvecklare leder nätverket",
         "Matematikutvecklarna besöker skolorna {plats}", "En matematikutvecklare samordnar arbetet"],
        ["Läxhjälp erbjuds på alla skolor", "Studiestöd efter skoltid {plats}", "Vi har infört läxhjälp i matematik",
         "Läxhjälpen är populär bland eleverna", "Extra studietid för elever som behöver {tid}"],
        ["Specialpedagogerna stöttar elever i behov", "Särskilt stöd i matematik {plats}", "Specialpedagogiskt stöd har förstärkts",
         "Elever i behov av stöd får hjälp tidigare", "Vi har fler specialpedagoger {tid}"],
        ["Resultaten analyseras på varje skola", "Uppföljning och analys av resultaten {tid}", "Vi följer upp resultaten varje termin",
         "Analysen av resultaten visar förbättringar", "Skolorna analyserar sina matematikresultat {plats}"],
        ["Skolplanen lyfter matematiken", "Matematiken är prioriterad i skolplanen", "Vi har en ny skolplan {tid}",
         "Målen i skolplanen gäller matematik", "Skolplanen inleds med höga förväntningar"],
        ["Rektorerna leder det pedagogiska arbetet", "Rektorernas pedagogiska ledarskap har stärkts {tid}", "Rektorsgruppen träffas regelbundet",
         "Rektorerna följer upp undervisningen {plats}", "Det pedagogiska ledarskapet är i fokus"],
        ["Hemmagruppen träffas varje månad", "Hemmagruppens arbete fungerar bra {tid}", "Hemmagruppen har fått fler deltagare",
         "Vi har utökat hemmagruppen {plats}", "Hemmagruppen samlar alla nivåer"],
    ]
    static let places = ["på alla skolor", "i årskurs 7-9", "på Norrskolan", "i Karlstad", "på två skolor", "i grundskolan",
                         "på mellanstadiet", "i Luleå", "på Centralskolan", "i våra F-6-skolor", "i hela kommunen", "på högstadiet"]
    static let times = ["under året", "sedan hösten", "i år", "från och med vårterminen", "under 2013", "varje termin", "sedan starten", "nu"]
    static let prefixes = ["", "", "", "Vi ser att ", "Det märks att ", "Vi upplever att ", "Enligt rektorerna ", "Tydligt är att "]
    static let odd = ["Inget att tillägga", "Se tidigare svar", "Vet ej", "Har inte diskuterats ännu", "Återkommer i nästa rapport",
                      "Oklart i nuläget", "Ingen kommentar", "Svårt att svara på"]

    static func generate(count: Int, seed: UInt64) -> Generated {
        var random = SeededGenerator(seed: seed)
        var topicOfStatement: [String: Int] = [:]
        var answers: [Answer] = []
        answers.reserveCapacity(count)
        for index in 0..<count {
            let topicCount = 1 + random.below(3)
            var statements: [String] = []
            let statementCount = max(topicCount, 1 + random.below(4))
            let chosenTopics = (0..<topicCount).map { _ in random.below(topics.count) }
            for position in 0..<statementCount {
                var text: String
                let topic: Int
                if random.below(20) == 0 {
                    text = odd[random.below(odd.count)]
                    topic = -1
                } else {
                    topic = chosenTopics[position % chosenTopics.count]
                    let templates = topics[topic]
                    text = templates[random.below(templates.count)]
                    text = text.replacingOccurrences(of: "{plats}", with: places[random.below(places.count)])
                    text = text.replacingOccurrences(of: "{tid}", with: times[random.below(times.count)])
                    let prefix = prefixes[random.below(prefixes.count)]
                    if !prefix.isEmpty, let first = text.first {
                        text = prefix + first.lowercased() + text.dropFirst()
                    }
                    if random.below(15) == 0 { text = typo(text, random: &random) }
                }
                statements.append(text)
                if topicOfStatement[text] == nil { topicOfStatement[text] = topic }
            }
            let answer: String
            switch random.below(3) {
            case 0: answer = statements.map { "- " + $0 }.joined(separator: "\n")
            case 1: answer = statements.map { $0 + "." }.joined(separator: " ")
            default: answer = statements.joined(separator: "; ")
            }
            answers.append(Answer(respondent: "R\(index)", text: answer))
        }
        return Generated(answers: answers, topicOfStatement: topicOfStatement, topicCount: topics.count)
    }

    /// Two neighbouring letters swapped in a longer word.
    static func typo(_ text: String, random: inout SeededGenerator) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(Array.init)
        let long = words.indices.filter { words[$0].count >= 6 }
        guard !long.isEmpty else { return text }
        let word = long[random.below(long.count)]
        let position = 1 + random.below(words[word].count - 3)
        words[word].swapAt(position, position + 1)
        return words.map { String($0) }.joined(separator: " ")
    }
}
